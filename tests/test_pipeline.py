"""From documents to events: mentions, merging across documents and languages, the tables."""
import shutil
from pathlib import Path

import pandas as pd
import pytest

from timeline import pipeline

ROOT = Path(__file__).resolve().parent.parent


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def extract(folder):
    events, mentions, report = pipeline.extract([folder])
    return events, mentions, report


def titles(folder, by="date_start") -> dict:
    """The title of each event extracted from a folder, keyed by its first day or date text."""
    events, _, _ = extract(folder)
    return dict(zip(events[by], events["title"]))


def test_same_event_in_two_languages_is_one_row_with_both_sources(tmp_path):
    write(tmp_path, "1999-03-04_fr.txt", "Le président Vladimir Poutine et Angela Merkel se sont rencontrés à Berlin le 3 mars 1999 pour parler de l'énergie.")
    write(tmp_path, "1999-03-05_en.txt", "Vladimir Putin and Angela Merkel met in Berlin on March 3 to discuss energy supplies for their industries.")
    events, mentions, report = extract(tmp_path)
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.date_start, row.date_end, row.precision) == ("1999-03-03", "1999-03-03", "day")
    assert row.sources == "1999-03-04_fr.txt;1999-03-05_en.txt"
    assert set(row.languages.split(";")) == {"fr", "en"}
    assert set(mentions["doc"]) == {"1999-03-04_fr.txt", "1999-03-05_en.txt"}


def test_a_person_named_with_a_title_in_one_language_and_a_first_name_in_the_other_is_shared(tmp_path):
    # neither name is in the alias table: the last two words of a name are what both reports share
    write(tmp_path, "2023-02-08_en.txt", "President Tayyip Erdogan declared a state of emergency in the south on Tuesday.")
    write(tmp_path, "2023-02-09_fr.txt", "Le président turc Recep Tayyip Erdogan a décrété mardi l'état d'urgence dans le sud.")
    events, _, _ = extract(tmp_path)
    assert len(events) == 1
    assert (events.iloc[0].date_start, events.iloc[0].actors) == ("2023-02-07", "Tayyip Erdogan")


def test_a_name_opening_a_sentence_is_an_actor_but_not_a_capitalised_function_word_or_weekday(tmp_path):
    write(tmp_path, "2022-06-15_en.txt", "Her counterpart at Alpenfracht, Markus Huber, will step down in the "
                                         "first quarter of 2023.")
    write(tmp_path, "2022-06-16_fr.txt", "Markus Huber, patron d'Alpenfracht, quittera ses fonctions au premier "
                                         "trimestre 2023.")
    write(tmp_path, "1998-08-08_en.txt", "The Cuban government condemned the bombings in Kenya and Tanzania Friday.")
    events, _, _ = extract(tmp_path)
    assert dict(zip(events["date_start"], events["actors"])) == {"2023-01-01": "Markus Huber", "1998-08-07": ""}
    assert events.set_index("date_start").loc["2023-01-01", "sources"] == "2022-06-15_en.txt;2022-06-16_fr.txt"


def test_what_an_adverbial_clause_without_the_date_tells_is_no_evidence_of_the_dated_event(tmp_path):
    # the report is dated Friday; the killing it recalls happened at another time, and the
    # account of the killing "last fall" is not the report
    write(tmp_path, "1998-11-21_report.txt", "Kopp was seen crossing the border days after a sniper killed Barnett "
                                             "Slepian in his kitchen, the Buffalo News reported Friday.")
    write(tmp_path, "1999-01-10_profile.txt", "Barnett Slepian was killed in his kitchen by a sniper last fall.")
    events, _, _ = extract(tmp_path)
    assert len(events) == 2


def test_different_events_on_the_same_day_stay_apart(tmp_path):
    write(tmp_path, "1999-03-04_a.txt", "Angela Merkel a inauguré une usine à Berlin le 3 mars 1999 devant les ouvriers.")
    write(tmp_path, "1999-03-04_b.txt", "Vladimir Poutine a limogé son gouvernement à Moscou le 3 mars 1999 sans explication.")
    events, _, _ = extract(tmp_path)
    assert len(events) == 2


def test_two_things_done_the_same_weekday_in_one_document_stay_apart(tmp_path):
    # the weekday both sentences name is their date, not a word they share
    write(tmp_path, "2025-08-14_feu.txt", "Le ministre s'est rendu sur place mercredi après-midi. "
                                          "Une enquête a été ouverte mercredi par le parquet.")
    events, _, _ = extract(tmp_path)
    assert len(events) == 2


def test_a_year_less_date_borrows_the_year_of_the_dated_twin(tmp_path):
    write(tmp_path, "1999-03-04_fr.txt", "Vladimir Poutine et Angela Merkel se sont rencontrés à Berlin le 3 mars 1999.")
    write(tmp_path, "undated_en.txt", "Vladimir Putin and Angela Merkel met in Berlin on March 3. Their ministers met last month in Geneva to prepare it.")
    events, mentions, _ = extract(tmp_path)
    meeting = events[events["date_start"] == "1999-03-03"].iloc[0]
    assert meeting.sources == "1999-03-04_fr.txt;undated_en.txt"
    borrowed = mentions[(mentions["doc"] == "undated_en.txt") & (mentions["date_text"] == "last month")]
    assert borrowed["doc_date_source"].iloc[0].startswith("borrowed")
    assert (events["date_start"] == "1999-02-01").any()  # "last month" resolved once the year is known


def test_an_undated_report_stays_undated_with_its_lower_bound(tmp_path):
    write(tmp_path, "x.txt", "Les deux ministres se sont entretenus à Paris pour leur deuxième rencontre, après celle du 20 juin 2017 à Moscou.")
    events, _, _ = extract(tmp_path)
    lead = events[events["precision"] == "undated"]
    assert len(lead) <= 1
    dated = events[events["precision"] == "day"]
    assert list(dated["date_start"]) == ["2017-06-20"]
    for row in events.itertuples():
        assert row.date_start in ("2017-06-20", "")


def test_a_deictic_date_in_an_undated_page_is_an_undated_event_after_its_lower_bound(tmp_path):
    write(tmp_path, "sommet.txt", "Le précédent record remontait au sommet de Nice, en décembre 2000. Le Parlement "
                                  "européen doit se prononcer sur l'accord la semaine prochaine.")
    events, _, _ = extract(tmp_path)
    row = events[events["date_text"] == "la semaine prochaine"].iloc[0]
    assert (row.precision, row.date_start, row.date_end, row.status) == ("undated", "2000-12-01", "", "planned")
    assert row.title == "Le Parlement européen doit se prononcer sur l'accord"


def test_undated_reports_of_two_days_in_one_sentence_are_two_events(tmp_path):
    write(tmp_path, "x.txt", "L'attaquant de 25 ans, libre depuis la fin de son contrat avec le Paris "
                             "Saint-Germain le 30 juin, sera présenté aux supporters mardi 16 juillet au stade.")
    events, mentions, _ = extract(tmp_path)
    undated = events[events["precision"] == "undated"]
    assert sorted(undated["date_text"]) == ["30 juin", "mardi 16 juillet"]


def test_announced_events_are_planned(tmp_path):
    write(tmp_path, "2019-09-09_fr.txt", "Le ministre a confirmé qu'Emmanuel Macron se rendrait à Moscou en mai 2020 pour les célébrations.")
    write(tmp_path, "2019-09-09_en.txt", "Macron's office said a summit will take place in Paris later this month between the four leaders.")
    events, _, _ = extract(tmp_path)
    assert set(events["status"]) == {"planned"}


def test_a_date_is_planned_in_the_tense_it_is_read_in_not_for_any_future_in_its_sentence(tmp_path):
    # the verb governing the date dates the report; with none beside it, the nearest verb of its
    # clause, not a future said further on
    write(tmp_path, "2025-03-14_jugement.txt", "Le tribunal rendra son jugement le 3 mai prochain, a annoncé "
                                               "jeudi sa présidente.")
    write(tmp_path, "1999-03-12_nato.txt", "In July 1997, at a summit in Madrid, Spain, the alliance announced "
                                           "that it would be ready to accept new members.")
    write(tmp_path, "2024-03-11_port.txt", "Officials said on Monday that the port would reopen on Wednesday.")
    # after "depuis" a date is behind, as the tagger reads it, whatever the clause says
    write(tmp_path, "2024-03-13_route.txt", "Selon la mairie, la route fermée depuis lundi rouvrira vendredi "
                                            "pour les habitants.")
    events, _, _ = extract(tmp_path)
    assert dict(zip(events["date_text"], events["status"])) == {
        "3 mai prochain": "planned", "jeudi": "occurred", "July 1997": "occurred", "Monday": "occurred",
        "Wednesday": "planned", "lundi": "occurred", "vendredi": "planned"}


def test_a_promise_or_a_threat_to_act_looks_ahead_but_agreeing_to_a_thing_does_not(tmp_path):
    # the verb is a past tense, but what was promised is to come: a weekday or month is the next one
    write(tmp_path, "2023-02-08_vow.txt", "He vowed to return to the capital in June.")
    write(tmp_path, "2023-02-08_rebels.txt", "The rebels threatened to attack the city on Sunday.")
    write(tmp_path, "2023-02-08_truce.txt", "Both sides agreed to a ceasefire on Monday.")
    write(tmp_path, "2023-02-08_promesse.txt", "Le président a promis de dissoudre l'Assemblée en juin.")
    events, _, _ = extract(tmp_path)
    assert dict(zip(events["date_text"], zip(events["date_start"], events["status"]))) == {
        "June": ("2023-06-01", "planned"), "Sunday": ("2023-02-12", "planned"),
        "Monday": ("2023-02-06", "occurred"), "juin": ("2023-06-01", "planned")}


def test_a_date_fixed_for_a_day_is_planned_but_a_fire_fixed_is_not(tmp_path):
    # "fixé" announces a plan only before the day it is fixed for
    write(tmp_path, "2025-08-14_rdv.txt", "La réunion avec les maires a été fixée au 20 août.")
    write(tmp_path, "2025-08-14_feu.txt", "Le feu qui ravageait la forêt depuis mardi a été fixé jeudi matin.")
    events, _, _ = extract(tmp_path)
    assert dict(zip(events["date_text"], events["status"])) == {
        "20 août": "planned", "mardi": "occurred", "jeudi matin": "occurred"}


def test_nothing_is_dated_from_today(tmp_path):
    write(tmp_path, "x.txt", "Hier, le ministre a parlé. Demain il partira. Le 3 mars, il reviendra.")
    events, _, _ = extract(tmp_path)
    today_year = str(pd.Timestamp.today().year)
    assert not any(today_year in v for v in events["date_start"].tolist() + events["date_end"].tolist())
    assert set(events["precision"]) <= {"undated"}


