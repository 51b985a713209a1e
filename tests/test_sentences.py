"""Sentence spans: where passages are cut and where the tagger forgets the year under discussion."""
from timeline import language
from timeline.sentences import sentence_spans


def sentences(text, lang):
    table = language.load(lang)
    return [text[s:e].strip() for s, e in sentence_spans(text, table.abbreviations, table.stopwords)]


def test_a_full_stop_then_a_capital_ends_a_sentence():
    assert sentences("Il est venu. Il est reparti.", "fr") == ["Il est venu.", "Il est reparti."]


def test_a_line_break_ends_a_sentence_whatever_follows():
    assert sentences("Moscou\nle ministre est arrivé", "fr") == ["Moscou", "le ministre est arrivé"]


def test_the_full_stop_of_an_abbreviation_of_the_language_ends_nothing():
    text = "M. Le Drian et Mme Parly ont reçu M. Lavrov le 12 nov. 2021. Ils ont parlé."
    assert sentences(text, "fr") == ["M. Le Drian et Mme Parly ont reçu M. Lavrov le 12 nov. 2021.", "Ils ont parlé."]
    text = "In the Roe vs. Wade case, Dr. Smith testified on Nov. 3. He left."
    assert sentences(text, "en") == ["In the Roe vs. Wade case, Dr. Smith testified on Nov. 3.", "He left."]


def test_a_full_stop_before_a_lower_case_word_ends_nothing():
    text = "It happened at 10 p.m. yesterday in the U.S. capital. Police came."
    assert sentences(text, "en") == ["It happened at 10 p.m. yesterday in the U.S. capital.", "Police came."]


def test_a_dotted_abbreviation_ends_a_sentence_only_before_a_word_that_opens_one():
    text = "INS extended its deadline until 9 a.m. EST Tuesday. Late Monday, U.S. Attorney General Reno spoke."
    assert sentences(text, "en") == ["INS extended its deadline until 9 a.m. EST Tuesday.",
                                     "Late Monday, U.S. Attorney General Reno spoke."]
    assert sentences("They arrived in the U.S. The next day they left.", "en") == [
        "They arrived in the U.S.", "The next day they left."]


def test_a_sentence_may_open_with_a_quotation_mark_of_any_style():
    text = "He was asked about it. ``We will look at that,'' he said. ‘It is over,’ she said."
    assert sentences(text, "en") == ["He was asked about it.", "``We will look at that,'' he said.", "‘It is over,’ she said."]


def test_a_french_closing_quotation_mark_after_a_space_ends_the_sentence_with_it():
    text = "« Avant, ça ne vaut pas le coup. » Pendant l'été, le camping est complet."
    assert sentences(text, "fr") == ["« Avant, ça ne vaut pas le coup. »", "Pendant l'été, le camping est complet."]
    text = "«\u00a0C'est fini.\u00a0» Il est parti."
    assert sentences(text, "fr") == ["«\u00a0C'est fini.\u00a0»", "Il est parti."]
