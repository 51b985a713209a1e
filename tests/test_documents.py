"""Reading documents: encodings, formats, page furniture, language and document date."""
import codecs
from datetime import date

import pytest

from timeline import documents
from timeline.documents import DocumentError

FRENCH = "Le ministre a rencontré son homologue à Paris le 3 mars 1999 pour parler de la sécurité."
ENGLISH = "The minister met his counterpart in Paris on March 3, 1999 to discuss security issues."


@pytest.mark.parametrize("raw", [
    FRENCH.encode("utf-8"),
    codecs.BOM_UTF8 + FRENCH.encode("utf-8"),
    FRENCH.encode("utf-16"),  # with BOM
    FRENCH.encode("utf-16-le"),  # without BOM
    FRENCH.encode("cp1252"),
])
def test_encodings(raw):
    doc = documents.from_bytes(raw, "a.txt")
    assert "homologue à Paris le 3 mars 1999" in doc.text
    assert doc.lang == "fr"
    assert doc.dct is None  # a date inside a sentence is not a dateline


@pytest.mark.parametrize("raw,problem", [
    (b"", "empty"),
    (b"   \n", "empty"),
    (bytes(range(256)) * 20, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x07" * 200, "binary"),
])
def test_unreadable_content_is_refused_with_a_reason(raw, problem):
    with pytest.raises(DocumentError, match=rf"^x\.txt: .*{problem}"):
        documents.from_bytes(raw, "x.txt")


def test_unsupported_type_and_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="unsupported file type"):
        documents.read(tmp_path / "a.docx")
    with pytest.raises(DocumentError, match="cannot be read"):
        documents.read(tmp_path / "missing.txt")


def test_page_furniture_is_removed():
    text = "\n".join([
        "Accessibility links", "Breaking News", FRENCH,
        "Lire aussi : un autre article sans rapport",
        "Sergueï Lavrov et Jean-Yves Le Drian, photo ©Eric FEFERBERG / AFP",
        "En cliquant sur « Tout Accepter » vous consentez au dépôt de cookies.",
        "Partager", "Suivez-nous sur Telegram", FRENCH,
    ])
    doc = documents.from_bytes(text.encode(), "a.txt")
    assert doc.text.strip() == FRENCH


def test_english_furniture():
    text = "\n".join(["Read also: another story", ENGLISH, "Subscribe to our newsletter", "Share"])
    assert documents.from_bytes(text.encode(), "a.txt").text.strip() == ENGLISH


def test_a_short_line_holding_a_year_is_the_page_date_not_navigation():
    text = "\n".join(["Banks rally", "March 14, 2023", "Home", ENGLISH])
    doc = documents.from_bytes(text.encode(), "a.txt")
    assert doc.text.split("\n") == ["March 14, 2023", ENGLISH, ""]
    assert doc.dct == date(2023, 3, 14)


def test_html_article_text_and_metadata_date():
    html = (f"<html><head><meta property='article:published_time' content='1999-03-04T10:00'>"
            f"<title>Talks</title></head><body><nav>Home | World | Sport</nav>"
            f"<article><h1>Talks in Paris</h1><p>{ENGLISH}</p><p>{ENGLISH.replace('security', 'trade')}</p></article>"
            f"<footer>We use cookies to improve your experience.</footer></body></html>")
    doc = documents.from_bytes(html.encode(), "a.html")
    assert ENGLISH in doc.text and "Home | World" not in doc.text and "cookies" not in doc.text
    assert doc.dct == date(1999, 3, 4) and doc.dct_source == "HTML metadata"


def test_markdown_front_matter_and_markup():
    md = f"---\ntitle: x\ndate: 1999-03-04\n---\n# Talks\n\n**{ENGLISH}** See [the report](http://example.org).\n"
    doc = documents.from_bytes(md.encode(), "a.md")
    assert doc.dct == date(1999, 3, 4) and doc.dct_source == "front matter"
    assert "**" not in doc.text and "](" not in doc.text and "the report" in doc.text


def test_document_date_from_file_name_then_sidecar(tmp_path):
    named = tmp_path / "1999-03-04_talks.txt"
    named.write_text(ENGLISH)
    assert (documents.read(named).dct, documents.read(named).dct_source) == (date(1999, 3, 4), "file name")
    plain = tmp_path / "talks.txt"
    plain.write_text(ENGLISH)
    (tmp_path / "talks.txt.meta.json").write_text('{"date": "1999-03-05"}')
    assert (documents.read(plain).dct, documents.read(plain).dct_source) == (date(1999, 3, 5), "sidecar file")


def test_document_date_from_text_or_unknown_with_bound():
    dated = documents.from_bytes(b"Sommet (12 novembre 2021)\n\nLes ministres se sont vus hier a Paris pour parler.", "a.txt")
    assert dated.dct == date(2021, 11, 12) and dated.dct_source.startswith("text")
    undated = documents.from_bytes("Ils se sont vus en août 2019. Il a parlé vendredi avec le président.".encode(), "b.txt")
    assert undated.dct is None and undated.not_before == date(2019, 8, 1)
    assert undated.dct_source.startswith("unknown")


def test_language_of_other_languages_is_reported_as_none():
    doc = documents.from_bytes("Der Minister hat gestern in Berlin mit seinem Kollegen gesprochen.".encode(), "de.txt")
    assert doc.lang is None


def test_a_document_in_another_language_is_reported(tmp_path):
    from timeline import pipeline
    (tmp_path / "de.txt").write_text("Der Minister hat gestern in Berlin mit seinem Kollegen gesprochen.", encoding="utf-8")
    _, _, report = pipeline.extract([tmp_path])
    assert report.other_language == ["de.txt"]
    assert "de.txt: language not supported" in report.summary()



def test_markdown_emphasis_is_dropped_but_not_a_multiplication_or_an_identifier():
    md = f"# Talks\n\n*Published 4 March 1999*\n\n{ENGLISH} It grew 2 * 3 * 4 times in _snake_case_ style.\n"
    doc = documents.from_bytes(md.encode(), "a.md")
    assert "Published 4 March 1999" in doc.text and "*Published" not in doc.text
    assert "2 * 3 * 4" in doc.text and "snake_case" in doc.text
