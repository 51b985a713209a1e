"""The temporal tagger, phenomenon by phenomenon, in French and English."""
from datetime import date

import pytest

from timeline import language
from timeline.temporal import infer_dct, tag
from timeline.temporal.values import holiday_date, interval


def values(text, lang, dct=None):
    return [(t.text, t.value) for t in tag(text, lang=lang, dct=dct)]


def only(text, lang, dct=None):
    found = tag(text, lang=lang, dct=dct)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,lang,dct,expected", [
    ("Il est arrivé le 12 novembre 2021.", "fr", None, ("12 novembre 2021", "2021-11-12")),
    ("Ils se verront le 1er juin 2023.", "fr", None, ("1er juin 2023", "2023-06-01")),
    ("The vote was on September 9, 2019.", "en", None, ("September 9, 2019", "2019-09-09")),
    ("The vote was on 9 September 2019.", "en", None, ("9 September 2019", "2019-09-09")),
    ("Filed 2019-09-09 by the clerk.", "en", None, ("2019-09-09", "2019-09-09")),
    ("La loi du 9/9/2019 a été publiée.", "fr", None, ("9/9/2019", "2019-09-09")),
    ("The ruling of 9/10/2019 stands.", "en", None, ("9/10/2019", "2019-09-10")),
])
def test_full_dates(text, lang, dct, expected):
    assert values(text, lang, dct) == [expected]


@pytest.mark.parametrize("text,lang,expected", [
    ("Il est venu le 12 sept. 2019.", "fr", ("12 sept. 2019", "2019-09-12")),
    ("Il est venu en déc. 2019.", "fr", ("déc. 2019", "2019-12")),
    ("It opened on Sept. 12, 2019.", "en", ("Sept. 12, 2019", "2019-09-12")),
    ("It opened in Nov. 2019.", "en", ("Nov. 2019", "2019-11")),
])
def test_an_abbreviated_month_carries_its_full_stop(text, lang, expected):
    assert values(text, lang, "2024-07-09") == [expected]


def test_day_month_takes_the_year_of_the_document_date():
    assert only("Le sommet aura lieu le 3 mars.", "fr", "1999-02-10").value == "1999-03-03"
    assert only("The summit was on Oct. 23.", "en", "1999-01-22").value == "1998-10-23"


def test_day_month_takes_the_year_named_earlier_in_the_sentence():
    text = "Après leur entretien du 20 juin 2017, il a été reçu le 29 mai."
    assert values(text, "fr") == [("20 juin 2017", "2017-06-20"), ("29 mai", "2017-05-29")]


def test_a_participle_after_be_is_not_a_past_tense():
    # "returned" here is not a past event: the deadline lies ahead of the document date
    assert only("He must be returned to his father by Jan. 14.", "en", "2000-01-06").value == "2000-01-14"


def test_tense_weighs_on_the_year_without_overruling_distance():
    # a future verb does not send a month four months back to eight months ahead...
    assert only("Les résultats du recensement de mars devraient être publiés.", "fr", "1999-07-07").value == "1999-03"
    # ...but decides between two candidates about as far from the document date
    assert only("Il a été reçu le 3 janvier.", "fr", "1999-07-07").value == "1999-01-03"
    assert only("Il sera reçu le 3 janvier.", "fr", "1999-07-07").value == "2000-01-03"


def test_the_verb_governing_a_date_outweighs_distance():
    # 2021-11-12: March 3 is nearer ahead than behind, but "arrived on" puts it behind
    assert only("He arrived on March 3.", "en", "2021-11-12").value == "2021-03-03"
    assert only("Il a signé le 3 mars un accord.", "fr", "2021-11-12").value == "2021-03-03"
    assert only("The talks will resume on March 3.", "en", "2021-11-12").value == "2022-03-03"
    # a verb after the date may be that of a subject holding it: it only weighs
    assert only("Protesters prayed as Easter week began.", "en", "2000-04-17").value == "2000-W16"


def test_a_year_named_by_a_relative_expression_is_the_year_under_discussion():
    text = "Trois fuites en 98, deux cette année : le 6 juin cours Léopold et mardi soir."
    assert ("6 juin", "1999-06-06") in values(text, "fr", "1999-07-29")


def test_weekday_with_date_settles_an_unknown_year():
    # 9 September is a Monday in 2013, 2019 and 2024; the text speaks of 2020.
    text = "Ils se sont vus ce lundi 9 septembre. Le président ira à Moscou en mai 2020."
    assert values(text, "fr")[0] == ("ce lundi 9 septembre", "2019-09-09")


def test_a_weekday_with_date_settles_no_year_when_two_years_near_the_text_fit():
    # 16 July is a Tuesday in 2019 and 2024, both after the 2017 the text tells in the past
    text = "Arrivé à Paris en août 2017, il a marqué 256 buts. Il sera présenté mardi 16 juillet à Madrid."
    assert values(text, "fr")[-1] == ("mardi 16 juillet", "XXXX-07-16")
    # a year told ahead bounds the text from above: "until 2029" leaves both 2024 and 2030 open
    text = "Il a signé lundi jusqu'en 2029. Il sera présenté mardi 16 juillet à Madrid."
    assert values(text, "fr")[-1] == ("mardi 16 juillet", "XXXX-07-16")


def test_no_document_date_and_no_evidence_keeps_the_year_unknown():
    assert only("Ils se sont vus le 9 septembre.", "fr").value == "XXXX-09-09"
    assert only("They met on September 9.", "en").value == "XXXX-09-09"
    assert only("Il a parlé vendredi.", "fr").value == "XXXX-WXX-5"


def test_months_years_decades_centuries():
    assert values("en mai 2020 puis en 2015", "fr") == [("mai 2020", "2020-05"), ("2015", "2015")]
    assert only("dans les années 90", "fr").value == "199X"
    assert only("since the 1990s", "en").value == "199X"
    assert values("in the '80s and the late ’70s", "en", "1999-01-01") == [("the '80s", "198X"), ("the late ’70s", "197X")]
    assert only("à la fin du XIXe siècle", "fr").value == "18XX"


def test_parts_of_periods_carry_a_mod():
    fin_aout = only("Fin août, il l'a reçu.", "fr", "2019-09-09")
    assert (fin_aout.value, fin_aout.mod) == ("2019-08", "END")
    assert (only("mi-juillet", "fr", "2019-09-09").mod) == "MID"
    debut = only("début 2020", "fr")
    assert (debut.value, debut.mod) == ("2020", "START")
    early = only("in early next year", "en", "2019-09-09")
    assert (early.value, early.mod) == ("2020", "START")
    # "in" between the part and its year
    late_in = only("Late in 1998 the bank failed.", "en", "2019-09-09")
    assert (late_in.text, late_in.value, late_in.mod) == ("Late in 1998", "1998", "END")
    # "du mois" between the part and its month or unit
    debut_mai = only("au début du mois de mai 2019", "fr")
    assert (debut_mai.value, debut_mai.mod) == ("2019-05", "START")
    fin_du_mois = only("à la fin du mois", "fr", "2021-11-12")
    assert (fin_du_mois.value, fin_du_mois.mod) == ("2021-11", "END")


def test_seasons_need_a_determiner():
    assert only("à l'automne 1999", "fr").value == "1999-FA"
    assert values("Il a été reçu dans sa résidence d'été.", "fr", "2019-09-09") == []


@pytest.mark.parametrize("text,lang,expected", [
    ("Il restera fermé jusqu'à la fin de l'été.", "fr", ("à la fin de l'été", "2019-SU", "END")),
    ("La fin de l'hiver 2018 fut rude.", "fr", ("La fin de l'hiver 2018", "2018-WI", "END")),
    ("Work will start in early autumn.", "en", ("early autumn", "2019-FA", "START")),
    ("It stays shut until the end of the summer.", "en", ("the end of the summer", "2019-SU", "END")),
])
def test_a_part_of_a_season_without_its_year(text, lang, expected):
    # written on 9 July 2019, in summer
    found = only(text, lang, "2019-07-09")
    assert (found.text, found.value, found.mod) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("aujourd'hui", "fr", "2019-09-09"), ("hier", "fr", "2019-09-08"), ("demain", "fr", "2019-09-10"),
    ("today", "en", "2019-09-09"), ("yesterday", "en", "2019-09-08"),
    ("la semaine dernière", "fr", "2019-W36"), ("le mois dernier", "fr", "2019-08"),
    ("la semaine écoulée", "fr", "2019-W36"), ("l'année écoulée", "fr", "2018"),
    ("l'an prochain", "fr", "2020"), ("last month", "en", "2019-08"), ("next year", "en", "2020"),
    ("il y a deux ans", "fr", "2017"), ("three years ago", "en", "2016"), ("dans trois mois", "fr", "2019-12"),
])
def test_deictic_expressions_resolve_against_the_document_date(text, lang, expected):
    assert only(text, lang, "2019-09-09").value == expected


def test_later_this_month_is_the_end_of_the_month():
    t = only("A summit will take place later this month.", "en", "2019-09-09")
    assert (t.text, t.value, t.mod) == ("later this month", "2019-09", "END")
    t = only("Les ministres se retrouveront plus tard dans le mois.", "fr", "2019-09-09")
    assert (t.text, t.value, t.mod) == ("plus tard dans le mois", "2019-09", "END")
    t = only("Plus tôt dans l'année, la banque avait relevé ses taux.", "fr", "2019-09-09")
    assert (t.text, t.value, t.mod) == ("Plus tôt dans l'année", "2019", "START")


