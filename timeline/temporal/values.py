"""TIMEX3 values <-> calendar intervals, and the calendar arithmetic the resolver needs."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
# The precisions interval() gives, finest first.
PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:-XX)?$")  # a day unknown within the month
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus)."""
    golden = year % 19
    century, years = divmod(year, 100)
    leap_c, leap_rest = divmod(century, 4)
    moon_correction = (century + 8) // 25
    solar = (century - moon_correction + 1) // 3
    epact = (19 * golden + century - leap_c - solar + 15) % 30
    weekday_shift = (32 + 2 * leap_rest + 2 * (years // 4) - epact - years % 4) % 7
    march_correction = (golden + 11 * epact + 22 * weekday_shift) // 451
    month, day = divmod(epact + weekday_shift - 7 * march_correction + 114, 31)
    return date(year, month, day + 1)


_FEAST = re.compile(r"^easter([+-]\d+)?$")
_FIXED = re.compile(r"^(\d{2})-(\d{2})$")
_NTH_WEEKDAY = re.compile(r"^(\d{2}):([1-7])#(-?[1-5])([+-]\d+)?$")


def holiday_date(rule: str, year: int) -> date | None:
    """The day a holiday rule of the language tables names in `year`: 'MM-DD' (fixed),
    'easter+N' (days from Easter Sunday), 'MM:W#N' (the Nth weekday W of month MM, 1 = Monday,
    N = -1 for the last), optionally followed by '+N' days ('11:1#1+1', the Tuesday after the
    first Monday of November)."""
    if m := _FIXED.match(rule):
        return safe_date(year, int(m.group(1)), int(m.group(2)))
    if m := _FEAST.match(rule):
        return easter(year) + timedelta(days=int(m.group(1) or 0))
    if m := _NTH_WEEKDAY.match(rule):
        month, weekday, nth = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if nth > 0:
            first = date(year, month, 1)
            day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
        else:
            last = month_end(year, month)
            day = last - timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))
        return day + timedelta(days=int(m.group(4) or 0)) if day.month == month else None
    raise ValueError(f"unknown holiday rule {rule!r}")


def is_full_date(value: str) -> bool:
    """Whether a TIMEX3 value names one calendar day and nothing finer ("2019-09-09")."""
    return bool(_FULL_DATE.fullmatch(value))


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w}"  # unpadded, as the TimeML corpora write it


def interval(value: str) -> tuple[date, date, str] | None:
    """The inclusive calendar interval a DATE/TIME value denotes, with its precision (day, week,
    month, season, quarter, half, year, decade, century). None when the value is not anchored in the
    calendar (XXXX-09-09, PRESENT_REF, durations). A mod such as END ('fin août') is not used to
    narrow the interval: writers use it loosely (the 19th is "fin août"), and a narrower interval
    than the text supports would be a made-up date. Two values joined by a slash are a range
    ("du 24 au 26 août": 2019-08-24/2019-08-26), as precise as the coarser end."""
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = interval(first), interval(last)
        if start is None or end is None or end[1] < start[0]:
            return None
        return start[0], end[1], max(start[2], end[2], key=PRECISIONS.index)
    if m := _DAY.match(value):
        d = safe_date(*map(int, m.groups()))
        return (d, d, "day") if d else None
    if m := _MONTH.match(value):
        y, mo = map(int, m.groups())
        if not 1 <= mo <= 12:
            return None
        return date(y, mo, 1), month_end(y, mo), "month"
    if m := _WEEK.match(value):
        y, w = int(m.group(1)), int(m.group(2))
        try:
            start = date.fromisocalendar(y, w, 6 if m.group(3) else 1)  # a weekend: Saturday, Sunday
        except ValueError:
            return None
        return start, date.fromisocalendar(y, w, 7), "week"
    if m := _SEASON.match(value):
        y, s = int(m.group(1)), m.group(2)
        first, last = SEASON_MONTHS[s]
        end_year = y + 1 if s == "WI" else y
        return date(y, first, 1), month_end(end_year, last), "season"
    if m := _QUARTER.match(value):
        y, q = int(m.group(1)), int(m.group(2))
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
    if m := _HALF.match(value):
        y, h = int(m.group(1)), int(m.group(2))
        return date(y, 6 * h - 5, 1), month_end(y, 6 * h), "half"
    if m := _YEAR.match(value):
        y = int(m.group(1))
        return date(y, 1, 1), date(y, 12, 31), "year"
    if m := _DECADE.match(value):
        y = int(m.group(1)) * 10
        return date(y, 1, 1), date(y + 9, 12, 31), "decade"
    if m := _CENTURY.match(value):
        y = int(m.group(1)) * 100
        return date(y, 1, 1), date(y + 99, 12, 31), "century"
    return None
