"""Dated passages of one document -> mentions: the interval, precision, status, actors, place
and a short title of what a sentence (or the clause holding the date) says happened."""
from __future__ import annotations

import csv
import functools
import itertools
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from . import language
from .documents import Document
from .sentences import sentence_spans
from .temporal import Timex, interval
from .temporal.dct import DATELINE_CHARS, dateline, publication_lines
from .temporal.tagger import clause_tense, cue_spans, tag_with

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TITLE_WORDS = 12
MAX_PASSAGE = 1200  # characters: a longer "sentence" (a run-on line) is cut around the date
FRONTED_WORDS = 4  # a phrase set before the subject is this short ("Dans les raffineries,")
LEAD_MIN_WORDS = 12  # the first sentence this long is the lead: what the article reports
NOT_ANCHORED = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")

_NUMBER_NOUN = re.compile(r"(?<![\w.,+])(\d{1,3}(?:[ ,.\u202f]\d{3})+|\d+)\s+([^\W\d_]{4,})")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A run of capitalised words, of which the last two name someone (see _capitalised_names)
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)?")
_CAPITALISED_RUN = re.compile(rf"(?<![\w.]){_CAPITALISED_WORD.pattern}(?:\s+{_CAPITALISED_WORD.pattern})+\b")
# An acronym standing alone ("la CGT", "SNCF"), not a word of an all-capitals line or a numeral
_ACRONYM = re.compile(r"(?<![\w.-])(?<![A-Z]{2}\s)(?![IVXLCDM]+\b)[A-Z]{3,6}(?![\w.-])(?!\s[A-Z]{2})")
_SPACES = re.compile(r"\s+")
_SPACED_COLON = re.compile(r"\s+:(?=\s)")
_LABEL = re.compile(r"\s*(?:[^\s:]+\s+){0,3}[^\s:]+\s*:\s+(?=\S)")  # a few words and a colon opening a text
_CLOCK = re.compile(r"T(\d{2}:\d{2})")  # the time of day in a TIMEX3 value
_PARTICIPLE_ASIDE = re.compile(r",\s*([^\W\d_]+)\s[^,;:()«»\"“”]*,")  # ", adopted on March 3,"
_TRAILING_PARTICIPLE = re.compile(r",\s*([^\W\d_]+)$")  # a text's last word after a comma
_REPEATED_NAME = re.compile(r"\b([A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)*)(?:,?\s+\1\b)+")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:](?=\s)|\s[—–(]")  # not the comma of "13,000"
# Capitalised words opening a sentence, before a comma or a lower-case word: its subject when a name
_OPENING_NAME = re.compile(r"[\s«\"“`']*((?:[A-ZÀ-Ý][\w'’-]+\s+){0,3}[A-ZÀ-Ý][\w'’-]+)(?=,|\s+[a-zà-ÿ])")
# after a date opening a sentence ("La veille, "), between the days of a list ("les 22, 23 et 24")
_COMMA = re.compile(r"\s*,\s*")
# what a sentence's opening words hold when they are no plain subject: punctuation, a count (not an
# ordinal: "La 77e édition")
_NOT_IN_SUBJECT = re.compile(r"[,;:()«»\"“”]|\d(?!\d*(?:er|re|ère|e|ème|st|nd|rd|th)\b)")
_OPENING_BRACKET = re.compile(r"\s*[(\[]\s*")  # "4:12 a.m. local time (2012 GMT)": the same time elsewhere
_ELISION = re.compile(r"\w+['’](?=\w)")  # an elided word glued to the next ("qu'il")
_CLAUSE_BREAK = re.compile(_CLAUSE_PUNCTUATION.pattern + r"|[«»“”\"`]|''")  # or a quotation opening or closing
CLAUSE_MIN_WORDS = 4  # a clause shorter than this ("Dimanche 8 septembre,") joins the next
NOUN_PHRASE_WORDS = 6  # the longest noun phrase a date is read as completing
DATE_LINE_CHARS = 60  # more characters than this besides its dates, and a sentence says something
LEAD_REACH = 60  # characters before a date where the words opening a range with it or denying it stand
_NOUN_PHRASE_WORD = re.compile(r"\S+")
_LINE_ENDING_A_SENTENCE = re.compile(r"[.!?…][\"»”’)]*[ \t]*$", re.M)
_EDGE_PUNCTUATION = " ,;:.«»“”\"'’()[]—–-"


@dataclass
class Mention:
    """One passage of one document that dates (or, undated, reports) an event."""
    doc: Document
    passage: tuple[int, int]  # the sentence, offsets into the document's cleaned text
    region: tuple[int, int]  # the part of the sentence about this date
    timex: Timex | None
    date_start: date | None
    date_end: date | None
    precision: str  # one of store.PRECISIONS
    partial: str | None  # a date without its year (XXXX-09-09), kept to borrow one
    status: str  # occurred or planned
    title: str
    actors: tuple[str, ...]
    location: str
    in_area: bool  # the location is that of an area around or part of it ("off the coast of Taiwan")
    sentence: str  # the text of the passage (the document's text is not kept)
    numbers: frozenset = field(default_factory=frozenset)  # (count, noun stem): "70 prisoners"
    stems: frozenset = field(default_factory=frozenset)  # content-word stems, for likeness

    @functools.cached_property
    def key(self) -> str:
        """Stable identity: document, sentence text, and the date expression with its place in
        the sentence (a sentence may say "Friday" twice)."""
        where = f"{self.timex.text}@{self.timex.start - self.passage[0]}" if self.timex else ""
        return f"{self.doc.id}|{self.quote}|{where}"

    @property
    def quote(self) -> str:
        return _SPACES.sub(" ", self.sentence).strip()

    @property
    def dated(self) -> bool:
        return self.date_start is not None and self.precision != "undated"

    @property
    def clock(self) -> str | None:
        """The time of day the date gives ("13:00" for "ce vendredi à 13 heures"), if any."""
        found = _CLOCK.search(self.timex.value) if self.timex else None
        return found.group(1) if found else None


def extract(doc: Document) -> list[Mention]:
    """Every mention of a document: one per dated expression, plus, for a document without a
    date, its lead sentence as an undated event when no date expression covers it."""
    if doc.lang is None:
        return []
    lang = language.load(doc.lang)
    timexes = [t for t in tag_with(doc.text, doc.lang, doc.dct) if t.type in ("DATE", "TIME")
               and t.value not in NOT_ANCHORED]
    stamps = publication_lines(doc.text, timexes, doc.lang)
    body = _body_start(doc.text, timexes, stamps)
    timexes = [t for t in timexes if t.start >= body and not any(s <= t.start < e for s, e in stamps)]
    mentions = []
    named = names_in(doc.text)
    # the sentences of the body; one straddling its start (the dateline's) begins there
    sentences = [(max(start, body), end) for start, end in sentence_spans(doc.text, lang.abbreviations, lang.stopwords)
                 if end > body]
    lead = _lead_sentence(doc.text, sentences)
    lead_dated = False
    position = 0
    for start, end in sentences:
        inside = []
        while position < len(timexes) and timexes[position].start < end:
            if timexes[position].start >= start:
                inside.append(timexes[position])
            position += 1
        if not inside:
            continue
        inside = _ranges_joined(doc.text, inside, lang)
        if _only_dates(doc.text, start, end, inside, lang):
            continue  # "March 14, 2023 at 12:05 p.m. EDT": a page's date line reports nothing
        # a denied date ("et non le jeudi 30 septembre") dates nothing, nor does one a comparison
        # is measured from ("the highest level since 2001"), but for a clause after it telling
        # what happened then ("since 2008, when the crisis hit banks"); such a clause is what a
        # date naming a noun dates too ("celui de l'hiver 2019, quand des milliers d'agriculteurs
        # avaient manifesté")
        inside = _times_folded(doc.text, inside, lang)
        told_after = {}
        for t in inside:
            words_before = doc.text[max(start, t.start - LEAD_REACH):t.start]
            clause = lang.date_clause.match(doc.text, t.end, end)
            if lang.no_event_lead.search(words_before) or clause and lang.noun_to_date.search(words_before):
                told_after[t.start] = clause
        inside = [t for t in inside if told_after.get(t.start, True)]
        told = lang.report_start(doc.text, start, end)
        lists = _date_lists(doc.text, start, told, inside, lang)
        # each list is cut from the sentence as one stretch, the part it dates shared by its dates
        stretches = [Timex(dates[0].start, dates[-1].end, doc.text[dates[0].start:dates[-1].end], dates[0].type,
                           dates[0].value) for dates in lists]
        regions = _regions(doc.text, start, end, stretches, lang)
        for dates, stretch, shared, said in zip(lists, stretches, regions, _reported(doc.text, stretches, regions, lang)):
            for timex in dates:
                # "..., officials said Saturday" after a dated story ("the quake struck on Friday",
                # "the singer died Sunday") or after a phrase of it ("will be held on Saturday, in the
                # presence of family only, the family said on Monday"): the report's date, no event
                if shared[0] >= told or timex.start >= told and (any(
                        t.start < told and _governed(doc.text, t, lang) for t in inside)
                        or len(inside) > 1 and _verbless_phrase(doc.text, shared[0], told, lang)):
                    continue
                region, cut = shared, stretch
                if clause := told_after.get(timex.start):
                    close = _CLAUSE_PUNCTUATION.search(doc.text, clause.end(), end)
                    region, cut = (timex.start, close.start() if close else end), timex
                passage = _bounded(doc.text, (start, end), timex)
                region = (max(region[0], passage[0]), min(region[1], passage[1]))
                mentions.append(_mention(doc, lang, passage, region, timex, named, cut, said))
                lead_dated |= (start, end) == lead
    if doc.dct is None and lead and not lead_dated:
        mentions.append(_mention(doc, lang, lead, lead, None, named))
    stub = doc.without_text()  # mentions keep their sentence, not the whole document
    for m in mentions:
        m.doc = stub
    return mentions


def _body_start(text: str, timexes, stamps: list[tuple[int, int]]) -> int:
    """Where the body of a page begins: after its dateline (the place and filing date opening a
    dispatch) or after a publication line near its top with no sentence above it; the headline
    above reports no event of its own."""
    head = dateline(text, timexes)
    ends = [end for start, end in stamps[:1]
            if start < DATELINE_CHARS and not _LINE_ENDING_A_SENTENCE.search(text, 0, start)]
    return max(([head.end()] if head else []) + ends, default=0)


def _only_dates(text: str, start: int, end: int, timexes: list[Timex], lang) -> bool:
    """Whether a sentence says nothing but its dates: no word outside them other than
    function words, the words introducing a date ("Until this week.") and short capitalised
    abbreviations (time zones: "EDT", "GMT")."""
    if end - start - sum(t.end - t.start for t in timexes) > DATE_LINE_CHARS:
        return False
    edges = [start] + [p for t in timexes for p in (t.start, t.end)] + [end]
    outside = " ".join(lang.date_lead_in.sub("", text[edges[k]:edges[k + 1]]) for k in range(0, len(edges), 2))
    return all(_is_function_word(w, lang) or (w.isupper() and len(w) <= 4) for w in _WORD.findall(outside))


def _ranges_joined(text: str, timexes: list[Timex], lang) -> list[Timex]:
    """The dates of a sentence, each range ("du 24 au 26 août", "from 2014 to 2016", "entre 1990
    et 1999", days in a row: "on June 24 and 25", "les 22, 23 et 24 décembre") made one expression
    whose value is its two ends joined by a slash: one event over the whole span."""
    out = []
    for timex in timexes:
        previous = out[-1] if out else None
        first_value, _, last_value = previous.value.partition("/") if previous else ("", "", "")
        paired = previous and lang.range_pair_joiner.fullmatch(text, previous.end, timex.start)
        joined = previous and not last_value and (lang.range_joiner.fullmatch(text, previous.end, timex.start) or (
            paired and lang.range_opener.search(text, max(0, previous.start - LEAD_REACH), previous.start)))
        in_a_row = (paired or previous and _COMMA.fullmatch(text, previous.end, timex.start)) and _day_after(
            last_value or first_value, timex.value)
        if ((joined or in_a_row) and (first := interval(first_value)) and (last := interval(timex.value))
                and first[0] <= last[0]):
            out[-1] = Timex(previous.start, timex.end, text[previous.start:timex.end], "DATE",
                            f"{first_value}/{timex.value}")
        else:
            out.append(timex)
    return out


def _day_after(first: str, second: str) -> bool:
    """Whether the value `second` is the day after the day `first`."""
    a, b = interval(first), interval(second)
    return bool(a and b and a[2] == b[2] == "day" and b[0] - a[0] == timedelta(days=1))


def _times_folded(text: str, timexes: list[Timex], lang) -> list[Timex]:
    """The dates of a sentence without the times of day that follow a date of the same day
    ("le jeudi 7 octobre, de 19 h 30 à 20 h 30"): they say when within it, not another event;
    nor a time in brackets after a time, the same moment on another clock ("at 4:12 a.m. local
    time (2012 GMT Thursday)")."""
    out = []
    for timex in timexes:
        day = interval(timex.value) if "T" in timex.value else None
        if day and out and (before := interval(out[-1].value)) and (
                before[:2] == day[:2] or "T" in out[-1].value and _is_conversion(text, out[-1].end, timex.start, lang)):
            continue
        out.append(timex)
    return out


def _is_conversion(text: str, end: int, start: int, lang) -> bool:
    """Whether the text between two times is an opening bracket, after the first time's zone."""
    zone = lang.date_tail.match(text, end)
    return bool(_OPENING_BRACKET.fullmatch(text, zone.end() if zone else end, start))


def _bounded(text: str, sentence: tuple[int, int], timex: Timex) -> tuple[int, int]:
    """The sentence, or, when it runs past MAX_PASSAGE characters, the words around the date."""
    start, end = sentence
    if end - start <= MAX_PASSAGE:
        return sentence
    half = MAX_PASSAGE // 2
    left = max(start, timex.start - half)
    right = min(end, timex.end + half)
    left = text.rfind(" ", start, left) + 1 if left > start else start
    right_space = text.find(" ", right, end)
    return left or start, right_space if right_space > 0 else right


def _lead_sentence(text: str, sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first of the sentences that is long enough and not the headline (a first line that
    stands alone as a paragraph)."""
    headline_end = text.find("\n\n") if "\n" not in text[: max(text.find("\n\n"), 0)] else -1
    for start, end in sentences:
        if start <= headline_end:
            continue
        if len(text[start:end].split()) >= LEAD_MIN_WORDS:
            return start, end
    return None


LIST_GAP_WORDS = 4  # the most words between two dates of one list ("in 2004, [and once more in] 2006")


def _date_lists(text: str, start: int, end: int, timexes: list[Timex], lang) -> list[list[Timex]]:
    """The dates of a sentence in lists that date one clause together ("In 1994, 1995 and 1997",
    "in 2004 and again in 2006", "Pendant l'été, et surtout en août"): dates apart only by
    commas, "and" and a few function words or adverbs, unless a verb stands on each side of the
    list ("arrived on Monday and on Tuesday left": two clauses). `end` is where the reporting
    clause closing the sentence begins."""
    lists = []
    for timex in timexes:
        previous = lists[-1][-1] if lists else None
        if previous and _list_gap(text, previous, timex, lang):
            lists[-1].append(timex)
        else:
            lists.append([timex])
    out = []
    for k, dates in enumerate(lists):
        before_start = lists[k - 1][-1].end if k else start
        after_end = max(min(lists[k + 1][0].start, end) if k + 1 < len(lists) else end, dates[-1].end)
        if len(dates) > 1 and _has_verb(text, before_start, dates[0].start, lang) and _has_verb(
                text, dates[-1].end, after_end, lang):
            out.extend([d] for d in dates)
        else:
            out.append(dates)
    return out


def _list_gap(text: str, previous: Timex, timex: Timex, lang) -> bool:
    """Whether the words between two dates join them in one list: a comma or "and", and besides
    only a few function words or adverbs."""
    gap = text[previous.end:timex.start]
    words = _WORD.findall(gap)
    joined = "," in gap or any(lang.coordinator.match(" " + w) for w in words)
    return joined and len(words) <= LIST_GAP_WORDS and all(
        _is_function_word(w, lang) or _fold(w) in lang.list_adverbs for w in words)


def _regions(text, start, end, timexes, lang) -> list[tuple[int, int]]:
    """Cut a sentence holding several dates into one part per date. Between two dates the cut
    goes before the last subordinating or coordinating word ("mais", "where", "after"); failing
    one, at the first comma that leaves the earlier part a clause of its own, an opening phrase
    such as "Dimanche 8 septembre," staying with what follows it."""
    cuts, nouns = [start], [_noun_named(text, start, timexes, 0, lang)] if timexes else []
    ends = {}  # a part ending before the next one starts
    asides = list(lang.relative_aside.finditer(text, start, end)) if len(timexes) > 1 else []  # only read between dates
    for i, (previous, timex) in enumerate(zip(timexes, timexes[1:]), 1):
        found = list(lang.clause_markers.finditer(text, previous.end, timex.start))
        # a marker inside a longer one ("que" in "bien que") cuts where the longer one opens, and
        # one inside a relative clause closed before the later date ("Alonso, who took over in
        # October 2022 [when] the club was last, said on Sunday") cuts nothing outside it
        closed = [a for a in asides if a.start() < previous.start and a.end() <= timex.start]
        markers = [m.end() for k, m in enumerate(found) if not (k and found[k - 1].end(1) >= m.end())
                   and _opens_clause(text, m, timex, end, lang)
                   and not any(a.start() < m.start() < a.end() for a in closed)]
        # "and" joins two clauses when a verb stands on each side ("arrived on Monday and [the
        # talks] began"), not two nouns ("government forces and separatists have fought")
        for m in lang.coordinator.finditer(text, previous.end, timex.start):
            clause_start = max([cuts[-1]] + [c for c in markers if c < m.start()])
            if _words_to_verb(text, m.end(1), lang) is not None and _has_verb(text, clause_start, m.start(), lang):
                markers.append(m.end())
        markers.sort()
        cut = markers[-1] if markers else timex.start
        if markers and lang.subordinators.match(text, cut):
            # "on Monday, [two days] after the quake struck": the earlier part ends before them
            ends[i - 1] = _measure_start(text, previous.end, cut, lang)
        if nouns[-1] is not None and not markers:
            cut = cuts[-1]  # "le procès des attentats du 13 novembre 2015 s'ouvre ce mercredi"
        elif i == 1 and (participle := _participle_opening(text, start, end, previous, lang)):
            cut = participle[1] + 1  # "[Arrêté lundi,] le suspect a été mis en examen mercredi"
        elif not markers:
            for m in _CLAUSE_PUNCTUATION.finditer(text, previous.end, timex.start):
                opening = cuts[-1] == start and not text[previous.end:m.start()].strip()
                words = len(text[cuts[-1]:m.end()].split()) - len(previous.text.split())
                if not opening and words >= CLAUSE_MIN_WORDS:
                    cut = m.end()
                    break
        nouns.append(_noun_named(text, cuts[-1] if cut == timex.start else cut, timexes, i, lang))
        # with no cut between them, the words introducing the later date go with it ("stay on
        # hold | until the summer")
        cuts.append(_lead_in_start(text, previous.end, cut, lang) if cut == timex.start else cut)
    cuts.append(end)
    regions = [(cuts[i], ends.get(i, cuts[i + 1])) for i in range(len(timexes))]
    for i in range(1, len(timexes)):
        first, last = regions[i]
        told = lang.report_start(text, timexes[i].end, last)
        if not _has_content(text, first, _lead_in_start(text, first, timexes[i].start, lang), lang) and (
                not _has_content(text, timexes[i].end, told, lang)
                or not _has_verb(text, timexes[i].end, told, lang) and _has_verb(text, *regions[i - 1], lang)):
            # nothing but the date, or the date and a phrase with no verb after a clause with one
            # ("... and were concluded in December last year", "in 1994, 1995 and 1997", "an
            # election on November 16, two years ahead of schedule", "a été fixé jeudi matin, a
            # annoncé la préfecture"): the clause before is what it dates too, without a date
            # opening it ("La veille, l'intersyndicale avait appelé à manifester le 14 septembre")
            opening = _COMMA.match(text, timexes[i - 1].end)
            alone = opening and not _has_content(text, regions[i - 1][0], timexes[i - 1].start, lang)
            regions[i] = (opening.end() if alone else regions[i - 1][0], last)
        elif any(aside.start() < timexes[i - 1].start and text[aside.end() - 1] == ","
                 for aside in _asides(text, regions[i - 1][0], first, lang)):
            # the date before stands in a clause about the subject ("Strikes, which began on
            # March 7, continued on Thursday"): this date's clause opens with that subject
            regions[i] = (regions[i - 1][0], last)
        elif (antecedent := _antecedent(text, regions[i - 1][0], first, timexes[i - 1], lang)) is not None:
            regions[i] = (antecedent, last)
        elif nouns[i - 1] and _antecedent(text, regions[i - 1][0], first, None, lang) is not None:
            regions[i] = (nouns[i - 1][0], last)  # "l'accord du 5 mars, qui avait été signé"
    # a region is read no further from its date than a passage reaches (a run-on "sentence" of
    # many dates would otherwise be read again for each)
    regions = [(max(first, timex.start - MAX_PASSAGE // 2), min(last, timex.end + MAX_PASSAGE // 2))
               for timex, (first, last) in zip(timexes, regions)]
    return [noun or _relative_clause(text, region, timexes[i], timexes[i - 1] if i else None, lang)
            or _adverbial_clause(text, region, timexes[i], timexes[i - 1] if i else None, lang) or region
            for i, (noun, region) in enumerate(zip(nouns, regions))]


def _measure_start(text: str, start: int, cut: int, lang) -> int:
    """Where the words saying how far from its clause a subordinator at `cut` stands begin ("on
    Monday, [two days] after the quake struck"), or `cut` when there are none."""
    measure = lang.clause_measure.search(text, start, cut)
    return measure.start() if measure else cut


def _reported(text: str, timexes: list[Timex], regions: list[tuple[int, int]], lang) -> list[int | None]:
    """For each date's part of a sentence, where what its clause reports ends, when the date ends
    a clause whose verb reports the next part ("said on Thursday | that it would cut rates in
    June"): the date dates the saying of it. None for the others."""
    said = [None] * len(timexes)
    for i in range(1, len(timexes)):
        (first, last), timex = regions[i - 1], timexes[i - 1]
        opener = _WORD.search(text, last)
        if (opener and not text[timex.end:opener.start()].strip() and lang.complementizer.match(text, opener.start())
                and _has_verb(text, first, timex.start, lang)):
            said[i - 1] = regions[i][1]
    return said


def _opens_clause(text: str, marker: re.Match, timex: Timex, end: int, lang) -> bool:
    """Whether a clause marker before a date opens a clause: one that is a preposition too does
    only with a verb in it ("after the talks on Monday collapsed", not "named after him in 2016"),
    read up to a verb joined by "and", which is the sentence's ("after launch and burned up")."""
    if _fold(marker.group(1)) not in lang.prepositional_markers:
        return True
    close = _CLAUSE_PUNCTUATION.search(text, timex.end, end)
    stop = close.start() if close else end
    joined = next((m.start() for m in lang.coordinator.finditer(text, marker.end(), stop)
                   if _words_to_verb(text, m.end(1), lang) == 0), stop)
    return _has_verb(text, marker.end(), joined, lang)


def _relative_clause(text: str, region: tuple[int, int], timex: Timex, date_before, lang) -> tuple[int, int] | None:
    """The relative clause holding a date, with the noun it is about ("said [inflation, which
    peaked last October], was still too high", "[l'enquête, ouverte en octobre 2019], a duré"):
    the date dates that clause, not the sentence. None when the date stands outside any clause
    opened by a relative pronoun or a past participle after a comma, or when that noun is the
    date before (`date_before`, see _antecedent)."""
    comma = text.rfind(",", region[0], timex.start)
    opening = _WORD.search(text, comma + 1) if comma >= 0 else None
    if not opening:
        return _reduced_relative(text, region, timex, lang)
    close = text.find(",", timex.end, region[1])
    # a past participle opens such a clause too when a comma closes it before the main verb
    # ("their last offer, [submitted on February 20], came too late")
    aside = (_is_participle(opening.group(), lang) and close >= 0
             and _words_to_verb(text, close + 1, lang) == 0)
    if _fold(opening.group()) not in lang.relative_pronouns and not aside:
        return _reduced_relative(text, region, timex, lang)
    start = _antecedent(text, region[0], opening.start(), date_before, lang)
    if start is None:
        return None
    return start, close if close >= 0 else region[1]


def _reduced_relative(text: str, region: tuple[int, int], timex: Timex, lang) -> tuple[int, int] | None:
    """A past participle governing the date after the noun it is about, with no comma ("les
    syndicats dénoncent [la loi votée en 2019 par le Parlement]", "a reporter named [the candidate
    chosen in 2019]"): the date dates that participle, not the sentence. The noun must not open
    its clause, and the participle must read as no tense of its own (a table's bare participles),
    or it may be a clause's verb ("The president of France arrived on Monday", "since the boat
    landed on Dec. 2")."""
    words = list(_NOUN_PHRASE_WORD.finditer(text, max(region[0], timex.start - 120), timex.start))
    participle = next((w for w in reversed(words[-3:]) if lang.verb_to_date.fullmatch(text, w.end(), timex.start)
                       and lang.bare_participle.fullmatch(w.group().lower())), None)
    if participle is None or _CLAUSE_BREAK.search(text, participle.end(), timex.start):
        return None
    before = [w for w in words if w.end() <= participle.start()]
    if not before or not _may_be_noun(text, 0, before[-1], lang):
        return None
    start = _phrase_before(text, 0, before, lang, across_links=True)
    if start is None or _is_verb(lang, text, participle.start()) or _CLAUSE_BREAK.search(
            text, start, participle.start()):
        return None
    opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, region[0], start)), default=region[0])
    # a determiner opens the phrase ("la loi", "l'accord"), not an auxiliary ("a été officiellement relégué")
    determined = lang.determiner_end.search(text, opening, start) or lang.elided_determiner.match(text, start)
    if not determined or not _has_content(text, opening, start, lang):
        return None
    close = _CLAUSE_PUNCTUATION.search(text, timex.end, region[1])
    end = close.start() if close else region[1]
    # in a subject, the phrase ends before the sentence's verb ("[les législatives anticipées à
    # l'automne] semblaient")
    verb = next((w.start() for w in _WORD.finditer(text, timex.end, end) if _is_verb(lang, text, w.start())), end)
    return start, verb


