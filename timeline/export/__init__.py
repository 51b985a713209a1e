"""Exports of the (filtered, curated) events: each states its sources and can be opened
without the app."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import csv_table, image, offline_html, pptx_deck, timelinejs

FORMATS = {"csv": csv_table.write, "html": offline_html.write, "png": image.writer("png"),
           "svg": image.writer("svg"), "pdf": image.writer("pdf"), "pptx": pptx_deck.write,
           "timelinejs": timelinejs.write_json, "timelinejs-csv": timelinejs.write_sheet}


FILE_NAMES = {"timelinejs": "timeline.json", "timelinejs-csv": "timeline-timelinejs.csv"}


def to_bytes(events: pd.DataFrame, mentions: pd.DataFrame, fmt: str, title: str = "Timeline") -> tuple[bytes, str]:
    """An export's content and its file name, for a download."""
    import tempfile

    name = FILE_NAMES.get(fmt, f"timeline.{fmt}")
    with tempfile.TemporaryDirectory() as scratch:
        path = export(events, mentions, fmt, Path(scratch) / name, title)
        return path.read_bytes(), name


def export(events: pd.DataFrame, mentions: pd.DataFrame, fmt: str, path: str | Path, title: str = "Timeline") -> Path:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    path = Path(path)
    FORMATS[fmt](events, mentions, path, title=title)
    return path