@pytest.mark.parametrize("text,lang,expected", [
    ("In 1998 the bank failed. Later in the year, it reopened.", "en", ("Later in the year", "1998")),
    ("In 1998 the bank failed. Later in the year, it will reopen.", "en", ("Later in the year", "2021")),
    ("The bank failed in 1998. Early in the year, it had been sold.", "en", ("Early in the year", "1998")),
    ("En 1998, la banque a fait faillite. Plus tard dans l'année, elle a rouvert.", "fr", ("Plus tard dans l'année", "1998")),
    ("Le 3 mars 1998, la banque a fermé. À la fin de la semaine, elle a rouvert.", "fr", ("À la fin de la semaine", "1998-W10")),
    ("Le 3 mars 1998, la banque a fermé. À la fin de cette semaine, elle a rouvert.", "fr", ("À la fin de cette semaine", "2021-W10")),
    ("En 1998, la croissance a été de 3 %. D'ici la fin de l'année, elle atteindra 2 %.", "fr", ("la fin de l'année", "2021")),
    ("Last month a strike cost 30 million. Traffic had fallen since the start of the month.", "en",
     ("the start of the month", "2021-03")),
])
def test_a_part_of_the_year_or_week_told_in_the_past_is_of_the_date_just_discussed(text, lang, expected):
    # "this" names the document date's period; a bare "the" opening a past sentence names the
    # period just discussed, and anywhere else the document date's
    assert values(text, lang, "2021-03-10")[-1] == expected


def test_anaphoric_expressions_resolve_against_the_date_under_discussion():
    text = "Dimanche 8 septembre, ils ont salué l'échange intervenu la veille."
    assert values(text, "fr", "2019-09-09") == [("Dimanche 8 septembre", "2019-09-08"), ("la veille", "2019-09-07")]
    text = "The talks opened on March 3, 1999. The following day, they broke down."
    assert values(text, "en")[-1] == ("The following day", "1999-03-04")


def test_a_past_clause_counts_its_eve_from_a_day_already_past():
    # written on the opening day: the hearings named last lie ahead, the visit is reported done
    text = ("Le procès s'ouvre ce mercredi. Les parties civiles seront entendues à partir du 28 septembre. "
            "La veille, le ministre avait visité la salle d'audience.")
    assert values(text, "fr", "2021-09-08")[-1] == ("La veille", "2021-09-07")
    # in the future tense the date under discussion stays the anchor
    assert values(text.replace("avait visité", "visitera"), "fr", "2021-09-08")[-1] == ("La veille", "2021-09-27")
    text = "The trial opens on Wednesday. Victims will testify from September 28. The day before, the minister had visited."
    assert values(text, "en", "2021-09-08")[-1] == ("The day before", "2021-09-07")


def test_a_day_counted_from_a_month_is_a_day_unknown_within_that_month():
    # "last October" is the date under discussion, not the Thursday named before it
    text = "The site closed Thursday. He was killed last October. His name was crossed out that same day."
    assert values(text, "en", "1999-02-06")[-1] == ("that same day", "1998-10-XX")
    assert interval("1998-10-XX") == (date(1998, 10, 1), date(1998, 10, 31), "month")


def test_an_abbreviation_does_not_end_the_sentence_that_names_the_year():
    text = "In 1998, the Roe vs. Wade anniversary fell on Jan. 22."
    assert values(text, "en", "2000-03-01")[-1] == ("Jan. 22", "1998-01-22")
    text = "En 2017, M. Macron a reçu M. Poutine le 29 mai."
    assert values(text, "fr", "2019-09-09")[-1] == ("29 mai", "2017-05-29")


def test_bare_weekdays_look_back_in_past_tense_and_forward_in_future():
    # 2019-09-11 is a Wednesday
    assert only("Il a parlé vendredi.", "fr", "2019-09-11").value == "2019-09-06"
    assert only("He will speak on Friday.", "en", "2019-09-11").value == "2019-09-13"
    # written on a Saturday, with a typographic apostrophe: the coming Friday, not yesterday
    assert only("We’ll speak on Friday.", "en", "2019-09-14").value == "2019-09-20"
    assert only("vendredi dernier", "fr", "2019-09-11").value == "2019-09-06"


def test_the_verb_beside_a_weekday_tells_its_tense():
    # 2000-01-07 is a Friday: "announced Wednesday" is behind, though "will" follows
    text = "Since the decision was announced Wednesday, they have said they will appeal."
    assert only(text, "en", "2000-01-07").value == "2000-01-05"
    # no verb beside it: the future marker near it wins over the reporting verb
    assert only("The father will leave Thursday with his wife, Castro said.", "en", "2000-04-05").value == "2000-04-06"
    # 2021-11-12 is a Friday: a verb one preposition away, or a compound past, is beside it too
    text = "Officials said on Thursday that the plan would be ready by May."
    assert values(text, "en", "2021-11-12")[0] == ("Thursday", "2021-11-11")
    text = "Le ministre a annoncé jeudi que le sommet aura lieu en décembre."
    assert values(text, "fr", "2021-11-12")[0] == ("jeudi", "2021-11-11")


def test_a_future_seen_from_the_past_looks_ahead_but_a_possessive_date_is_the_nearest():
    # 2023-10-25 is a Wednesday: talks that would resume resume after it
    assert only("She said talks would resume on Thursday.", "en", "2023-10-25").value == "2023-10-26"
    assert only("She said talks would not have resumed on Thursday.", "en", "2023-10-25").value == "2023-10-19"
    # 2000-01-07 is a Friday: "Wednesday's ruling" names a ruling, whatever the tense of the clause
    assert only("They would look for ways to get around Wednesday's ruling.", "en", "2000-01-07").value == (
        "2000-01-05")
    assert only("Parties prepared for Sunday’s vote.", "en", "2000-01-07").value == "2000-01-09"


def test_irregular_past_verbs_are_past_cues_but_a_present_passive_is_not():
    # 1989-10-26 is a Thursday, in the second half of the year
    assert only("During the first half, output grew.", "en", "1989-10-26").value == "1989-H1"
    assert only("The board met on Friday.", "en", "1989-10-26").value == "1989-10-20"
    assert only("Police found the body on Sunday.", "en", "1989-10-26").value == "1989-10-22"
    # short regular ones and those written as their present; 2023-03-12 is a Sunday
    assert only("The government used the procedure on Monday.", "en", "2023-03-12").value == "2023-03-06"
    assert only("The storm hit the coast on Monday.", "en", "2023-03-12").value == "2023-03-06"
    # a participle after "is" reads in the present: the nearest May is next year's
    assert only("The case is heard in May.", "en", "2000-03-29").value == "2000-05"


def test_a_reported_clause_closed_before_a_date_lends_it_no_tense():
    # 2022-02-08 is a Tuesday: the talks were the evening before, not next Monday
    text = ("Macron said on Tuesday he had secured assurances from Putin that Russia would not escalate the "
            "crisis, after more than five hours of talks at the Kremlin on Monday evening.")
    assert values(text, "en", "2022-02-08")[-1] == ("Monday evening", "2022-02-07")
    # a future said of the date itself still looks ahead
    assert values("He said that the talks would resume on Monday.", "en", "2022-02-08") == [("Monday", "2022-02-14")]


def test_a_date_in_a_relative_clause_between_commas_has_that_clauses_tense():
    # 2023-03-15 is a Wednesday: the Sunday the bank was closed is behind, whatever "would" says after
    text = "Signature Bank, which was closed by state regulators on Sunday, would also be covered."
    assert only(text, "en", "2023-03-15").value == "2023-03-12"
    text = "La banque, qui a été fermée dimanche par les régulateurs, sera elle aussi couverte."
    assert only(text, "fr", "2023-03-15").value == "2023-03-12"


def test_a_past_verb_in_the_clause_outweighs_a_date_a_few_months_nearer_ahead():
    # written in November: the March of a past event is this year's, though next March is nearer
    assert [v for _, v in values("It happened on the night of 3 to 4 March.", "en", "2021-11-12")] == [
        "2021-03-03", "2021-03-04"]
    # a future verb between the past one and the date still looks ahead
    text = "He added that a ceremony would still be held at the summit on April 24."
    assert only(text, "en", "1999-02-10").value == "1999-04-24"


def test_the_two_days_of_a_range_fall_in_one_year():
    # written in November, a July four months behind and one eight months ahead are near a tie:
    # whichever wins, both days of the range take it
    for text, lang in (("La conférence se tiendra du 19 au 23 juillet.", "fr"),
                       ("The conference will be held from 19 to 23 July.", "en")):
        first, last = (v for _, v in values(text, lang, "2021-11-12"))
        assert first[:4] == last[:4] and first < last


def test_a_french_imperfect_in_rait_is_past_and_a_conditional_looks_ahead():
    # 2021-11-12 is a Friday; "déclarait", "assuraient", "entrait", "ouvrait" are imperfects of
    # verbs whose stem ends in r, "serait", "aurait", "pourrait", "devrait", "mettrait" conditionals
    for verb in ("déclarait", "assuraient", "entrait", "ouvrait", "espérait", "ignorait"):
        assert only(f"Mardi, le ministre {verb} le contraire.", "fr", "2021-11-12").value == "2021-11-09", verb
    for verb in ("serait", "aurait", "pourrait", "devrait", "mettrait", "déclarerait"):
        assert only(f"Mardi, le ministre {verb} fin à la grève.", "fr", "2021-11-12").value == "2021-11-16", verb


def test_a_french_compound_past_with_etre_is_a_past_cue():
    # 2021-11-12 is a Friday: a reflexive verb or one of motion in the past looks back
    assert only("Le cessez-le-feu est entré en vigueur dimanche.", "fr", "2021-11-12").value == "2021-11-07"
    assert [v for _, v in values("Cela s'est produit dans la nuit du 3 au 4 mars.", "fr", "2021-11-12")] == [
        "2021-03-03", "2021-03-04"]
    # a present passive tells nothing: the nearest Sunday
    assert only("Le vote est attendu dimanche.", "fr", "2021-11-12").value == "2021-11-14"