def _adverbial_clause(text: str, region: tuple[int, int], timex: Timex, date_before: Timex | None,
                      lang) -> tuple[int, int] | None:
    """The adverbial clause holding a date, without its opening word ("crews worked all night
    after [a storm swept across Florida on Sunday]", "lorsque [la tempête a frappé dimanche]"):
    the date dates what that clause says, not the sentence around it. The clause runs to the
    end of the date's part of the sentence after a main clause, or, when it comes first, to the
    punctuation before the main clause. None when no such word opens a clause with a verb before
    the date, no clause punctuation or quotation mark between: "after Sunday" introduces the
    date, it opens no clause, nor does "since" before the date before (`date_before`) in "burned
    since Tuesday was contained on Thursday"."""
    openers = list(lang.subordinators.finditer(text, region[0], timex.start))
    if not openers or _CLAUSE_BREAK.search(text, openers[-1].end(), timex.start):
        return None
    start = openers[-1].end()
    if date_before and date_before.start >= start and not text[start:date_before.start].strip():
        return None
    if not _has_verb(text, start, timex.start, lang):
        return None
    if _has_verb(text, region[0], openers[-1].start(), lang):
        return start, region[1]
    close = _CLAUSE_PUNCTUATION.search(text, timex.end, region[1])
    return start, close.start() if close else region[1]


