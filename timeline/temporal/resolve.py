"""Turn the groups of one matched pattern into a TIMEX3 (type, value, mod).

What each group means comes from the language table; how to combine them is the same for every
language. Deictic expressions ("hier", "last month") resolve against the document date;
anaphoric ones ("la veille", "the following day") against the date under discussion; dates
without a year take it from the sentence, the document date, or the years the text names,
and stay XXXX when nothing supports a year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..language import Language
from .values import PRECISIONS, add_months, holiday_date, interval, iso_week, month_end, safe_date

UNIT_DAYS = {"D": 1, "W": 7, "WE": 7}  # a weekend is one per week
UNIT_MONTHS = {"M": 1, "Q": 3, "HALF": 6, "Y": 12, "DE": 120, "CE": 1200}
# How a count of units is written in an ISO 8601 duration.
DURATION_UNIT = {"S": ("T", "S", 1), "MIN": ("T", "M", 1), "H": ("T", "H", 1), "D": ("", "D", 1),
                 "W": ("", "W", 1), "WE": ("", "D", 2), "M": ("", "M", 1), "Q": ("", "M", 3), "HALF": ("", "M", 6),
                 "Y": ("", "Y", 1), "DE": ("", "Y", 10), "CE": ("", "Y", 100)}
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass
class Context:
    """What the resolver knows while it walks through a document in reading order."""
    dct: date | None
    text_years: list = field(default_factory=list)  # with no document date: (year, Placement) named
    last_day: date | None = None  # the date under discussion
    days: list = field(default_factory=list)  # every day discussed so far, in reading order
    last_period: tuple | None = None  # the last date named, as (first day, last day, precision)
    last_period_paragraph: int = 0  # the paragraph that named it
    paragraph: int = 0  # the paragraph being read
    sentence_year: int | None = None
    sentence_day: date | None = None
    range_from: date | None = None  # the first day of a range the expression ends
    future: bool = False  # the words around the expression speak of the future...
    past: bool = False  # ...or of the past (neither: no clue)
    verb_governs: bool = False  # the tense is that of a verb governing the expression ("arrived on")
    behind: bool = False  # a word before it ("since", "depuis") puts it on or before the document date
    opens_sentence: bool = False  # nothing but punctuation stands before it in its sentence

    def recent_period(self) -> tuple | None:
        """The last date named, when it was named in this paragraph or the one before; further
        back, a count from it ("seven days later") would be a guess."""
        near = self.last_period and self.paragraph - self.last_period_paragraph <= 1
        return self.last_period if near else None


@dataclass(frozen=True)
class Resolved:
    type: str
    value: str
    mod: str | None = None


def resolve(lang: Language, groups: dict, forced_type: str | None, ctx: Context) -> Resolved | None:
    g = {k: v for k, v in groups.items() if v is not None}
    if "round_count" in g:  # "une dizaine de jours": about ten, read as the number
        g["num"] = str(lang.meaning("round_count", g["round_count"]))
    if "shift" in g and lang.is_anaphoric_shift(g["shift"]) and not ("num" in g or "few" in g):
        ctx = _seen_from_that(lang, g, ctx)
        if ctx is None:
            return None
    try:
        return _resolve(lang, g, forced_type, ctx)
    except (OverflowError, ValueError):  # the date would fall outside the calendar (year 1 or 9999)
        return None


def _seen_from_that(lang: Language, g: dict, ctx: Context) -> Context | None:
    """The context in which 'the following year', 'le mardi précédent', 'the previous spring' are
    'next' or 'last' ones: the date under discussion stands for the document date (its last day
    looking forward, its first looking back), or the document date itself when no date was
    named before. None when that date is too vague for what is counted ("the following week"
    after "in March")."""
    if ctx.last_period is None:
        return ctx
    start, end, precision = ctx.last_period
    needed = UNIT_PRECISION.get(lang.meaning("unit", g["unit"])) if "unit" in g else (
        "day" if "weekday" in g else "year")
    if needed is None or not _as_precise(precision, needed):
        return None
    reference = end if lang.meaning("shift", g["shift"]) > 0 else start
    return replace(ctx, dct=reference, sentence_year=None, future=False, past=False, verb_governs=False)


def _resolve(lang: Language, g: dict, forced_type: str | None, ctx: Context) -> Resolved | None:
    if "not_a_date" in g:
        return None
    mod = (_meaning(lang, "approx", g) or _meaning(lang, "part", g) or ("APPROX" if "round_count" in g else None)
           or ("END" if "unit_end" in g else None))

    if "ref" in g:
        return Resolved("DATE", _meaning(lang, "ref", g))
    if "anaphor" in g and ("day" in g or "weekday" in g or "holiday" in g):
        return _day_from_date(lang, g, ctx, mod)
    if "holiday" in g:
        return _holiday(lang, g, ctx, mod)
    if forced_type == "SET":
        return _set(lang, g)
    if "fixed_duration" in g:
        return Resolved("DURATION", _meaning(lang, "fixed_duration", g), mod)
    if ("ago" in g or "later" in g or "before" in g or "after_that" in g) and "unit" in g:
        return _counted_shift(lang, g, ctx, mod)
    if "unit" in g and ("num" in g or "few" in g or "half" in g or "whole" in g):
        return _duration(lang, g, mod)
    if "dayword" in g:
        base = _add_days(ctx.dct, _meaning(lang, "dayword", g))
        return _on_day(lang, g, base, mod)
    if "anaphor" in g or "that" in g and "daypart" in g:  # "la veille", "ce soir-là"
        return _anaphoric_day(lang, g, ctx, mod)
    if "that" in g:
        return _anaphoric_unit(lang, g, ctx, mod)
    if "unit" in g:
        return _relative_unit(lang, g, ctx, mod)
    if "weekday" in g and "month" in g and ("ordinal" in g or "final" in g):
        return _nth_weekday(lang, g, ctx, mod)
    if "year_part" in g or "year_part_code" in g:
        return _year_part(lang, g, ctx, mod)
    if "season" in g:
        return _season(lang, g, ctx, mod)
    if "decade" in g:
        return _decade(g["decade"], mod)
    if "century" in g:
        return _century(g["century"], mod)
    if "continued_day" in g:
        return _continued_day(lang, g, ctx, mod)
    if "month_day" in g:
        return _day_of_month(lang, g, ctx, mod)
    if "month" in g or "month_num" in g or "year" in g or "year2" in g or "day" in g:
        return _calendar_date(lang, g, ctx, mod)
    if "apposition" in g:  # "Oct. 13, 1989, a Friday": the day just named, if it is that weekday
        day = ctx.last_day
        return _on_day(lang, g, day, mod) if day and day.isoweekday() == _meaning(lang, "weekday", g) else None
    if "weekday" in g:
        day = _weekday(lang, g, ctx)
        return _on_day(lang, g, day, mod, weekday=_meaning(lang, "weekday", g))
    if "daypart" in g and "hour" not in g:  # "ce soir"
        return _on_day(lang, g, ctx.dct, mod)
    if "hour" in g or "daypart_alone" in g:
        return _time(lang, g, ctx.sentence_day or ctx.last_day or ctx.dct, mod)
    return None


def _meaning(lang: Language, table: str, g: dict):
    return lang.meaning(table, g[table]) if table in g else None


def _number(lang: Language, surface: str) -> float | None:
    word = lang.number(surface)
    if word is not None:
        return float(word)
    try:
        return float(surface.replace(",", "."))
    except ValueError:
        return None


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _add_days(d: date | None, n: int) -> date | None:
    return d + timedelta(days=n) if d else None


def _day_value(d: date | None) -> str:
    return d.isoformat() if d else "XXXX-XX-XX"


def _on_day(lang, g, day: date | None, mod, weekday: int | None = None) -> Resolved | None:
    """A day, with the part of the day or the clock time written with it ("Friday night",
    "9 a.m. Tuesday", "midnight on Dec. 31")."""
    if "hour" in g or "daypart_alone" in g:
        return _time(lang, g, day, mod)
    value = _day_value(day) if day or weekday is None else f"XXXX-WXX-{weekday}"
    if "daypart" in g:
        part = lang.meaning("daypart", g["daypart"])
        suffix = part if part.startswith("T") else f"T{part}"
        return Resolved("TIME", value + suffix, mod)
    return Resolved("DATE", value, mod)


def _anaphoric_day(lang, g, ctx, mod) -> Resolved | None:
    """A day counted from the date under discussion ("la veille", "that same day"). When the
    last date named is a month, the day is unknown within it ("killed last October... crossed
    out that same day" is 1998-10-XX), not counted from a full date named before that month."""
    if ctx.last_period and ctx.last_period[2] == "month":
        return Resolved("DATE", _unit_value(ctx.last_period[0], "M") + "-XX", mod)
    offset = _meaning(lang, "anaphor", g) or 0
    anchor = ctx.last_day or ctx.dct
    if ctx.past and ctx.dct and anchor and _add_days(anchor, offset) > ctx.dct:
        # a past clause reports no day after the document date: "la veille" after a trial's
        # planned hearings is the eve of a day discussed before them
        anchor = next((d for d in reversed(ctx.days) if _add_days(d, offset) <= ctx.dct), anchor)
    return _on_day(lang, g, _add_days(anchor, offset), mod)


def _day_from_date(lang, g, ctx, mod) -> Resolved:
    """'la veille du 14 juillet', 'the day after last Tuesday': a day counted from the date
    written after it, not from the date under discussion; unknown when that date's year is."""
    base = _resolve(lang, {k: v for k, v in g.items() if k != "anaphor"}, None, ctx)
    period = interval(base.value) if base else None
    if period is None or period[2] != "day":
        return Resolved("DATE", "XXXX-XX-XX", mod)
    return Resolved("DATE", _add_days(period[0], _meaning(lang, "anaphor", g)).isoformat(), mod)


def _set(lang, g) -> Resolved:
    if "frequency" in g:
        return Resolved("SET", lang.meaning("frequency", g["frequency"]))
    if "weekday" in g:
        return Resolved("SET", f"XXXX-WXX-{lang.meaning('weekday', g['weekday'])}")
    unit = _meaning(lang, "unit", g) or "D"
    if unit == "WE":
        return Resolved("SET", "XXXX-WXX-WE")
    prefix, letter, factor = DURATION_UNIT[unit]
    return Resolved("SET", f"P{prefix}{factor}{letter}")


def _duration(lang, g, mod) -> Resolved | None:
    unit = lang.meaning("unit", g["unit"])
    if unit == "WE" and "whole" not in g:  # "two weekends" counts occasions, not a length of time
        return None
    prefix, letter, factor = DURATION_UNIT[unit]
    if "few" in g and "num" not in g:
        return Resolved("DURATION", f"P{prefix}X{letter}", mod)
    if "whole" in g:  # "toute l'année": the length of one unit
        return Resolved("DURATION", f"P{prefix}{factor}{letter}", mod)
    n = _number(lang, g["num"]) if "num" in g else 0.0
    if n is None:
        return None
    if "half" in g:
        n += 0.5
    n *= factor
    if letter == "M" and prefix == "" and n != int(n):  # "un mois et demi" -> P6W is not TimeML
        return Resolved("DURATION", f"P{_fmt_number(n)}M", mod)
    if letter == "H" and n != int(n):  # "5 1/2 hours" -> PT5H30M
        return Resolved("DURATION", f"PT{int(n)}H{round((n - int(n)) * 60)}M", mod)
    return Resolved("DURATION", f"P{prefix}{_fmt_number(n)}{letter}", mod)


def _unit_value(d: date, unit: str) -> str:
    if unit == "D":
        return d.isoformat()
    if unit == "W":
        return iso_week(d)
    if unit == "WE":
        return iso_week(d) + "-WE"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "HALF":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "DE":
        return f"{d.year // 10:03d}X"
    if unit == "CE":
        return f"{d.year // 100:02d}XX"
    return f"{d.year:04d}"


# The value of a period of one unit when the document date it counts from is unknown ("la
# semaine prochaine" in an undated page): which one the text does not say, only its unit.
UNKNOWN_UNIT_VALUE = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "HALF": "XXXX-HX",
                      "Q": "XXXX-QX"}


