"""Read a document file: bytes -> text -> page furniture removed -> language -> document date.

A file that cannot be read raises DocumentError with a one-line reason; callers report it and
go on with the other files.
"""
from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from datetime import date
from pathlib import Path

from . import language
from .langid import detect_language
from .temporal import infer_dct
from .temporal.tagger import parse_dct

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024  # no news document is larger; bigger files are refused, not read
SHORT_LINE_WORDS = 3  # a line this short without end punctuation is navigation, not prose

_DATE_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_FRONT_MATTER_DATE = re.compile(r"^(?:date|published|pubdate)\s*:\s*['\"]?(\d{4}-\d{2}-\d{2})", re.M | re.I)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))|(\*\*|__|`)", re.M)
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)([^\n]+?)(?<=\S)\1(?![\w*])")  # "*Publié le 14 mars*"
_END_PUNCTUATION = re.compile(r"[.!?:;»\"”)]\s*$")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_CP1252_PUNCTUATION = set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")


class DocumentError(Exception):
    """A file that cannot be read as a document; the message names the problem."""


@dataclass(frozen=True)
class Document:
    id: str  # the file name, as cited in the events table
    path: str
    text: str  # cleaned text; every offset in the project points into it
    lang: str | None  # 'fr', 'en', or None for a language without tables
    dct: date | None
    dct_source: str  # where the document date came from, or why there is none
    not_before: date | None = None  # with no date: the document is at least this recent

    def without_text(self) -> "Document":
        """The same document's identity and date, without its text (to keep many of them)."""
        return replace(self, text="")


def read(path: str | Path) -> Document:
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED:
        raise DocumentError(f"{path.name}: unsupported file type {path.suffix or '(none)'}")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(f"{path.name}: too large ({size // 2**20} MB, limit {MAX_BYTES // 2**20} MB)")
        raw = path.read_bytes()
    except OSError as e:
        raise DocumentError(f"{path.name}: cannot be read ({e.strerror or e})") from None
    return from_bytes(raw, path.name, str(path), _sidecar_date(path))


def from_bytes(raw: bytes, name: str, path: str = "", sidecar_date: date | None = None) -> Document:
    text = decode(raw, name)
    metadata_date, dct_source = None, ""
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm"):
        text, metadata_date = _from_html(text, name)
        dct_source = "HTML metadata"
    elif suffix in (".md", ".markdown"):
        text, metadata_date = _from_markdown(text)
        dct_source = "front matter"
    lang = detect_language(text)
    text = clean(text, lang)
    if not text.strip():
        raise DocumentError(f"{name}: no text left after removing page furniture")
    dct, not_before = None, None
    if metadata_date:
        dct = metadata_date
    elif sidecar_date:
        dct, dct_source = sidecar_date, "sidecar file"
    elif m := _DATE_IN_NAME.search(name):
        dct, dct_source = date(*map(int, m.groups())), "file name"
    elif lang:
        inferred = infer_dct(text, lang)
        if inferred.date and inferred.confidence >= inferred.TRUSTED:
            dct, dct_source = inferred.date, f"text ({inferred.evidence})"
        else:
            dct_source, not_before = f"unknown: {inferred.evidence}", inferred.not_before
    else:
        dct_source = "unknown: language without tables"
    return Document(name, path, text, lang, dct, dct_source, not_before)


def decode(raw: bytes, name: str) -> str:
    """Text from bytes in UTF-8 (with or without BOM), UTF-16 (with or without BOM) or a legacy
    single-byte encoding. Binary content is refused."""
    if not raw.strip():
        raise DocumentError(f"{name}: empty file")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return _checked(raw.decode(encoding, errors="replace"), name)
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return _checked(raw.decode(utf16, errors="replace"), name)
    if b"\x00" in raw[:65536]:
        raise DocumentError(f"{name}: binary content (NUL bytes), not text")
    try:
        return _checked(raw.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1252 (a superset of Latin-1) is by far the most common legacy encoding of
        # French and English text; guessing first picks exotic code pages for short texts.
        text = raw.decode("cp1252")
        if sum(1 for ch in text if ord(ch) > 0x2FF and ch not in _CP1252_PUNCTUATION) < 0.01 * len(text):
            return _checked(text, name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes as detect
    best = detect(raw[:262144]).best()
    encoding = best.encoding if best else "cp1252"
    return _checked(raw.decode(encoding, errors="replace"), name)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text of a Latin-script language has a NUL in every other byte."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _checked(text: str, name: str) -> str:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.01 * len(sample) or sample.count("\ufffd") > 0.05 * len(sample):
        raise DocumentError(f"{name}: binary content, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _from_html(html: str, name: str) -> tuple[str, date | None]:
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        # a page too short for the article extractor (a brief dispatch) is taken as plain text;
        # one too deeply nested for lxml is read by the standard library's streaming parser
        text = text or trafilatura.html2txt(html) or _plain_text(html)
        meta = trafilatura.extract_metadata(html, date_config={"extensive_search": False, "original_date": True})
    except Exception as e:  # lxml refuses some malformed pages outright
        raise DocumentError(f"{name}: HTML could not be parsed ({type(e).__name__})") from None
    if not text or not text.strip():
        raise DocumentError(f"{name}: no text found in the HTML")
    title = meta.title if meta and meta.title else None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    found = parse_dct(meta.date) if meta and meta.date else None
    return text, found


class _TextCollector(HTMLParser):
    SKIPPED = {"script", "style", "noscript", "template", "iframe", "svg", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag in ("p", "br", "div", "li", "h1", "h2", "h3", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIPPED and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def _plain_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return re.sub(r"[ \t]+", " ", "".join(collector.parts)).strip()


def _from_markdown(text: str) -> tuple[str, date | None]:
    found = None
    if m := _FRONT_MATTER.match(text):
        if d := _FRONT_MATTER_DATE.search(m.group(1)):
            found = parse_dct(d.group(1))
        text = text[m.end():]
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", _MD_MARKUP.sub("", text)), found


def _sidecar_date(path: Path) -> date | None:
    """An optional `<file>.meta.json` beside a document: {"date": "YYYY-MM-DD"}."""
    sidecar = path.with_name(path.name + ".meta.json")
    if not sidecar.exists():
        return None
    try:
        return parse_dct(json.loads(sidecar.read_text(encoding="utf-8")).get("date"))
    except (ValueError, OSError, AttributeError) as e:
        raise DocumentError(f"{path.name}: sidecar {sidecar.name} is not valid ({e})") from None


def clean(text: str, lang: str | None) -> str:
    """Drop page furniture line by line: the language's furniture phrases, bare navigation
    lines, repeated lines, and photo credits."""
    furniture = language.load(lang).furniture if lang else None
    kept, seen = [], set()
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if stripped in seen or "©" in stripped:
            continue
        if furniture is not None and furniture.search(stripped):
            continue
        if len(stripped.split()) <= SHORT_LINE_WORDS and not _END_PUNCTUATION.search(stripped) \
                and not _YEAR.search(stripped):  # "March 14, 2023": the page's date, not navigation
            continue
        seen.add(stripped)
        kept.append(stripped)
    return "\n".join(kept).strip() + "\n"