def _antecedent(text: str, clause_start: int, cut: int, date_before, lang) -> int | None:
    """Where the noun phrase that a clause cut off at `cut` is about begins, when the clause
    opens with a relative pronoun ("the referendum, which was postponed from April", "talks
    that began on Friday") or, after a comma, a past participle ("l'accord, conclu le 12
    décembre 2015"); None otherwise, with no noun before it, or when that phrase is the date
    before the clause (given as `date_before`; None: any phrase)."""
    opening = _WORD.search(text, cut)
    before = text[clause_start:cut].rstrip()
    if not opening or not before:
        return None
    # a past tense after a clause between commas about the subject is the subject's verb, not a
    # participle ("Maria Kovacs, who in 1968 became the first woman to conduct it, died on Monday")
    participle = before.endswith(",") and _is_participle(opening.group(), lang) and not any(
        not text[aside.end():cut].strip() for aside in lang.relative_aside.finditer(text, clause_start, cut))
    word = _fold(opening.group())
    relative = word in lang.relative_pronouns or word in lang.restrictive_pronouns and not before.endswith(",")
    if not relative and not participle:
        return None
    words = list(_NOUN_PHRASE_WORD.finditer(before.rstrip(","), 0))
    start = _phrase_before(text, clause_start, words, lang, across_links=True)
    if start is None or date_before is not None and clause_start + start < date_before.end:
        return None
    determiner = lang.determiner_end.search(text, clause_start, clause_start + start)
    return determiner.start() if determiner else clause_start + start


