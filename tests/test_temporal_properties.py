"""Properties that hold for any input: tagging never raises and spans point at the text."""
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import tag, tagger

DATEISH = st.sampled_from(["lundi", "9", "septembre", "2019", "May", "the", "last", "month", "la", "veille",
                           "fin", "août", "il y a", "deux", "ans", "10:35", "a.m.", "/", "-", ",", " ", "\n",
                           "hier", "ago", "every", "XIXe siècle", "années", "90", "1er", "’", "ce", "soir",
                           "the weekend", "at least", "New Year's Day", "s", "of", "and", "30s", "o'clock",
                           "plus tôt", "ce jour-là", "year-end", "per", "every other", "et demi", "d'ici",
                           "after next", "à venir", "on", "year-long"])
TEXT = st.one_of(st.text(max_size=300), st.lists(DATEISH, max_size=40).map(" ".join),
                 st.lists(st.one_of(DATEISH, st.text(max_size=5)), max_size=40).map("".join))


@settings(max_examples=1500, deadline=None)
@given(text=TEXT, lang=st.sampled_from(["fr", "en"]),
       dct=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_tagging_never_raises_and_spans_are_exact(text, lang, dct):
    previous_end = 0
    for t in tag(text, lang=lang, dct=dct):
        assert text[t.start:t.end] == t.text
        assert previous_end <= t.start < t.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
        previous_end = t.end


@settings(max_examples=500, deadline=None)
@given(text=TEXT, lang=st.sampled_from(["fr", "en"]))
def test_trying_only_at_trigger_words_finds_what_trying_everywhere_finds(text, lang):
    found = tag(text, lang=lang, dct="2019-09-09")
    with mock.patch.object(tagger, "_can_open", lambda word, words: True):
        assert tag(text, lang=lang, dct="2019-09-09") == found
