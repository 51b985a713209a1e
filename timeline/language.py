"""Language tables: load a `lang/<code>.toml` file, the one place where language knowledge lives.

The tagger, the cleaner and the event builder know nothing of any language. A table gives word lists ([words.*]) and patterns
([[pattern]]) written with placeholders:

    {table}          a word list, captured under that name (its value is looked up later)
    {builtin}        a number shape: day, year, year2, month_num, hour, minute, decade, num
    {name:regex}     a literal group captured under `name` (its presence is what matters)
A placeholder may appear more than once in a pattern; the first that matched gives it.
    {after:a|b c}    the match must follow one of these words (a look-behind, not captured)

All patterns become alternatives of a single compiled regex, tried in file order. It is tried
only where a word that can open a date stands (a digit, or a word of the tables or patterns),
so the text is read once by a fast tokenizer whatever the number of patterns.
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

LANG_DIR = Path(__file__).parent / "lang"

# Number shapes shared by every language; word forms (premier, first...) live in the tables.
BUILTINS = {
    "day": r"(?:3[01]|[12]\d|0?[1-9])(?:er|re|st|nd|rd|th)?",
    "year": r"(?:1[5-9]\d\d|20\d\d)",
    "year2": r"'?\d\d",
    "month_num": r"(?:1[0-2]|0?[1-9])",
    "hour": r"(?:2[0-3]|[01]?\d)",
    "minute": r"[0-5]\d",
    "decade": r"(?:1[5-9]|20)?\d0",
}

# A date never starts inside a word or a number ("2+2", "13,000", "10:35") nor ends inside one.
_LEFT = r"(?<![\w+])(?<!\d[.,/:])"
_RIGHT = r"(?![\w+])(?![.,/:]\d)"

_PLACEHOLDER = re.compile(r"\{(\w+)(?::([^{}]*(?:\{\d+(?:,\d*)?\}[^{}]*)*))?\}")


@dataclass(frozen=True)
class Language:
    code: str
    words: dict  # table name -> {lower-case surface form: meaning}
    regex: re.Pattern
    groups: tuple  # per pattern: tuple of (group name in regex, semantic name)
    types: tuple  # per pattern: forced TIMEX3 type or None
    after_date: tuple  # per pattern: the words that must join it to a date before it, or None
    range_start: tuple  # per pattern: whether it is the first day of a range ("du 19 au 23 juillet")
    future_cues: re.Pattern
    past_cues: re.Pattern
    verb_to_date: re.Pattern  # what may stand between a verb and the date it governs ("arrived on")
    noun_to_date: re.Pattern  # what joins a noun to the date that names it, at the end of a text ("of")
    range_joiner: re.Pattern  # what joins the two ends of a range of dates, whole ("au", "to")
    range_opener: re.Pattern  # what opens a range whose ends "and" joins, at the end of a text ("between")
    range_pair_joiner: re.Pattern  # what joins the two ends of such a range, whole ("and")
    no_event_lead: re.Pattern  # words after which a date dates no event, ending a text ("et non le", "highest since")
    determiner_before_date: re.Pattern  # a determiner ending a text, before a date naming a noun ("the")
    determiner_end: re.Pattern  # a determiner ending a text ("la", "l'", "the")
    elided_determiner: re.Pattern  # an elided determiner glued to the word it opens ("l'accord")
    past_lead: re.Pattern  # words ending a text after which a date lies in the past ("since")
    until_lead: re.Pattern  # words ending a text after which a date ends a state ("until")
    possessive: re.Pattern  # a mark right after a date making it name the noun after it, and the space ("'s ")
    date_clause: re.Pattern  # after a date, a comma and a word opening what happened then (", when")
    anaphoric_shifts: frozenset  # shift words seen from the date under discussion ("the following year")
    stopwords: frozenset  # common function words, for language identification
    furniture: re.Pattern  # lines of page furniture (banners, share prompts, credits)
    publication_stamp: re.Pattern  # the words before the date of a "Published: ..." line
    clause_markers: re.Pattern  # words that open a subordinate clause (group 1), after a space
    prepositional_markers: frozenset  # ...that are prepositions too, opening a clause only with a verb ("after")
    relative_pronouns: frozenset  # clause markers about the noun before them ("which", "qui")
    relative_aside: re.Pattern  # such a clause between commas (", which had risen,")
    restrictive_pronouns: frozenset  # ...only with no comma before them ("that")
    subject_relative: re.Pattern  # a text's opening noun and a clause about it as subject ("the bank, which"), group 1 at the noun's end
    list_adverbs: frozenset  # adverbs that may stand between the dates of one list ("and again")
    subordinators: re.Pattern  # words opening an adverbial clause ("after", "lorsque")
    clause_measure: re.Pattern  # how far from such a clause, ending a text before its subordinator ("two days ")
    subject_pronoun: re.Pattern  # a personal subject pronoun opening a text ("he", "elle")
    auxiliaries: frozenset  # words that open a verb the tense cues know ("has been postponed", "se poursuivait")
    counted_nouns: dict  # what a count counts, one name for all languages ("personnes" -> "people")
    complementizer: re.Pattern  # a word opening what a verb reports, at a position ("that", "que")
    reported_subject: re.Pattern  # such a word and a pronoun standing for the reporter ("that it", "qu'elle")
    coordinator: re.Pattern  # a word joining two verbs of one subject (group 1), after a space ("and")
    past_participle: re.Pattern  # a past participle, whole ("conclu", "signed")
    bare_participle: re.Pattern  # a past participle that may follow its noun with no comma, whole ("votée")
    abbreviations: frozenset  # words whose full stop ends no sentence (lower case)
    title_drop: frozenset  # words that make a poor start for a title
    title_drop_ending: re.Pattern  # ...and the endings of such words, whole words ("pendant")
    title_keep: frozenset  # ...unless they open one of these two-word phrases ("at least")
    date_lead_in: re.Pattern  # the words introducing a date, at the end of a text ("à partir du")
    date_tail: re.Pattern  # words after a date that belong to it, at the start of a text ("local time")
    title_fillers: re.Pattern  # discourse fillers dropped from titles
    title_attribution: re.Pattern  # a reporting clause ending a sentence (", officials said")
    title_insertion: re.Pattern  # a reporting clause between commas (", officials said,")
    place_after: re.Pattern  # a capitalised name after a place preposition ("à Moscou")
    place_before: re.Pattern  # a text ending with a place preposition (and determiner)
    place_only_name: re.Pattern  # a text ending with a preposition only a place name follows ("in", not "to", "à")
    place_seat: re.Pattern  # a body named with the place it sits in, the place in a group ("tribunal de [Paris]")
    place_area: re.Pattern  # a part of a place or the area around it, the place in a group ("coast of [Taiwan]")
    compound_number: re.Pattern  # a tens word joined to a smaller one, whole ("vingt-quatre", "twenty-four")
    triggers: frozenset  # every word a date expression can start with (lower case)
    date_words: frozenset  # every word one can hold: what must follow "the", "le" for them to open one
    common_words: frozenset  # function words and the words of dates: never a name's first word ("The", "Last")
    calendar_words: frozenset  # month and weekday names: never part of a name ("Kenya Friday")
    organisation_heads: frozenset  # words making capitalised words a body's name, kept whole ("Agency")

    def meaning(self, table: str, surface: str):
        return self.words[table].get(_fold(surface).rstrip("."))

    def number(self, surface: str) -> int | None:
        """The value of a number written in words, "quatre", "vingt-quatre" or "twenty-four"."""
        if (compound := self.compound_number.fullmatch(_fold(surface))) is not None:
            return self.meaning("number", compound["tens"]) + self.meaning("number", compound["ones"])
        return self.meaning("number", surface)

    def is_holiday(self, name: str) -> bool:
        return self.meaning("holiday", name) is not None

    def is_anaphoric_shift(self, surface: str) -> bool:
        return _fold(surface) in self.anaphoric_shifts

    def report_start(self, text: str, start: int, end: int) -> int:
        """Where a reporting clause closing the text between start and end begins (", a annoncé la
        préfecture", ", officials said Saturday"), or end when there is none."""
        said = self.title_attribution.search(text[start:end].rstrip(" .!?…\n"))
        return start + said.start() if said else end


# after a comma, what shows it is inside a figure ("13,000") or a date ("October 8, 2023"), closing no clause
_NUMBER_GOES_ON = r"\d|\s\d{4}\b"

# a capitalised word of a place name: letters only, so that "au Covid-19" or "au G20" names no place
_NAME_WORD = r"[A-ZÀ-Ý](?:[^\W\d_]|['’-])+(?![\w'’-])"


def _fold(surface: str) -> str:
    """Lower-case and normalise apostrophes and spaces, the form the tables are keyed by."""
    return re.sub(r"\s+", " ", surface.lower().replace("’", "'"))


def _alternation(forms, case_sensitive: bool, abbreviations: frozenset) -> str:
    """One regex for a word table; an abbreviated form may carry its full stop ("Nov.", "sept.")."""
    variants = set()
    for form in forms:
        if case_sensitive:
            variants.update({form[:1].upper() + form[1:], form.upper()})
        else:
            variants.add(form)
    parts = []
    for form in sorted(variants, key=len, reverse=True):
        escaped = re.escape(form).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(escaped + r"\.?" if _fold(form) in abbreviations else escaped)
    body = "|".join(parts)
    return f"(?-i:{body})" if case_sensitive else body


def _compile(table: dict) -> Language:
    words = {name: {_fold(k): v for k, v in forms.items()} for name, forms in table["words"].items()}
    case_sensitive = set(table.get("case_sensitive", []))
    abbreviations = frozenset(_fold(w) for w in table.get("abbreviations", []))
    # a case-sensitive table is matched as written ("Election Day", not "election day"), or in capitals
    alternations = {name: _alternation(table["words"][name], True, abbreviations) if name in case_sensitive
                    else _alternation(forms, False, abbreviations) for name, forms in words.items()}
    tens, joiner, ones = _compound_number_parts(words.get("number", {}), table.get("number_joiners", []))
    compound_number = re.compile(rf"(?P<tens>{tens}){joiner}(?P<ones>{ones})", re.IGNORECASE)
    numbers = "|".join(re.escape(w) for w in sorted(words.get("number", {}), key=len, reverse=True))
    # atomic: "quarante-huit" is one number, never "quarante" to "huit" for a range pattern
    alternations["num"] = r"\d+(?:[.,]\d+)?" + (f"|(?>(?:{tens}){joiner}(?:{ones})|{numbers})" if numbers else "")
    alternations.update(BUILTINS)

    branches, groups, types, after_date, range_start = [], [], [], [], []
    for index, pattern in enumerate(table["pattern"]):
        names = []

        def substitute(m, index=index, names=names):
            name, literal = m.group(1), m.group(2)
            if name == "after":
                words_before = [w.replace(" ", r"\s") for w in literal.split("|")]
                return "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in words_before) + ")"
            # a placeholder may appear twice in a pattern ({part} before a month or a year)
            group = f"p{index}_{name}_{sum(1 for _, n in names if n == name)}"
            names.append((group, name))
            body = literal if literal is not None else alternations[name]
            return f"(?P<{group}>{body})"

        body = _PLACEHOLDER.sub(substitute, pattern["re"])
        branches.append(f"(?P<p{index}>{body})")
        groups.append(tuple(names))
        types.append(pattern.get("type"))
        joiner = pattern.get("after_date")
        after_date.append(re.compile(joiner, re.IGNORECASE) if joiner else None)
        range_start.append(bool(pattern.get("range_start")))
    regex = re.compile(_LEFT + "(?:" + "|".join(branches) + ")" + _RIGHT, re.IGNORECASE)
    # a cue starts a word: saying so up front spares the regex its alternatives at every word's end
    cues = re.compile(r"(?<!\w)(?=\w)(?:" + table.get("future_cues", r"(?!)") + ")", re.IGNORECASE)
    past = re.compile(r"(?<!\w)(?=\w)(?:" + table.get("past_cues", r"(?!)") + ")", re.IGNORECASE)
    links = "|".join(re.escape(w) for w in table.get("verb_date_links", []))
    verb_to_date = re.compile(rf"\s+(?:(?:{links})\s+)?" if links else r"\s+", re.IGNORECASE)
    noun_to_date = _phrases(table.get("noun_date_links"), r"\s{}\s*$", literal=True)
    determiner_before_date = _phrases(table.get("determiners_before_date"), _ENDING)
    determiners = table.get("determiners", [])
    determiner_end = _phrases(determiners, r"(?<!\w){}\s*$", literal=True)
    elided_determiner = _phrases([d for d in determiners if d.endswith("'")], r"{}(?=\w)", literal=True)
    past_lead = _phrases(table.get("past_leads"), _ENDING)
    until_lead = _phrases(table.get("until_leads"), _ENDING)
    possessive = _phrases(table.get("possessive_marks"), r"{}\s+", literal=True)
    date_clause = _phrases(table.get("date_clauses"), r"\s*,\s*{}\b", literal=True)
    range_joiner = _phrases(table.get("range_joiners"), _GAP, literal=True)
    range_opener = _phrases(table.get("range_openers"), _ENDING)
    range_pair_joiner = _phrases(table.get("range_pair_joiners"), _GAP)
    no_event_lead = _phrases(table.get("date_negations", []) + table.get("comparison_anchors", []), _ENDING)
    anaphoric_shifts = frozenset(_fold(w) for w in table.get("anaphoric_shifts", []))
    stopwords = frozenset(table.get("stopwords", []))
    furniture = _phrases(table.get("furniture"), "{}")
    # the stamp may follow Markdown emphasis ("*By the desk — January 20, 2024*")
    publication_stamp = _phrases([table["publication_stamp"]] if "publication_stamp" in table else [], r"[ \t*_]*{}")
    clause_markers = _phrases(table.get("clause_markers"), r"\s(?=({})\b)", literal=True)
    prepositional_markers = frozenset(_fold(w) for w in table.get("prepositional_markers", []))
    relative_pronouns = frozenset(_fold(w) for w in table.get("relative_pronouns", []))
    relative_aside = _phrases(table.get("relative_pronouns"), rf",\s*{{}}\s(?:[^,;:()«»\"“”]|,(?={_NUMBER_GOES_ON}))+"
                                                           rf"(?:,(?!{_NUMBER_GOES_ON})|[.!?]?\s*$)", literal=True)
    restrictive_pronouns = frozenset(_fold(w) for w in table.get("restrictive_pronouns", []))
    subjects = table.get("subject_relatives", [])
    after_comma = _alternatives([w for w in subjects if _fold(w) not in restrictive_pronouns], literal=True)
    no_comma = _alternatives([w for w in subjects if _fold(w) in restrictive_pronouns], literal=True)
    # a noun joined to another ("the case of Elian, who") leaves the clause's subject in doubt
    links = _alternatives(table.get("noun_date_links"), literal=True)
    subject_relative = re.compile(rf"(?:(?!(?<!\w){links}{_WORD_END})[^,;:()«»\"“”])*?\w()"
                                  rf"(?:\s*,\s*{after_comma}|\s+{no_comma})\s+", re.IGNORECASE)
    list_adverbs = frozenset(_fold(w) for w in table.get("list_adverbs", []))
    subordinators = _phrases(table.get("subordinators"), r"(?<![\w'’]){}" + _WORD_END, literal=True)
    clause_measure = _phrases(table.get("clause_measures"), r"(?<!\S){}\s+\Z")
    subject_pronoun = _phrases(table.get("subject_pronouns"), r"\s*{}\b")
    auxiliaries = frozenset(_fold(w) for w in table.get("auxiliaries", []))
    counted_nouns = {word.lower(): name for word, name in table.get("counted_nouns", {}).items()}
    openers = _alternatives(table.get("complementizers"), literal=True)
    complementizer = re.compile(openers + _WORD_END, re.IGNORECASE)
    reported_subject = _phrases(table.get("reported_pronouns"), openers + r"\s*{}\b")
    coordinator = _phrases(table.get("coordinators"), r"\s(?=({})\b)")
    past_participle = re.compile(table.get("past_participle", r"(?!)"))
    bare_participle = re.compile(table.get("bare_participle", r"(?!)"))
    title_drop = frozenset(_fold(w) for w in table.get("title_drop", []))
    title_drop_ending = _phrases(table.get("title_drop_endings"), r"[^\W\d_]+{}", literal=True)
    title_keep = frozenset(_fold(w) for w in table.get("title_keep", []))
    date_lead_in = _phrases(table.get("date_lead_ins"), r"(?:^|\s){}\s*$")
    date_tail = _phrases(table.get("date_tails"), r"\s*{}\b")
    title_attribution = _phrases(table.get("title_attributions"), "{}")
    title_insertion = _phrases(table.get("title_insertions"), r",\s*{}\s*,")
    title_fillers = _phrases(table.get("title_fillers"), r",?\s*\b{}\b,?", literal=True)
    prepositions = _alternatives(table.get("place_prepositions"), literal=True)
    place_after = re.compile(
        rf"\b{prepositions}\s+((?-i:{_NAME_WORD}(?:\s+(?:de|du|des|of|la|le)?\s*{_NAME_WORD})*))", re.IGNORECASE)
    place_before = re.compile(rf"\b{prepositions}\s+(?:{determiner_end.pattern})?$", re.IGNORECASE)
    # no determiner: "in the United States" is no place to place_after, so its name stays an actor
    place_only_name = _phrases(table.get("place_only_prepositions"), r"\b{}\s+$", literal=True)
    place_name = rf"((?-i:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}))"
    place_seat, place_area = (
        re.compile(r"\b" + _alternatives(table.get(key)).replace("{place}", place_name) + r"(?!\w)", re.IGNORECASE)
        for key in ("place_seats", "place_areas"))
    triggers, date_words = _triggers(table, words)
    return Language(table["language"], words, regex, tuple(groups), tuple(types), tuple(after_date), tuple(range_start),
                    cues, past, verb_to_date, noun_to_date, range_joiner, range_opener, range_pair_joiner,
                    no_event_lead, determiner_before_date, determiner_end, elided_determiner, past_lead, until_lead,
                    possessive, date_clause, anaphoric_shifts, stopwords, furniture, publication_stamp, clause_markers,
                    prepositional_markers, relative_pronouns, relative_aside, restrictive_pronouns, subject_relative,
                    list_adverbs, subordinators, clause_measure, subject_pronoun, auxiliaries, counted_nouns,
                    complementizer, reported_subject, coordinator, past_participle, bare_participle, abbreviations,
                    title_drop, title_drop_ending, title_keep, date_lead_in, date_tail, title_fillers,
                    title_attribution, title_insertion,
                    place_after, place_before, place_only_name, place_seat, place_area, compound_number, triggers,
                    date_words, stopwords | title_drop | date_words,
                    frozenset(words.get("month", {})) | frozenset(words.get("weekday", {})),
                    frozenset(_fold(word) for word in table.get("organisation_heads", [])))