def _noun_named(text: str, clause_start: int, timexes: list, i: int, lang) -> tuple[int, int] | None:
    """The noun phrase a date names, with the date, when it names one: after a noun and a link
    ("le procès des [attentats du 13 novembre 2015] s'ouvre", "marked the [attacks of 13
    November]") or before a noun after a determiner ("did not meet the [2018 earthquake code]").
    The date dates that thing, not what the clause says happened. A noun phrase opening the
    clause ("Les attentats du 13 novembre ont fait 130 morts") is its subject, dated with it,
    unless the sentence has other dates ("L'accord de Paris du 12 décembre 2015 est entré en
    vigueur en novembre 2016"): None then, as for a date that names no noun, or one that a verb
    governs ("se tiendra du 24 au 26 août": a verb, or a range, which may follow a verb as
    well as a noun)."""
    timex = timexes[i]
    before = text[clause_start:timex.start]
    if "/" in timex.value:
        return None
    if possessive := lang.possessive.match(text, timex.end):  # "[get around] Wednesday's meeting"
        words = list(_NOUN_PHRASE_WORD.finditer(before))
        end = _phrase_after(text, possessive.end(), lang)
        region = None if end is None else (timex.start, end)
        phrase = len(before)
    elif lang.date_lead_in.search(before):
        return None
    elif link := lang.noun_to_date.search(before):
        words = list(_NOUN_PHRASE_WORD.finditer(before, 0, link.start()))
        phrase = _phrase_before(text, clause_start, words, lang)
        region = None if phrase is None else (clause_start + phrase, timex.end)
    elif (determiner := lang.determiner_before_date.search(before)) or "-" in timex.text:
        phrase = determiner.start() if determiner else len(before)  # or "report [fourth-quarter results]"
        words = list(_NOUN_PHRASE_WORD.finditer(before, 0, phrase))
        end = _phrase_after(text, timex.end, lang)
        region = None if end is None else (timex.start, end)
    else:
        return None
    if region is None:
        return None
    named = text[region[0]:timex.start] + " " + text[timex.end:region[1]]
    if all(_fold(w) in lang.date_words or _is_function_word(w, lang) for w in _WORD.findall(named)):
        return None  # "the night of Oct. 23", "le mois de juin": a word of time, not a thing dated
    opening = not any(_fold(w.group()) not in lang.stopwords for w in words if w.start() < phrase)
    return None if opening and len(timexes) == 1 else region


def _phrase_before(text: str, clause_start: int, words: list, lang, across_links: bool = False) -> int | None:
    """Where the noun phrase ending with the last of `words` begins (offset in the clause):
    content words back to a function word or a verb, a link before a name carrying it on
    ("l'accord de Paris"), or, `across_links`, one between two nouns ("[l'incendie de l'usine
    Lubrizol], survenu": the noun a clause is about may be the first); None when the last word
    is a verb. A date names the nearest noun ("la suite des [élections du 30 mai]")."""
    first = None
    words = words[-NOUN_PHRASE_WORDS:]
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word.group().endswith((",", ";", ":")):
            break
        if _is_verb(lang, text, clause_start + word.start()):
            if first is None:  # "se tiendra du 24 au 26 juin": a verb's date, no noun's
                return None
            break
        if _is_function_word(word.group(), lang):
            before = word.string
            after_noun = across_links and k > 0 and _may_be_noun(text, clause_start, words[k - 1], lang)
            named = first is not None and before[first].isupper()
            # "[Signature Bank in New York], which": a place after a noun is part of its phrase
            in_place = after_noun and named and lang.place_only_name.search(before, 0, word.end() + 1)
            if first is None or not in_place and (
                    not (named or after_noun) or not lang.noun_to_date.search(before, 0, word.end())):
                break
        first = word.start()
    return first


def _may_be_noun(text: str, clause_start: int, word: re.Match, lang) -> bool:
    """Whether a word of the clause opening at `clause_start` may be a noun: neither a function
    word nor a verb, and no punctuation closing it."""
    return not (word.group().endswith((",", ";", ":")) or _is_function_word(word.group(), lang)
                or _is_verb(lang, text, clause_start + word.start()))


