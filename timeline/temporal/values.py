"""TIMEX3 values <-> calendar intervals, and the calendar arithmetic the resolver needs."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
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


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w}"  # unpadded, as the TimeML corpora write it


def interval(value: str) -> tuple[date, date, str] | None:
    """The inclusive calendar interval a DATE/TIME value denotes, with its precision (day, week,
    month, season, quarter, year, decade, century). None when the value is not anchored in the
    calendar (XXXX-09-09, PRESENT_REF, durations). A mod such as END ('fin août') is not used to
    narrow the interval: writers use it loosely (the 19th is "fin août"), and a narrower interval
    than the text supports would be a made-up date."""
    if m := _DAY.match(value):
        d = safe_date(*map(int, m.groups()))
        return (d, d, "day") if d else None
    if m := _MONTH.match(value):
        y, mo = map(int, m.groups())
        if not 1 <= mo <= 12:
            return None
        return date(y, mo, 1), month_end(y, mo), "month"
    if m := _WEEK.match(value):
        y, w = map(int, m.groups())
        try:
            start = date.fromisocalendar(y, w, 1)
        except ValueError:
            return None
        return start, start + timedelta(days=6), "week"
    if m := _SEASON.match(value):
        y, s = int(m.group(1)), m.group(2)
        first, last = SEASON_MONTHS[s]
        end_year = y + 1 if s == "WI" else y
        return date(y, first, 1), month_end(end_year, last), "season"
    if m := _QUARTER.match(value):
        y, q = int(m.group(1)), int(m.group(2))
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
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