def test_a_weekday_in_apposition_to_a_full_date_names_that_date():
    assert values("The talks, held on Oct. 13, 1989, a Friday, failed.", "en", "2019-09-11") == [
        ("Oct. 13, 1989", "1989-10-13"), ("Friday", "1989-10-13")]
    assert values("Le 13 octobre 1989, un vendredi, les négociations ont échoué.", "fr", "2019-09-11")[-1] == (
        "vendredi", "1989-10-13")
    # a weekday the date does not fall on names nothing
    assert values("Held on Oct. 14, 1989, a Friday, they failed.", "en", "2019-09-11") == [
        ("Oct. 14, 1989", "1989-10-14")]


def test_a_weekday_opening_a_sentence_takes_the_tense_of_its_verb_further_on():
    # 1998-09-11 is a Friday; "said" stands past the words read first
    text = "On Sunday, Tanzanian police and FBI agents said they had made discoveries."
    assert only(text, "en", "1998-09-11").value == "1998-09-06"
    # ...the verb nearest to it, not a future said after it
    text = "On Sunday, at the end of a long meeting in Dar es Salaam, the ministers said they would be ready."
    assert only(text, "en", "1998-09-11").value == "1998-09-06"


def test_the_verb_right_before_a_date_outweighs_another_clause_s_verb_right_after_it():
    # "takes effect on" governs the date; "was passed" after the comma is the main clause's
    assert only("The law, which takes effect on Jan. 1, was passed by parliament.", "en",
                "2021-06-15").value == "2022-01-01"


def test_the_tense_of_a_closing_reporting_clause_is_not_that_of_the_dates_before_it():
    # 2024-03-08 is a Friday: the strike goes on until the coming Sunday, though "a annoncé" stands right after it
    text = "La grève devrait se poursuivre jusqu'à dimanche, a annoncé la direction vendredi matin."
    assert values(text, "fr", "2024-03-08")[0] == ("dimanche", "2024-03-10")


def test_a_date_after_since_is_behind_whatever_the_tense_around():
    # 2025-08-14 is a Thursday: what has lasted since Monday began last Monday, though a
    # future verb stands nearer than any past one
    assert values("The road, closed since Monday, will reopen on Friday.", "en", "2025-08-14") == [
        ("Monday", "2025-08-11"), ("Friday", "2025-08-15")]
    assert values("La grève, qui prendra fin vendredi, paralyse le port depuis lundi.", "fr", "2025-08-14") == [
        ("vendredi", "2025-08-15"), ("lundi", "2025-08-11")]
    # a day and month: the last one, not the coming one
    assert only("Le port restera fermé, comme il l'est depuis le 20 août.", "fr", "2025-08-14").value == "2024-08-20"


def test_a_french_past_participle_after_a_comma_is_a_past_cue():
    # 2025-03-05 is a Wednesday: what the text was through on Tuesday lies behind, though
    # the sentence goes on in the future
    text = "Le texte, adopté mardi par les députés, sera examiné au Sénat."
    assert only(text, "fr", "2025-03-05").value == "2025-03-04"
    # a participle saying what is planned still looks ahead
    assert only("La réunion, prévue mardi, aura lieu à Paris.", "fr", "2025-03-05").value == "2025-03-11"


def test_a_thing_due_on_a_weekday_is_ahead():
    # 2021-11-12 is a Friday
    assert only("The summit is due on Thursday.", "en", "2021-11-12").value == "2021-11-18"
    assert only("Talks are due to resume on Thursday.", "en", "2021-11-12").value == "2021-11-18"


def test_words_that_only_look_ahead_are_not_future_cues():
    # 1999-05-07 is a Friday: "until" bounds a stretch of time in either tense
    assert only("Until Thursday, they had not called Kopp a suspect.", "en", "1999-05-07").value == "1999-05-06"
    # "planned" as an adjective tells nothing; a plan "to" or "for" a day does
    text = "On Friday, when she set aside vacation plans for the hastily planned trip, officials met."
    assert only(text, "en", "1998-08-17").value == "1998-08-14"
    assert only("The team planned to leave on Thursday.", "en", "1998-09-30").value == "1998-10-01"


def test_a_verb_governs_the_range_it_opens():
    # written in September: "se tiendra du 24 au 26 juin" is next June, both days
    text = "Le verdict se tiendra du 24 au 26 juin devant la même cour."
    assert values(text, "fr", "2021-09-08") == [("24", "2022-06-24"), ("26 juin", "2022-06-26")]
    # written in November: a meeting held at the end of December is last year's
    assert values("They met from 29 to 31 December.", "en", "2021-11-12") == [
        ("29", "2020-12-29"), ("31 December", "2020-12-31")]
    assert values("Ils se sont réunis du 29 au 31 décembre.", "fr", "2021-11-12")[-1] == ("31 décembre", "2020-12-31")


def test_a_postponement_looks_ahead_only_to_the_date_it_moves_to():
    # written in late October: the date a vote moved from is behind, the one it moved to ahead
    assert only("The referendum was postponed from April because of the pandemic.", "en", "2020-10-27").value == "2020-04"
    assert only("The referendum was postponed until April because of the pandemic.", "en", "2020-10-27").value == "2021-04"
    assert only("Le sommet a été repoussé au 3 mars.", "fr", "2020-10-27").value == "2021-03-03"


def test_capitalised_words_ending_in_ed_are_not_past_verbs():
    # 2000-04-05 is a Wednesday; with no tense, the nearest Thursday
    text = "The delegation arrives in the United States Thursday."
    assert only(text, "en", "2000-04-05").value == "2000-04-06"


@pytest.mark.parametrize("rule,year,expected", [
    ("easter", 2000, date(2000, 4, 23)), ("easter", 2038, date(2038, 4, 25)),  # latest possible Easter
    ("easter", 2285, date(2285, 3, 22)), ("easter+49", 1999, date(1999, 5, 23)),  # earliest; Pentecost
    ("11:4#4", 1999, date(1999, 11, 25)), ("11:1#1+1", 1998, date(1998, 11, 3)),  # Thanksgiving; US election
    ("05:1#-1", 2000, date(2000, 5, 29)), ("12-25", 2001, date(2001, 12, 25)),
])
def test_holiday_rules(rule, year, expected):
    assert holiday_date(rule, year) == expected


@pytest.mark.parametrize("code", language.available())
def test_every_holiday_rule_of_every_table_names_a_day_each_year(code):
    for rule in language.load(code).words.get("holiday", {}).values():
        assert all(holiday_date(rule, year) for year in range(1900, 2101)), rule


def test_holidays_resolve_like_dates_without_a_year():
    assert only("Elian was found Thanksgiving Day clinging to a tube.", "en", "2000-01-07").value == "1999-11-25"
    assert only("Protesters prayed as Easter week began.", "en", "2000-04-17").value == "2000-W16"
    assert only("C'est en cette fête de Pentecôte que se tiendra la fête.", "fr", "1999-05-18").value == "1999-05-23"
    assert only("à la Toussaint 2015", "fr").value == "2015-11-01"
    assert only("at Christmas", "en").value == "XXXX-12-25"
    # the hyphen makes the day the name of the holiday, still without a year
    assert only("Le défilé du 14-Juillet a été annulé.", "fr", "2020-08-01").value == "2020-07-14"
    assert only("Les syndicats ont défilé le 1er-Mai.", "fr", "2020-08-01").value == "2020-05-01"
    assert only("la commémoration du 8-Mai 1945", "fr").value == "1945-05-08"


@pytest.mark.parametrize("text,lang", [
    ("He flew to Christmas Island.", "en"),
    ("Noël Mamère a voté contre.", "fr"),
    ("Toussaint Louverture est né à Saint-Domingue.", "fr"),
    ("Il part pour l'île de Pâques.", "fr"),
])
def test_names_that_start_with_a_holiday_are_not_dates(text, lang):
    assert tag(text, lang=lang, dct="2019-09-09") == []


def test_the_night_between_two_days_is_the_first_days():
    # 1999-08-27 is a Friday
    text = "Les voitures ont brûlé dans la nuit de lundi à mardi."
    assert values(text, "fr", "1999-08-27") == [("la nuit de lundi à mardi", "1999-08-23TNI")]


def test_the_first_day_of_a_range_takes_the_month_written_after_the_last():
    assert values("Stage du 19 au 23 juillet.", "fr", "1999-07-16") == [("19", "1999-07-19"), ("23 juillet", "1999-07-23")]
    assert values("les 24 et 25 avril 2019", "fr") == [("24", "2019-04-24"), ("25 avril 2019", "2019-04-25")]
    assert values("on 24 and 25 April 1999", "en") == [("24", "1999-04-24"), ("25 April 1999", "1999-04-25")]
    # ...every day of a list, too
    assert values("les 22, 23 et 24 décembre", "fr", "2023-11-14") == [
        ("22", "2023-12-22"), ("23", "2023-12-23"), ("24 décembre", "2023-12-24")]
    assert values("on 22, 23 and 24 December", "en", "2023-11-14") == [
        ("22", "2023-12-22"), ("23", "2023-12-23"), ("24 December", "2023-12-24")]
    # with weekdays, each of which must agree with its day (3 and 5 March 2025 are a Monday and a Wednesday)
    assert values("Le vote aura lieu du lundi 3 au mercredi 5 mars.", "fr", "2025-01-10") == [
        ("lundi 3", "2025-03-03"), ("mercredi 5 mars", "2025-03-05")]


def test_the_end_of_a_range_does_not_precede_its_start():
    # written on 8 September 2021: a season to June is next June, a festival to 2 January next January
    assert values("L'exposition dure du 8 septembre au 29 juin.", "fr", "2021-09-08")[-1] == ("29 juin", "2022-06-29")
    assert values("The festival runs from December 29 to January 2.", "en", "2021-09-08")[-1] == (
        "January 2", "2022-01-02")


