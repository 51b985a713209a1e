"""Tagging time on pathological text (long runs of digits, spaces, punctuation, month names)
at 10 kB, 100 kB and 1 MB: time must grow linearly with size (no catastrophic backtracking).

    .venv/bin/python bench/pathological.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.temporal import tag  # noqa: E402

RUNS = {
    "digits": "0123456789",
    "digits and slashes": "1/2/3/4-5-6 ",
    "spaces": " \t ",
    "punctuation": ".,;:!?-/()[]«»'\"",
    "month names": "mars mai juin janvier May March ",
    "dates back to back": "le 3 mars 1999 ",
    "one long number": "9",
}
SIZES = (10_000, 100_000, 1_000_000)


def main() -> None:
    print(f"{'input':>20s}" + "".join(f"{s // 1000:>9d} kB" for s in SIZES) + "   1 MB / 10 kB")
    for name, unit in RUNS.items():
        times = []
        for size in SIZES:
            text = (unit * (size // len(unit) + 1))[:size]
            start = time.perf_counter()
            for lang in ("fr", "en"):
                tag(text, lang=lang, dct="2019-09-09")
            times.append(time.perf_counter() - start)
        print(f"{name:>20s}" + "".join(f"{t:11.3f}s" for t in times) + f"   x{times[-1] / max(times[0], 1e-9):.0f}")


if __name__ == "__main__":
    main()
