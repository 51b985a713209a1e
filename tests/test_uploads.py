"""Uploaded documents: names that stay in the folder, an allowlist of types, size limits."""
import pytest

from timeline import uploads
from timeline.uploads import UploadError

TEXT = "Le sommet s'est tenu à Paris le 3 mars 1999 entre les deux présidents.".encode()


@pytest.mark.parametrize("name,expected", [
    ("notes du 3 mars.txt", "notes du 3 mars.txt"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\evil.md", "evil.md"),
    ("/abs/path/été.html", "été.html"),
    (".hidden.txt", "hidden.txt"),
    ("a\x00b\u202e.txt", "ab.txt"),
])
def test_names_are_kept_inside_the_folder(name, expected):
    assert uploads.safe_name(name) == expected


def test_saved_files_land_in_the_folder_only(tmp_path):
    folder = tmp_path / "sources"
    written = uploads.save(folder, [("../../escape.txt", TEXT), ("ok.md", TEXT)])
    assert sorted(p.name for p in folder.iterdir()) == ["escape.txt", "ok.md"]
    assert all(p.parent == folder for p in written)
    assert not (tmp_path / "escape.txt").exists()


@pytest.mark.parametrize("files,problem", [
    ([("x.exe", TEXT)], "type not accepted"),
    ([("x.txt", b"a" * (uploads.MAX_FILE_BYTES + 1))], "limit"),
    ([("..", TEXT)], "not a usable file name"),
])
def test_refused_uploads_write_nothing(tmp_path, files, problem):
    with pytest.raises(UploadError, match=problem):
        uploads.save(tmp_path, [("good.txt", TEXT)] + files)
    assert list(tmp_path.iterdir()) == []


def test_batch_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_BATCH_BYTES", 100)
    with pytest.raises(UploadError, match="batch"):
        uploads.save(tmp_path, [("a.txt", b"x" * 60), ("b.txt", b"x" * 60)])
