"""Hostile documents, built here: each is processed or skipped with a one-line reason naming
it, and the rest of the corpus proceeds."""
import codecs
import os

import pytest

from timeline import pipeline

GOOD = "Le ministre s'est rendu à Paris le 3 mars 1999 pour rencontrer son homologue allemand."


def hostile_corpus(folder):
    """name -> bytes of every hostile input, plus one good document."""
    big_line = ("Le 3 mars 1999 " + "x" * 80 + " ") * (10 * 2**20 // 96)
    files = {
        "good 1999-03-04.txt": GOOD.encode(),
        "empty.txt": b"",
        "spaces.md": b"   \n\n  ",
        "image.txt": b"\x89PNG\r\n\x1a\n" + os.urandom(4096),
        "random.md": os.urandom(8192),
        "nul bytes.txt": b"abc\x00def\x00" * 500,
        "invalid utf8.txt": GOOD.encode()[:20] + b"\xff\xfe\xfa" + GOOD.encode()[20:],
        "utf16 no bom.txt": GOOD.encode("utf-16-le"),
        "utf16 bom.txt": codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"),
        "one long line.txt": big_line.encode(),
        "nested.html": ("<div>" * 5000 + f"<p>{GOOD}</p>" + "</div>" * 5000).encode(),
        "truncated.html": f"<html><body><article><p>{GOOD}</p><p>Suite du texte".encode(),
        "scripts.html": (f"<html><head><script>window.pwned=1</script></head><body><article><p>{GOOD}</p>"
                         "<img src=x onerror=\"window.pwned=1\"><iframe src='javascript:alert(1)'></iframe>"
                         "</article></body></html>").encode(),
        "looks like html.txt": f"<img src=x onerror=alert(1)> {GOOD} [x](javascript:alert(1)) **gras**".encode(),
        "rtl override.txt": f"\u202e{GOOD}\u202c \u200f".encode(),
        "accents é à ü.md": GOOD.encode(),
        "no extension": GOOD.encode(),
        "picture.png": b"\x89PNG",
        "fifty megabytes.txt": ((GOOD + "\n").encode() * (50 * 2**20 // len(GOOD) + 1))[:50 * 2**20],
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    files = hostile_corpus(folder)
    events, mentions, report = pipeline.extract([folder])
    return files, events, mentions, report


def test_every_file_is_read_or_skipped_with_one_line_naming_it(extracted):
    files, _, _, report = extracted
    skipped = {line.split(":")[0]: line for line in report.skipped}
    assert set(report.read) | set(skipped) == set(files)
    assert not set(report.read) & set(skipped)
    for name, line in skipped.items():
        assert "\n" not in line and line.startswith(f"{name}: ")


@pytest.mark.parametrize("name", ["empty.txt", "spaces.md", "image.txt", "random.md", "nul bytes.txt",
                                  "no extension", "picture.png", "fifty megabytes.txt"])
def test_unreadable_files_are_skipped(extracted, name):
    _, _, _, report = extracted
    assert name not in report.read


@pytest.mark.parametrize("name", ["good 1999-03-04.txt", "invalid utf8.txt", "utf16 no bom.txt", "utf16 bom.txt",
                                  "nested.html", "truncated.html", "scripts.html", "looks like html.txt",
                                  "rtl override.txt", "accents é à ü.md", "one long line.txt"])
def test_text_files_are_read(extracted, name):
    _, _, _, report = extracted
    assert name in report.read


def test_a_file_too_large_for_a_document_is_refused_before_it_is_read(extracted):
    _, _, _, report = extracted
    line = next(line for line in report.skipped if line.startswith("fifty megabytes.txt: "))
    assert line == "fifty megabytes.txt: too large (50 MB, limit 20 MB)"


def test_the_good_document_gives_its_event(extracted):
    _, events, _, _ = extracted
    good = events[events["sources"].str.contains("good 1999-03-04.txt", regex=False)]
    assert "1999-03-03" in set(good["date_start"])


def test_no_script_survives_html_extraction(extracted):
    _, _, mentions, _ = extracted
    passages = " ".join(mentions[mentions["doc"] == "scripts.html"]["passage"])
    assert "pwned" not in passages and "<script" not in passages and "onerror" not in passages