def _unknown_unit_value(unit: str) -> str:
    return UNKNOWN_UNIT_VALUE.get(unit, "XXXX")


def _shift(d: date, unit: str, n: int) -> date:
    """The day n units from d (the same day of the month, or the month's last when it has none)."""
    if unit in UNIT_DAYS:
        return d + timedelta(days=UNIT_DAYS[unit] * n)
    y, m = add_months(d.year, d.month, UNIT_MONTHS[unit] * n)
    return safe_date(y, m, d.day) or month_end(y, m)


def _counted_shift(lang, g, ctx, mod) -> Resolved | None:
    """'il y a deux ans', 'in three months' count from the document date; 'ten days before',
    'two years later' from the date under discussion, when it is recent and at least as precise
    as the unit ("in 1985 ... two years later" is 1987; "in 1985 ... six months later" is a
    length only)."""
    sign = -1 if ("ago" in g or "before" in g) else 1
    if "few" in g and "num" not in g:  # "il y a quelques jours": before now, on no day the text gives
        return Resolved("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    unit = lang.meaning("unit", g["unit"])
    n = _number(lang, g["num"]) if "num" in g else 1.0
    if unit in ("H", "MIN", "S"):  # "an hour later": no clock time to count from, but a length
        return _duration(lang, g, mod)
    if n is None or n != int(n):
        return None
    if "ago" in g or "later" in g:
        if ctx.dct is None:
            return Resolved("DATE", _unknown_unit_value(unit), mod)
        if "to_the_day" in g:  # "il y a un an jour pour jour"
            return Resolved("DATE", _shift(ctx.dct, unit, sign * int(n)).isoformat(), mod)
        anchor = ctx.dct
    else:
        period = ctx.recent_period()
        anchor = _period_start(period, unit)
        if anchor is None:  # nothing near to count from: the length is all the text gives
            return _duration(lang, g, mod)
        if unit == "Y" and n == 1 and period[2] in YEAR_PART_UNIT:
            # the same month, quarter or half of the year before or after: the comparison
            # "third-quarter profit fell from a year earlier" makes (larger counts are looser)
            return Resolved("DATE", _unit_value(_shift(anchor, unit, sign), YEAR_PART_UNIT[period[2]]), mod)
    return Resolved("DATE", _unit_value(_shift(anchor, unit, sign * int(n)), unit), mod)


# The precision of a period of one unit, to tell whether "that month" can refer to a date.
UNIT_PRECISION = {"D": "day", "W": "week", "WE": "week", "M": "month", "Q": "quarter", "HALF": "half", "Y": "year",
                  "DE": "decade", "CE": "century"}
YEAR_PART_UNIT = {UNIT_PRECISION[unit]: unit for unit in ("M", "Q", "HALF")}  # the parts a year shift keeps


def _anaphoric_unit(lang, g, ctx, mod) -> Resolved | None:
    """'later that year', 'cette année-là': the period of the date under discussion, when that
    date is at least as precise ("that month" after "in 1998" names no month)."""
    unit = lang.meaning("unit", g["unit"])
    start = _period_start(ctx.last_period, unit)
    return None if start is None else Resolved("DATE", _unit_value(start, unit), mod)


def _period_start(period: tuple | None, unit: str) -> date | None:
    """The first day of a (first day, last day, precision) period when a unit can be counted from it:
    the period is at least as precise as the unit."""
    if period is None or unit not in UNIT_PRECISION:
        return None
    start, _, precision = period
    return start if _as_precise(precision, UNIT_PRECISION[unit]) else None


def _as_precise(precision: str, needed: str) -> bool:
    return PRECISIONS.index(precision) <= PRECISIONS.index(needed)


def _relative_unit(lang, g, ctx, mod) -> Resolved | None:
    """'la semaine dernière', 'this year', 'la fin de l'année', 'early next month', 'year-end',
    'the week after next'."""
    unit = lang.meaning("unit", g["unit"])
    if unit in ("H", "MIN", "S"):
        return None
    n = 2 if "after_next" in g else _meaning(lang, "shift", g) or 0
    if not g.keys() & {"shift", "this", "part", "unit_end", "after_next"}:
        return None
    if "part" in g and not g.keys() & {"shift", "this", "unit_end"} and ctx.opens_sentence and ctx.past:
        # "Later in the year", "À la fin de la semaine" opening a sentence told in the past carry
        # the story on: the unit of the date just discussed ("In 1998 ... Later in the year" is
        # 1998); elsewhere ("prices had risen since the start of the month") the document date's
        start = _period_start(ctx.recent_period(), unit)
        if start is not None:
            return Resolved("DATE", _unit_value(start, unit), mod)
    if ctx.dct is None:
        return Resolved("DATE", _unknown_unit_value(unit), mod)
    if unit == "WE" and n == 1 and lang.is_anaphoric_shift(g["shift"]) and ctx.dct.isoweekday() < 6:
        n = 0  # "the following weekend" after a Tuesday is that week's: the first to come
    return Resolved("DATE", _unit_value(_shift(ctx.dct, unit, n), unit), mod)


def _year_part(lang, g, ctx, mod) -> Resolved | None:
    """'the third quarter', 'le premier semestre 1999', 'Q3 2020': YYYY-Qn or YYYY-Hn, the year
    written or inferred like any date without one."""
    code = _meaning(lang, "year_part_code", g)
    part = code[0] if code else lang.meaning("year_part", g["year_part"])
    months = 3 if part == "Q" else 6
    n = int(code[1]) if code else 12 // months if "final" in g else lang.meaning("ordinal", g["ordinal"])
    if n is None or not 1 <= n <= 12 // months:
        return None

    first = (n - 1) * months + 1
    shift = _meaning(lang, "shift", g)

    def on_year(y):
        return ctx.dct if not shift and _under_way(ctx, y, first, months) else date(y, first + months // 2, 1)
    year = _written_year(lang, g, ctx) or _infer_year(on_year, shift, ctx)
    return Resolved("DATE", f"{year:04d}-{part}{n}" if year else f"XXXX-{part}{n}", mod)


def _under_way(ctx, year: int, first_month: int, months: int = 1) -> bool:
    """Whether the document date falls in the `months` months from `first_month` of `year`: a
    period under way lies neither behind nor ahead of it ("published in March" in March,
    "fourth-quarter sales" in October)."""
    return bool(ctx.dct) and ctx.dct.year == year and first_month <= ctx.dct.month < first_month + months


def _written_year(lang, g, ctx) -> int | None:
    """The year written with a date: "1999", "'99", or "of last year", "de l'année prochaine"
    (from the document date)."""
    if "year" in g:
        return int(g["year"])
    if "year2" in g:
        y2 = int(g["year2"].lstrip("'"))
        return y2 + (1900 if y2 >= 30 else 2000)
    if "year_of" in g and ctx.dct:
        shift = [lang.meaning("shift", w) for w in g["year_of"].split()]
        return ctx.dct.year + next((s for s in shift if s), 0)
    return None


def _season(lang, g, ctx, mod) -> Resolved:
    season = lang.meaning("season", g["season"])
    if "year" in g:
        year = int(g["year"])
    elif ctx.dct:
        year = _season_year(season, _meaning(lang, "shift", g) or 0, ctx)
    elif ctx.sentence_year:
        year = ctx.sentence_year
    else:
        return Resolved("DATE", f"XXXX-{season}", mod)
    return Resolved("DATE", f"{year:04d}-{season}", mod)


SEASON_DAYS = 92  # a season over for less than this is the one a past clause speaks of


def _season_year(season: str, shift: int, ctx: Context) -> int:
    """The year of 'last', 'this' or 'next' season (winter belongs to the year it starts in):
    the last occurrence over before the document date, the one around it, the first one to
    start after it. A bare season is the one around the document date, else the one just over
    in a past clause ("talks continued through the winter", written in March), the next one in
    a future clause, the one of its year otherwise (a past cue may belong to another verb)."""
    dct = ctx.dct

    def span(year):
        return interval(f"{year:04d}-{season}")
    years = range(dct.year - 2, dct.year + 2)
    around = next((y for y in years if span(y)[0] <= dct <= span(y)[1]), None)
    last = max(y for y in years if span(y)[1] < dct)
    if shift < 0 or not shift and around is None and ctx.past and (dct - span(last)[1]).days <= SEASON_DAYS:
        return last
    if shift > 0 or not shift and around is None and ctx.future:
        return min(y for y in years if span(y)[0] > dct)
    return dct.year if around is None else around


def _nth_weekday(lang, g, ctx, mod) -> Resolved:
    """'le premier dimanche de juin', 'the last Monday in May': a calendar rule, as a holiday is."""
    nth = -1 if "final" in g else _meaning(lang, "ordinal", g)
    rule = f"{_meaning(lang, 'month', g):02d}:{_meaning(lang, 'weekday', g)}#{nth}"
    return _holiday(lang, g, ctx, mod, rule)


def _holiday(lang, g, ctx, mod, rule=None) -> Resolved:
    """'Thanksgiving Day', 'lundi de Pâques', 'Noël dernier', 'Easter week': the day the table's
    rule names in the year written or inferred like any date without a year."""
    rule = rule or _meaning(lang, "holiday", g)

    def on_year(y):
        return holiday_date(rule, y)
    year = int(g["year"]) if "year" in g else _infer_year(on_year, _meaning(lang, "shift", g), ctx)
    day = on_year(year) if year else None
    if day is None:
        return Resolved("DATE", f"XXXX-{rule}" if re.fullmatch(r"\d\d-\d\d", rule) else "XXXX-XX-XX", mod)
    if "unit" in g:
        return Resolved("DATE", _unit_value(day, lang.meaning("unit", g["unit"])), mod)
    return Resolved("DATE", day.isoformat(), mod)


def _decade(surface: str, mod) -> Resolved:
    digits = int(surface)
    if digits < 100:
        digits += 1900 if digits >= 30 else 2000
    return Resolved("DATE", f"{digits // 10:03d}X", mod)


def _century(surface: str, mod) -> Resolved | None:
    body = re.sub(r"[^0-9IVXLC]", "", surface.upper())
    if body.isdigit():
        n = int(body)
    else:
        n, prev = 0, 0
        for ch in reversed(body):
            v = ROMAN[ch]
            n, prev = (n - v, prev) if v < prev else (n + v, v)
    if not 1 <= n <= 30:
        return None
    return Resolved("DATE", f"{n - 1:02d}XX", mod)


def _continued_day(lang, g, ctx, mod) -> Resolved | None:
    """'25' in 'April 24 and 25', '28' in 'April 24 to 28': a later day of the month of the
    date just named (the tagger lets the pattern through only right after a full date)."""
    before, day = ctx.last_day, int(g["continued_day"])
    if before is None or day <= before.day:
        return None
    d = safe_date(before.year, before.month, day)
    return _on_day(lang, g, d, mod) if d else None


def _day_of_month(lang, g, ctx, mod) -> Resolved | None:
    """'the 9th' in 'arrived on June 3 and left on the 9th': that day of the month under
    discussion; nothing when no day or month was named nearby (the text gives no month)."""
    period = ctx.recent_period()
    if period is None or period[2] not in ("day", "month"):
        return None
    d = safe_date(period[0].year, period[0].month, int(re.match(r"\d+", g["month_day"]).group()))
    return _on_day(lang, g, d, mod) if d else None


def _calendar_date(lang, g, ctx, mod) -> Resolved | None:
    month = _meaning(lang, "month", g) if "month" in g else (int(g["month_num"]) if "month_num" in g else None)
    day = int(re.match(r"\d+", g["day"]).group()) if "day" in g else None
    weekday = _meaning(lang, "weekday", g)
    year = _written_year(lang, g, ctx)
    if month is None:
        return Resolved("DATE", f"{year:04d}", mod) if year else None
    if year is None:
        shift = _meaning(lang, "shift", g)

        def on_year(y):
            if day is None and not shift and _under_way(ctx, y, month):
                return ctx.dct
            return safe_date(y, month, day or 15)
        year = _infer_year(on_year, shift, ctx, weekday if day else None)
    if day is None:
        return Resolved("DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}", mod)
    if year is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", mod)
    d = safe_date(year, month, day)
    if d is None:
        return None
    if "week_of" in g:  # "the week of March 6"
        return Resolved("DATE", iso_week(d), mod)
    return _on_day(lang, g, d, mod)


# How a date written without a year is placed around the reference date (in days). Tense cues
# are read from words near the expression and can mislead ("said the vote would be on Jan. 14"):
# they weigh against a candidate year rather than rule it out.
TENSE_PENALTY = 90
# future cues mislead more often than past ones ("la métropole compte", "devraient" said of a
# past census); a past event placed months ahead is the worse error
PAST_TENSE_PENALTY = 180
GOVERNING_TENSE_PENALTY = 365  # "arrived on March 3": the verb of the date leaves little doubt
AGAINST_LEAN = 45  # a date a little ahead loses to one a little behind, unless the clause looks ahead
FUTURE_LOOKBACK = 31  # a future clause may still name a date of the last month
YEARS_AROUND = 6  # a day written with its weekday is looked for this many years around the document's or the text's


def _infer_year(on_year, shift, ctx, weekday: int | None = None) -> int | None:
    """The year of a date written without one, `on_year(y)` being the day it names in year y
    (mid-month when no day is written; None where there is no such day): the year the
    sentence speaks of, else the candidate nearest the document date, weighed by tense ("le 6
    mai dernier" cannot lie after it). A weekday written with the date must agree."""
    def day_in(y: int) -> date | None:
        d = on_year(y)
        return d if d and (weekday is None or d.isoweekday() == weekday) else None

    def days_from(ref: date, y: int) -> int | None:
        d = day_in(y)
        return None if d is None else (d - ref).days

    def cost(ref: date, y: int) -> int | None:
        delta = days_from(ref, y)
        if delta is None or (shift == -1 or ctx.behind) and delta > 0 or shift == 1 and delta < 0:
            return None
        against_tense = ctx.past and delta > 0 or ctx.future and delta < -FUTURE_LOOKBACK
        lean = 0 if (delta >= 0) == ctx.future else AGAINST_LEAN
        penalty = GOVERNING_TENSE_PENALTY if ctx.verb_governs else PAST_TENSE_PENALTY if ctx.past else TENSE_PENALTY
        return abs(delta) + lean + (penalty if against_tense else 0)

    def nearest(ref: date, years) -> int | None:
        scored = [(c, y) for y in years if (c := cost(ref, y)) is not None]
        return min(scored)[1] if scored else None

    if ctx.range_from:  # "du 19 au 23 juillet", "from 8 September to 29 June": the first year from the first day on
        for y in (ctx.range_from.year, ctx.range_from.year + 1):
            if (d := day_in(y)) and d >= ctx.range_from:
                return y
    sentence_year = ctx.sentence_year
    if sentence_year and day_in(sentence_year) and (ctx.dct is None or (
            cost(ctx.dct, sentence_year) is not None
            and not (ctx.future and days_from(ctx.dct, sentence_year) < -FUTURE_LOOKBACK))):
        return sentence_year
    if ctx.dct:
        around = ctx.dct.year
        return nearest(ctx.dct, range(around - 1, around + 2)) or (
            nearest(ctx.dct, range(around - YEARS_AROUND, around + YEARS_AROUND + 1)) if weekday else None)
    near = sorted(year for year, placed in ctx.text_years if not placed.past)
    if weekday and near:
        # no document date: the one year in which this day falls on this weekday, near the years
        # the text names (not those it tells in the past: it may be any number of years younger),
        # not before those it is no older than nor after those it tells ahead; with two such
        # years, the text does not settle which
        ref = near[len(near) // 2]
        low = max([ref - YEARS_AROUND, *(year for year, placed in ctx.text_years if placed.behind)])
        high = min([ref + YEARS_AROUND, *(year for year, placed in ctx.text_years if placed.ahead)])
        fitting = [y for y in range(low, high + 1) if cost(date(ref, 1, 1), y) is not None]
        return fitting[0] if len(fitting) == 1 else None
    return None


def _weekday(lang, g, ctx) -> date | None:
    """A bare weekday refers to the week of the document date: the last such day for past
    events, the next one for future ones, the nearest when the words around give no tense
    ('dernier'/'prochain' say which when written)."""
    if ctx.dct is None:
        return None
    wd = lang.meaning("weekday", g["weekday"])
    shift = _meaning(lang, "shift", g)
    back = -((ctx.dct.isoweekday() - wd) % 7)
    ahead = (wd - ctx.dct.isoweekday()) % 7
    if shift == -1:
        days = back or -7
    elif shift == 1:
        days = ahead or 7
    elif ctx.future:
        days = ahead
    elif ctx.past:
        days = back
    else:  # no tense to go by: the nearest such day
        days = ahead if ahead < -back else back
    return ctx.dct + timedelta(days=days)


def _time(lang, g, day: date | None, mod) -> Resolved | None:
    base = _day_value(day)
    if "daypart_alone" in g:
        part = lang.meaning("daypart", g["daypart_alone"])
        return Resolved("TIME", base + part, mod)
    hour = int(g["hour"])
    minute = int(g["minute"]) if g.get("minute") else 0
    ampm = g.get("ampm", "").lower().replace(".", "")
    part = _meaning(lang, "daypart", g)
    # "10 p.m.", "4 in the afternoon", "10 at night" (but "2 de la nuit" is 2 a.m.)
    if hour < 12 and (ampm.startswith("p") or part in ("AF", "EV") or part == "NI" and hour >= 6):
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return Resolved("TIME", f"{base}T{hour:02d}:{minute:02d}", mod)