def test_a_range_of_two_values_is_one_interval_as_precise_as_its_coarser_end():
    assert interval("2019-08-24/2019-08-26") == (date(2019, 8, 24), date(2019, 8, 26), "day")
    assert interval("2014/2016-06") == (date(2014, 1, 1), date(2016, 6, 30), "year")
    assert interval("2019-08-26/2019-08-24") is None  # ends before it starts
    assert interval("2019-08-24/XXXX-08-26") is None


def test_the_last_day_of_a_range_takes_the_month_and_year_written_before():
    assert values("The summit on April 24-25, 1999 ended.", "en") == [("April 24", "1999-04-24"), ("25, 1999", "1999-04-25")]
    assert values("It is held on April 24 and 25.", "en", "1999-02-10")[-1] == ("25", "1999-04-25")
    assert values("from March 3 to 15 in Geneva", "en", "1999-02-10")[-1] == ("15", "1999-03-15")
    assert values("on December 22, 23 and 24, the union said", "en", "2023-11-14") == [
        ("December 22", "2023-12-22"), ("23", "2023-12-23"), ("24", "2023-12-24")]


def test_the_unit_before_or_after_the_date_under_discussion():
    assert values("In 2023 it rose, up from 54 the year before.", "en", "2024-02-02")[-1] == ("the year before", "2022")
    assert values("En mars 2023, il est parti ; le mois d'après, il est revenu.", "fr", "2024-02-02")[-1] == (
        "le mois d'après", "2023-04")
    # before a noun, "before" counts from that noun, which is no date
    assert values("In 2023 it rose; the year before the war it fell.", "en", "2024-02-02") == [("2023", "2023")]


def test_a_clock_time_with_its_zone_before_its_day_is_one_expression():
    assert values("Synopsys will hold a call at 8 a.m. ET on Wednesday.", "en", "2024-01-15") == [
        ("8 a.m. ET on Wednesday", "2024-01-17T08:00")]


def test_a_number_after_a_date_is_no_day_unless_it_continues_the_date():
    assert values("On March 3 and 4 people died.", "en", "1999-02-10") == [("March 3", "1999-03-03")]
    assert values("On March 30 and 4 more.", "en", "1999-02-10") == [("March 30", "1999-03-30")]
    assert values("On March 3, 5 people and 6 dogs", "en", "1999-02-10") == [("March 3", "1999-03-03")]
    assert values("On March 3, 5 and 6 people died.", "en", "1999-02-10") == [("March 3", "1999-03-03")]
    assert values("between 20 and 25 days", "en")[0][0] != "25"


def test_that_year_is_the_period_of_the_date_under_discussion():
    text = "She fled in June 1998 and returned to Cuba later that year."
    assert values(text, "en", "2000-01-28")[-1] == ("later that year", "1998")
    assert values("Il est arrivé en mars 1998. Cette année-là, il a voté.", "fr")[-1] == ("Cette année-là", "1998")
    # a year names no month: "that month" is not given one
    assert values("In 1998 he left. That month he voted.", "en") == [("1998", "1998")]


@pytest.mark.parametrize("text,lang,expected", [
    ("Ils se verront ce week-end.", "fr", ("ce week-end", "DATE", "2021-W45-WE")),
    ("Le week-end dernier, il a plu.", "fr", ("Le week-end dernier", "DATE", "2021-W44-WE")),
    ("They will meet next weekend.", "en", ("next weekend", "DATE", "2021-W46-WE")),
    ("The museum opens every weekend.", "en", ("every weekend", "SET", "XXXX-WXX-WE")),
    # with no word to place it, "the weekend" is a length, as the TimeML corpora annotate it
    ("He spent the weekend in Moscow.", "en", ("the weekend", "DURATION", "P2D")),
])
def test_weekends(text, lang, expected):
    # 2021-11-12 is the Friday of ISO week 45
    assert [(t.text, t.type, t.value) for t in tag(text, lang=lang, dct="2021-11-12")] == [expected]


def test_the_following_weekend_is_the_first_after_the_date_under_discussion():
    # 2023-07-18 is a Tuesday, 2023-07-22 a Saturday
    assert values("The fire broke out on July 18 and spread over the following weekend.", "en", "2023-07-28")[-1] == (
        "the following weekend", "2023-W29-WE")
    assert values("Le feu a pris le 22 juillet et s'est étendu le week-end suivant.", "fr", "2023-07-28")[-1] == (
        "le week-end suivant", "2023-W30-WE")


def test_a_weekend_is_its_saturday_and_sunday():
    assert interval("2021-W45-WE") == (date(2021, 11, 13), date(2021, 11, 14), "week")


def test_the_week_of_a_date_is_that_week():
    assert only("a court hearing the week of March 6", "en", "2000-02-24").value == "2000-W10"
    assert only("la semaine du 6 mars", "fr", "2000-02-24").value == "2000-W10"


def test_hours_counted_from_an_event_are_a_length():
    t = only("Just over an hour later, he was declared dead.", "en", "1998-10-25")
    assert (t.type, t.value, t.mod) == ("DURATION", "PT1H", "MORE_THAN")
    assert [(t.type, t.value) for t in tag("for at least two more weeks", lang="en")] == [("DURATION", "P2W")]


def test_days_counted_from_a_recent_date_are_a_date_and_from_nothing_near_a_length():
    text = "He was arrested on March 3.\n\nThree days later, he was charged."
    assert values(text, "en", "1999-03-20")[-1] == ("Three days later", "1999-03-06")
    far = "Il a été arrêté le 3 mars.\n\nIl y a vécu.\n\nLe tribunal a siégé.\n\nIl serait libre sept jours plus tard."
    assert [(t.text, t.type, t.value) for t in tag(far, lang="fr", dct="1999-03-20")][-1] == (
        "sept jours plus tard", "DURATION", "P7D")
    assert [(t.type, t.value) for t in tag("Two days earlier, police had searched it.", lang="en",
                                           dct="1999-03-20")] == [("DURATION", "P2D")]


@pytest.mark.parametrize("text,lang,expected", [
    ("He was named president in 1985 and chairman two years later.", "en", ("two years later", "DATE", "1987")),
    # one year from a month or a quarter is the same month or quarter of the next or last year
    ("Profit fell from $12 million in the third quarter of 1988 to $9 million a year later.", "en",
     ("a year later", "DATE", "1989-Q3")),
    ("Au troisième trimestre 2018, le chiffre a baissé. Un an plus tôt, il montait.", "fr",
     ("Un an plus tôt", "DATE", "2017-Q3")),
    ("He was named in March 1985 and chairman two years later.", "en", ("two years later", "DATE", "1987")),
    ("En mars 2018, il est élu. Trois mois plus tard, il démissionne.", "fr", ("Trois mois plus tard", "DATE", "2018-06")),
    # a year names no month to count months from
    ("En 2017, il est élu. Six mois plus tard, il démissionne.", "fr", ("Six mois plus tard", "DURATION", "P6M")),
    # "later than planned" measures a delay: the count is a length, not a date
    ("The plant opened in 2017, a year later than planned.", "en", ("a year", "DURATION", "P1Y")),
    ("L'usine a ouvert en 2017, un an plus tard que prévu.", "fr", ("un an", "DURATION", "P1Y")),
    ("La sonde est arrivée en 2017, deux mois plus tôt que prévu.", "fr", ("deux mois", "DURATION", "P2M")),
])
def test_units_counted_from_a_recent_period_at_least_as_precise(text, lang, expected):
    assert [(t.text, t.type, t.value) for t in tag(text, lang=lang, dct="2019-09-09")][-1] == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("In 1995, sales rose. The following year, they fell.", "en", ("The following year", "1996")),
    ("In March 1995, sales rose. The previous month, they fell.", "en", ("The previous month", "1995-02")),
    ("On March 3, 1999, they met. The following Monday, they signed.", "en", ("following Monday", "1999-03-08")),
    # looking forward from a period starts after its end
    ("In 1998 he was elected. The following spring he resigned.", "en", ("following spring", "1999-SP")),
    ("En 1995, les ventes ont augmenté. L'année précédente, elles avaient baissé.", "fr",
     ("L'année précédente", "1994")),
    ("Le 3 mars 1999, ils se sont vus. Le mardi suivant, ils ont signé.", "fr", ("mardi suivant", "1999-03-09")),
    # no date named before: seen from the document date
    ("The previous year, sales fell.", "en", ("The previous year", "2018")),
])
def test_previous_and_following_look_from_the_date_under_discussion(text, lang, expected):
    assert values(text, lang, "2019-10-15")[-1] == expected


def test_previous_and_following_name_nothing_finer_than_the_date_under_discussion():
    assert values("In March 1999 he left. The following week he came back.", "en", "2019-10-15") == [
        ("March 1999", "1999-03")]


def test_the_eve_of_an_event_is_not_the_eve_of_the_last_date_named():
    # the opening is not the date just named: which day it was, the text does not say
    text = "L'accord fut conclu le 12 décembre 2015.\n\nLa veille de l'ouverture, des milliers ont défilé."
    assert values(text, "fr", "2018-12-03") == [("12 décembre 2015", "2015-12-12")]
    text = "Le 12 décembre 2015, l'accord fut conclu. Au lendemain du vote, le président a parlé."
    assert values(text, "fr", "2018-12-03") == [("12 décembre 2015", "2015-12-12")]


@pytest.mark.parametrize("text,lang,expected", [
    ("Le 3 mai, il a parlé. Il est arrivé la veille du 14 juillet.", "fr", ("la veille du 14 juillet", "1999-07-13")),
    ("Le 3 mai, il a parlé. Il est parti au lendemain de Noël.", "fr", ("lendemain de Noël", "1998-12-26")),  # a past departure, written in August
    ("On May 3 he spoke. He arrived the day before July 14.", "en", ("the day before July 14", "1999-07-13")),
    ("On May 3 he spoke. The day before last Tuesday's hearing, he left.", "en",
     ("The day before last Tuesday", "1999-08-16")),
])
def test_a_day_counted_from_the_date_written_after_it(text, lang, expected):
    assert values(text, lang, "1999-08-19")[-1] == expected


