"""The tagging pass: one scan of the text with the language's compiled regex, then resolution of
each match in reading order so that anaphoric expressions see the dates before them."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date

from .. import language
from ..sentences import sentence_spans
from .resolve import Context, resolve
from .values import interval, is_full_date

_YEAR_VALUE = re.compile(r"^(\d{4})(?:-|$)")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_OPENING_PUNCTUATION = re.compile(r"[\s\"'«“‘(—–-]*")  # what may stand before a sentence's first word


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "value": self.value, "mod": self.mod}


def parse_dct(dct) -> date | None:
    if dct is None or isinstance(dct, date):
        return dct
    text = str(dct).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"document date {dct!r} is not YYYY-MM-DD") from None


_TOKEN = re.compile(r"\w+")
# Roman ordinals in capitals open dates too ("le XXIe siècle", "the XXth century").
_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|re|ème|eme|th|st|nd|rd)")
TENSE_WINDOW = 60  # characters before an expression where its tense is read (half as many after)
ADJACENT = 4  # a cue this close (a space, a comma, " on ") is the verb of the date
PAST_LEAD_REACH = 20  # characters before an expression where a word placing it in the past ("since") stands
_STRETCH_END = re.compile(r"[.!?]\s")  # where a stretch of text read for tense cues ends
CLAUSE_REACH = 250  # with no cue near, the sentence is read this far each way (bounded: run-on text)


def find(text: str, lang: str) -> list[tuple[re.Match, int]]:
    """Every match of the language's patterns, as (match, index of the pattern), leftmost
    first and not overlapping. The combined regex is tried only at tokens that can open a
    date; elsewhere it could not match, and trying it there is what costs time."""
    compiled = language.load(lang)
    regex, triggers, function_words = compiled.regex, compiled.triggers, compiled.stopwords
    date_words = compiled.date_words
    found, resume = [], 0
    for token in _TOKEN.finditer(text):
        start = token.start()
        if start < resume:
            continue
        word = token.group()
        if not _can_open(word, triggers):
            continue
        if word.lower() in function_words:
            # "the", "le", "en" open a date only when a date word or a number follows
            following = _TOKEN.search(text, token.end())
            if not following or not _can_open(following.group(), date_words):
                continue
        m = regex.match(text, start)
        if m and m.end() > start:
            found.append((m, int(m.lastgroup[1:])))
            resume = m.end()
    return found


def _can_open(word: str, triggers: frozenset) -> bool:
    return (word[0].isdigit() or word.lower() in triggers
            or word[0] in "IVXLC" and bool(_ROMAN_ORDINAL.fullmatch(word)))  # the regex only where it may match


def tag_with(text: str, lang: str, dct: date | None) -> list[Timex]:
    compiled = language.load(lang)
    matches = find(text, lang)
    if not matches:
        return []
    ends = [end for _, end in sentence_spans(text, compiled.abbreviations, compiled.stopwords)]
    ctx = Context(dct=dct, text_years=[] if dct else _text_years(lang, text, ends, matches, compiled))
    paragraph_breaks = [b.start() for b in _PARAGRAPH_BREAK.finditer(text)]
    sentence_start, boundary, report_sentence = 0, 0, None
    out, opens_range = [], False
    for m, index in matches:
        # a range's first day ("du 19 au", "from 8 September to") speaks for the next match only
        previous = out[-1] if out else None
        joined = previous and (opens_range or compiled.range_joiner.fullmatch(text, previous.end, m.start()))
        ctx.range_from = (interval(previous.value) or (None,))[0] if joined else None
        opens_range = False
        if boundary < len(ends) and m.start() >= ends[boundary]:
            while boundary < len(ends) and m.start() >= ends[boundary]:
                sentence_start = ends[boundary]
                boundary += 1
            ctx.sentence_year, ctx.sentence_day = None, None
        sentence_end = ends[boundary] if boundary < len(ends) else len(text)
        if report_sentence != sentence_start:
            report_sentence, report_start = sentence_start, compiled.report_start(text, sentence_start, sentence_end)
        joiner = compiled.after_date[index]
        if joiner and not (out and is_full_date(out[-1].value) and out[-1].end <= m.start()
                           and joiner.fullmatch(text, out[-1].end, m.start())):
            continue
        ctx.paragraph = bisect.bisect_right(paragraph_breaks, m.start())
        ctx.future, ctx.past, ctx.verb_governs, ctx.behind = _sentence_tense(
            lang, text, m.start(), m.end(), (sentence_start, sentence_end), report_start)
        ctx.opens_sentence = _OPENING_PUNCTUATION.match(text, sentence_start).end() == m.start()
        groups = {}
        for name, semantic in compiled.groups[index]:
            if m.group(name) is not None:
                groups.setdefault(semantic, m.group(name))
        resolved = resolve(compiled, groups, compiled.types[index], ctx)
        if resolved is None:
            continue
        out.append(Timex(m.start(), m.end(), m.group(), resolved.type, resolved.value, resolved.mod))
        # ", officials said Saturday" dates the report, not the story; "depuis le 3 juillet" the
        # start of a state that lasts to the time under discussion, not that time
        if m.start() < report_start and not ctx.behind:
            _remember(ctx, resolved.value, explicit_year="year" in groups or "year2" in groups)
        opens_range = compiled.range_start[index]
    return out


@functools.lru_cache(maxsize=2)
def cue_spans(lang: str, text: str) -> tuple[CueSpans, CueSpans]:
    """Where the future and the past tense cues of a text stand, found once for the tagger and
    the event builder (which asks of many words whether they are a verb)."""
    compiled = language.load(lang)
    return CueSpans(compiled.future_cues, text), CueSpans(compiled.past_cues, text)


class CueSpans:
    """Where the cue words of one kind stand in a text, read a stretch of text at a time, when a
    question first reaches it: the questions are about dates, which stand in a few of a text's
    sentences. A stretch ends after a full stop, which no cue holds, so no cue runs from one
    stretch into the next. The spans found do not overlap, so they are in order by start and by
    end alike."""

    def __init__(self, regex: re.Pattern, text: str):
        self.regex, self.text = regex, text
        self.stretches = [0] + [stop.end() for stop in _STRETCH_END.finditer(text)]  # where each starts
        self.read = [False] * len(self.stretches)
        self.unread = len(self.stretches)
        self.starts: list[int] = []
        self.ends: list[int] = []

    def _read(self, start: int, end: int) -> None:
        """Find the cues of the stretches from the one holding `start` to the one holding `end`."""
        if not self.unread:
            return
        first = max(bisect.bisect_right(self.stretches, start) - 1, 0)
        for k in range(first, bisect.bisect_right(self.stretches, end)):
            if self.read[k]:
                continue
            self.read[k] = True
            self.unread -= 1
            stop = self.stretches[k + 1] if k + 1 < len(self.stretches) else len(self.text)
            spans = [c.span() for c in self.regex.finditer(self.text, self.stretches[k], stop)]
            at = bisect.bisect_left(self.starts, self.stretches[k])
            self.starts[at:at] = [s for s, _ in spans]
            self.ends[at:at] = [e for _, e in spans]

    def covers(self, position: int) -> bool:
        """Whether a cue spans `position`."""
        self._read(position, position)
        i = bisect.bisect_right(self.starts, position)
        return i > 0 and position < self.ends[i - 1]

    def end_before(self, start: int, since: int) -> int | None:
        """Where the last cue ending before `start` ends, if it ends at `since` or after."""
        self._read(since, start)
        i = bisect.bisect_right(self.ends, start)
        return self.ends[i - 1] if i > 0 and self.ends[i - 1] >= since else None

    def distance(self, window: tuple[int, int], start: int, end: int) -> float:
        """Characters between the expression (start, end) and the nearest cue inside the
        window; 0 for a cue within the expression ("last" in "last Friday")."""
        self._read(*window)
        i = bisect.bisect_right(self.ends, start)  # the first cue ending after the expression starts
        if i < len(self.starts) and self.starts[i] < end:
            return 0
        best = float("inf")
        if i > 0 and self.starts[i - 1] >= window[0]:
            best = start - self.ends[i - 1]
        if i < len(self.starts) and self.ends[i] <= window[1]:
            best = min(best, self.starts[i] - end)
        return best


def clause_tense(lang: str, text: str, start: int, end: int, clause_start: int,
                 clause_end: int) -> tuple[bool, bool, bool, bool]:
    """(future, past, governs, behind): the tense the expression text[start:end] is read in,
    whether it is that of a verb governing the date ("arrived on March 3"), and whether a word
    just before the date puts it on or before the document date. After such a word ("since",
    "depuis") it is past whatever the clause says ("fermée depuis lundi, rouvrira vendredi"); a
    date in the possessive names a noun and has none ("get around Wednesday's ruling");
    otherwise it is the tense of the clause, read from cue words (see _cue_tense)."""
    compiled = language.load(lang)
    future, past, governs = _cue_tense(lang, text, start, end, clause_start, clause_end)
    if compiled.past_lead.search(text, max(clause_start, start - PAST_LEAD_REACH), start):
        return False, True, governs, True
    if compiled.possessive.match(text, end):
        return False, False, False, False
    return future, past, governs, False


def _cue_tense(lang: str, text: str, start: int, end: int, clause_start: int,
               clause_end: int) -> tuple[bool, bool, bool]:
    """(future, past, governs) read from the cue words of the clause. A verb right beside the
    date tells it ("announced Wednesday", "for Saturday was canceled"); otherwise a future
    marker near it wins, since past-tense reporting verbs often report plans; with no cue near,
    the nearest one in the rest of the clause."""
    future_cues, past_cues = cue_spans(lang, text)
    # a verb of one tense only, written just before the date, governs it ("[which] takes effect on
    # Jan. 1, was passed": the verb after the comma is another clause's)
    verb_to_date = language.load(lang).verb_to_date
    governing = [cues.end_before(start, clause_start) for cues in (future_cues, past_cues)]
    governing = [cue_end is not None and bool(verb_to_date.fullmatch(text, cue_end, start)) for cue_end in governing]
    if governing[0] != governing[1]:
        return governing[0], governing[1], True
    # a "will" three clauses away says nothing of the expression: read near it first
    near = (max(clause_start, start - TENSE_WINDOW), min(clause_end, end + TENSE_WINDOW // 2))
    future, past = future_cues.distance(near, start, end), past_cues.distance(near, start, end)
    # both tenses (or neither) end right before the date: the nearer cue, before or after, tells
    # it, governing when one stands before ("arrived on March 3"); one after may be the verb of a
    # subject that holds the date ("le recensement de mars devrait")
    governs = future != past and governing[0]
    if min(future, past) <= ADJACENT or governs:
        return future < past, past < future, governs
    if min(future, past) < float("inf"):
        return future < float("inf"), future == float("inf"), False
    # with no cue near, the nearest verb of the rest of the clause ("In July 1997, at a summit in
    # Madrid, the alliance announced it would accept..."), but for that of a reported clause closed
    # before the date ("said that Russia would not escalate the crisis, after talks on Monday")
    left = max(clause_start, start - CLAUSE_REACH)
    comma = text.rfind(",", left, start)
    if comma >= 0 and language.load(lang).complementizer.search(text, left, comma):
        left = comma
    clause = (left, min(clause_end, end + CLAUSE_REACH))
    future, past = future_cues.distance(clause, start, end), past_cues.distance(clause, start, end)
    return future < past, past < future, False


def _sentence_tense(lang: str, text: str, start: int, end: int, sentence: tuple[int, int],
                    report_start: int) -> tuple[bool, bool, bool, bool]:
    """clause_tense of an expression of the sentence (start, end). The tense of a closing reporting
    clause (", a annoncé la direction") is the report's, not that of the dates before it; a date in
    a relative clause between commas has that clause's ("Signature Bank, which was closed on
    Sunday, would also be covered")."""
    clause = (sentence[0], report_start if start < report_start else sentence[1])
    # read near the date only, so that a long run-on sentence is not read again for each date
    window = (max(clause[0], start - CLAUSE_REACH), min(clause[1], end + CLAUSE_REACH))
    for aside in language.load(lang).relative_aside.finditer(text, *window):
        if aside.start() > start:
            break
        if end <= aside.end() and (aside.end() < window[1] or window[1] == clause[1]):
            clause = aside.span()
            break
    return clause_tense(lang, text, start, end, *clause)


