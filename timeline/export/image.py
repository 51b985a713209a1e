"""The timeline as PNG, SVG or PDF at presentation size, drawn by kaleido in the system's
Chromium (Debian's chromium package; nothing is downloaded)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import plotly.io as pio

from .. import figure, store

WIDTH, HEIGHT = 1600, 900


class ImageExportError(RuntimeError):
    """No browser to draw with, or the drawing failed; the message says which."""


def render(events: pd.DataFrame, fmt: str, title: str = "Timeline") -> bytes:
    browser = os.environ.get("BROWSER_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        raise ImageExportError("image export needs Chromium (Debian package 'chromium'); none found")
    os.environ["BROWSER_PATH"] = browser  # kaleido uses this browser instead of fetching one
    fig = figure.build(events, height=HEIGHT, labels=True)
    fig.update_layout(title=dict(text=title, font=dict(size=28)), font=dict(size=18), width=WIDTH,
                      margin=dict(l=30, r=30, t=80, b=90), xaxis=dict(rangeslider=dict(visible=False)))
    fig.add_annotation(text=sources_line(events), xref="paper", yref="paper", x=0, y=-0.1, showarrow=False,
                       xanchor="left", font=dict(size=13, color="#444"))
    try:
        return pio.to_image(fig, format=fmt, width=WIDTH, height=HEIGHT)
    except Exception as e:  # kaleido reports browser failures with its own exception types
        raise ImageExportError(f"image export failed: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}") from None


def sources_line(events: pd.DataFrame, shown: int = 6) -> str:
    """'15 events from 5 documents: a.txt, b.txt, … (and 3 more)', escaped for Plotly."""
    import html
    documents = sorted({s for v in events["sources"] for s in v.split(";") if s})
    listed = ", ".join(documents[:shown]) + (f", … (and {len(documents) - shown} more)" if len(documents) > shown else "")
    return html.escape(f"{len(events)} events from {len(documents)} documents: {listed}")


def writer(fmt: str):
    def write(events: pd.DataFrame, mentions: pd.DataFrame, path: Path, title: str = "Timeline") -> None:
        content = render(events, fmt, title)
        store.write_bytes_atomic(path, content)
    return write