def test_a_day_counted_from_a_date_of_unknown_year_is_unknown():
    assert values("la veille du 14 juillet", "fr") == [("la veille du 14 juillet", "XXXX-XX-XX")]


def test_the_day_before_an_event_is_not_the_day_before_the_last_date():
    text = "He was last seen Nov. 3, the day before authorities issued a warrant."
    assert values(text, "en", "1999-05-07") == [("Nov. 3", "1998-11-03")]
    assert only("He will return the day after tomorrow.", "en", "1999-05-07").value == "1999-05-09"


def test_centuries_in_roman_numerals_and_the_middle_of_a_decade():
    assert only("Au XXIe siècle, tout change.", "fr").value == "20XX"
    assert tag("Louis XIV a régné.", lang="fr") == []
    t = only("au milieu des années 80", "fr")
    assert (t.value, t.mod) == ("198X", "MID")


def test_quarters_and_halves_of_a_year():
    assert only("Sales fell in the third quarter.", "en", "1999-11-07").value == "1999-Q3"
    assert only("in the first half of 1999", "en").value == "1999-H1"
    assert only("au premier semestre 1999", "fr").value == "1999-H1"
    assert interval("1999-H2") == (date(1999, 7, 1), date(1999, 12, 31), "half")
    # a half-year counted from the document date is a half, not a month
    assert only("le semestre dernier", "fr", "2019-10-15").value == "2019-H1"
    assert only("ce semestre", "fr", "2019-10-15").value == "2019-H2"
    assert tag("the first time", lang="en") == []
    # the quarter or half under way lies neither behind nor ahead, whatever the tense, as a month does
    assert only("It said it expected fourth-quarter sales of $4.6 billion.", "en", "2023-10-25").value == "2023-Q4"
    assert only("Les ventes ont reculé au second semestre.", "fr", "2023-10-25").value == "2023-H2"
    assert only("Sales fell in the fourth quarter of last year.", "en", "2023-10-25").value == "2022-Q4"


def test_the_last_part_of_a_named_year_and_short_forms_of_quarters():
    assert only("Growth slowed in the last quarter of 2020.", "en", "2021-11-12").value == "2020-Q4"
    assert only("the final quarter of last year", "en", "2021-11-12").value == "2020-Q4"
    assert only("au dernier semestre 2020", "fr").value == "2020-H2"
    assert only("au dernier trimestre de l'année dernière", "fr", "2021-11-12").value == "2020-Q4"
    assert only("Profit rose in Q3 2020.", "en").value == "2020-Q3"
    assert only("Au S1 2021, les ventes ont baissé.", "fr").value == "2021-H1"
    assert tag("The H1N1 virus spread.", lang="en") == []
    # alone, the last quarter is the one before the document's
    assert only("Revenue rose in the last quarter.", "en", "2021-11-12").value == "2021-Q3"


def test_the_current_period_and_a_year_written_before_its_quarter():
    assert values("Sales should recover in the current quarter.", "en", "2021-11-12") == [
        ("the current quarter", "2021-Q4")]
    assert values("Le trimestre en cours sera difficile, comme l'année en cours.", "fr", "2021-11-12") == [
        ("Le trimestre en cours", "2021-Q4"), ("l'année en cours", "2021")]
    assert tag("Les dossiers en cours seront traités.", lang="fr") == []
    assert values("Profit in the 2020 fourth quarter rose.", "en") == [("the 2020 fourth quarter", "2020-Q4")]


def test_a_count_of_units_from_the_start_of_a_period_is_a_length():
    assert [(t.text, t.type, t.value) for t in tag("For the first nine months, sales rose.", lang="en")] == [
        ("the first nine months", "DURATION", "P9M")]
    assert [(t.text, t.type, t.value) for t in tag("Au cours des neuf premiers mois, les ventes ont reculé.",
                                                    lang="fr")] == [("des neuf premiers mois", "DURATION", "P9M")]


@pytest.mark.parametrize("text,lang,value", [
    ("On March 3 last year, he left.", "en", "2020-03-03"),
    ("He left in May of last year.", "en", "2020-05"),
    ("He will return in late June next year.", "en", "2022-06"),
    ("Le 3 mars de l'an passé, il est parti.", "fr", "2020-03-03"),
    ("Il est parti en mars l'an dernier.", "fr", "2020-03"),
    ("Il reviendra fin juin l'année prochaine.", "fr", "2022-06"),
])
def test_a_date_with_the_year_counted_from_the_document_date(text, lang, value):
    assert only(text, lang, "2021-11-12").value == value


def test_nights_and_evenings_of_the_days_they_belong_to():
    assert only("He spoke last night.", "en", "1999-05-07").value == "1999-05-06"
    text = "The talks opened on March 3. That night, they broke down."
    assert values(text, "en", "1999-05-07")[-1] == ("That night", "1999-03-03")
    text = "Il est arrivé le 3 mars. Ce soir-là, il a parlé."
    assert values(text, "fr", "1999-05-07")[-1] == ("Ce soir-là", "1999-03-03TEV")


def test_durations_and_sets():
    assert [(t.type, t.value) for t in tag("pendant deux ans", lang="fr")] == [("DURATION", "P2Y")]
    assert [(t.type, t.value) for t in tag("for 30 minutes", lang="en")] == [("DURATION", "PT30M")]
    assert [(t.type, t.value) for t in tag("chaque lundi", lang="fr")] == [("SET", "XXXX-WXX-1")]
    assert [(t.type, t.value) for t in tag("every year", lang="en")] == [("SET", "P1Y")]
    assert [(t.type, t.value) for t in tag("passé depuis des années par le détroit", lang="fr")] == [("DURATION", "PXY")]
    coming = only("in the coming years", "en", "1999-05-07")
    assert (coming.type, coming.value) == ("DURATION", "PXY")
    few = only("over the last few years", "en")
    assert (few.type, few.value) == ("DURATION", "PXY")


@pytest.mark.parametrize("text,lang,expected", [
    ("Quarante-huit heures après, tout était fini.", "fr", [("Quarante-huit heures", "PT48H")]),
    ("soixante et onze jours, puis quatre-vingt-dix-neuf ans", "fr",
     [("soixante et onze jours", "P71D"), ("quatre-vingt-dix-neuf ans", "P99Y")]),
    ("The forty-eight hour strike", "en", [("forty-eight hour", "PT48H")]),
    # a number joined to a larger one is a range, not one number
    ("entre deux et trois ans", "fr", [("deux", "P2Y"), ("trois ans", "P3Y")]),
    ("twenty-five to thirty years", "en", [("twenty-five", "P25Y"), ("thirty years", "P30Y")]),
])
def test_numbers_written_in_words_join_tens_and_units(text, lang, expected):
    assert values(text, lang) == expected


def test_an_elided_modifier_before_a_count():
    ago = only("Il y a plus d'un an, il est parti.", "fr", "2005-03-15")
    assert (ago.text, ago.value, ago.mod) == ("Il y a plus d'un an", "2004", "MORE_THAN")
    assert [(t.text, t.mod) for t in tag("près d'un mois, moins d’une semaine", lang="fr")] == [
        ("près d'un mois", "APPROX"), ("moins d’une semaine", "LESS_THAN")]


def test_the_word_month_before_a_month_name_belongs_to_the_date():
    assert values("Au mois d'août 2004, la ville se vidait.", "fr") == [("mois d'août 2004", "2004-08")]
    assert values("Le mois de mai dernier a été pluvieux.", "fr", "2005-03-15") == [
        ("mois de mai dernier", "2004-05")]
    assert values("durant les mois d'été 2004", "fr") == [("les mois d'été 2004", "2004-SU")]
    assert values("Trois mois de salaire.", "fr") == [("Trois mois", "P3M")]


@pytest.mark.parametrize("text,lang,expected", [
    ("dans les prochaines semaines", "fr", ("les prochaines semaines", "PXW")),
    ("au cours des derniers mois", "fr", ("des derniers mois", "PXM")),
    ("dans les années à venir", "fr", ("les années à venir", "PXY")),
])
def test_an_unspecified_number_of_units_up_to_or_from_now(text, lang, expected):
    t = only(text, lang, "1999-05-07")
    assert (t.text, t.type, t.value) == (expected[0], "DURATION", expected[1])


@pytest.mark.parametrize("text,lang,expected", [
    ("He left a few days ago.", "en", ("a few days ago", "PAST_REF")),
    ("Il y a plusieurs années, il vivait ici.", "fr", ("Il y a plusieurs années", "PAST_REF")),
    ("Il reviendra dans quelques semaines.", "fr", ("dans quelques semaines", "FUTURE_REF")),
])
def test_some_units_ago_is_a_past_date_of_no_known_day(text, lang, expected):
    # "a few days ago" is a moment before the document date, not a length, nor one day ago
    t = only(text, lang, "1999-05-07")
    assert (t.text, t.type, t.value) == (expected[0], "DATE", expected[1])


@pytest.mark.parametrize("text,expected", [
    ("Il y a une dizaine de jours, le sommet avait lieu.", ("Il y a une dizaine de jours", "DATE", "2019-09-01")),
    ("Il reviendra dans une quinzaine de jours.", ("dans une quinzaine de jours", "DATE", "2019-09-26")),
    ("Il a régné pendant une vingtaine d'années.", ("une vingtaine d'années", "DURATION", "P20Y")),
])
def test_a_round_count_is_about_that_many_units(text, expected):
    t = only(text, "fr", "2019-09-11")
    assert (t.text, t.type, t.value, t.mod) == (*expected, "APPROX")