def test_a_broken_file_is_skipped_with_its_reason_and_the_rest_proceeds(tmp_path):
    write(tmp_path, "1999-03-04_good.txt", "Angela Merkel a inauguré une usine à Berlin le 3 mars 1999 devant les ouvriers.")
    (tmp_path / "broken.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    events, _, report = extract(tmp_path)
    assert report.read == ["1999-03-04_good.txt"]
    assert sorted(line.split(":")[0] for line in report.skipped) == ["broken.txt", "empty.md", "image.png"]
    assert len(events) == 1


def test_event_ids_are_stable_across_runs(tmp_path):
    shutil.copytree(ROOT / "data" / "sources", tmp_path / "sources")
    first, _, _ = extract(tmp_path / "sources")
    second, _, _ = extract(tmp_path / "sources")
    assert list(first["event_id"]) == list(second["event_id"])
    assert first["event_id"].is_unique


def test_backbone_events_of_the_bundled_corpus():
    """The user's backbone: June 2017, Brégançon 2019 (three sources, two languages),
    9 September 2019, 12 November 2021."""
    events, _, _ = extract(ROOT / "data" / "sources")
    def at(start, end):
        return events[(events["date_start"] == start) & (events["date_end"] == end)]
    assert len(at("2017-06-20", "2017-06-20")) == 1
    bregancon = at("2019-08-01", "2019-08-31")
    assert len(bregancon) == 1 and bregancon.iloc[0].n_sources == 3
    assert bregancon.iloc[0].location == "Fort de Brégançon"
    assert set(at("2019-09-09", "2019-09-09").iloc[0].languages.split(";")) == {"fr", "en"}
    assert len(at("2021-11-12", "2021-11-12")) == 1


def test_event_ids_are_unique_when_a_sentence_repeats_a_date(tmp_path):
    write(tmp_path, "1999-03-04_a.txt", "Angela Merkel a parlé vendredi à Berlin, et Vladimir Poutine a répondu vendredi depuis Moscou sur un autre sujet.")
    events, _, _ = extract(tmp_path)
    assert events["event_id"].is_unique


def test_titles_are_short_headlines_with_short_names(tmp_path):
    from timeline import language, mentions
    fr = language.load("fr")
    named = frozenset({"Sergei Lavrov"})
    title = mentions.make_title("Le chef de la diplomatie russe a par ailleurs confirmé (selon l'agence TASS) sa venue à Paris",
                                None, fr, named)
    assert title == "Lavrov a confirmé sa venue à Paris"
    # a role stands for a person only in documents that name that person
    assert mentions.make_title("Le chef de la diplomatie russe a parlé", None, fr, frozenset()).startswith("Le chef")
    long = mentions.make_title(" ".join(["mot"] * 30), None, fr)
    assert len(long.split()) <= mentions.TITLE_WORDS and long.endswith("…")


@pytest.mark.parametrize("lang,span,date_text,expected", [
    ("en", "Macron and Putin spoke by phone on September 8", "September 8", "Macron and Putin spoke by phone"),
    # a locution that introduces the date leaves with it, not a dangling half of it
    ("fr", "Les parties civiles seront entendues à partir du 28 septembre, pendant cinq semaines", "28 septembre",
     "Les parties civiles seront entendues pendant cinq semaines"),
    ("en", "The group might come as soon as Tuesday, reports said", "Tuesday", "The group might come"),
    ("en", "The hearings will run until December 3 in Paris", "December 3", "The hearings will run in Paris"),
    ("en", "EU leaders agreed early on Tuesday on a recovery fund", "Tuesday", "EU leaders agreed on a recovery fund"),
    ("fr", "Le texte a été adopté tôt mardi par les députés", "mardi", "Le texte a été adopté par les députés"),
    # so do the words saying in which time zone a clock time is read
    ("en", "The quake hit at 8:55 p.m. local time near Sivrice", "8:55 p.m.", "The quake hit near Sivrice"),
    ("fr", "Le séisme est survenu à 20h55 heure locale près de Sivrice", "20h55", "Le séisme est survenu près de Sivrice"),
    # ...or that it is approximate
    ("en", "The blast occurred at about 10:35 a.m. near the embassy", "10:35 a.m.", "The blast occurred near the embassy"),
    ("en", "They met shortly after 6 p.m. in Paris", "6 p.m.", "They met in Paris"),
    ("fr", "Les faits se sont produits vers 3 heures du matin devant la discothèque", "3 heures du matin",
     "Les faits se sont produits devant la discothèque"),
    # ...and so does a clause between commas about a noun, when the date is outside it
    ("en", "Its shares, which have lost a fifth of their value, closed down 2.1% on Monday", "Monday",
     "Its shares closed down 2.1%"),
    ("fr", "Le maire, qui avait promis de venir, a reçu le ministre le 3 mars", "3 mars", "Le maire a reçu le ministre"),
    # ...or ending the sentence (a decimal comma is no clause's end)
    ("fr", "Les opérateurs ont annoncé mercredi leur fusion, qui donnera un groupe de 4,2 milliards d'euros",
     "mercredi", "Les opérateurs ont annoncé leur fusion"),
    # ...as does a closing attribution
    ("en", "The group might come to Miami next week, according to media reports", "next week",
     "The group might come to Miami"),
    # ...or set between commas
    ("en", "The outbreak began in October, health officials said, and has since spread", "October",
     "The outbreak began and has since spread"),
    ("fr", "L'incendie, selon les pompiers, a été maîtrisé lundi", "lundi", "L'incendie a été maîtrisé"),
    ("fr", "Le sommet, a-t-il précisé, aura lieu lundi", "lundi", "Le sommet aura lieu"),
    # ...and a label before a colon that names nothing; one that does stays, with its colon
    ("fr", "Rappel des faits : Nahel a été tué mardi par un policier", "mardi", "Nahel a été tué par un policier"),
    ("fr", "07h40 : Une cellule de crise se réunira vendredi", "vendredi", "Une cellule de crise se réunira"),
    ("fr", "Procès Nivel à Essen : la défense a marqué des points mardi", "mardi",
     "Procès Nivel à Essen: la défense a marqué des points"),
    # ...or a participle's, before the verb
    ("en", "The new rules, adopted on March 3, took effect in May", "May", "The new rules took effect"),
    ("fr", "La loi, votée le 3 mars, est entrée en vigueur en mai", "mai", "La loi est entrée en vigueur"),
    ("fr", "La grève, entamée le 7 mars, se poursuivait jeudi", "jeudi", "La grève se poursuivait"),
    ("en", "The new rules, adopted on March 3, have not been applied in May", "May",
     "The new rules have not been applied"),
    # (a word ending as a participle does, or one followed by the verb, opens no such clause)
    ("fr", "Paris, puis Berlin, ont réagi lundi", "lundi", "Paris, puis Berlin, ont réagi"),
    ("fr", "Le chef du gouvernement, José Aznar, a confirmé lundi le contact", "lundi",
     "Le chef du gouvernement, José Aznar, a confirmé le contact"),
    ("fr", "Alain Martin, employé de la société Protec effectuait, hier, une ronde", "hier",
     "Alain Martin, employé de la société Protec effectuait une ronde"),
    # ...but not the word before a date in the possessive, which belongs to the noun after it
    ("en", "The father asked them to end the battle after Thursday's ruling", "Thursday",
     "The father asked them to end the battle after ruling"),
    # ...nor words saying the date is taken whole
    ("en", "In 2023 as a whole, England recorded 368 cases", "2023", "England recorded 368 cases"),
    # a particle after its verb stays where the date took the words after it
    ("en", "Xabi Alonso took over in October 2022", "October 2022", "Xabi Alonso took over"),
    # ...and "encore" stressing how recent the date is
    ("fr", "La semaine dernière encore, il assurait ne pas avoir tranché", "La semaine dernière",
     "Il assurait ne pas avoir tranché"),
    # ...with the bound it sets ("until at least", "at the latest")
    ("en", "Schools will remain closed until at least August 21", "August 21", "Schools will remain closed"),
    ("en", "The report is due by September 30 at the latest", "September 30", "The report is due"),
    ("fr", "Les écoles resteront fermées au moins jusqu'au 21 août", "21 août", "Les écoles resteront fermées"),
    ("fr", "Le rapport sera remis le 30 septembre au plus tard", "30 septembre", "Le rapport sera remis"),
    ("fr", "Les écoles resteront fermées jusqu'à lundi inclus", "lundi", "Les écoles resteront fermées"),
    ("fr", "Le gouvernement vise le plein emploi à l'horizon 2027", "2027", "Le gouvernement vise le plein emploi"),
    ("en", "Schools will stay shut until Monday inclusive", "Monday", "Schools will stay shut"),
    ("en", "The stoppage would continue at least until next Monday", "next Monday", "The stoppage would continue"),
    ("fr", "La grève continuera jusqu'à au moins lundi", "lundi", "La grève continuera"),
    ("fr", "Les vols sont suspendus jusqu'à jeudi au moins, selon la compagnie", "jeudi", "Les vols sont suspendus"),
    ("en", "Flights are suspended until Thursday at least", "Thursday", "Flights are suspended"),
    ("fr", "Le séisme a fait jeudi au moins 36 morts", "jeudi", "Le séisme a fait au moins 36 morts"),
    # ...but a quantity's opening words stay, though a title may not open with one of them alone
    ("en", "At least 36 people died on Wednesday", "Wednesday", "At least 36 people died"),
    ("fr", "Au moins 36 personnes sont mortes mercredi", "mercredi", "Au moins 36 personnes sont mortes"),
    # ...over the article the date expression leaves out
    ("en", "Talks continued through the winter in Brussels", "winter", "Talks continued in Brussels"),
    ("fr", "Le camping affichait complet durant l'été 2004 selon la mairie", "l'été 2004",
     "Le camping affichait complet selon la mairie"),
    # a phrase set before the subject keeps its preposition, lest it read as the subject...
    ("fr", "Dans les raffineries, la grève se poursuivait jeudi", "jeudi", "Dans les raffineries, la grève se poursuivait"),
    ("en", "In Cape Town, police said on Monday that two men were held", "Monday",
     "In Cape Town, police said that two men were held"),
    # ...but not the date's, nor a filler
    ("en", "In June, the bank raised its rates", "June", "The bank raised its rates"),
    ("en", "In addition, the department is still considering on Monday a request", "Monday",
     "The department is still considering a request"),
])
def test_the_date_and_its_preposition_leave_the_title(lang, span, date_text, expected):
    from timeline import language, mentions
    start = span.index(date_text)
    assert mentions.make_title(span, (start, start + len(date_text)), language.load(lang)) == expected


def test_a_role_followed_by_its_name_is_said_once():
    from timeline import language, mentions
    en, fr = language.load("en"), language.load("fr")
    named = frozenset({"Florence Parly"})
    assert mentions.make_title("French Defense Minister Florence Parly attended", None, en, named) == "Parly attended"
    named = frozenset({"Vladimir Putin"})
    assert mentions.make_title("Le président russe Vladimir Poutine a déclaré", None, fr, named) == "Poutine a déclaré"


def test_a_name_is_shortened_within_the_words_written():
    from timeline import language, mentions
    en = language.load("en")
    # "ONU" is a shorter name of the United Nations, but in French
    assert mentions.make_title("The United Nations launched an appeal", None, en) == "The United Nations launched an appeal"
    assert mentions.make_title("Vladimir Putin spoke", None, en) == "Putin spoke"


def test_places_outside_the_gazetteer_are_found_after_a_preposition():
    from timeline import language, mentions
    fr, en = language.load("fr"), language.load("en")
    assert mentions.find_place("Le ministre s'est rendu à Tripoli le 3 mars.", fr) == "Tripoli"
    assert mentions.find_place("The summit opened in Nairobi on Friday.", en) == "Nairobi"
    assert mentions.find_place("They met in March.", en) == ""
    assert mentions.find_place("Il a écrit à Jean Dupont.", fr, ("Jean Dupont",)) == ""
    # a name with digits is a disease, a product or a forum, not a place
    assert mentions.find_place("Un accusé a été testé positif au Covid-19 fin octobre.", fr) == ""
    assert mentions.find_place("Leaders met at the G20 in Osaka in June.", en) == "Osaka"
    assert mentions.find_place("Il est arrivé à Saint-Nazaire lundi.", fr) == "Saint-Nazaire"
    # a name in the possessive is whose the place is ("at Slepian's home"), not the place
    assert mentions.find_place("Police gathered at Slepian's home on Friday.", en) == ""
    assert mentions.find_place("Dockers at France's biggest port in Le Havre voted on Tuesday.", en) == "Le Havre"


@pytest.mark.parametrize("french,english,column,shared", [
    # a name written with and without accents is one actor
    ("Élisabeth Borne a répété lundi qu'elle n'excluait pas le recours au 49.3.",
     "Prime Minister Elisabeth Borne said on Monday she did not rule out using a special constitutional power.",
     "actors", ("Élisabeth Borne", "Elisabeth Borne")),
    # an acronym is an actor
    ("À la SNCF, le trafic restera « très perturbé » jusqu'à dimanche, selon la direction.",
     "Rail operator SNCF said services would remain severely disrupted until Sunday.", "actors", ("SNCF",)),
    # the gazetteer gives a place one name in either language
    ("La prochaine réunion de politique monétaire se tiendra le 26 octobre à Athènes.",
     "The bank's next policy meeting will be held in Athens on Oct. 26.", "location", ("Athens",)),
    # people are counted alike in either language ("Wednesday into Thursday" is one range)
    ("Quelque 10 000 personnes ont été évacuées dans la nuit de mercredi à jeudi.",
     "About 10,000 people were evacuated overnight Wednesday into Thursday.", "date_start", ("2023-03-08",)),
])
def test_reports_of_one_event_in_two_languages_are_one_event(tmp_path, french, english, column, shared):
    write(tmp_path, "2023-03-09_fr.txt", french)
    write(tmp_path, "2023-03-09_en.txt", english)
    events, _, _ = extract(tmp_path)
    assert list(events["sources"]) == ["2023-03-09_en.txt;2023-03-09_fr.txt"]
    assert events.iloc[0][column] in shared


def test_a_place_and_a_day_alone_do_not_tie_two_reports_in_one_language(tmp_path):
    write(tmp_path, "2023-03-07_a.txt", "Lundi, des milliers de manifestants ont défilé en France contre la réforme.")
    write(tmp_path, "2023-03-07_b.txt", "Lundi, un train a déraillé en France, faisant trois blessés.")
    events, _, _ = extract(tmp_path)
    assert len(events) == 2
    # a word shared besides the place's name ties them
    write(tmp_path, "2023-03-07_c.txt", "Lundi, des manifestants ont défilé en France pour la troisième fois.")
    events, _, _ = extract(tmp_path)
    assert len(events) == 2 and "2023-03-07_a.txt;2023-03-07_c.txt" in set(events["sources"])


def test_the_first_place_named_is_the_location_whether_the_gazetteer_knows_it_or_not():
    from timeline import language, mentions
    en = language.load("en")
    assert mentions.find_place("At a summit in Nairobi on Friday, envoys from Moscow agreed.", en) == "Nairobi"
    assert mentions.find_place("Envoys from Kisumu met in Nairobi on Friday.", en) == "Kisumu"


def test_a_place_named_without_a_place_preposition_is_not_the_location():
    from timeline import language, mentions
    fr = language.load("fr")
    assert mentions.find_place("Ils doivent respecter les accords de Minsk, signés en 2015.", fr) == ""
    assert mentions.find_place("Ils se sont retrouvés au fort de Brégançon en août.", fr) == "Fort de Brégançon"
    assert mentions.find_place("Le défilé prévu sur la place Rouge en 2020.", fr) == "Red Square"


@pytest.mark.parametrize("lang,span,place", [
    ("fr", "Le tribunal correctionnel de Paris a condamné jeudi le propriétaire.", "Paris"),
    ("fr", "La cour d'appel de Nanterre rendra sa décision lundi.", "Nanterre"),
    ("en", "A Paris court handed a suspended sentence to the owner on Thursday.", "Paris"),
    ("en", "Nanterre prosecutors opened an inquiry on Monday.", "Nanterre"),
    ("en", "The Lyon prosecutor will hold a news conference on Tuesday.", "Lyon"),
    # the first place named wins, seat or not
    ("fr", "À Rambervillers, les gendarmes ont saisi lundi le parquet d'Épinal.", "Rambervillers"),
    # a body's name or a capitalised opening word is no seat
    ("en", "The Supreme Court ruled on Monday.", ""),
    ("en", "The city council voted on Monday to rename the park.", ""),
])
def test_a_body_named_with_its_seat_places_what_it_does_there(lang, span, place):
    from timeline import language, mentions
    assert mentions.find_place(span, language.load(lang)) == place


@pytest.mark.parametrize("lang,span,area", [
    ("en", "A quake struck off the southern coast of Taiwan early on Friday.", "Taiwan"),
    ("en", "It hit about 30 km southeast of Kaohsiung at a depth of 10 km.", "Kaohsiung"),
    ("fr", "La secousse s'est produite au large de Kaohsiung.", "Kaohsiung"),
    ("fr", "Des renforts ont été envoyés à l'est de la Crimée.", "Crimea"),
    # a body's name is no area, nor is a capitalised point of the compass
    ("fr", "Le chef de la diplomatie de Moscou a répondu.", ""),
    ("en", "The East of England Ambulance Service said on Monday it was ready.", ""),
])
def test_a_part_of_a_place_or_the_area_around_it_gives_the_place(lang, span, area):
    from timeline import language, mentions
    assert mentions.find_area(span, language.load(lang)) == area


def test_reports_placing_an_event_near_one_place_are_one_event_and_a_place_named_outright_wins(tmp_path):
    write(tmp_path, "2024-03-08_fr.txt", "Un séisme a frappé vendredi matin le sud de Taïwan, selon les pompiers.")
    write(tmp_path, "2024-03-08_en.txt", "An earthquake struck off the southern coast of Taiwan early on Friday, the "
                                         "fire department said.")
    (tmp_path / "visit").mkdir()
    write(tmp_path / "visit", "2019-08-20_a.txt", "Emmanuel Macron a reçu lundi Vladimir Poutine dans le sud de la "
                                                  "France.")
    write(tmp_path / "visit", "2019-08-20_b.txt", "Emmanuel Macron a reçu lundi Vladimir Poutine au Fort de "
                                                  "Brégançon.")
    events, _, _ = extract(tmp_path)
    assert sorted(zip(events["location"], events["n_sources"])) == [("Fort de Brégançon", 2), ("Taiwan", 2)]


def test_a_court_ruling_reported_in_two_languages_is_one_event(tmp_path):
    write(tmp_path, "2024-05-16_fr.txt", "Le tribunal correctionnel de Paris a condamné ce jeudi le propriétaire de "
                                         "l'immeuble à deux ans de prison avec sursis.")
    write(tmp_path, "2024-05-17_en.txt", "A Paris court on Thursday handed a two-year suspended prison sentence to "
                                         "the owner of the building.")
    events, _, _ = extract(tmp_path)
    assert list(events["location"]) == ["Paris"]


def test_a_dispatch_dateline_dates_the_document_not_an_event(tmp_path):
    write(tmp_path, "cop.txt", "Climat : la conférence s'ouvre\n\nPublié le 3 décembre 2018\n\n"
                               "Katowice, le 3 décembre 2018 — La conférence des Nations "
                               "unies sur le climat s'est ouverte dimanche en Pologne, trois ans après l'accord de Paris.")
    events, mentions, _ = extract(tmp_path)
    assert mentions["doc_date"].iloc[0] == "2018-12-03"
    assert list(events["date_start"]) == ["2018-12-02"]  # "dimanche"; neither the stamp nor the dateline is an event
    assert events["title"].iloc[0].startswith("La conférence")


def test_a_line_of_nothing_but_dates_is_no_event(tmp_path):
    write(tmp_path, "banks.txt", "Banks rally\n\nMarch 14, 2023 at 12:05 p.m. EDT\n\n"
                                 "Shares in European banks rose on Tuesday, traders said.")
    events, mentions, _ = extract(tmp_path)
    assert mentions["doc_date"].iloc[0] == "2023-03-14"
    assert list(events["date_text"]) == ["Tuesday"]


def test_a_closing_reporting_clause_leaves_the_title():
    from timeline import language, mentions
    en, fr = language.load("en"), language.load("fr")
    assert mentions.make_title("Shares in European banks rose, traders said.", None, en) == "Shares in European banks rose"
    text = "Moscou était prête à reprendre le dialogue, a indiqué le service de presse du Kremlin"
    assert mentions.make_title(text, None, fr) == "Moscou était prête à reprendre le dialogue"
    assert mentions.make_title("Le sommet aura lieu à Paris, selon l'AFP.", None, fr) == "Le sommet aura lieu à Paris"
    # ...with its subject after the verb
    assert mentions.make_title("La grève aura lieu à Noël, a-t-on appris auprès de SUD-Rail.", None, fr) == (
        "La grève aura lieu à Noël")
    assert mentions.make_title("La grève aura lieu à Noël, précise-t-elle.", None, fr) == (
        "La grève aura lieu à Noël")
    # what is said is no attribution, nor is a verb before the date a dangling word
    text = "Contrary to reports, the police said that a suspect was held"
    assert mentions.make_title(text, None, en) == text
    assert mentions.make_title("Le ministre, à Moscou, a déclaré que la Russie était prête", None, fr).endswith(
        "a déclaré que la Russie était prête")
    span = "Officials said last week that six people were held"
    start = span.index("last week")
    assert mentions.make_title(span, (start, start + 9), en) == "Officials said that six people were held"
    # a report that is all its clause says is the event itself, not a closing attribution
    span = "On Wednesday, Reuters reported"
    assert mentions.make_title(span, (3, 12), en) == "Reuters reported"


def test_publication_lines_date_the_document_not_an_event(tmp_path):
    write(tmp_path, "vote.txt", "Chile votes to replace its constitution after the 2019 protests\n\n"
                                "Published: 26 October 2020 | Updated: 27 October 2020\n\n"
                                "Chileans voted overwhelmingly on Sunday to scrap the constitution drafted under Pinochet.\n\n"
                                "Last updated on 28 October 2020")
    events, mentions, _ = extract(tmp_path)
    assert mentions["doc_date"].iloc[0] == "2020-10-26"
    # neither the stamps (top or bottom) nor the headline above them is an event
    assert list(events["date_start"]) == ["2020-10-25"]
    assert events["title"].iloc[0].startswith("Chileans voted")


def test_a_date_completing_a_noun_dates_that_noun_not_the_clause(tmp_path):
    write(tmp_path, "2021-09-08_proces.txt",
          "Le procès des attentats du 13 novembre 2015 s'ouvre ce mercredi devant la cour d'assises spéciale de Paris.\n\n"
          "Les attentats du 13 novembre 2015 avaient fait 130 morts.\n\n"
          "Le verdict se tiendra du 24 au 26 juin devant la même cour.")
    write(tmp_path, "2021-09-08_speech.txt", "On Tuesday the president honoured the victims of the attacks of November 13, 2015.")
    from timeline import documents, mentions
    by_day = {}
    for path in sorted(tmp_path.iterdir()):
        for m in mentions.extract(documents.read(path)):
            by_day.setdefault(m.date_start.isoformat(), []).append(m.title)
    # the attacks, not the trial that opens today nor the speech, are what 13 November dates
    assert sorted(by_day["2015-11-13"]) == ["Attacks", "Attentats", "Les attentats avaient fait 130 morts"]
    assert any("procès des attentats" in t and "s'ouvre" in t for t in by_day["2021-09-08"])
    assert any("honoured the victims" in t for t in by_day["2021-09-07"])
    # a verb before "du" governs a range of days; it is no noun
    assert any("verdict se tiendra" in t for t in by_day["2022-06-24"])


def test_a_date_before_a_noun_dates_that_noun(tmp_path):
    write(tmp_path, "2023-02-15_quake.txt",
          "Last month, the government had warned that many buildings did not meet the 2018 earthquake code.\n\n"
          "Russia has been under sanctions since the 2014 annexation of Crimea, officials said on Monday.\n\n"
          "The 2008 financial crisis hit European banks hard.")
    found = titles(tmp_path)
    assert found["2018-01-01"] == "Earthquake code"
    assert found["2014-01-01"] == "Annexation of Crimea"
    assert found["2023-02-13"].startswith("Russia has been under sanctions")
    # a possessive determines the noun too, and a title's abbreviation does not end it
    write(tmp_path, "1999-01-22_kopp.txt", "Kopp's 1987 Chevrolet Cavalier was discovered last month at Newark airport. "
                                           "Police linked him to the Oct. 23 sniper shooting of Dr. Barnett Slepian.")
    found = titles(tmp_path)
    assert found["1987-01-01"] == "Chevrolet Cavalier"
    assert found["1998-12-01"] == "Kopp's 1987 Chevrolet Cavalier was discovered at Newark airport"
    assert found["1998-10-23"] == "Sniper shooting of Dr. Barnett Slepian"
    # the phrase opens its sentence, the only date in it: the sentence says what happened
    assert found["2008-01-01"] == "The 2008 financial crisis hit European banks hard"
    # a date written as one hyphenated word is an adjective too, with no determiner
    write(tmp_path, "2023-10-25_results.txt", "The company will report fourth-quarter results in late January.")
    found = titles(tmp_path)
    assert found["2024-01-01"] == "The company will report fourth-quarter results"
    assert found["2023-10-01"] == "Fourth-quarter results"


def test_the_lead_of_a_dispatch_starts_after_its_dateline(tmp_path):
    # no document date: the lead is an event of its own unless a date expression covers it
    write(tmp_path, "quake.txt", "Quake toll passes 40,000\n\nANKARA, Turkey (AP) — The death toll from the "
                                 "earthquakes in Turkey and Syria rose above 40,000 on Wednesday, officials said.")
    events, _, _ = extract(tmp_path)
    assert list(events["date_text"]) == ["Wednesday"]
    assert events["title"].iloc[0].startswith("The death toll")


def test_the_dates_of_one_list_date_the_same_clause(tmp_path):
    write(tmp_path, "2010-03-15_camp.txt",
          "In 1994, 1995 and 1997, the camp on the coast was full every weekend.\n\n"
          "On 3 June, and again on 9 June, protesters blocked the roads around the port of Calais.\n\n"
          "The ferry company cut its prices in 2001 and once more in 2003, its director said.")
    found = titles(tmp_path)
    assert [found[f"{y}-01-01"] for y in (1994, 1995, 1997)] == ["The camp on the coast was full every weekend"] * 3
    assert found["2009-06-03"] == found["2009-06-09"] == "Protesters blocked the roads around the port of Calais"
    assert found["2001-01-01"] == found["2003-01-01"] == "The ferry company cut its prices"
    # a verb on each side: two clauses, each with its own date
    (tmp_path / "two").mkdir()
    write(tmp_path / "two", "2005-03-15_visite.txt",
          "Le ministre est arrivé le 3 mars à Paris, et le 5 mars il a rencontré le maire de la ville.")
    found = titles(tmp_path / "two")
    assert found["2005-03-03"] == "Le ministre est arrivé à Paris"
    assert found["2005-03-05"].startswith("Il a rencontré le maire")
    # "est reparti" is a verb as "est parti" is
    (tmp_path / "verb").mkdir()
    write(tmp_path / "verb", "2005-03-15_depart.txt",
          "Le ministre est arrivé le 3 mars à Paris et le 4 mars il est reparti pour Berlin en train.")
    assert titles(tmp_path / "verb")["2005-03-04"] == "Il est reparti pour Berlin en train"


def test_the_comma_before_a_year_does_not_close_an_aside(tmp_path):
    write(tmp_path, "2024-11-27_war.txt", "The fighting, which began on October 8, 2023, escalated sharply in "
                                          "September.")
    assert titles(tmp_path, by="date_text") == {"October 8, 2023": "The fighting began",
                                                "September": "The fighting escalated sharply"}


def test_a_relative_clause_is_about_the_noun_before_the_place_it_names(tmp_path):
    write(tmp_path, "2023-03-15_banks.txt", "Signature Bank in New York, which was closed by state regulators on "
                                            "Sunday, would also be covered.")
    assert titles(tmp_path) == {"2023-03-12": "Signature Bank in New York was closed by state regulators"}


def test_a_relative_clause_keeps_the_noun_it_is_about(tmp_path):
    write(tmp_path, "2020-10-27_vote.txt", "Mr Piñera agreed in November to hold the referendum, which was postponed "
                                           "from April because of the pandemic.")
    write(tmp_path, "2020-10-27_minsk.txt", "Le Kremlin a salué l'accord du 5 mars, qui avait été signé à Minsk "
                                            "le 12 février 2015.")
    found = titles(tmp_path)
    assert found["2020-04-01"] == "The referendum was postponed because of the pandemic"
    assert found["2019-11-01"] == "Mr Piñera agreed to hold the referendum"
    # the noun before the clause is named by a date: the clause is about that noun, not the date
    assert found["2015-02-12"] == "L'accord du 5 mars, qui avait été signé à Minsk"
    assert found["2020-03-05"] == "L'accord"
    # "that" with no comma before it opens a relative clause too; after a comma it opens what was said
    (tmp_path / "that").mkdir()
    write(tmp_path / "that", "2020-07-21_summit.txt", "EU leaders agreed on a recovery fund on Tuesday, after four "
                                                      "days of talks that began on Friday.")
    assert titles(tmp_path / "that")["2020-07-17"] == "Four days of talks that began"
    # the main verb after such a clause, or after a participle's ("devrait" is none), has the noun for subject
    (tmp_path / "main").mkdir()
    (tmp_path / "main" / "fr").mkdir()
    write(tmp_path / "main", "2022-05-09_mayor.txt", "The mayor, who had promised on May 1 to send more police, "
                                                     "will speak on Wednesday to the council.")
    write(tmp_path / "main" / "fr", "2022-05-09_maire.txt", "Le maire, qui avait promis le 1er mai de renforcer la "
                                                            "police, doit s'exprimer mercredi devant le conseil.")
    found = titles(tmp_path / "main", by="date_text") | titles(tmp_path / "main" / "fr", by="date_text")
    assert found["Wednesday"] == "The mayor will speak to the council"
    assert found["mercredi"] == "Le maire doit s'exprimer devant le conseil"
    write(tmp_path / "main" / "fr", "2024-03-08_greve.txt", "La grève des contrôleurs, lancée jeudi soir à l'appel "
                                                            "de SUD-Rail, devrait se poursuivre jusqu'à dimanche.")
    assert titles(tmp_path / "main" / "fr", by="date_text")["dimanche"] == "La grève des contrôleurs devrait se poursuivre"
    # "after" before a pronoun is a preposition, opening no clause of its own
    (tmp_path / "after").mkdir()
    write(tmp_path / "after", "2022-11-18_park.txt",
          "The city council voted on Nov. 2 to rename a park that had been named after him in 2016.")
    assert titles(tmp_path / "after")["2016-01-01"] == "Park that had been named after him"


def test_a_participle_right_after_its_noun_dates_that_noun(tmp_path):
    write(tmp_path, "2024-03-08_greve.txt",
          "Les syndicats dénoncent la loi votée en 2019 par le Parlement.\n\n"
          "Ils ont réclamé l'application de l'accord signé le 12 décembre 2022 par la direction.\n\n"
          "La France a signé le 3 mars un accord avec l'Inde.")
    found = titles(tmp_path)
    assert found["2019-01-01"] == "Loi votée par le Parlement"
    assert found["2022-12-12"] == "L'application de l'accord signé par la direction"
    # a participle after its auxiliary is the verb of the sentence, even with an adverb between
    assert found["2024-03-03"] == "La France a signé un accord avec l'Inde"
    (tmp_path / "adverbe").mkdir()
    write(tmp_path / "adverbe", "2024-03-08_club.txt", "Le club a été officiellement relégué samedi après sa défaite.")
    assert titles(tmp_path / "adverbe")["2024-03-02"] == "Le club a été officiellement relégué après sa défaite"
    # an English past participle that is a past tense too may be the sentence's verb
    (tmp_path / "en").mkdir()
    write(tmp_path / "en", "2024-03-08_visit.txt", "The president of France arrived on Monday in Moscow.")
    assert titles(tmp_path / "en")["2024-03-04"] == "The president of France arrived in Moscow"


def test_a_past_tense_written_as_its_present_ends_the_aside_before_it(tmp_path):
    write(tmp_path, "2024-08-19_probe.txt", "The mission, approved in 2012, cost about 1.6 billion euros. "
                                            "The storm, which formed in July, hit the coast on Friday.")
    found = titles(tmp_path, by="date_text")
    assert (found["2012"], found["July"]) == ("The mission approved", "The storm formed")
    assert found["Friday"] == "The storm hit the coast"


def test_a_noun_ending_like_a_participle_and_an_age_stay_in_the_title(tmp_path):
    write(tmp_path, "2024-07-15_mercato.txt", "L'attaquant de 25 ans sera présenté aux supporters mardi 16 juillet.")
    write(tmp_path, "2024-03-03_race.txt", "Grant said on Monday that he would run.")
    assert set(titles(tmp_path).values()) == {"L'attaquant de 25 ans sera présenté aux supporters",
                                              "Grant said that he would run"}
    # a present participle opening the clause still leaves it
    (tmp_path / "participle").mkdir()
    write(tmp_path / "participle", "2024-07-15_feu.txt", "Concernant la grève, les syndicats se réuniront lundi.")
    assert titles(tmp_path / "participle")["2024-07-15"] == "La grève, les syndicats se réuniront"


def test_a_participle_after_a_comma_keeps_the_noun_it_is_about(tmp_path):
    write(tmp_path, "2019-05-27_galles.txt", "La reine a présidé hier l'ouverture du nouveau Parlement du Pays de "
                                             "Galles, élu le 6 mai dernier.")
    write(tmp_path, "2019-09-09_tel.txt", "Dimanche 8 septembre, Macron et Poutine se sont entretenus par téléphone, "
                                          "saluant l'échange de prisonniers intervenu la veille.")
    found = titles(tmp_path)
    assert found["2019-05-06"] == "Nouveau Parlement du Pays de Galles, élu"
    # a present participle has the sentence's subject, not the noun before it
    assert not found["2019-09-07"].startswith("Téléphone")


def test_a_range_of_dates_is_one_event_over_the_whole_span(tmp_path):
    write(tmp_path, "2019-07-10_g7.txt", "Le sommet du G7 se tiendra du 24 au 26 août à Biarritz.\n\n"
                                         "La Russie a présidé le G8 de 2014 à 2016, selon le communiqué.")
    write(tmp_path, "2019-07-10_markets.txt", "The index fell 2 percent on 3 and 5 July, traders said.")
    events, mentions, _ = extract(tmp_path)
    spans = {(r.date_start, r.date_end, r.precision): r.title for r in events.itertuples()}
    assert spans[("2019-08-24", "2019-08-26", "day")] == "Le sommet du G7 se tiendra à Biarritz"
    assert spans[("2014-01-01", "2016-12-31", "year")].startswith("La Russie a présidé le G8")
    assert set(mentions["date_text"]) >= {"24 au 26 août", "2014 à 2016"}
    # two days joined by "and" are two days, not the days between
    assert ("2019-07-03", "2019-07-03", "day") in spans and ("2019-07-05", "2019-07-05", "day") in spans


def test_days_in_a_row_listed_are_one_event_over_them(tmp_path):
    write(tmp_path, "2023-11-14_greve.txt", "Les syndicats de la SNCF appellent à la grève les 22, 23 et 24 "
                                            "décembre.")
    write(tmp_path, "2023-11-15_strike.txt", "SNCF unions called a strike for December 22, 23 and 24. Talks were held "
                                             "on November 3, 6 and 7.")
    events, _, _ = extract(tmp_path)
    spans = sorted(zip(events["date_start"], events["date_end"], events["n_sources"]))
    # days not in a row are days apart: the first stays alone, the two that follow are one span
    assert spans == [("2023-11-03", "2023-11-03", 1), ("2023-11-06", "2023-11-07", 1), ("2023-12-22", "2023-12-24", 2)]


def test_words_of_time_and_lists_of_dates_leave_the_clause_its_title(tmp_path):
    write(tmp_path, "1999-05-05_kopp.txt",
          "Slepian was shot to death on the night of Oct. 23 as he stood in the kitchen of his home.\n\n"
          "Videotapes show the car crossing the border in 1994, 1995 and 1997, when doctors were shot at.\n\n"
          "Cuba said the relatives would look for ways to get around Wednesday's meeting between the boy and "
          "his grandmothers.\n\n"
          "Albright was heartened by progress in the inquiry into last Friday's bombings of U.S. embassies.\n\n"
          "They will appeal the decision, announced Tuesday by the INS, that the boy must be returned by Jan. 14.\n\n"
          "Until this week.")
    found = titles(tmp_path, by="date_text")
    assert found["Oct. 23"].startswith("Slepian was shot to death")  # "the night of" is no thing dated
    assert found["1995"].startswith("Videotapes show the car crossing")  # a date in a list dates the clause too
    assert found["Wednesday"] == "Meeting"  # a possessive date names the noun after it
    assert found["last Friday"] == "Bombings of U.S. embassies"  # an abbreviation's full stop ends no phrase
    # "that" opening what was said is no relative pronoun: the clause is about the boy, not the INS
    assert found["Jan. 14"] == "The boy must be returned"
    assert "this week" not in found  # a lead-in and a date say nothing


def test_a_dispatch_dateline_may_end_its_line(tmp_path):
    write(tmp_path, "1998-08-08_xie.txt", "JOHANNESBURG, August 7 (Xinhua) --\n\nSouth Africa deplored Friday the "
                                          "bomb blasts which killed scores of people outside embassies of the United States.")
    events, _, _ = extract(tmp_path)
    assert list(events["date_text"]) == ["Friday"]


def test_a_range_opened_by_between_is_one_event(tmp_path):
    write(tmp_path, "1999-07-06_insee.txt", "Entre 1990 et 1999, la croissance démographique moyenne est de 0,38% par an.")
    write(tmp_path, "1999-07-06_talks.txt", "The talks were held between 3 and 5 March in Geneva.")
    events, _, _ = extract(tmp_path)
    spans = sorted(zip(events["date_start"], events["date_end"]))
    assert spans == [("1990-01-01", "1999-12-31"), ("1999-03-03", "1999-03-05")]


def test_a_denied_date_makes_no_event(tmp_path):
    write(tmp_path, "1999-10-01_gym.txt", "Les cours reprendront le jeudi 7 octobre à la salle des fêtes et non "
                                          "le jeudi 30 septembre comme annoncé.")
    write(tmp_path, "2019-06-01_vote.txt", "The vote will be held in 2020, not in 2019, officials said.")
    events, mentions, _ = extract(tmp_path)
    assert sorted(events["date_start"]) == ["1999-10-07", "2020-01-01"]
    assert "30 septembre" not in " ".join(mentions["date_text"])


def test_a_time_after_a_date_of_the_same_day_is_no_event_of_its_own(tmp_path):
    write(tmp_path, "1999-07-18_bal.txt", "Ce dimanche, de 18 h à 23 h, l'office municipal organise un thé dansant géant.\n\n"
                                          "Les cours reprendront le jeudi 7 octobre, de 19 h 30 à 20 h 30, à Anemont.")
    events, _, _ = extract(tmp_path)
    assert sorted(events["date_start"]) == ["1999-07-18", "1999-10-07"]
    assert "l'office municipal organise" in events.set_index("date_start").loc["1999-07-18", "title"]


def test_a_date_alone_at_the_end_of_a_sentence_dates_the_clause_before_it(tmp_path):
    write(tmp_path, "2018-07-17_trade.txt", "Negotiations began in 2013 and were concluded in December last year.")
    events, _, _ = extract(tmp_path)
    december = events[events["date_start"] == "2017-12-01"].iloc[0]
    assert "concluded" in december.title


def test_a_date_a_comparison_is_measured_from_dates_no_event(tmp_path):
    write(tmp_path, "2023-06-15_ecb.txt", "The bank raised its rate on Thursday to 3.5 percent, the highest level "
                                          "since 2001 and its third increase since January.")
    write(tmp_path, "2023-06-15_bce.txt", "Le taux atteint son plus haut niveau depuis 2001, a annoncé la banque "
                                          "centrale européenne jeudi.")
    write(tmp_path, "2023-06-15_summit.txt", "The summit, the longest since Nice in 2000, ended on Tuesday.")
    # what has not been seen since then is measured from it too
    write(tmp_path, "2022-04-25_vote.txt", "L'abstention a atteint 28 %, un niveau inédit pour un second tour "
                                           "depuis 1969.")
    write(tmp_path, "2022-04-25_turnout.txt", "Abstention was at 28%, an unprecedented level for a runoff since 1969.")
    events, _, _ = extract(tmp_path)
    assert sorted(events["date_text"]) == ["Thursday", "Tuesday", "jeudi"]


def test_a_count_or_a_record_measured_from_an_event_dates_no_event(tmp_path):
    write(tmp_path, "2023-09-14_ecb.txt", "The bank raised its rate on Thursday, its tenth consecutive increase "
                                          "since July 2022, to the highest level since the launch of the euro in "
                                          "1999.")
    write(tmp_path, "2023-09-14_bce.txt", "La banque a relevé jeudi son taux à 4 %, un niveau inédit depuis la "
                                          "création de l'euro en 1999. C'est la dixième hausse consécutive depuis "
                                          "juillet 2022.")
    # the event named may be set off by a comma, and the words before "since" hold an apostrophe
    write(tmp_path, "2025-02-14_cyclone.txt", "C'est le premier cyclone à frapper directement l'île depuis Dina, "
                                              "en janvier 2002. Il a touché terre jeudi.")
    write(tmp_path, "2025-02-14_storm.txt", "It is the first cyclone to hit the island since Dina, in January 2002. "
                                            "It made landfall on Thursday.")
    events, _, _ = extract(tmp_path)
    assert sorted(events["date_text"]) == ["Thursday", "Thursday", "jeudi", "jeudi"]


@pytest.mark.parametrize("lang,sentence,dates", [
    ("en", "Nordchip reported revenue of $4.2 billion on Wednesday, up 38% from a year earlier.", ["Wednesday"]),
    ("en", "Shares rose on Friday and have more than doubled since the start of the year.", ["Friday"]),
    ("en", "Inflation fell to 2.6% in February from 2.8% in January.", ["February"]),
    ("en", "Sales rose 5% compared with the same period last year, the company said on Tuesday.", ["Tuesday"]),
    ("fr", "Les ventes sont en hausse par rapport à l'an dernier, a indiqué mardi le groupe.", ["mardi"]),
    ("fr", "Les actions ont progressé vendredi et ont plus que doublé depuis le début de l'année.", ["vendredi"]),
    ("fr", "L'inflation a atteint 2,6 % en février contre 2,8 % en janvier.", ["février"]),
    # ...or from a count, a bare figure as well as a percentage
    ("en", "In 2023, England recorded 368 cases of measles, up from 54 in 2022.", ["2023"]),
    # ...or a number of times
    ("en", "The government used the procedure on Monday, ten times since October.", ["Monday"]),
    ("fr", "Le gouvernement a recouru lundi au 49.3, utilisé à dix reprises depuis octobre dernier.", ["lundi"]),
    ("en", "In 2023, England recorded 368 cases of measles, up from 54 the year before.", ["2023"]),
    ("fr", "En 2023, l'Angleterre a recensé 368 cas de rougeole, contre 54 l'année d'avant.", ["2023"]),
    ("en", "The agency said on Thursday that 127 cases were confirmed, bringing the total since October 1 to 521.",
     ["Thursday"]),
    ("fr", "L'agence a annoncé jeudi 127 nouveaux cas, ce qui porte le bilan depuis le 1er octobre à 521.",
     ["jeudi"]),
    # a change without a measure from a date leaves the date an event
    ("en", "The committee was set up on Monday to review the case.", ["Monday"]),
    ("en", "He has lived in Paris since 2010.", ["2010"]),
])
def test_a_date_a_change_is_measured_from_dates_no_event(tmp_path, lang, sentence, dates):
    write(tmp_path, f"2023-10-25_{lang}.txt", sentence)
    events, _, _ = extract(tmp_path)
    assert list(events["date_text"]) == dates


def test_a_past_tense_after_a_clause_about_the_subject_is_the_subjects_verb(tmp_path):
    # "died" after ", who ..., " is not a participle about the noun just before the comma
    write(tmp_path, "2021-10-05_obit.txt", "Maria Kovacs, who in 1968 became the first woman to conduct the "
                                           "Budapest Philharmonic, died on Monday at her home in Vienna.")
    found = titles(tmp_path, by="date_text")
    assert found["Monday"] == "Maria Kovacs died at her home in Vienna"


def test_a_preposition_ending_a_title_after_its_verb_leaves_it(tmp_path):
    write(tmp_path, "2000-01-24_kopp.txt", "Kopp, who is from Vermont, was indicted last year in the October 1998 "
                                           "shooting death of a doctor in Buffalo.")
    found = titles(tmp_path, by="date_text")
    assert found["last year"] == "Kopp was indicted"


def test_a_clause_inside_a_relative_clause_does_not_cut_the_sentence_after_it(tmp_path):
    write(tmp_path, "2024-05-26_coach.txt", "Coach Xabi Alonso, who took over in October 2022 when the club was "
                                            "second from bottom, said on Sunday he would stay for another season.")
    found = titles(tmp_path, by="date_text")
    assert found["Sunday"] == "Coach Xabi Alonso said he would stay for another season"


def test_an_ordinal_may_stand_in_the_subject_a_second_verb_shares(tmp_path):
    write(tmp_path, "2023-07-10_festival.txt", "La 77e édition du festival a été lancée samedi soir et se "
                                               "poursuivra jusqu'au 25 juillet.")
    found = titles(tmp_path, by="date_text")
    assert found["25 juillet"] == "La 77e édition du festival se poursuivra"


def test_a_relative_clause_holding_the_only_date_is_what_it_dates(tmp_path):
    write(tmp_path, "2023-06-15_ecb.txt", "Christine Lagarde said inflation, which peaked at 10.6 percent last "
                                          "October, was still too high.")
    write(tmp_path, "2023-06-15_kavan.txt", "The Czech foreign minister met Jan Kavan, who lived in London in "
                                            "1968.")
    found = titles(tmp_path, by="date_text")
    assert found["last October"] == "Inflation peaked at 10.6 percent"
    assert found["1968"] == "Jan Kavan lived in London"


def test_a_pronoun_standing_for_the_subject_of_the_dated_clause_gives_way_to_its_noun(tmp_path):
    for name, text in {
        "union": "The union, which walked out on Friday, has not said when its members will return.",
        "greve": "La grève, qui a commencé lundi dernier, perturbe toujours le trafic des trains régionaux.",
        # two nouns joined: which one the pronoun stands for is not known
        "rescue": "The family spoke about the rescue of Elian, who was found at sea on November 25.",
        # the noun is the object of the clause's verb, not its subject
        "anger": "Little of the anger that the issue aroused in 1980 remains among the residents.",
    }.items():
        (tmp_path / name).mkdir()
        write(tmp_path / name, f"2023-11-30_{name}.txt", text)
    assert list(titles(tmp_path / "union").values()) == ["The union walked out"]
    assert list(titles(tmp_path / "greve").values()) == ["La grève a commencé"]
    assert list(titles(tmp_path / "rescue").values()) == ["The rescue of Elian, who was found at sea"]
    assert list(titles(tmp_path / "anger").values()) == ["Little of the anger that the issue aroused remains among the residents"]


def test_a_date_ending_a_reporting_clause_dates_the_saying_of_what_follows(tmp_path):
    for name, text in {
        "bank": "The central bank said on Thursday that it would cut rates in June.",
        "reforme": "Le gouvernement a annoncé jeudi qu'il reporterait la réforme en juin.",
        # an impersonal "it" stands for no one
        "talks": "The ministry said on Monday that it was unclear whether talks would resume in June.",
    }.items():
        (tmp_path / name).mkdir()
        write(tmp_path / name, f"2024-03-21_{name}.txt", text)
    assert titles(tmp_path / "bank", by="date_text") == {
        "Thursday": "The central bank said that it would cut rates in June", "June": "The central bank would cut rates"}
    assert titles(tmp_path / "reforme", by="date_text") == {
        "jeudi": "Le gouvernement a annoncé qu'il reporterait la réforme en juin",
        "juin": "Le gouvernement reporterait la réforme"}
    assert titles(tmp_path / "talks", by="date_text")["June"] == "It was unclear whether talks would resume"


def test_a_date_set_off_by_commas_leaves_no_comma_in_the_title(tmp_path):
    write(tmp_path, "2023-06-15_ecb.txt", "Analysts expect the next meeting, on July 27, to bring a further rise.")
    assert titles(tmp_path)["2023-07-27"] == "Analysts expect the next meeting to bring a further rise"


def test_the_words_introducing_a_later_date_leave_the_title_of_an_earlier_one(tmp_path):
    write(tmp_path, "2024-03-21_en.txt", "Economists polled last week had expected the bank to stay on hold until the summer.")
    write(tmp_path, "2024-03-07_fr.txt", "Le préfet du département a prolongé mardi l'interdiction de la manifestation "
                                         "jusqu'au 15 mars.")
    found = titles(tmp_path, by="date_text")
    assert found["last week"] == "Economists polled had expected the bank to stay on hold"
    assert found["mardi"] == "Le préfet du département a prolongé l'interdiction de la manifestation"


def test_a_hope_looks_ahead_and_before_leaves_the_title(tmp_path):
    write(tmp_path, "2023-03-06_senat.txt", "Le gouvernement espère une adoption définitive avant la fin du mois.")
    write(tmp_path, "2023-03-06_vote.txt", "The government hopes to pass the bill before the end of the month, "
                                           "its spokesman told reporters at length.")
    events, _, _ = extract(tmp_path)
    assert sorted(zip(events["title"], events["status"])) == [
        ("Le gouvernement espère une adoption définitive", "planned"),
        ("The government hopes to pass the bill", "planned")]


def test_an_adverbial_clause_holding_the_date_is_what_it_dates(tmp_path):
    write(tmp_path, "2024-03-12_storm.txt", "Crews worked through the night to restore power after a storm swept "
                                            "across southern Florida on Sunday.")
    write(tmp_path, "2019-02-10_nato.txt", "The three countries have finished all formalities for accession after "
                                           "the Hungarian parliament ratified the treaty on Tuesday.")
    write(tmp_path, "2023-07-18_greve.txt", "Lorsque la grève a commencé le 7 mars, les trains se sont arrêtés "
                                            "dans toute la France.")
    found = titles(tmp_path, by="date_text")
    assert found["Sunday"] == "A storm swept across southern Florida"
    assert found["Tuesday"] == "The Hungarian parliament ratified the treaty"
    assert found["7 mars"] == "La grève a commencé"


def test_how_long_before_or_after_a_clause_leaves_the_title_of_the_date_before_it(tmp_path):
    write(tmp_path, "2023-02-08_quake.txt", "Rescuers pulled survivors from the rubble on Wednesday, two days after "
                                            "an earthquake struck the south of the country on Monday.")
    write(tmp_path, "2023-02-08_vote.txt", "The minister resigned on Friday, shortly before the report on the scandal "
                                           "was published on Saturday.")
    write(tmp_path, "2023-02-08_rapport.txt", "Le ministre a démissionné lundi, trois jours après que le rapport sur "
                                              "le scandale a été publié vendredi.")
    found = titles(tmp_path, by="date_text")
    assert found["Wednesday"] == "Rescuers pulled survivors from the rubble"
    assert found["Monday"] == "An earthquake struck the south of the country"
    assert found["Friday"] == "The minister resigned"
    assert found["lundi"] == "Le ministre a démissionné"


def test_a_date_introduced_by_a_subordinating_word_without_a_verb_dates_the_sentence(tmp_path):
    write(tmp_path, "2024-03-12_port.txt", "The port stayed closed after the storm on Sunday, officials said.")
    write(tmp_path, "2024-03-12_jury.txt", "``We know what we want to bring before a grand jury,'' the prosecutor "
                                           "said on Monday.")
    found = titles(tmp_path, by="date_text")
    assert found["Sunday"] == "The port stayed closed after the storm"
    assert found["Monday"].startswith("We know what we want")


def test_he_or_she_opening_the_dated_clause_is_the_person_the_sentence_opens_with(tmp_path):
    write(tmp_path, "1999-01-22_kopp.txt", "Barnett Slepian ran a clinic in Buffalo. Slepian was its mainstay "
                                           "before he was shot at his home on Oct. 23.")
    write(tmp_path, "2000-01-07_police.txt", "Police said the boy had been found at sea before he was taken to "
                                             "hospital on Thursday.")
    write(tmp_path, "2019-09-10_macron.txt", "Emmanuel Macron a quitté la ville dans la soirée après qu'il a "
                                             "rencontré Vladimir Poutine le 9 septembre.")
    found = titles(tmp_path, by="date_text")
    assert found["Oct. 23"] == "Slepian was shot at his home"
    assert found["Thursday"] == "He was taken to hospital"  # "Police" is no one's name
    assert found["9 septembre"] == "Macron a rencontré Poutine"


def test_a_comparison_reaches_back_over_a_few_words_to_its_anchor(tmp_path):
    write(tmp_path, "2024-03-12_storm.txt", "The storm, the third to hit the state since December, flooded roads "
                                            "in Miami on Sunday.")
    events, _, _ = extract(tmp_path)
    assert list(events["date_text"]) == ["Sunday"]


def test_what_forecasters_expect_is_planned(tmp_path):
    write(tmp_path, "2024-03-12_storm.txt", "The weather service expects another storm to form by the end of the "
                                            "month over the warm waters of the Gulf.")
    events, _, _ = extract(tmp_path)
    assert list(events["status"]) == ["planned"]


def test_a_date_opening_the_sentence_leaves_the_title_of_a_later_date(tmp_path):
    write(tmp_path, "2023-07-18_greve.txt", "Le gouvernement a reçu les syndicats lundi. La veille, "
                                            "l'intersyndicale avait appelé à une nouvelle journée de grève le 14 "
                                            "septembre.")
    found = titles(tmp_path, by="date_text")
    assert found["14 septembre"] == "L'intersyndicale avait appelé à une nouvelle journée de grève"


def test_a_date_followed_only_by_a_verbless_phrase_dates_the_clause_before_it(tmp_path):
    write(tmp_path, "2025-10-02_vote.txt", "The parliament voted on Wednesday to hold a snap election on November 16, "
                                           "two years ahead of schedule.")
    found = titles(tmp_path, by="date_text")
    assert "snap election" in found["November 16"]


def test_a_comparison_anchor_may_name_who_or_what_before_its_date(tmp_path):
    write(tmp_path, "2025-10-02_vote.txt", "The prime minister lost a confidence vote on September 24, the first "
                                           "leader to do so since Stefan Löfven in 2021.")
    write(tmp_path, "2025-10-02_climat.txt", "La température a atteint son plus haut niveau depuis le début des "
                                             "relevés en 1880, a indiqué lundi Météo-France.")
    events, _, _ = extract(tmp_path)
    assert sorted(events["date_text"]) == ["September 24", "lundi"]


def test_a_date_naming_the_noun_after_it_stays_in_the_title(tmp_path):
    write(tmp_path, "2025-10-02_vote.txt", "Turnout in the 2022 election was 84 percent, the commission said.")
    assert titles(tmp_path, by="date_text")["2022"] == "Turnout in the 2022 election was 84 percent"


def test_a_two_word_clause_marker_cuts_before_its_first_word(tmp_path):
    write(tmp_path, "2023-03-10_demission.txt", "Le ministre a démissionné lundi, bien que le parti l'ait soutenu "
                                                "en janvier.")
    write(tmp_path, "2023-03-10_resign.txt", "The minister resigned on Monday because the party dropped him in "
                                             "January.")
    found = titles(tmp_path, by="date_text")
    assert (found["lundi"], found["janvier"]) == ("Le ministre a démissionné", "Le parti l'ait soutenu")
    assert (found["Monday"], found["January"]) == ("The minister resigned", "The party dropped him")


def test_an_elided_connector_leaves_the_start_of_a_title(tmp_path):
    write(tmp_path, "2023-07-18_retraites.txt", "Le gouvernement a annoncé mardi qu’il repoussait l'examen du texte "
                                                "à la fin du mois.")
    assert titles(tmp_path, by="date_text")["la fin du mois"] == "Le gouvernement repoussait l'examen du texte"


def test_a_date_followed_only_by_a_reporting_clause_dates_the_clause_before_it(tmp_path):
    write(tmp_path, "2025-08-14_feu.txt", "Le feu qui ravageait la forêt depuis mardi a été fixé jeudi matin, a "
                                          "annoncé la préfecture.")
    write(tmp_path, "2025-08-14_fire.txt", "The fire that had burned for days since Tuesday was contained on "
                                           "Thursday, officials said.")
    found = titles(tmp_path, by="date_text")
    assert "a été fixé" in found["jeudi matin"]
    # "since" before a date introduces that date; it opens no clause for the next one
    assert found["Thursday"].startswith("The fire") and "was contained" in found["Thursday"]


def test_the_date_of_a_reporting_clause_after_a_dated_story_is_no_event(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "fr").mkdir()
    (tmp_path / "alone").mkdir()
    write(tmp_path / "en", "2020-01-26_quake.txt", "A strong earthquake struck eastern Turkey on Friday evening, "
                                                   "killing at least 31 people, officials said Saturday.")
    write(tmp_path / "fr", "2020-01-26_seisme.txt", "Un fort séisme a frappé l'est de la Turquie vendredi soir, "
                                                    "faisant 31 morts, a indiqué samedi la préfecture.")
    # ...also when the date follows the verb of the story at once
    write(tmp_path / "en", "2020-01-26_singer.txt", "The singer died Thursday, his family said on Saturday.")
    write(tmp_path / "fr", "2020-01-26_chanteur.txt", "Le chanteur est mort jeudi, a annoncé samedi sa famille.")
    for folder in ("en", "fr"):
        assert list(titles(tmp_path / folder)) == ["2020-01-23", "2020-01-24"]
    # ...or when only a phrase of the story, no verb, stands between its date and the report
    (tmp_path / "phrase").mkdir()
    write(tmp_path / "phrase", "2024-08-19_funeral.txt", "His funeral will be held on Saturday in Douchy, in the "
                                                         "presence of family only, the family said on Monday.")
    write(tmp_path / "phrase", "2024-08-19_obseques.txt", "Ses obsèques auront lieu samedi à Douchy, dans la stricte "
                                                          "intimité, a précisé la famille lundi.")
    assert list(extract(tmp_path / "phrase")[0]["date_start"]) == ["2024-08-24"]
    # with no other date, the report's date dates what it reports
    write(tmp_path / "alone", "2020-01-26_talks.txt", "Russia is ready to resume talks with the European Union, "
                                                      "President Vladimir Putin said on Saturday.")
    assert titles(tmp_path / "alone")["2020-01-25"].startswith("Russia is ready")


def test_an_opening_participle_phrase_tells_of_the_subject_after_it(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "fr").mkdir()
    write(tmp_path / "en", "2021-05-12_charged.txt", "Arrested on Monday, the suspect was charged on Wednesday.")
    write(tmp_path / "fr", "2021-05-12_examen.txt", "Élu en 2017, Emmanuel Macron a annoncé mardi sa candidature.")
    # "announced" with an object is the sentence's verb, not a closing "..., the ministry announced"
    write(tmp_path / "en", "2021-05-12_elected.txt", "Elected in 2017, Macron announced his candidacy on Tuesday.")
    assert titles(tmp_path / "en", by="date_text") == {
        "Monday": "The suspect arrested", "Wednesday": "The suspect was charged",
        "2017": "Macron elected", "Tuesday": "Macron announced his candidacy"}
    assert titles(tmp_path / "fr", by="date_text") == {"2017": "Macron élu", "mardi": "Macron a annoncé sa candidature"}
    # a pronoun after the phrase names no one: the phrase stands alone
    (tmp_path / "il").mkdir()
    (tmp_path / "he").mkdir()
    write(tmp_path / "il", "2024-08-18_deces.txt", "Né le 8 novembre 1935 à Sceaux, il avait été révélé au début des "
                                                   "années 1960.")
    write(tmp_path / "he", "2024-08-18_obit.txt", "Born on November 8, 1935, in Sceaux, he rose to fame in the early "
                                                  "1960s.")
    assert titles(tmp_path / "il", by="date_text") == {"8 novembre 1935": "Né à Sceaux",
                                                       "au début des années 1960": "Il avait été révélé"}
    assert titles(tmp_path / "he", by="date_text") == {"November 8, 1935": "Born in Sceaux",
                                                       "the early 1960s": "He rose to fame"}
    # an imperfect is a verb as a compound past is
    (tmp_path / "imparfait").mkdir()
    write(tmp_path / "imparfait", "2020-10-30_proces.txt",
          "Ouvert le 2 septembre 2020, ce procès devait s'achever le 10 novembre.")
    assert titles(tmp_path / "imparfait", by="date_text") == {
        "2 septembre 2020": "Ce procès ouvert", "10 novembre": "Ce procès devait s'achever"}
    # an irregular participle opens one too, and a comma inside the date does not close it
    (tmp_path / "born").mkdir()
    write(tmp_path / "born", "2021-10-05_obit.txt", "Born in Szeged on March 14, 1937, Kovacs studied piano in "
                                                    "Budapest before turning to conducting in the late 1950s.")
    assert titles(tmp_path / "born", by="date_text") == {
        "March 14, 1937": "Kovacs, born in Szeged",
        "the late 1950s": "Kovacs studied piano in Budapest before turning to conducting"}
    # a connector or a word opening a date is no participle, though it ends as "conquis" does
    (tmp_path / "connector").mkdir()
    write(tmp_path / "connector", "2021-05-12_accord.txt", "Mais en 2019, les deux pays ont signé un accord.")
    assert titles(tmp_path / "connector") == {"2019-01-01": "Les deux pays ont signé un accord"}


def test_a_verb_joined_to_the_first_by_and_is_dated_apart_with_its_subject(tmp_path):
    write(tmp_path, "2025-03-03_merger.txt", "The companies announced the deal in September 2024 and formally "
                                             "notified it to Brussels on January 15.")
    (tmp_path / "fr").mkdir()  # apart: the same two days in French would be the same events
    write(tmp_path / "fr", "2025-03-03_fusion.txt", "Les entreprises ont annoncé l'accord en septembre 2024 et "
                                                    "l'ont notifié à Bruxelles le 15 janvier.")
    found = titles(tmp_path, by="date_text") | titles(tmp_path / "fr", by="date_text")
    assert found["September 2024"] == "The companies announced the deal"
    assert found["January 15"] == "The companies formally notified it to Brussels"
    assert found["septembre 2024"] == "Les entreprises ont annoncé l'accord"
    assert found["15 janvier"] == "Les entreprises l'ont notifié à Bruxelles"
    # the subject follows an opening phrase; "after" ends before a verb joined by "and": that verb
    # is the sentence's, not the phrase's; the shared subject does not make the two clauses one event
    (tmp_path / "opening").mkdir()
    write(tmp_path / "opening", "2024-02-15_lander.txt",
          "In January, another lander suffered a propellant leak hours after launch and burned up in the "
          "atmosphere on Jan. 18.")
    write(tmp_path / "fr", "2024-04-01_reforme.txt",
          "En février, le ministre a annoncé la réforme et l'a présentée au Sénat le 3 avril.")
    found = titles(tmp_path / "opening", by="date_text") | titles(tmp_path / "fr", by="date_text")
    assert found["Jan. 18"] == "Another lander burned up in the atmosphere"
    assert found["January"] == "Another lander suffered a propellant leak hours after launch"  # two events
    assert found["3 avril"] == "Le ministre l'a présentée au Sénat"
    # "and" before a new subject joins two clauses, each with its own subject
    write(tmp_path, "2025-03-03_talks.txt", "The envoy arrived on Monday and the talks began on Tuesday.")
    assert not titles(tmp_path, by="date_text")["Tuesday"].startswith("The envoy")


def test_a_participle_aside_holding_the_only_date_is_what_it_dates(tmp_path):
    write(tmp_path, "2025-03-05_offer.txt", "Talks failed. Their offer, submitted on February 20, came too late. "
                                            "The minister, a veteran of the party, announced on Monday that he "
                                            "would resign.")
    (tmp_path / "fr").mkdir()
    write(tmp_path / "fr", "2025-03-05_proces.txt", "Le procès s'ouvre. L'enquête, ouverte en octobre 2019, a duré "
                                                    "quatre ans. L'incendie de l'usine, survenu le 26 septembre 2019, "
                                                    "avait provoqué un nuage.")
    write(tmp_path, "2024-01-20_launch.txt", "The rocket's launch, planned for next Tuesday, has been postponed.")
    found = titles(tmp_path, by="date_text") | titles(tmp_path / "fr", by="date_text")
    # the participle left without its date joins the noun, as in a headline
    assert found["February 20"] == "Offer submitted"
    assert found["octobre 2019"] == "L'enquête ouverte"
    # the noun such a clause is about may be the first of two a link joins
    assert found["26 septembre 2019"] == "L'incendie de l'usine survenu"
    # the main verb may open with auxiliaries
    assert found["next Tuesday"] == "The rocket's launch planned"
    # an aside with no participle says who, not what the date dates
    assert found["Monday"].startswith("The minister")


def test_a_clause_after_a_date_that_dates_nothing_else_tells_what_happened_then(tmp_path):
    for name, filename, text in [
        # the date a comparison is measured from
        ("index", "2025-03-05_index.txt", "The index rose on Monday to its highest level since 2008, when the "
                                          "financial crisis hit European banks."),
        ("feu", "2025-08-14_feu.txt", "C'est le plus grand incendie du département depuis l'été 2022, quand 30 000 "
                                      "hectares avaient brûlé. C'est la pire sécheresse depuis 1976."),
        # a date naming a noun
        ("blocages", "2024-01-26_blocages.txt", "Le mouvement rappelle celui de l'hiver 2019, quand des milliers "
                                                "d'agriculteurs avaient manifesté contre le traité."),
        ("havana", "2000-01-28_havana.txt", "The protest marked a return to the larger demonstrations of early "
                                            "December, when hundreds of thousands of people rallied in Havana."),
    ]:
        (tmp_path / name).mkdir()
        write(tmp_path / name, filename, text)
    found = {}
    for name in ("index", "feu", "blocages", "havana"):
        found |= titles(tmp_path / name, by="date_text")
    assert found["2008"] == "The financial crisis hit European banks"
    assert found["l'été 2022"] == "30 000 hectares avaient brûlé"
    assert found["l'hiver 2019"] == "Des milliers d'agriculteurs avaient manifesté contre le traité"
    assert found["early December"] == "Hundreds of thousands of people rallied in Havana"
    # with no such clause the date a comparison is measured from dates nothing
    assert "1976" not in found and found["Monday"].startswith("The index rose")


def test_two_days_in_a_row_are_one_event_over_both(tmp_path):
    write(tmp_path, "2025-06-12_nato.txt", "Leaders will meet in The Hague on June 24 and 25. Ministers met on "
                                           "June 3 and 5.")
    events, _, _ = extract(tmp_path)
    spans = set(zip(events["date_start"], events["date_end"]))
    assert ("2025-06-24", "2025-06-25") in spans
    # two days apart are two events
    assert {("2025-06-03", "2025-06-03"), ("2025-06-05", "2025-06-05")} <= spans


def test_what_lies_later_this_month_is_planned(tmp_path):
    write(tmp_path, "2025-06-12_nato.txt", "Ministers agreed on Thursday on a plan, clearing the way for leaders to "
                                           "sign off on it later this month.")
    events, _, _ = extract(tmp_path)
    assert dict(zip(events["date_text"], events["status"])) == {"Thursday": "occurred", "later this month": "planned"}


def test_a_verb_after_and_keeps_the_subject_only_of_a_sentence_with_one_verb_before(tmp_path):
    write(tmp_path, "2025-06-12_nato.txt", "He said the national plans would be due by the end of the year and "
                                           "reviewed at a meeting next February.")
    assert not titles(tmp_path, by="date_text")["next February"].startswith("He")


def test_a_place_after_a_dated_noun_stays_in_its_name(tmp_path):
    write(tmp_path, "2025-06-12_nato.txt", "The guideline was last changed at the 2014 summit in Wales, diplomats "
                                           "recalled on Thursday.")
    assert titles(tmp_path, by="date_text")["2014"] == "Summit in Wales"


@pytest.mark.parametrize("lang,sentence,actors,place", [
    ("en", "The treaty was signed by 82 countries in New York on Tuesday.", "", "New York"),
    ("fr", "Le ministre Ali Hassan s'est rendu en Guinée Équatoriale mardi.", "Ali Hassan", "Guinée Équatoriale"),
    # after a preposition that may name a person too, a name stays an actor
    ("en", "The minister wrote to Ali Hassan on Tuesday.", "Ali Hassan", ""),
    ("fr", "Le ministre a écrit à Ali Hassan mardi.", "Ali Hassan", ""),
])
def test_a_name_after_a_preposition_only_places_follow_is_a_place_not_an_actor(tmp_path, lang, sentence, actors,
                                                                                place):
    write(tmp_path, f"2023-09-14_{lang}.txt", sentence)
    events, _, _ = extract(tmp_path)
    assert (events.iloc[0].actors, events.iloc[0].location) == (actors, place)


@pytest.mark.parametrize("lang,sentence,actors", [
    # a body's name is kept whole, a person's cut to its last two words
    ("en", "The European Space Agency said on Tuesday that the launch had failed.", "European Space Agency"),
    ("en", "Immigration and Naturalization Service Commissioner Doris Meissner ruled on Tuesday.",
     "Naturalization Service;Doris Meissner"),
    ("en", "Deputy Prime Minister Ali Hassan Khan resigned on Tuesday, and he said it was for his health.",
     "Hassan Khan"),
    ("en", "The Wall Street Journal reported on December 22 that the two were in talks.", "Wall Street Journal"),
    # a holiday is no one
    ("en", "The telescope was launched on Christmas Day 2021 by Ariane Espace.", "Ariane Espace"),
])
def test_the_names_of_bodies_are_whole_and_holidays_are_no_names(tmp_path, lang, sentence, actors):
    write(tmp_path, f"2023-09-14_{lang}.txt", sentence)
    events, _, _ = extract(tmp_path)
    assert events.iloc[0].actors == actors


def test_a_holiday_is_no_place(tmp_path):
    write(tmp_path, "1998-10-26_en.txt", "He will campaign on this from Monday to Election Day.")
    events, _, _ = extract(tmp_path)
    assert list(events["location"].fillna("")) == [""] * len(events)


def test_a_time_in_brackets_after_a_time_is_the_same_moment(tmp_path):
    write(tmp_path, "2024-03-08_quake.txt", "TAIPEI, March 8 - The quake hit at 4:12 a.m. local time (2012 GMT "
                                            "Thursday) at a depth of 10 km, the agency said.")
    events, _, _ = extract(tmp_path)
    assert list(zip(events["date_start"], events["date_text"])) == [("2024-03-08", "4:12 a.m.")]
    assert events.iloc[0].title.startswith("The quake hit")


@pytest.mark.parametrize("sentence", [
    "The vote will be held at 9 a.m. EDT Thursday in the old hall.",  # a time zone
    "Chapter XIV of the law takes effect on Thursday in the old hall.",  # a numeral
    "THE VOTE WILL BE HELD ON THURSDAY IN THE OLD HALL, officials said.",  # an all-capitals line
])
def test_an_acronym_is_no_actor_when_it_is_a_time_zone_a_numeral_or_a_shouted_word(tmp_path, sentence):
    write(tmp_path, "2000-04-05_en.txt", sentence)
    events, _, _ = extract(tmp_path)
    assert list(events["actors"].fillna("")) == [""] * len(events)


def test_a_clause_after_an_aside_holding_another_date_opens_with_the_subject(tmp_path):
    write(tmp_path, "2023-03-09_strike.txt", "Strikes at the refineries, which began on March 7, continued on "
                                             "Thursday, with fuel shipments blocked at several sites.")
    (tmp_path / "fr").mkdir()
    write(tmp_path / "fr", "2023-03-08_greve.txt", "L'intersyndicale, réunie mercredi soir au siège de la CFDT, a "
                                                   "appelé à une nouvelle grève le 15 mars.")
    found = titles(tmp_path, by="date_text") | titles(tmp_path / "fr", by="date_text")
    assert found["Thursday"].startswith("Strikes at the refineries continued")
    assert found["15 mars"] == "L'intersyndicale a appelé à une nouvelle grève"  # "réunie" is a participle too
    # what the aside tells is no evidence of the later date's event: the opening and the
    # planned end of an undated summit stay two events
    (tmp_path / "undated").mkdir()
    write(tmp_path / "undated", "sommet.txt", "Le sommet, ouvert vendredi à Bruxelles, devait initialement "
                                              "s'achever samedi soir.")
    assert len(titles(tmp_path / "undated", by="date_text")) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "The 2020 race was delayed due to the pandemic."),
    ("fr", "Il avait créé la surprise lors de la dernière étape, le 19 septembre 2020, une édition décalée "
           "en raison de la pandémie."),
])
def test_a_delay_for_a_reason_is_no_plan(tmp_path, lang, text):
    # "postponed to", "décalé en" name the new date; "due to", "en raison de" the cause
    write(tmp_path, f"2021-07-19_{lang}.txt", text)
    events, _, _ = extract(tmp_path)
    assert list(events["status"]) == ["occurred"]


def test_the_same_hour_of_the_same_day_is_evidence_of_one_event(tmp_path):
    write(tmp_path, "2023-06-30_fr.txt", "Une cellule interministérielle de crise se réunira ce vendredi à 13 heures, "
                                         "indique la présidence.")
    write(tmp_path, "2023-06-30_en.txt", "The president will chair a crisis meeting at 1 p.m. on Friday, his office said.")
    events, _, _ = extract(tmp_path)
    assert list(events["sources"]) == ["2023-06-30_en.txt;2023-06-30_fr.txt"]
    # another hour of that day is another meeting
    (tmp_path / "apart").mkdir()
    write(tmp_path / "apart", "2023-06-30_fr.txt", "Une cellule interministérielle de crise se réunira ce vendredi à "
                                                   "18 heures, indique la présidence.")
    write(tmp_path / "apart", "2023-06-30_en.txt", "The president will chair a crisis meeting at 1 p.m. on Friday, his "
                                                   "office said.")
    events, _, _ = extract(tmp_path / "apart")
    assert len(events) == 2
