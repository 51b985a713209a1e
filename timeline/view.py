"""The state of a view (filters, lanes, selected event) as URL query parameters, so that a link
reproduces what the analyst sees."""
from __future__ import annotations

from datetime import date

LIST_KEYS = ("status", "actors", "sources", "languages", "precision")
TEXT_KEYS = ("facet", "search", "event")
DATE_KEYS = ("start", "end")
SEPARATOR = "|"


def to_params(state: dict) -> dict[str, str]:
    """Non-empty view settings as strings (lists joined with '|', dates in ISO form)."""
    params = {}
    for key in LIST_KEYS:
        if state.get(key):
            params[key] = SEPARATOR.join(state[key])
    for key in TEXT_KEYS:
        if state.get(key):
            params[key] = str(state[key])
    for key in DATE_KEYS:
        if state.get(key):
            params[key] = state[key].isoformat()
    return params


def from_params(params) -> dict:
    """View settings from query parameters; malformed values are ignored, not fatal."""
    state = {}
    for key in LIST_KEYS:
        if params.get(key):
            state[key] = [v for v in str(params[key]).split(SEPARATOR) if v]
    for key in TEXT_KEYS:
        if params.get(key):
            state[key] = str(params[key])
    for key in DATE_KEYS:
        try:
            state[key] = date.fromisoformat(str(params[key])) if params.get(key) else None
        except ValueError:
            state[key] = None
    return state