def _phrase_after(text: str, position: int, lang) -> int | None:
    """Where the noun phrase opening at `position` ends: content words up to a function word,
    punctuation or a verb ("2018 [earthquake code] did not"); None when a verb or function
    word follows at once (then the date is no modifier: "the 1990s saw")."""
    end = None
    words = list(_NOUN_PHRASE_WORD.finditer(text, position, position + 80))[:NOUN_PHRASE_WORDS]
    for word, following in zip(words, words[1:] + [None]):
        bare = word.group().rstrip(_EDGE_PUNCTUATION)
        # "the 2014 annexation of Crimea", "the 2014 summit in Wales": a link or a place's
        # preposition before a name carries the phrase on
        carried = end and following and following.group()[0].isupper() and (
            lang.noun_to_date.search(" " + bare) or lang.place_before.search(f" {bare} "))
        if not carried and (not bare or _is_function_word(bare, lang) or _is_verb(lang, text, word.start())
                            or not bare[0].isalpha()):
            break
        end = word.start() + len(bare)
        if bare != word.group() and _fold(bare) not in lang.abbreviations and "." not in bare:
            break  # punctuation closes the phrase; an abbreviation's full stop does not ("Dr.", "U.S.")
    return end


def _has_content(text: str, start: int, end: int, lang) -> bool:
    """Whether the text between start and end holds a word other than function words."""
    return any(not _is_function_word(w, lang) for w in _WORD.findall(text, start, end))


def _verbless_phrase(text: str, start: int, end: int, lang) -> bool:
    """Whether the text between start and end is a phrase opened by a function word, with no verb
    the tense cues know ("in the presence of family only", "dans la stricte intimité")."""
    first = _WORD.search(text, start, end)
    return first is not None and _is_function_word(first.group(), lang) and not _has_verb(text, start, end, lang)


def _has_verb(text: str, start: int, end: int, lang) -> bool:
    """Whether the text between start and end holds a verb the tense cues know."""
    return any(_is_verb(lang, text, word.start()) for word in _WORD.finditer(text, start, end))


def _is_function_word(word: str, lang) -> bool:
    return _fold(word) in lang.stopwords or _fold(word) in lang.title_drop


def _introduces_phrase(word: str, lang) -> bool:
    """Whether a sentence's first word opens a phrase before its subject ("Depuis", "Mais", "Après"):
    a function word or the start of a date's lead-in."""
    return _is_function_word(word, lang) or bool(lang.date_lead_in.search(word))


def _asides(text: str, start: int, end: int, lang) -> list[re.Match]:
    """The clauses between commas about the noun before them, in order: relative (", which had
    risen,") or a participle's, with no verb of its own and the sentence's verb after it (", adopted
    on March 3, took effect")."""
    relative = list(lang.relative_aside.finditer(text, start, end))
    participle = [m for m in _PARTICIPLE_ASIDE.finditer(text, start, end) if _is_participle(m.group(1), lang)
                  and not _has_verb(text, m.end(1), m.end(), lang) and _words_to_verb(text, m.end(), lang) == 0]
    return sorted(relative + participle, key=lambda m: m.start())


def _undated_asides(span: str, timex_span: tuple[int, int] | None, lang) -> list[re.Match]:
    """The asides of a span (see _asides) that do not hold its date."""
    return [aside for aside in _asides(span, 0, len(span), lang)
            if not (timex_span and aside.start() < timex_span[1] and timex_span[0] < aside.end())]


def _is_participle(word: str, lang) -> bool:
    """Whether a word reads as a past participle: of the table's shapes, in lower case, and no
    function word or day ending as one does ("puis", "mais", "jeudi"), nor a name ("José")."""
    return word.islower() and bool(lang.past_participle.fullmatch(word)) and not _is_function_word(word, lang) \
        and _fold(word) not in lang.calendar_words


def _is_verb(lang, text: str, position: int) -> bool:
    """Whether the word at `position` is (part of) a verb the tense cues know ("tiendra",
    "s'est déroulée", "was held")."""
    return any(cues.covers(position) for cues in cue_spans(lang.code, text))


def _mention(doc, lang, passage, region, timex, named: frozenset, cut: Timex | None = None,
             said: int | None = None) -> Mention:
    """The mention of a date (or, with none, of a passage); `cut` is what leaves the title with
    the date: the date itself, or the whole list it belongs to ("In 1994, 1995 and 1997"); `said`,
    where what the clause reports ends, which its title tells too."""
    cut = cut or timex
    span = doc.text[region[0]:region[1]]
    local_timex = (cut.start - region[0], cut.end - region[0]) if cut else None
    # words of the clause as written: a subject it shares with the clause before is no evidence
    # that the two tell one event, nor is what it reports, an event of its own, nor what an
    # adverbial clause without the date tells
    evidence = _without_undated_clauses(span, local_timex, lang)
    actors = find_actors(doc.text[passage[0]:passage[1]] if timex is None else evidence, named, lang)
    location = find_place(evidence, lang, actors)
    area = "" if location else find_area(evidence, lang, actors)
    stems = _stems(evidence, local_timex, lang) - _stems(location or area, None, lang)  # the place is weighed as one
    if said:
        span = doc.text[region[0]:min(said, passage[1])]
    if region[0] > passage[0] and (shared := _shared_subject(doc.text, passage[0], region[0], lang)):
        subject, replaced = shared
        span = subject + span[replaced:]
        shift = len(subject) - replaced
        local_timex = local_timex and (local_timex[0] + shift, local_timex[1] + shift)
    elif timex and region[0] == passage[0] and (
            opening := _participle_opening(doc.text, passage[0], passage[1], timex, lang)):
        phrase, comma, subject_start, subject_end = opening
        name = doc.text[subject_start:subject_end]
        if lang.subject_pronoun.fullmatch(name):  # "Né en 1935, il a": a pronoun names no one
            subject, opening_letter = "", doc.text[phrase]
        else:  # "Élu en 2017, Macron" -> "Macron, élu en 2017"
            subject, opening_letter = name + ", ", doc.text[phrase].lower()
        span = subject + opening_letter + doc.text[phrase + 1:comma]
        shift = len(subject) + region[0] - phrase
        local_timex = (local_timex[0] + shift, local_timex[1] + shift)
    found = interval(timex.value) if timex else None
    partial = timex.value if timex and not found and timex.value.startswith("XXXX-") else None
    if found:
        date_start, date_end, precision = found
    else:
        date_start, date_end, precision = doc.not_before, None, "undated"
    # the tense the date is read in, as the tagger reads it ("said on Monday that he would resign"
    # dates the saying); a date after the document's is ahead whatever the tense
    told = clause_tense(lang.code, doc.text, timex.start, timex.end, *region)[0] if timex else (
        bool(lang.future_cues.search(span)))
    future = told or bool(doc.dct and date_start and found and date_start > doc.dct)
    return Mention(
        doc=doc, passage=passage, region=region, timex=timex,
        date_start=date_start, date_end=date_end, precision=precision, partial=partial,
        status="planned" if future else "occurred",
        title=make_title(span, local_timex, lang, named),
        actors=actors, location=location or area, in_area=bool(area), sentence=doc.text[passage[0]:passage[1]],
        numbers=_numbers(span, local_timex, lang), stems=stems,
    )


def _without_undated_clauses(span: str, timex_span: tuple[int, int] | None, lang) -> str:
    """The span with blanks for each adverbial clause that does not hold its date ("reported
    Friday that Kopp was seen crossing the border [days after a sniper killed Dr. Slepian]"): it
    tells what happened at another time, unless it follows the date, telling what happened then
    ("since November, when he was found"); and for each aside about a noun without the date
    ("the summit[, opened on Friday,] was to end on Saturday"). The blanks keep the date's place."""
    for opener in reversed(list(lang.subordinators.finditer(span))):
        close = _CLAUSE_PUNCTUATION.search(span, opener.end())
        end = close.start() if close else len(span)
        if timex_span:
            start, stop = timex_span
            holds = opener.start() < stop and start < end
            follows = stop <= opener.start() and not span[stop:opener.start()].strip(" ,")
            if holds or follows:
                continue  # the clause holds the date, or follows it
        if _has_verb(span, opener.end(), end, lang):
            span = _blanked(span, opener.start(), end)
    for aside in _undated_asides(span, timex_span, lang):  # so is a clause between commas about a noun
        span = _blanked(span, aside.start(), aside.end())
    return span


def _blanked(span: str, start: int, end: int) -> str:
    """The span with spaces from start to end, every other character where it was."""
    return span[:start] + " " * (end - start) + span[end:]