def _compound_number_parts(numbers: dict, joiners: list[str]) -> tuple[str, str, str]:
    """Regexes for a tens word (20 to 90), what joins it to a word from one to nineteen, and that
    word: their sum is the number ("vingt et un", "forty-eight", "quatre-vingt-dix-neuf" when
    "quatre-vingt" is a word of the table). Without joiners, no text matches."""
    def alternation(values):
        return "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True) if numbers[w] in values) or "(?!)"
    joined = "|".join(re.escape(j).replace(r"\ ", r"\s+") for j in joiners) or "(?!)"
    return alternation(range(20, 100, 10)), f"(?:{joined})", alternation(range(1, 20))


_ENDING = r"(?:^|\s){}\s+$"  # a phrase ending a text, before the date that follows it
_GAP = r"\s*{}\s*"  # a phrase making up the whole gap between two dates


_WORD_END = r"(?:\b|(?<=['’]))"  # the end of a word, or of an elided one ("qu'")


def _phrases(forms: list[str] | None, template: str, literal: bool = False) -> re.Pattern:
    """One case-insensitive regex for a table's list of phrases, put in `template` at {}."""
    return re.compile(template.replace("{}", _alternatives(forms, literal)), re.IGNORECASE)


def _alternatives(forms: list[str] | None, literal: bool = False) -> str:
    """A table's list of phrases as one regex group: the forms are regexes, or plain words when
    `literal`; both apostrophes match. An empty list matches nothing."""
    if not forms:
        return "(?!)"
    return "(?:" + "|".join((re.escape(f) if literal else f).replace("'", "['’]") for f in forms) + ")"