def test_a_round_count_of_years_after_a_person_is_an_age_and_of_things_no_date():
    assert tag("Une femme d'une trentaine d'années est tombée.", lang="fr", dct="2019-09-11") == []
    assert tag("Une dizaine de délégués ont manifesté.", lang="fr", dct="2019-09-11") == []


def test_an_approximate_count_ago_keeps_its_modifier():
    t = only("about two years ago", "en", "2019-09-11")
    assert (t.value, t.mod) == ("2017", "APPROX")


def test_a_count_ago_to_the_day_is_that_day():
    assert values("Il y a un an jour pour jour, le sommet avait lieu.", "fr", "2019-09-11") == [
        ("Il y a un an jour pour jour", "2018-09-11")]
    # a month without that day gives its last
    assert values("It happened six months ago to the day.", "en", "2020-08-31") == [("six months ago", "2020-02-29")]


def test_the_past_unit_is_the_stretch_up_to_now_not_the_calendar_unit_before():
    # written in October 1998, "the past decade" is not the 1980s, nor "the past year" 1997
    assert [(t.type, t.value) for t in tag("over the past decade", lang="en", dct="1998-10-25")] == [("DURATION", "P10Y")]
    assert [(t.type, t.value) for t in tag("in the past year", lang="en", dct="1998-10-25")] == [("DURATION", "P1Y")]
    assert only("last year", "en", "1998-10-25").value == "1997"
    assert only("over the past weeks", "en", "1998-10-25").value == "PXW"


@pytest.mark.parametrize("text,lang,value", [
    ("then about 5 1/2 hours in Nairobi", "en", "PT5H30M"), ("an hour and a half", "en", "PT1H30M"),
    ("two and a half years", "en", "P2.5Y"), ("deux heures et demie", "fr", "PT2H30M"),
    ("un mois et demi", "fr", "P1.5M"),
])
def test_durations_with_a_half(text, lang, value):
    assert only(text, lang).value == value


def test_a_fraction_needs_a_number_before_it():
    assert values("a 1/2 hour", "en") == []


def test_times_of_day_take_the_day_under_discussion():
    assert values("Samedi 5 juin 1999, à 17 h 45.", "fr")[-1] == ("17 h 45", "1999-06-05T17:45")
    assert only("at 10:35 a.m.", "en", "1998-08-07").value == "1998-08-07T10:35"
    assert only("ce soir", "fr", "1999-05-20").value == "1999-05-20TEV"
    # the day under discussion carries over from the sentence before
    text = "The embassy was bombed on Aug. 7. The blast came at 10:35 a.m."
    assert values(text, "en", "1998-08-09")[-1] == ("10:35 a.m.", "1998-08-07T10:35")


@pytest.mark.parametrize("text,lang,expected", [
    ("Il est parti à 20 heures.", "fr", ("20 heures", "TIME", "1999-06-05T20:00")),
    ("Il est rentré à 10 h 30 du soir.", "fr", ("10 h 30 du soir", "TIME", "1999-06-05T22:30")),
    ("Le feu a pris vers 2 heures de la nuit.", "fr", ("2 heures de la nuit", "TIME", "1999-06-05T02:00")),
    ("L'avion a atterri aux alentours de 18 heures.", "fr", ("18 heures", "TIME", "1999-06-05T18:00")),
    ("Il est arrivé peu avant 9 heures.", "fr", ("9 heures", "TIME", "1999-06-05T09:00")),
    ("Une garde à vue de 8 heures.", "fr", ("8 heures", "DURATION", "PT8H")),
    ("He will leave at 4 in the morning.", "en", ("4 in the morning", "TIME", "1999-06-05T04:00")),
    ("It ended at 10 o'clock at night.", "en", ("10 o'clock at night", "TIME", "1999-06-05T22:00")),
    ("It began at 3 in the afternoon.", "en", ("3 in the afternoon", "TIME", "1999-06-05T15:00")),
])
def test_clock_times_in_hours_and_parts_of_the_day(text, lang, expected):
    t = only(text, lang, "1999-06-05")
    assert (t.text, t.type, t.value) == expected


def test_the_end_of_apres_midi_is_not_noon_and_last_night_is_yesterday():
    assert tag("Il est arrivé en début d'après-midi.", lang="fr", dct="1999-06-05") == []
    assert values("La nuit dernière, des tirs ont éclaté.", "fr", "1999-06-05") == [("La nuit dernière", "1999-06-04")]


def test_a_clock_time_written_before_its_day_is_one_expression():
    # 2000-04-03 is a Monday
    text = "They have until 9 a.m. EST Tuesday to sign."
    assert values(text, "en", "2000-04-03") == [("9 a.m. EST Tuesday", "2000-04-04T09:00")]
    text = "Les exactions commises entre 0 h 30 et 4 h mardi."
    assert values(text, "fr", "1999-08-27")[-1] == ("4 h mardi", "1999-08-24T04:00")
    # the day is the one written after the clock time, not the document date
    assert values("The offer expires at midnight on Dec. 31.", "en", "1999-09-04") == [
        ("midnight on Dec. 31", "1999-12-31T00:00")]
    assert values("Le vote est clos à 20 h le 3 octobre.", "fr", "1999-09-04") == [
        ("20 h le 3 octobre", "1999-10-03T20:00")]


@pytest.mark.parametrize("text,lang", [
    ("au format 2+2 avec la Russie", "fr"),
    ("more than 13,000 people", "en"),
    ("sa position et ses intérêts", "fr"),
    ("They may agree, and march on.", "en"),
    ("Il a été reçu. Ils ont été clairs.", "fr"),
    ("a 6-year-old boy", "en"),
    ("Jean Dupont, 37 ans, a témoigné.", "fr"),
    ("Agé de 54 ans, il part.", "fr"),
    ("Des ateliers pour les 6-16 ans et les enfants de 2 à 8 ans.", "fr"),
    ("Un chauffeur de bus de 38 ans a été agressé.", "fr"),
    ("le chien d'un jeune Britannique de 15 ans, atteint d'un cancer", "fr"),
    ("children 6 to 16 years old", "en"),
    ("Ils jouent une seconde fois.", "fr"),
    ("It would be a second betrayal.", "en"),
    ("l'accord du Vendredi Saint", "fr"),
    ("when Kopp was in his 30s", "en"),
    ("a man in their early 40s", "en"),
    ("a man in his late '40s", "en"),
    ("Gonzalez said on CBS's ``60 Minutes.''", "en"),
    ("Now the alliance's mission is more ambitious.", "en"),
    ("Il a marqué 256 buts en sept saisons.", "fr"),
    ("La sonde file vers Mars.", "fr"),
])
def test_things_that_are_not_dates(text, lang):
    assert tag(text, lang=lang, dct="2019-09-09") == []


@pytest.mark.parametrize("text,lang,expected", [
    ("Sturm Graz, six ans après sa victoire", "fr", [("six ans", "P6Y")]),
    ("Ils ont écopé d'une peine de 2 ans de prison.", "fr", [("2 ans", "P2Y")]),
    ("depuis plus de 10 ans, il travaille", "fr", [("plus de 10 ans", "P10Y")]),
    ("Au bout de 10 ans, il part.", "fr", [("10 ans", "P10Y")]),
])
def test_lengths_in_years_that_are_not_ages(text, lang, expected):
    assert values(text, lang, "1999-08-27") == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("des peines de 8 à 24 mois", "fr", [("8", "P8M"), ("24 mois", "P24M")]),
    ("entre deux et trois semaines", "fr", [("deux", "P2W"), ("trois semaines", "P3W")]),
    ("two to three years in prison", "en", [("two", "P2Y"), ("three years", "P3Y")]),
    ("It takes 8-10 days.", "en", [("8", "P8D"), ("10 days", "P10D")]),
    ("between 8 and 24 months", "en", [("8", "P8M"), ("24 months", "P24M")]),
])
def test_the_first_count_of_a_range_takes_the_unit_after_the_last(text, lang, expected):
    assert values(text, lang, "1999-08-27") == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("Les élections auront lieu le premier dimanche de juin.", "fr", ("le premier dimanche de juin", "1999-06-06")),
    ("la fête du dernier samedi d'août 2019", "fr", ("dernier samedi d'août 2019", "2019-08-31")),
    ("The vote will be on the first Tuesday in November.", "en", ("the first Tuesday in November", "1999-11-02")),
    ("on the last Monday of May 2000", "en", ("the last Monday of May 2000", "2000-05-29")),
])
def test_the_nth_weekday_of_a_month(text, lang, expected):
    assert values(text, lang, "1999-05-19") == [expected]


def test_last_weekday_then_a_month_is_not_the_last_weekday_of_the_month():
    assert values("He met her last Monday in May.", "en", "1999-05-19") == [
        ("last Monday", "1999-05-17"), ("May", "1999-05")]


def test_a_month_can_name_what_happened_in_it():
    assert values("evidence in the October slaying", "en", "1999-04-19") == [("October", "1998-10")]
    assert values("the May government", "en", "2018-04-19") == []


def test_a_deadline_month_in_french_is_that_month_ahead():
    assert values("Le groupe supprimera 500 emplois d'ici juin.", "fr", "2021-03-15") == [("juin", "2021-06")]
    assert values("La loi sera votée d’ici à octobre.", "fr", "2021-03-15") == [("octobre", "2021-10")]


def test_month_names_need_capitals_in_english_but_not_in_french():
    assert values("in May 2019", "en") == [("May 2019", "2019-05")]
    assert values("in may 2019", "en") == [("2019", "2019")]
    assert values("en Mai 2019", "fr") == [("Mai 2019", "2019-05")]


def test_offsets_point_at_the_text():
    text = "Le 12 novembre 2021, à Paris; puis hier."
    for t in tag(text, lang="fr", dct="2021-11-13"):
        assert text[t.start:t.end] == t.text