def _shared_subject(text: str, sentence_start: int, part_start: int, lang) -> tuple[str, int] | None:
    """The subject a part of a sentence shares with the sentence's opening, and how many of the
    part's first characters it stands for: "he" opening an adverbial clause is the person the
    sentence opens with ("before he was shot" -> "Slepian was shot"); a verb joined to the first
    has its subject ("and formally notified it" -> "The companies formally notified it")."""
    if (pronoun := lang.subject_pronoun.match(text, part_start)) and (
            person := _person_opening(text, sentence_start, lang)):
        return person, pronoun.end() - part_start
    # the main verb after a relative clause about the noun opening the sentence ("Le maire, qui
    # avait promis le 1er mai de venir, [doit s'exprimer mercredi]")
    if text[sentence_start:part_start].rstrip().endswith(",") and _words_to_verb(text, part_start, lang) == 0 and (
            head := _relative_head(text, sentence_start, part_start, lang)):
        return head, 0
    # the pronoun opening what the sentence's subject reports is that subject ("The bank said on
    # Thursday that [it] would cut rates in June")
    if (reported := lang.reported_subject.match(text, part_start)) and _words_to_verb(text, reported.end(), lang) == 0 \
            and _verb_groups(text, sentence_start, part_start, lang) == 1 and (
            subject := _sentence_subject(text, sentence_start, lang)):
        return subject, reported.end() - part_start
    joined = lang.coordinator.match(text, part_start - 1)
    # ...when the verb before is the sentence's only one: in "he said the plans would be due by
    # May and reviewed in June" what is reviewed is not "he"
    if joined and _words_to_verb(text, joined.end(1), lang) == 0 and _verb_groups(
            text, sentence_start, part_start, lang) == 1 and (subject := _sentence_subject(text, sentence_start, lang)):
        return subject, _WORD.match(text, part_start).end() - part_start
    return None


def _verb_groups(text: str, start: int, end: int, lang) -> int:
    """How many verbs, a run of verb words counting once ("ont annoncé", "would be"), stand
    between start and end."""
    groups, in_verb = 0, False
    for word in _WORD.finditer(text, start, end):
        verb = _is_verb(lang, text, word.start())
        groups += verb and not in_verb
        in_verb = verb
    return groups


def _words_to_verb(text: str, position: int, lang) -> int | None:
    """How many words stand between `position` and a verb: 0 when one follows at once ("and
    formally [notified]", "et l'[ont notifié]", "[has been] postponed"), a few for a subject of
    its own ("and [the talks] began"); None with no verb within a noun phrase's reach, or
    punctuation before it. The verb starts at its auxiliaries."""
    auxiliary = None  # where the auxiliaries right before the current word start
    for count, word in enumerate(_WORD.finditer(text, position, position + 80)):
        if count > NOUN_PHRASE_WORDS or text[position:word.start()].strip():
            return None  # too far, or punctuation or figures on the way
        if _is_verb(lang, text, word.start()):
            return count if auxiliary is None else auxiliary
        auxiliary = (count if auxiliary is None else auxiliary) if _fold(word.group()) in lang.auxiliaries else None
        position = word.end()
    return None


def _governed(text: str, timex: Timex, lang) -> bool:
    """Whether a verb stands right before the date, so that it dates that verb ("died Sunday",
    "rose on Tuesday", "est mort dimanche")."""
    words = list(_WORD.finditer(text, max(0, timex.start - LEAD_REACH), timex.start))
    return any(_is_verb(lang, text, w.start()) and lang.verb_to_date.fullmatch(text, w.end(), timex.start)
               for w in words[-2:])


def _participle_opening(text: str, start: int, end: int, timex: Timex, lang) -> tuple[int, int, int, int] | None:
    """(phrase start, comma, subject start, subject end) when the sentence between start and end
    opens with a past participle phrase holding the date and closed by a comma, then a subject
    and its verb ("[Élu en 2017], [Emmanuel Macron] a annoncé", "[Arrested on Monday], [the
    suspect] was"): the phrase tells of that subject at that date."""
    first = _WORD.search(text, start, timex.start)
    if not first or text[start:first.start()].strip() or not _is_participle(first.group().lower(), lang):
        return None
    if _introduces_phrase(first.group(), lang):
        return None  # "Depuis 2014, la Russie", "Mais en 2019, ils"
    close = _CLAUSE_PUNCTUATION.search(text, timex.end, end)  # after the date: "on March 14, 1937," holds one
    if not close or text[close.start()] != "," or _CLAUSE_PUNCTUATION.search(
            text, first.end(), timex.start) or _has_verb(text, first.end(), close.start(), lang):
        return None
    count = _words_to_verb(text, close.end(), lang)
    if not count:
        return None
    subject = list(itertools.islice(_WORD.finditer(text, close.end(), end), count))
    return first.start(), close.start(), subject[0].start(), subject[-1].end()