@dataclass(frozen=True)
class Placement:
    """Where a date a text tells stands from the time of writing, as its words say."""
    ahead: bool  # told in the future: the text is older ("ira à Moscou en mai 2020")
    behind: bool  # neither told ahead nor ending a state ("jusqu'en 2029"): the text is no older
    past: bool  # told in the past ("signés en 2015"): the text may be any number of years younger


def placements(text: str, lang: str, spans) -> list[Placement]:
    """The Placement of each expression text[start:end] of `spans`, in text order."""
    compiled = language.load(lang)
    ends = [end for _, end in sentence_spans(text, compiled.abbreviations, compiled.stopwords)]
    return list(_placements(lang, text, ends, compiled, spans))


def _placements(lang, text, ends, compiled, spans):
    sentence, report_start = None, 0
    for start, end in spans:
        at = bisect.bisect_right(ends, start)
        if sentence is None or not sentence[0] <= start < sentence[1]:  # a sentence's reporting clause is read once
            sentence = (ends[at - 1] if at else 0, ends[at] if at < len(ends) else len(text))
            report_start = compiled.report_start(text, *sentence)
        future, past, _, _ = _sentence_tense(lang, text, start, end, sentence, report_start)
        until = compiled.until_lead.search(text, max(sentence[0], start - PAST_LEAD_REACH), start)
        yield Placement(future, not future and not until, past)


def _text_years(lang, text, ends, matches, compiled) -> list[tuple[int, Placement]]:
    """The explicit years a text names, each with its Placement: what a text without a date
    knows of when it was written."""
    named = [(m, [int(m.group(name)) for name, semantic in compiled.groups[index]
                  if semantic == "year" and m.group(name)]) for m, index in matches]
    named = [(m, years) for m, years in named if years]
    placed = _placements(lang, text, ends, compiled, [m.span() for m, _ in named])
    return [(year, where) for (_, years), where in zip(named, placed) for year in years]


def _remember(ctx: Context, value: str, explicit_year: bool) -> None:
    """Make a resolved date the one under discussion for the expressions that follow."""
    m = _YEAR_VALUE.match(value)
    if not m:
        return
    if explicit_year or len(value) == 4:  # "en 2017", or a year named otherwise ("cette année")
        ctx.sentence_year = int(m.group(1))
    if period := interval(value):
        ctx.last_period = period
        ctx.last_period_paragraph = ctx.paragraph
        if period[2] == "day":
            ctx.last_day = ctx.sentence_day = period[0]
            ctx.days.append(period[0])