_TOKEN = re.compile(r"\w+")


def _triggers(table: dict, words: dict) -> tuple[frozenset, frozenset]:
    """(triggers, date words). The triggers are the words that can open a match: the first word
    of each form in the tables and the words a pattern can open with (see _opening), except
    where they cannot stand first: in look-arounds, after {after:...} (before a match), glued to
    a placeholder or a digit ("{decade}s", "\\d0s"). The date words add every word of the tables
    and patterns ("weekend" in "the weekend"). Supersets are harmless (a failed attempt)."""
    first, every = set(), set()
    for forms in words.values():
        for form in forms:
            tokens = [t.lower() for t in _TOKEN.findall(form)]
            first.update(tokens[:1])
            every.update(tokens)
    for pattern in table["pattern"]:
        first.update(_literal_words(_opening(pattern["re"])))
        every.update(_literal_words(pattern["re"]))
    return frozenset(first), frozenset(first | every)


def _literal_words(pattern: str) -> set[str]:
    """The words written in a pattern, outside look-arounds, glued placeholders and {after:...}."""
    unglued = re.sub(r"\}[^\W\d_]+", "}", pattern)
    spelled = _PLACEHOLDER.sub(lambda m: " " + ((m.group(2) or "") if m.group(1) != "after" else "") + " ", unglued)
    literal = _INLINE_FLAGS.sub(" ", _without_lookarounds(re.sub(r"\\.", " ", spelled)))
    return {t.lower() for t in _TOKEN.findall(literal) if t[0].isalpha()}


