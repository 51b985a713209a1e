"""The whole path from files to events: read -> mentions -> merge -> (borrow a date) -> frames."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from . import documents, language, mentions, merge, store
from .documents import Document, DocumentError


@dataclass
class Report:
    read: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line each: "name: reason"
    other_language: list[str] = field(default_factory=list)  # read, but no tables for its language
    events: int = 0
    undated: int = 0
    merged: int = 0  # events told by more than one document

    def summary(self) -> str:
        lines = [f"documents read: {len(self.read)}, skipped: {len(self.skipped)}",
                 f"events: {self.events} ({self.undated} undated, {self.merged} from several documents)"]
        lines += [f"  skipped {line}" for line in self.skipped]
        lines += [f"  no events from {name}: language not supported (tables exist for {', '.join(language.available())})"
                  for name in self.other_language]
        return "\n".join(lines)


def document_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to read: given files as they are, folders walked for every regular file except
    hidden ones and sidecars (which go with their document)."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                            and not p.name.endswith(".meta.json"))
        else:
            files.append(path)
    return files


def extract(paths: Iterable[str | Path], progress: Callable[[Path], None] | None = None):
    """Events and mentions frames (validated) for the given files and folders, and a Report."""
    report = Report()
    undated, found = {}, []  # only documents without a date are kept whole: they may be re-read
    for path in document_files(paths):
        if progress:
            progress(path)
        try:
            doc = documents.read(path)
        except DocumentError as e:
            report.skipped.append(str(e))
            continue
        report.read.append(doc.id)
        if doc.lang is None:
            report.other_language.append(doc.id)
        if doc.dct is None:
            undated[doc.id] = doc
        found += mentions.extract(doc)
    events = merge.merge(found)
    redated = _borrow_dates(undated, events)
    if redated:
        found = [m for m in found if m.doc.id not in redated]
        for doc in redated.values():
            found += mentions.extract(doc)
        events = merge.merge(found)
    report.events = len(events)
    report.undated = sum(1 for e in events if e.precision == "undated")
    report.merged = sum(1 for e in events if len(e.sources) > 1)
    return store.events_frame(events), store.mentions_frame(events), report


def extract_to(paths: Iterable[str | Path], output: str | Path,
               progress: Callable[[Path], None] | None = None) -> Report:
    """Extract and write the tables: the extraction (events.extracted.csv), its passages
    (mentions.csv), and the events table with the analyst's corrections laid over it."""
    from . import curation

    output = Path(output)
    targets = (output, curation.extracted_path(output), store.mentions_path(output))
    for target in targets:  # before the work, and before any of the three is written
        store.check_target(target)
    events, found, report = extract(paths, progress)
    store.write_csv_atomic(events, targets[1])
    store.write_csv_atomic(found, targets[2])
    curation.rebuild(output)
    return report


def _borrow_dates(undated: dict[str, Document], events: list[merge.Event]) -> dict[str, Document]:
    """A document without a date that tells a dated event with a year-less date ("September 9"
    for the meeting of 9 September 2019) is at least as recent as that event: take the latest
    such date as its reference, so that its "last month" and "later this month" resolve."""
    borrowed = {}
    for event in events:
        for m in event.borrowed:
            if m.doc.dct is None and event.date_end and (m.doc.id not in borrowed or event.date_end > borrowed[m.doc.id][0]):
                sources = ", ".join(d for d in event.sources if d != m.doc.id)
                borrowed[m.doc.id] = (event.date_end, f"borrowed: {m.timex.text!r} is the event of {event.date_end} told in {sources}")
    return {doc_id: replace(undated[doc_id], dct=day, dct_source=why, not_before=None)
            for doc_id, (day, why) in borrowed.items()}
