"""Command line: python -m timeline extract | tag | export."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

DEFAULT_SOURCES = "data/sources"
DEFAULT_EVENTS = "data/events.csv"


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a YYYY-MM-DD date") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline", description="Documents to a sourced timeline.")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="build the events table from documents")
    extract.add_argument("paths", nargs="*", default=[DEFAULT_SOURCES], help=f"files or folders (default {DEFAULT_SOURCES})")
    extract.add_argument("-o", "--output", default=DEFAULT_EVENTS, help=f"events table (default {DEFAULT_EVENTS}); "
                         "the mentions table is written beside it")
    extract.add_argument("--quiet", action="store_true", help="no progress bar")

    tag = commands.add_parser("tag", help="print the date expressions of a document, one JSON object per line")
    tag.add_argument("file")
    tag.add_argument("--lang", choices=["fr", "en"], help="language (detected when omitted)")
    tag.add_argument("--dct", help="document date YYYY-MM-DD (inferred from the text when omitted)")

    export = commands.add_parser("export", help="write the (filtered) events for a briefing")
    export.add_argument("--format", required=True,
                        choices=["csv", "html", "png", "svg", "pdf", "pptx", "timelinejs", "timelinejs-csv"],
                        help="csv (spreadsheet-safe), html (offline page), png/svg/pdf (picture), pptx (deck), "
                             "timelinejs (JSON) or timelinejs-csv (its spreadsheet layout)")
    export.add_argument("-o", "--output", required=True, help="file to write")
    export.add_argument("--events", default=DEFAULT_EVENTS, help=f"events table (default {DEFAULT_EVENTS})")
    export.add_argument("--title", default="Timeline", help="title of the export")
    export.add_argument("--search", default="", help="keep events whose title or passages contain this text")
    export.add_argument("--from", dest="start", type=_iso_date, help="keep events that may lie on or after YYYY-MM-DD")
    export.add_argument("--to", dest="end", type=_iso_date, help="keep events that may lie on or before YYYY-MM-DD")
    export.add_argument("--status", action="append", choices=["occurred", "planned"], help="keep this status (repeatable)")
    export.add_argument("--actor", action="append", default=[], help="keep events with this actor (repeatable)")

    imported = commands.add_parser("import", help="add events entered by hand from a TimelineJS sheet (CSV)")
    imported.add_argument("file")
    imported.add_argument("--events", default=DEFAULT_EVENTS, help=f"events table (default {DEFAULT_EVENTS})")

    args = parser.parse_args(argv)
    from .documents import DocumentError
    from .export.image import ImageExportError
    from .store import SchemaError

    try:
        return {"extract": _extract, "tag": _tag, "export": _export, "import": _import}[args.command](args)
    except (DocumentError, SchemaError, ImageExportError, OSError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)  # one line naming the file and the problem
        return 1


def _extract(args) -> int:
    from tqdm import tqdm

    from . import curation, pipeline, store

    files = pipeline.document_files(args.paths)
    missing = [p for p in args.paths if not Path(p).exists()]
    for p in missing:
        print(f"error: {p}: no such file or folder", file=sys.stderr)
    output = Path(args.output)
    with tqdm(total=len(files), unit="doc", disable=args.quiet, file=sys.stderr) as bar:
        report = pipeline.extract_to(files, output, progress=lambda path: bar.update(1))
    print(report.summary(), file=sys.stderr)
    print(f"wrote {output} (with the corrections of {curation.path_for(output).name}), "
          f"{curation.extracted_path(output).name} and {store.mentions_path(output).name}", file=sys.stderr)
    return 0 if report.read else 1


def _export(args) -> int:
    from . import curation, export, filters, store

    curation.refresh(args.events)
    events = store.load_events(args.events)
    mentions = store.load_mentions(store.mentions_path(args.events))
    shown = filters.apply(events, filters.searchable_text(events, mentions), search=args.search,
                          statuses=args.status or ("occurred", "planned"), actors=args.actor,
                          start=args.start, end=args.end)
    path = export.export(shown, mentions, args.format, args.output, title=args.title)
    print(f"wrote {path}: {len(shown)} of {len(events)} events", file=sys.stderr)
    return 0


def _import(args) -> int:
    from . import curation
    from .export import timelinejs

    entered = timelinejs.read_sheet(args.file)
    curation.add_entered(args.events, entered)
    print(f"added {len(entered)} events entered by hand to {args.events}", file=sys.stderr)
    return 0


def _tag(args) -> int:
    from .documents import read
    from .temporal import tag

    doc = read(args.file)
    for timex in tag(doc.text, lang=args.lang or doc.lang, dct=args.dct or doc.dct):
        print(json.dumps(timex.as_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