_QUANTIFIER = re.compile(r"[?*+]\??|\{\d+(?:,\d*)?\}\??")
_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!", "{after:")
_GROUP_HEAD = re.compile(r"\((?:\?(?:[:>]|P<\w+>|[a-zA-Z-]+:))?")  # "(", "(?:", "(?P<name>", "(?-i:"


def _opening(pattern: str) -> str:
    """The part of a pattern where a match's first word stands: for each of its top-level
    alternatives, the items that may be skipped (optional or zero-width) up to and including
    the first one it must match, each group and written placeholder read the same way within;
    a literal word there is kept whole ("the" in "the\\s+..."). The words further on ("of" in
    "the\\s+{ordinal}\\s+{weekday}\\s+of") never open a match."""
    out = []
    for alternative in _top_level(pattern, "|"):
        i = 0
        while i < len(alternative):
            end = _item_end(alternative, i)
            quantifier = _QUANTIFIER.match(alternative, end)
            repeat = quantifier.group() if quantifier else ""
            item = alternative[i:end]
            out.append(_item_opening(item))
            skippable = item.startswith(_ZERO_WIDTH) or repeat[:1] in ("?", "*") or repeat.startswith("{0")
            i = end + len(repeat)
            if not skippable:
                while i < len(alternative) and alternative[i].isalpha():  # the rest of a literal word
                    out.append(alternative[i])
                    i += 1
                break
        out.append(" ")
    return "".join(out)


def _item_opening(item: str) -> str:
    """An item as it may open a match: a group or a written placeholder by its own opening;
    look-arounds and the rest as they are (the words in look-arounds are dropped later)."""
    if item.startswith(_ZERO_WIDTH):
        return item
    if item.startswith("{") and (placeholder := _PLACEHOLDER.fullmatch(item)) and placeholder.group(2) is not None:
        return " " + _opening(placeholder.group(2)) + " "
    if item.startswith("("):
        head = _GROUP_HEAD.match(item)
        return " " + _opening(item[head.end():-1]) + " "
    return item


def _item_end(pattern: str, i: int) -> int:
    """Where the regex item opening at `i` ends: a placeholder, a group, a character class, an
    escape or one character."""
    if pattern[i] == "{" and (placeholder := _PLACEHOLDER.match(pattern, i)):
        return placeholder.end()
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] == "[":
        return _class_end(pattern, i)
    if pattern[i] == "(":
        depth, j = 0, i
        while j < len(pattern):
            if pattern[j] == "\\":
                j += 2
                continue
            if pattern[j] == "[":
                j = _class_end(pattern, j)
                continue
            depth += {"(": 1, ")": -1}.get(pattern[j], 0)
            j += 1
            if depth == 0:
                return j
        return len(pattern)
    return i + 1


