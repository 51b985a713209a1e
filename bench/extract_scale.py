"""Extraction throughput and memory on a generated corpus of news-length documents.

    .venv/bin/python bench/extract_scale.py [--docs 10000] [--keep DIR]

The corpus is assembled from the development corpora (../shared/corpora/*/*.tml, the text of
each article) or, without them, from data/sources; each copy is given a document date shifted
by a whole number of years and weeks (in its file name), so that dates vary across the corpus.
Prints documents per second and peak memory for a tenth of the corpus and for all of it: peak
memory should grow with the events, not with the text read.
"""
from __future__ import annotations

import argparse
import html
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def articles() -> list[tuple[str, date]]:
    found = []
    for path in sorted((ROOT.parent / "shared" / "corpora").glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
        if body and dct:
            found.append((html.unescape(re.sub(r"<[^>]+>", "", body.group(1))), date.fromisoformat(dct.group(1))))
    if not found:
        found = [(p.read_text(encoding="utf-8"), date(2019, 9, 9)) for p in sorted((ROOT / "data" / "sources").glob("*.txt"))]
    return found


def make_corpus(folder: Path, n: int) -> None:
    source = articles()
    for i in range(n):
        text, dct = source[i % len(source)]
        copy = i // len(source)
        shifted = dct + timedelta(days=364 * (copy % 20) + 7 * (copy // 20))
        (folder / f"{shifted.isoformat()}_{i:05d}.txt").write_text(text, encoding="utf-8")


def measure(folder: Path) -> None:
    """Run in a child process so that peak memory is this extraction's alone."""
    from timeline import pipeline

    start = time.perf_counter()
    events, mentions, report = pipeline.extract([folder])
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(report.read):6d} docs  {elapsed:7.1f} s  {len(report.read) / elapsed:7.1f} docs/s  "
          f"peak {peak_mb:7.0f} MB  {len(events)} events, {len(mentions)} passages")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="build the corpus in this folder and keep it")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        for n in sorted({max(1, args.docs // 10), args.docs}):
            folder = base / f"corpus_{n}"
            folder.mkdir(parents=True, exist_ok=True)
            make_corpus(folder, n)
            subprocess.run([sys.executable, __file__, "--measure", str(folder)], check=True)


if __name__ == "__main__":
    main()