def test_document_date_inferred_from_a_dateline():
    found = infer_dct("Rencontre des ministres (12 novembre 2021)\n\nLes ministres ont reçu leurs homologues.", "fr")
    assert found.date == date(2021, 11, 12) and found.confidence >= found.TRUSTED
    assert "12 novembre 2021" in found.evidence


def test_document_date_inferred_from_a_dateline_opening_the_first_paragraph():
    text = "Climat\n\nKatowice, le 3 décembre 2018 — La conférence s'est ouverte dimanche, trois ans après Paris."
    assert infer_dct(text, "fr").date == date(2018, 12, 3)
    assert infer_dct("MOSCOW, March 3, 2019 (Reuters) - The talks, long planned, failed on Friday.", "en").date == \
        date(2019, 3, 3)
    # a date in the course of a sentence is not a dateline, dash or not
    text = ("The talks between the two delegations that opened in Geneva on March 3, 2019 - a Sunday - "
            "failed after three days of argument over sanctions, prisoners and the line of contact.\n\nMore.")
    assert infer_dct(text, "en").date is None


def test_document_date_inferred_from_a_publication_line_before_a_dated_headline():
    text = ("Procès des attentats du 13 novembre 2015 : le verdict attendu\n\n"
            "Publié le 8 septembre 2021 à 06h00, mis à jour le 9 septembre 2021\n\nLe procès s'ouvre ce mercredi.")
    found = infer_dct(text, "fr")
    assert found.date == date(2021, 9, 8) and "publication line" in found.evidence
    # the earliest date of the line: the page was written when first published
    text = "Fukushima, ten years on\n\nUpdated 11 March 2021, first published 10 March 2021\n\nThe town fell silent."
    assert infer_dct(text, "en").date == date(2021, 3, 10)
    text = "Banks rally\n\nLast modified on Tue 14 Mar 2023 12.05 GMT\n\nShares rose on Tuesday."
    assert "publication line" in infer_dct(text, "en").evidence
    # a sentence that opens with the same word is no publication line
    text = "Updated guidance was published on 3 March 2021.\n\nThe ministry changed little."
    assert "publication line" not in infer_dct(text, "en").evidence
    # the stamp may follow a byline on its line
    text = "Le verdict attendu\n\nPar notre correspondante — Publié le 12/05/2021 à 18h04\n\nLe procès a repris."
    assert "publication line" in infer_dct(text, "fr").evidence
    text = "Quake hits Turkey\n\nBy Jane Roe | Published 26 January 2020\n\nThe quake struck on Friday."
    assert "publication line" in infer_dct(text, "en").evidence
    # a byline may give the date with no stamp word, after Markdown emphasis
    text = "# Launch slips\n\n*By the science desk — January 20, 2024*\n\nThe launch was postponed on Saturday."
    assert infer_dct(text, "en").date == date(2024, 1, 20) and "publication line" in infer_dct(text, "en").evidence
    text = "Grève\n\nPar notre service Social | 8 mars 2023\n\nLa grève continue."
    assert "publication line" in infer_dct(text, "fr").evidence
    # ...but a sentence opening with "by" is no byline
    text = "By Tuesday the talks — set for 3 March 2021 — had collapsed, the mediators said.\n\nMore."
    assert "publication line" not in infer_dct(text, "en").evidence
    # ...but not any dash in a sentence
    text = "Rates — published on 3 March 2021 by the bank — rose sharply, traders said, in a quiet week.\n\nMore."
    assert "publication line" not in infer_dct(text, "en").evidence


def test_the_entries_of_a_chronology_do_not_date_the_document():
    text = ("Chronologie\n\n2014 : annexion de la Crimée.\n12 février 2015 : signature des accords de Minsk.\n"
            "19 août 2019 : Macron reçoit Poutine à Brégançon.\n")
    found = infer_dct(text, "fr")
    assert found.date is None and found.not_before == date(2019, 8, 19)
    # a date line on its own still does
    assert infer_dct("Talks\n\nFeb. 12, 2015\n\nThe Minsk II agreement was signed.", "en").date == date(2015, 2, 12)


def test_document_date_inferred_from_a_deictic_day():
    text = "Les ministres ont évoqué ce lundi 9 septembre à Moscou la sécurité. Il s'y rendra en mai 2020."
    assert infer_dct(text, "fr").date == date(2019, 9, 9)


def test_no_document_date_gives_a_lower_bound_not_a_date():
    found = infer_dct("Ils se sont rencontrés en août 2019. Il a parlé vendredi.", "fr")
    assert found.date is None and found.not_before == date(2019, 8, 1)


def test_a_date_told_ahead_is_no_lower_bound_of_the_document_date():
    found = infer_dct("Il est arrivé en août 2017. Son contrat prendra fin en juin 2029.", "fr")
    assert found.date is None and found.not_before == date(2017, 8, 1)
    found = infer_dct("The probe was launched in April 2023. It will reach Jupiter in July 2031.", "en")
    assert found.date is None and found.not_before == date(2023, 4, 1)
    # the end of a state may lie ahead, whatever the tense
    found = infer_dct("Mbappé s'engage avec le Real jusqu'en 2029. Il était arrivé au PSG en août 2017.", "fr")
    assert found.date is None and found.not_before == date(2017, 8, 1)


def test_never_today():
    for t in tag("hier, aujourd'hui et demain, le 3 mars", lang="fr"):
        assert str(date.today().year) not in t.value


@pytest.mark.parametrize("text,lang,expected", [
    ("Le Parlement se prononcera la semaine prochaine.", "fr", ("la semaine prochaine", "XXXX-WXX")),
    ("Il y a deux ans, il a gagné.", "fr", ("Il y a deux ans", "XXXX")),
    ("A similar strike cost shippers millions last month.", "en", ("last month", "XXXX-XX")),
    ("Profit rose this quarter.", "en", ("this quarter", "XXXX-QX")),
])
def test_with_no_document_date_a_deictic_period_keeps_its_unit_not_its_place(text, lang, expected):
    # which week or month the text cannot say; that it is one is what an undated event shows
    assert values(text, lang) == [expected]


def test_language_detected_when_not_given():
    assert only("Le sommet s'est tenu le 3 mars 1999 à Paris.", None).value == "1999-03-03"
    assert only("The summit was held in Paris on March 3, 1999.", None).value == "1999-03-03"


@pytest.mark.parametrize("text,dct,expected", [
    ("the coming winter", "1999-03-05", "1999-WI"),
    ("next summer", "1999-03-05", "1999-SU"),
    ("next summer", "1999-07-05", "2000-SU"),
    ("last summer", "1999-03-05", "1998-SU"),
    ("last summer", "1999-10-05", "1999-SU"),
    # winter belongs to the year it starts in: the one before last summer is 1998's
    ("last winter", "1999-08-27", "1998-WI"),
    ("last winter", "2000-01-15", "1998-WI"),
    ("this winter", "2000-01-15", "1999-WI"),
    ("next winter", "2000-01-15", "2000-WI"),
])
def test_seasons_relative_to_the_document_date(text, dct, expected):
    assert only(text, "en", dct).value == expected


@pytest.mark.parametrize("text,lang,dct,expected", [
    # written in March: the winter a past clause speaks of has just ended
    ("Talks continued through the winter.", "en", "2025-03-05", "2024-WI"),
    ("Les négociations se sont poursuivies tout l'hiver.", "fr", "2025-03-05", "2024-WI"),
    # written in October: the summer a future clause speaks of is next year's
    ("The summer will be hot.", "en", "2025-10-05", "2026-SU"),
    # a season over for half a year is no better guess than this year's ("hier" may be another verb's)
    ("Des législatives anticipées à l'automne semblaient probables hier.", "fr", "1999-05-21", "1999-FA"),
])
def test_a_bare_season_outside_its_time_takes_the_tense_of_its_clause(text, lang, dct, expected):
    assert values(text, lang, dct)[0][1] == expected


def test_last_winter_in_french_is_the_one_over():
    assert only("l'hiver dernier", "fr", "1999-08-27").value == "1998-WI"
    assert only("cet hiver", "fr", "1999-08-27").value == "1999-WI"


def test_dates_beyond_the_calendar_are_not_resolved():
    assert tag("la veille", lang="fr", dct="0001-01-01") == []
    assert tag("tomorrow", lang="en", dct="9999-12-31") == []


@pytest.mark.parametrize("text,lang,expected", [
    ("He arrived on June 3 and left on the 9th.", "en", [("June 3", "1999-06-03"), ("the 9th", "1999-06-09")]),
    ("The summit ran from March 3 to the 9th, when talks ended.", "en",
     [("March 3", "1999-03-03"), ("the 9th", "1999-03-09")]),
    ("Il est arrivé le 3 juin et reparti le 9.", "fr", [("3 juin", "1999-06-03"), ("9", "1999-06-09")]),
    ("En mars, il a signé le 12, puis il est parti.", "fr", [("mars", "1999-03"), ("12", "1999-03-12")]),
])
def test_a_bare_day_of_the_month_is_in_the_month_under_discussion(text, lang, expected):
    assert values(text, lang, "1999-06-20") == expected


@pytest.mark.parametrize("text,lang", [
    ("He left on the 9th.", "en"),  # no month named: the text does not say which
    ("They met on the 9th floor on June 3.", "en"),  # a rank
    ("Le 9 a marqué deux buts le 3 juin.", "fr"),  # a player's number
    ("Il est parti le 9.", "fr"),
])
def test_a_day_of_the_month_without_a_month_to_belong_to_is_no_date(text, lang):
    assert all(t.text not in ("the 9th", "9") for t in tag(text, lang=lang, dct="1999-06-20"))