def _class_end(pattern: str, i: int) -> int:
    """Where the character class opening at `i` ends (after its "]")."""
    j = i + 1 + (pattern[i + 1:i + 2] == "^")
    j += pattern[j:j + 1] == "]"  # a "]" first is a member
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _top_level(pattern: str, separator: str) -> list[str]:
    """The pattern split at `separator` where it stands outside any group or class."""
    parts, start, j = [], 0, 0
    while j < len(pattern):
        if pattern[j] == separator:
            parts.append(pattern[start:j])
            start = j + 1
            j += 1
        else:
            j = _item_end(pattern, j)  # a whole group, class, escape or placeholder at once
    return parts + [pattern[start:]]


_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]+[:)]")
_LOOKAROUND = re.compile(r"\(\?<?[=!]")


def _without_lookarounds(pattern: str) -> str:
    """The pattern without its look-ahead and look-behind groups: the words in them are read
    beside what a match consumes, so none of them opens a match (and "of", "to", "s" there
    would send the regex to most words of a text)."""
    out, i = [], 0
    while m := _LOOKAROUND.search(pattern, i):
        out.append(pattern[i:m.start()])
        i = _item_end(pattern, m.start())  # the whole group, whatever brackets its classes hold
    return "".join(out) + pattern[i:]


@functools.lru_cache(maxsize=None)
def load(code: str) -> Language:
    path = LANG_DIR / f"{code}.toml"
    if not path.exists():
        raise ValueError(f"no temporal resources for language {code!r} (looked for {path})")
    with path.open("rb") as f:
        return _compile(tomllib.load(f))


def available() -> list[str]:
    return sorted(p.stem for p in LANG_DIR.glob("*.toml"))