def _sentence_subject(text: str, sentence_start: int, lang) -> str | None:
    """The words a sentence opens with, up to its first verb, after an opening phrase that a
    function word or a date's lead-in begins ("On Tuesday, police", "Après cinq mois d'audience,
    la cour"): its subject, when they are a few words with neither punctuation nor a count."""
    words = []
    for word in _WORD.finditer(text, sentence_start, sentence_start + MAX_PASSAGE // 2):
        if _is_verb(lang, text, word.start()):
            break
        words.append(word)
    else:
        return None
    if not words:
        return None
    if head := _relative_head(text, sentence_start, word.end(), lang):
        return head
    subject = text[words[0].start():words[-1].end()]
    if _introduces_phrase(words[0].group(), lang):  # "Après…,"
        subject = subject.rpartition(",")[2].strip()
    if not subject or len(subject.split()) > NOUN_PHRASE_WORDS:
        return None
    return None if _NOT_IN_SUBJECT.search(subject) else subject


def _relative_head(text: str, sentence_start: int, end: int, lang) -> str | None:
    """The noun phrase a sentence opens with when a clause about it follows before `end`, opened
    by a relative pronoun or a past participle ("[The mayor], who had promised", "[La grève],
    lancée jeudi"): a few words, no verb among them."""
    comma = text.find(",", sentence_start, end)
    opening = _WORD.search(text, comma + 1, end) if comma > sentence_start else None
    if not opening or text[comma + 1:opening.start()].strip() or not (
            _fold(opening.group()) in lang.relative_pronouns or _is_participle(opening.group(), lang)):
        return None
    head = text[sentence_start:comma].strip()
    if len(head.split()) > NOUN_PHRASE_WORDS or _has_verb(text, sentence_start, comma, lang):
        return None
    return None if re.search(r"[\d;:()«»\"“”]", head) else head


def _person_opening(text: str, sentence_start: int, lang) -> str | None:
    """The person a sentence opens with, as its subject: a name of two or more capitalised
    words ("Juan Miguel Gonzalez has"), or one word the document writes as the last of such a
    name elsewhere ("Slepian was", after "Barnett Slepian"); None otherwise ("Police said",
    "Moscow has")."""
    opening = _OPENING_NAME.match(text, sentence_start)
    if not opening or _is_function_word(opening.group(1).split()[0], lang):
        return None
    name = opening.group(1)
    return name if " " in name or _written_as_surname(name, text) else None


@functools.lru_cache(maxsize=64)  # a document's mentions ask of the same few names
def _written_as_surname(name: str, text: str) -> bool:
    return bool(re.search(rf"(?-i:[A-ZÀ-Ý][\w'’-]+)\s+{re.escape(name)}\b", text))


def make_title(span: str, timex_span: tuple[int, int] | None, lang, named: frozenset = frozenset()) -> str:
    """A headline from a clause: the date expression and the words introducing it, a closing
    reporting clause (", officials said"), parentheses, quotation marks and discourse fillers
    removed, people called by their short name (for a role, only when the document names
    them), connectors trimmed from both ends, at most TITLE_WORDS words. A date naming the noun
    after it ("turnout in the 2022 election") is part of that noun's name and stays; a clause
    between commas about a noun, the date outside it, leaves ("Its shares, which have lost a
    fifth of their value, closed down on Monday"); with the date inside, its pronoun gives way
    to the noun when it is the clause's subject ("the union, which walked out on Friday")."""
    for aside in reversed(_undated_asides(span, timex_span, lang)):
        span, timex_span = _cut_out(span, timex_span, aside.start(), aside.end())
    if timex_span and (relative := _subject_relative(span, timex_span, lang)):
        span, timex_span = _cut_out(span, timex_span, relative.start(1), relative.end())  # "the bank, which met"
    if timex_span and not _names_next_noun(span, timex_span, lang):
        before = span[:timex_span[0]].rstrip()
        after = span[timex_span[1]:]
        if possessive := lang.possessive.match(after):  # "after Wednesday's meeting": "after" is the noun's
            after = after[possessive.end():]
        else:
            before = before[:_lead_in_start(before, 0, len(before), lang)]
        if tail := lang.date_tail.match(after):  # "8:55 p.m. local time"
            after = after[tail.end():]
        before = before.rstrip()
        if before.endswith(",") and after.lstrip().startswith(","):  # "the meeting, on July 27, to bring"
            before = before[:-1]
        if not after.strip(_EDGE_PUNCTUATION) and (last := _TRAILING_PARTICIPLE.search(before)) \
                and _is_participle(last.group(1), lang):
            before = before[:last.start()] + " " + last.group(1)  # "le sommet, prévu" -> "le sommet prévu"
        span = before + " " + after
    if (label := _LABEL.match(span)) and _bare_label(span[:label.end()]) and not _has_verb(span, 0, label.end(), lang):
        span = span[label.end():]  # "Rappel des faits : Nahel a été tué" -> "Nahel a été tué"
    span = _short_names(span, named, lang)
    span = lang.title_insertion.sub(" ", span.rstrip(" .!?…\n"))
    if _has_content(unattributed := lang.title_attribution.sub("", span), 0, len(unattributed), lang):
        span = unattributed  # a report with nothing else in its clause is what happened: "Reuters reported"
    span = lang.title_fillers.sub(" ", re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", span))
    span = re.sub(r"[«»“”\"]|``|''", "", span)
    # a colon set apart, as French writes it, would be dropped as a word of punctuation alone
    words = [w for w in _SPACES.split(_SPACED_COLON.sub(":", span)) if w.strip(_EDGE_PUNCTUATION)]
    while words and (_fold(words[0]) in lang.title_drop or lang.title_drop_ending.fullmatch(_fold(words[0]))) \
            and _fold(" ".join(words[:2])) not in lang.title_keep and not _fronted_phrase(words, lang):
        words.pop(0)
    if words and (elided := _ELISION.match(words[0])) and elided.group().lower().replace("’", "'") in lang.title_drop:
        words[0] = words[0][elided.end():]  # "qu'il repoussait" -> "il repoussait"
    # ...but a particle after a verb ("Alonso took over", "fighting broke out"), which no
    # preposition is ("Kopp was indicted [in]")
    while words and _is_function_word(words[-1], lang) and not (
            len(words) > 1 and _is_cue_verb(words[-2], lang) and _fold(words[-1]) not in lang.title_drop):
        words.pop()
    if not words:
        return ""
    cut = len(words) > TITLE_WORDS
    words = words[:TITLE_WORDS]
    while cut and len(words) > 3 and _is_function_word(words[-1], lang):
        words.pop()
    title = " ".join(words).strip(_EDGE_PUNCTUATION.replace(")", "").replace("(", ""))
    title = title[:1].upper() + title[1:]
    return title + ("…" if cut else "")


def _bare_label(label: str) -> bool:
    """Whether a label before a colon names nothing ("Rappel des faits :", "07h40 :"), unlike
    "Procès Nivel à Essen :" or "Ukraine :", which say what the text after them is about."""
    words = label.rstrip(" :").split()
    return not (any(w[:1].isupper() for w in words[1:]) or len(words) == 1 and words[0][:1].isupper())


def _fronted_phrase(words: list[str], lang) -> bool:
    """Whether the words open with a short phrase led by a place preposition and closed by a
    comma ("Dans les raffineries, la grève se poursuivait", "In Kenya, police said"): without
    its preposition, the phrase would read as the subject."""
    return bool(lang.place_before.fullmatch(words[0] + " ")) and any(
        w.endswith(",") for w in words[1:FRONTED_WORDS + 1])


def _cut_out(span: str, timex_span: tuple[int, int] | None, start: int, end: int) -> tuple[str, tuple | None]:
    """The span without its characters from start to end (a space in their place), and the date's
    place in it, moved when they stood before it."""
    if timex_span and end <= timex_span[0]:
        shift = end - start - 1
        timex_span = (timex_span[0] - shift, timex_span[1] - shift)
    return span[:start] + " " + span[end:], timex_span


def _subject_relative(span: str, timex_span: tuple[int, int], lang) -> re.Match | None:
    """The noun opening a text and the relative pronoun after it, when the text is that noun and
    a clause about it holding the date, with the pronoun as its subject ("the union, which walked
    out on Friday"): a verb follows the pronoun at once and is the clause's only one."""
    relative = lang.subject_relative.match(span)
    if not relative or relative.end() > timex_span[0] or "," in span[relative.end():timex_span[0]]:
        return None
    noun_end, clause = relative.start(1), relative.end()
    verbs = _verb_groups(span, clause, timex_span[0], lang) + _verb_groups(span, timex_span[1], len(span), lang)
    if (_has_content(span, 0, noun_end, lang) and not _has_verb(span, 0, noun_end, lang)
            and _words_to_verb(span, clause, lang) == 0 and verbs == 1):
        return relative
    return None


def _names_next_noun(span: str, timex_span: tuple[int, int], lang) -> bool:
    """Whether a date stands before a content word after a determiner ("the 2022 election") or
    written as one hyphenated word, as an adjective is ("fourth-quarter results")."""
    following = _WORD.match(span, timex_span[1] + 1) if span[timex_span[1]:timex_span[1] + 1] == " " else None
    return bool(following and following.group()[0].islower() and not _is_function_word(following.group(), lang)
                and (lang.determiner_before_date.search(span, 0, timex_span[0])
                     or "-" in span[timex_span[0]:timex_span[1]]))


def _lead_in_start(text: str, start: int, position: int, lang) -> int:
    """Where the words introducing the date at `position` begin: a phrase such as "à partir du"
    or "until", and a function word left dangling before the date ("on", "le", "through [the]")."""
    before = text[start:position].rstrip()
    lead_in = lang.date_lead_in.search(before)
    last_word = before.rsplit(None, 1)[-1] if before else ""
    if not lead_in and _dangles(last_word, lang):
        before = before[: len(before) - len(last_word)].rstrip()
        lead_in = lang.date_lead_in.search(before)
    return start + (lead_in.start() if lead_in else len(before))


def _dangles(word: str, lang) -> bool:
    """Whether the word before a removed date dangles: a connector or a function word, but not
    a verb the tense cues know ("Officials said last week that…")."""
    return _is_function_word(word, lang) and not _is_cue_verb(word, lang)


def _is_cue_verb(word: str, lang) -> bool:
    """Whether a word alone is a verb the tense cues know ("said", "took", "sera")."""
    bare = word.strip(_EDGE_PUNCTUATION)
    return bool(lang.past_cues.fullmatch(bare) or lang.future_cues.fullmatch(bare))


def _fold(word: str) -> str:
    return word.strip(_EDGE_PUNCTUATION).lower().replace("’", "'")


def _rows(path: Path) -> list[dict]:
    """The rows of an alias or place table that name both an alias and a canonical name,
    longest aliases first (so that "Vladimir Poutine" wins over "Poutine")."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r.get("alias") and r.get("canonical")]
    return sorted(rows, key=lambda r: len(r["alias"]), reverse=True)


@functools.lru_cache(maxsize=None)
def _alias_table(path: Path = DATA_DIR / "aliases.csv"):
    """One regex for the whole alias table (group a<k> for row k) and, per group, the
    (canonical name, kind) it stands for."""
    rows = _rows(path)
    meaning = {f"a{k}": (r["canonical"], (r.get("kind") or "name").strip()) for k, r in enumerate(rows)}
    return _table_regex(rows), meaning


@functools.lru_cache(maxsize=None)
def _place_table(path: Path = DATA_DIR / "places.csv"):
    """One regex for the whole gazetteer (group a<k> for row k) and, per group, the place's
    canonical name."""
    rows = _rows(path)
    return _table_regex(rows), {f"a{k}": r["canonical"] for k, r in enumerate(rows)}


def _table_regex(rows: list[dict]) -> re.Pattern:
    """A regex matching any alias of the rows, as a whole word, in group a<k> for row k."""
    if not rows:
        return re.compile(r"(?!)")
    branches = [f"(?P<a{k}>{_phrase(r['alias'])})" for k, r in enumerate(rows)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w-])")


def _phrase(phrase: str) -> str:
    """An alias as a regex body: spaces stretch, both apostrophes match, and a lower-case alias
    (a role, "chef de la diplomatie russe") matches whatever its capitals."""
    body = re.escape(phrase).replace(r"\ ", r"\s+").replace("'", "['’]")
    return f"(?i:{body})" if phrase.islower() else body


def find_actors(span: str, named_in_document: frozenset, lang) -> tuple[str, ...]:
    """Canonical names of the people and organisations a passage names. A role ("le chef de la
    diplomatie russe") counts only when the document also names the person it stands for. With
    none of the alias table, the names of capitalised words and acronyms."""
    regex, meaning = _alias_table()
    found = []
    for m in regex.finditer(span):
        canonical, kind = meaning[m.lastgroup]
        if canonical not in found and (kind != "role" or canonical in named_in_document):
            found.append(sys.intern(canonical))
    if not found:
        found = _capitalised_names(span, lang)[:3]
    return tuple(found)


def _capitalised_names(span: str, lang) -> list[str]:
    """Names outside the alias table: the last two words of a run of capitalised words ("Recep
    Tayyip Erdogan", "President Tayyip Erdogan" -> "Tayyip Erdogan"), so that a title or a first
    name written in one report only does not hide that two reports name the same person; a body's
    name whole ("The European Space Agency" -> "European Space Agency"). A month or a weekday ends
    a run ("Kenya Friday"), a holiday is no name ("Christmas Day"), and a function word or a word
    of dates capitalised for opening the sentence is no name's first word ("The Bank", "Last
    Monday"). A name after a preposition only places follow is where, not who ("in New York"). An
    acronym ("CGT", "SNCF") is a name by itself, but not a time zone ("EDT")."""
    names = [(m.start(), m.group()) for m in _ACRONYM.finditer(span) if not lang.date_tail.fullmatch(m.group())]
    for run in _CAPITALISED_RUN.finditer(span):
        words = []
        for word in [*_CAPITALISED_WORD.finditer(span, run.start(), run.end()), None]:
            if word is not None and _fold(word.group()) not in lang.calendar_words:
                words.append(word)
                continue
            if (len(words) >= 2 and not lang.is_holiday(" ".join(w.group() for w in words))
                    and not lang.place_only_name.search(span, 0, words[0].start())):
                # a body's name ends with its last head word, kept whole; a person's name after it
                # ("Service Commissioner Doris Meissner") or with none, its last two words
                heads = [k for k, w in enumerate(words) if _fold(w.group()) in lang.organisation_heads]
                end = heads[-1] + 1 if heads else 0
                body = list(itertools.dropwhile(lambda w: _fold(w.group()) in lang.common_words,
                                                words[max(0, end - 5):end]))
                for kept in (body, words[end:][-2:]):
                    if len(kept) >= 2 and len(kept[-1].group()) >= 3 and (
                            not _starts_sentence(span, kept[0].start())
                            or _fold(kept[0].group()) not in lang.common_words):
                        names.append((kept[0].start(), " ".join(w.group() for w in kept)))
            words = []
    return [name for _, name in sorted(names)]


def _short_names(span: str, named: frozenset, lang) -> str:
    """Each alias replaced by the shortest name of the person or body it stands for ("le chef
    de la diplomatie russe" -> "Lavrov" where the document names Lavrov); a role followed by the
    name it stands for ("French Defense Minister Florence Parly") becomes the name once."""
    regex, meaning = _alias_table()
    out, last = [], 0
    found = list(regex.finditer(span))
    for m, following in zip(found, found[1:] + [None]):
        canonical, kind = meaning[m.lastgroup]
        before = span[last:m.start()]
        if (kind == "role" and canonical not in named) or before.endswith(("'", "’")):
            continue
        if kind == "role":
            before = lang.determiner_end.sub("", before)
            named_next = (following and meaning[following.lastgroup][0] == canonical
                          and not span[m.end():following.start()].strip())
            short = "" if named_next else _short_name(canonical)  # the name that follows says it
        else:  # a name keeps its language: "Vladimir Poutine" -> "Poutine", "United Nations" stays
            short = _short_name(canonical, within=m.group())
        out += [before, short]
        last = m.end()
    text = "".join(out) + span[last:]
    return _REPEATED_NAME.sub(r"\1", text)


@functools.lru_cache(maxsize=None)
def _short_name(canonical: str, within: str | None = None, path: Path = DATA_DIR / "aliases.csv") -> str:
    """The shortest name (not role) the alias table gives a person or body; with `within`, the
    shortest of those written inside it (or `within` itself)."""
    names = [r["alias"] for r in _rows(path) if r["canonical"] == canonical and (r.get("kind") or "name").strip() == "name"]
    if within is not None:
        names = [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", within)] or [within]
    return min(names, key=len) if names else canonical


def names_in(document_text: str) -> frozenset:
    """The canonical names a document names outright (not through a role)."""
    regex, meaning = _alias_table()
    return frozenset(meaning[m.lastgroup][0] for m in regex.finditer(document_text)
                     if meaning[m.lastgroup][1] == "name")


def _starts_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?«\"“\n"


def find_place(span: str, lang, named_here: tuple = ()) -> str:
    """Where a passage says something happened: the first name after a place preposition that
    is a gazetteer name (data/places.csv, given by its canonical name: "à Athènes" -> Athens)
    or a capitalised name that is not a person, a month or a day ("à Tripoli", "in Nairobi",
    "sur la place Rouge"), or the seat of a body ("le tribunal de Nanterre"); a place named
    otherwise ("les accords de Minsk") is not where the event took place."""
    gazetteer, _ = _place_table()
    known = [(m.start(), m.group()) for m in gazetteer.finditer(span) if lang.place_before.search(span, 0, m.start())]
    candidates = known + _places_in(lang.place_seat, span) + _places_in(lang.place_after, span)
    return _first_place(candidates, lang, named_here)


def find_area(span: str, lang, named_here: tuple = ()) -> str:
    """The place of the first part of a place or area around it the passage names ("off the
    southern coast of Taiwan", "au large de Kaohsiung")."""
    return _first_place(_places_in(lang.place_area, span), lang, named_here)


def _places_in(regex: re.Pattern, span: str) -> list[tuple[int, str]]:
    return [(m.start(), next(group for group in m.groups() if group)) for m in regex.finditer(span)]


def _first_place(candidates: list[tuple[int, str]], lang, named_here: tuple) -> str:
    """The first of the names that is a place: "À Rambervillers, ... le tribunal d'Épinal"."""
    gazetteer, canonical = _place_table()
    for _, name in sorted(candidates):
        if entry := gazetteer.fullmatch(name):
            return canonical[entry.lastgroup]
        if _may_be_place(name, lang, named_here):
            return name
    return ""


def _may_be_place(name: str, lang, named_here: tuple) -> bool:
    """Whether a capitalised name read where a place stands is one: not a person or body the
    passage names, nor a month's, a weekday's or a holiday's, nor a word capitalised for opening a
    sentence."""
    apostrophe = max(name.rfind("'"), name.rfind("’"))
    if apostrophe > 0 and lang.possessive.fullmatch(name[apostrophe:] + " "):
        return False  # "at Slepian's home", "at NATO's headquarters": a noun after the name is the place
    words = name.split()
    if (_fold(words[0]) in lang.common_words and len(words) == 1 or any(_fold(w) in lang.calendar_words for w in words)
            or lang.is_holiday(name)):
        return False  # "The city council", "in May", "to Election Day"
    if any(name in actor or actor.endswith(name) for actor in named_here):
        return False
    regex, _ = _alias_table()
    return not regex.fullmatch(name)


def _numbers(span: str, timex_span, lang) -> frozenset:
    """The counts of the span outside its date, each with what it counts: the language table's
    name for it ("10 000 personnes" -> ("10000", "people")), else the noun's stem."""
    out = set()
    for m in _NUMBER_NOUN.finditer(span):
        if timex_span and m.start() < timex_span[1] and m.end() > timex_span[0]:
            continue
        noun = m.group(2)
        out.add((re.sub(r"\D", "", m.group(1)), lang.counted_nouns.get(noun.lower()) or stem(noun, 5)))
    return frozenset(out)


def plain(text: str) -> str:
    """Lower case without accents: how words and names are compared across languages, where
    one report writes "Élisabeth Borne" and another "Elisabeth Borne"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stem(word: str, length: int = 6) -> str:
    """A crude cross-language stem: the first letters of the plain word (célébrations and
    celebrations share 'celebr')."""
    return plain(word)[:length]


def _stems(span: str, timex_span, lang) -> frozenset:
    """Content words of the span, its date left out: the date is weighed on its own, and
    "mercredi" shared by two things done on Wednesday says nothing about them being one."""
    if timex_span:
        span = span[:timex_span[0]] + " " + span[timex_span[1]:]
    # interned: the same few thousand stems recur in every mention of a large corpus
    return frozenset(sys.intern(stem(w)) for w in _WORD.findall(span) if len(w) >= 6 and w.lower() not in lang.stopwords)