def test_the_unit_after_next_is_two_units_on():
    # 1999-03-10 is in week 10
    assert only("The vote is set for the week after next.", "en", "1999-03-10").value == "1999-W12"
    assert only("They meet the month after next.", "en", "1999-11-10").value == "2000-01"
    # with no document date it is a month, which one the text does not say
    assert only("They meet the month after next.", "en").value == "XXXX-XX"


@pytest.mark.parametrize("text,lang,expected", [
    ("Results are due by year-end.", "en", ("year-end", "1999")),
    ("Month-end figures were weak.", "en", ("Month-end", "1999-03")),
    ("Il reviendra en fin d'année.", "fr", ("fin d'année", "1999")),
    ("Plus tard ce mois-ci, il partira.", "fr", ("Plus tard ce mois-ci", "1999-03")),
])
def test_the_end_of_the_current_unit(text, lang, expected):
    t = only(text, lang, "1999-03-10")
    assert (t.text, t.value, t.mod) == (*expected, "END")


def test_the_end_of_the_year_as_a_kind_of_thing_is_no_date():
    assert tag("Une fête de fin d'année.", lang="fr", dct="1999-03-10") == []


def test_earlier_this_week_in_french_is_its_start():
    t = only("Plus tôt cette semaine, le président s'est rendu à Moscou.", "fr", "1999-03-10")
    assert (t.text, t.value, t.mod) == ("Plus tôt cette semaine", "1999-W10", "START")


@pytest.mark.parametrize("text,lang,expected", [
    ("The panel met twice a week.", "en", ("twice a week", "P1W")),
    ("Inspections happen three times a year.", "en", ("three times a year", "P1Y")),
])
def test_so_many_times_a_unit_is_a_set(text, lang, expected):
    t = only(text, lang)
    assert (t.text, t.type, t.value) == (*expected[:1], "SET", expected[1])


def test_a_count_of_units_up_to_or_from_now_in_french():
    t = only("Au cours des deux prochaines années, la banque supprimera 5 000 postes.", "fr", "1999-03-10")
    assert (t.text, t.type, t.value) == ("des deux prochaines années", "DURATION", "P2Y")


@pytest.mark.parametrize("text,expected", [
    # 1999-03-10 is a Wednesday
    ("Voting ends at 8 p.m. on Sunday.", "1999-03-14T20:00"),
    ("The summit opens Monday in Paris.", "1999-03-15"),
    ("INS extended its deadline until 9 a.m. EST Tuesday.", "1999-03-16T09:00"),
    ("They postponed the vote until Friday.", "1999-03-12"),
])
def test_a_scheduled_start_end_or_new_deadline_looks_ahead(text, expected):
    assert only(text, "en", "1999-03-10").value == expected


def test_the_full_stop_after_a_month_name_ends_the_sentence_not_the_date():
    assert values("He has been detained since last August.", "en", "1999-03-10") == [("last August", "1998-08")]
    assert values("He left last Oct. 3 for Rome.", "en", "1999-03-10") == [("last Oct. 3", "1998-10-03")]


@pytest.mark.parametrize("text,expected", [
    ("The launch is set for 1430 GMT.", [("1430 GMT", "TIME", "1999-03-10T14:30")]),
    ("The launch is set for 1930 GMT on Friday.", [("1930 GMT on Friday", "TIME", "1999-03-12T19:30")]),
    # in brackets it repeats the local time
    ("The plane landed at 3:30 p.m. local time (1930 GMT).", [("3:30 p.m.", "TIME", "1999-03-10T15:30")]),
])
def test_four_digits_before_a_time_zone_are_a_clock_time_not_a_year(text, expected):
    assert [(t.text, t.type, t.value) for t in tag(text, lang="en", dct="1999-03-10")] == expected


def test_a_french_verb_governs_the_pair_of_days_after_les():
    # written in March: "prévu les 9 et 10 décembre" is next December, not the last one
    assert values("Le sommet, prévu les 9 et 10 décembre, est reporté.", "fr", "2020-03-10") == [
        ("9", "2020-12-09"), ("10 décembre", "2020-12-10")]


@pytest.mark.parametrize("text,expected", [
    ("La veille au soir, il avait dîné avec Poutine.", ("La veille au soir", "2020-03-09TEV")),
    ("Mardi 3 mars au matin, les troupes sont entrées.", ("Mardi 3 mars au matin", "2020-03-03TMO")),
    ("Lundi au soir, il est parti.", ("Lundi au soir", "2020-03-09TEV")),
])
def test_the_part_of_the_day_after_au_belongs_to_the_day(text, expected):
    t = only(text, "fr", "2020-03-10")
    assert (t.text, t.type, t.value) == (*expected[:1], "TIME", expected[1])


def test_words_read_ahead_of_a_match_do_not_open_one():
    # a bracket inside a character class of a look-ahead must not end it early
    table = {"language": "xx", "words": {"month": {"june": 6}},
             "pattern": [{"re": "{month}(?=\\s*[,.)]|\\s+(?:and|with)\\b)"}]}
    compiled = language._compile(table)
    assert "june" in compiled.triggers and not {"and", "with"} & compiled.triggers


def test_only_the_words_a_pattern_can_open_with_open_a_match():
    table = {"language": "xx", "words": {"month": {"june": 6}, "day": {"monday": 1}},
             "pattern": [{"re": "(?:the\\s+|on\\s+)?{day}\\s+of\\s+{month}"},
                         {"re": "{week_of:week\\s+of}\\s+{month}|(?-i:early|late)\\s+{month}\\s+[ap]m"}]}
    compiled = language._compile(table)
    assert {"the", "on", "monday", "june", "week", "early", "late"} <= compiled.triggers
    assert not {"of", "am", "ap", "pm"} & compiled.triggers
    assert "of" in compiled.date_words  # still a word that may follow "the" inside a date


@pytest.mark.parametrize("text,lang,expected", [
    ("A report published in the first week of March warned of floods.", "en",
     ("the first week of March", "1999-03", "START")),
    ("Talks are planned for the last week of June.", "en", ("the last week of June", "1999-06", "END")),
    ("La réunion aura lieu la première semaine de septembre.", "fr",
     ("la première semaine de septembre", "1999-09", "START")),
    ("Il est parti la dernière semaine d'octobre 1998.", "fr", ("la dernière semaine d'octobre 1998", "1998-10", "END")),
    ("Il est parti à la fin d'août 1998.", "fr", ("à la fin d'août 1998", "1998-08", "END")),
])
def test_the_first_or_last_week_of_a_month_is_its_start_or_end(text, lang, expected):
    t = only(text, lang, "1999-03-10")
    assert (t.text, t.value, t.mod) == expected


@pytest.mark.parametrize("text,lang", [
    ("The report was published in March.", "en"),
    ("Le rapport a été publié en mars.", "fr"),
])
def test_a_past_clause_may_name_the_month_under_way(text, lang):
    # written on 12 March: March is this March, not last year's
    assert only(text, lang, "1999-03-12").value == "1999-03"
    assert only(text.replace("March", "last March").replace("en mars", "en mars dernier"), lang,
                "1999-03-12").value == "1998-03"


@pytest.mark.parametrize("text,lang", [
    ("Talks will be held in the last week of September.", "en"),
    ("La réunion aura lieu la dernière semaine de septembre.", "fr"),
])
def test_the_last_week_of_a_month_is_no_past_tense(text, lang):
    assert only(text, lang, "1999-03-10").value == "1999-09"


def test_a_holiday_is_named_with_capitals_and_a_common_phrase_is_none():
    assert values("He voted on Election Day.", "en", "2025-10-02") == [("Election Day", "2024-11-05")]
    assert values("In Sweden, polls close on election day.", "en", "2025-10-02") == []


@pytest.mark.parametrize("text,lang,expected", [
    # 2020-01-26 is a Sunday: the report is Saturday's, the quake Friday's
    ("The quake struck on Friday evening, officials said Saturday. It hit at 8:55 p.m. near Sivrice.", "en",
     ("8:55 p.m.", "2020-01-24T20:55")),
    ("Le séisme a frappé vendredi soir, a indiqué samedi la préfecture. Il est survenu à 20h55.", "fr",
     ("20h55", "2020-01-24T20:55")),
    ("Police arrested him on Friday, a spokesman said Saturday. The next day he was freed.", "en",
     ("The next day", "2020-01-25")),
])
def test_a_reporting_clause_dates_the_report_not_the_day_under_discussion(text, lang, expected):
    assert values(text, lang, "2020-01-26")[-1] == expected


@pytest.mark.parametrize("text,lang", [
    ("Pogacar won the Tour on Sunday. He had led the race since July 3. The day before, he kept his lead.", "en"),
    ("Pogacar a gagné le Tour dimanche. Il était en tête depuis le 3 juillet. La veille, il avait conservé "
     "son avance.", "fr"),
])
def test_a_date_a_state_lasts_since_is_not_the_date_under_discussion(text, lang):
    # 2021-07-18 is a Sunday: "the day before" is the day before the story's Sunday, not 2 July
    assert values(text, lang, "2021-07-19")[-1][1] == "2021-07-17"


def test_tense_cues_read_a_stretch_at_a_time_are_those_of_the_whole_text():
    from timeline import language
    from timeline.temporal.tagger import CueSpans
    text = ("The board met on Friday. It will decide later this month! Talks were held in May, and "
            "officials said they would resume. Prices rose? Nothing is planned for June.")
    for regex in (language.load("en").future_cues, language.load("en").past_cues):
        whole = [m.span() for m in regex.finditer(text)]
        for position in range(len(text)):
            # a fresh reader per question: it reads only the stretch the question reaches
            assert CueSpans(regex, text).covers(position) == any(s <= position < e for s, e in whole)
            before = [e for _, e in whole if e <= position]
            assert CueSpans(regex, text).end_before(position, 30) == (before[-1] if before and before[-1] >= 30
                                                                       else None)
