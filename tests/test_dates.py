import datetime as dt

import pytest

from seedtables.extract.dates import reader

D = dt.date
CASES = [
    ("it", D(2025, 2, 1), "a partire dalla prima settimana di febbraio", (D(2025, 2, 1), D(2025, 2, 7), "week")),
    ("it", D(2025, 2, 1), "tra gennaio e febbraio", (D(2025, 1, 1), D(2025, 2, 28), "month")),
    ("it", D(2025, 2, 1), "A ottobre 2024, circa 1.500", (D(2024, 10, 1), D(2024, 10, 31), "month")),
    ("it", D(2025, 2, 1), "A metà gennaio", (D(2025, 1, 11), D(2025, 1, 20), "part_of_month")),
    ("it", D(2024, 11, 1), "a fine novembre", (D(2024, 11, 21), D(2024, 11, 30), "part_of_month")),
    ("it", D(2024, 11, 1), "all'inizio di novembre", (D(2024, 11, 1), D(2024, 11, 10), "part_of_month")),
    ("it", D(2024, 11, 1), "il 5 novembre", (D(2024, 11, 5), D(2024, 11, 5), "day")),
    ("it", D(2025, 6, 1), "nel primo trimestre del 2025", (D(2025, 1, 1), D(2025, 3, 31), "quarter")),
    ("it", D(2025, 6, 1), "dall'agosto 2023", (D(2023, 8, 1), D(2023, 8, 31), "month")),
    ("it", D(2025, 6, 1), "tra gennaio 2022 e aprile 2025", (D(2022, 1, 1), D(2025, 4, 30), "month")),
    ("it", D(2025, 6, 1), "nel 2025 mine", (D(2025, 1, 1), D(2025, 12, 31), "year")),
    ("it", D(2025, 1, 1), "a ottobre", (D(2024, 10, 1), D(2024, 10, 31), "month")),
    ("it", D(2025, 3, 1), "l'ultima settimana di febbraio", (D(2025, 2, 22), D(2025, 2, 28), "week")),
    ("en", D(2024, 10, 1), "said on 18 October that", (D(2024, 10, 18), D(2024, 10, 18), "day")),
    ("en", D(2024, 10, 1), "between 8 and 13 October", (D(2024, 10, 8), D(2024, 10, 13), "day")),
    ("en", D(2025, 1, 1), "in late December", (D(2024, 12, 21), D(2024, 12, 31), "part_of_month")),
    ("en", D(2025, 1, 1), "in the fourth quarter of 2024", (D(2024, 10, 1), D(2024, 12, 31), "quarter")),
    ("en", D(2025, 1, 1), "since August 2024", (D(2024, 8, 1), D(2024, 8, 31), "month")),
    ("en", D(2025, 1, 1), "in the first week of January", (D(2025, 1, 1), D(2025, 1, 7), "week")),
    ("en", D(2025, 1, 1), "began in October", (D(2024, 10, 1), D(2024, 10, 31), "month")),
    ("en", D(2025, 5, 1), "by 2027", (D(2027, 1, 1), D(2027, 12, 31), "year")),
    ("en", D(2025, 5, 1), "on May 22", (D(2025, 5, 22), D(2025, 5, 22), "day")),
    ("en", D(2024, 8, 1), "mid-July", (D(2024, 7, 11), D(2024, 7, 20), "part_of_month")),
    ("en", D(2024, 8, 1), "last month", (D(2024, 7, 1), D(2024, 7, 31), "month")),
    # days named with their weekdays, years spanned, and the ISO way pages and copied headers write dates
    ("it", D(2021, 3, 1), "nella notte tra lunedì 8 e martedì 9 febbraio", (D(2021, 2, 8), D(2021, 2, 9), "day")),
    ("en", D(2021, 3, 1), "overnight between Monday 8 and Tuesday 9 February", (D(2021, 2, 8), D(2021, 2, 9), "day")),
    ("en", D(2021, 3, 1), "during his 1994 to 2003 presidency", (D(1994, 1, 1), D(2003, 12, 31), "year")),
    ("it", D(2021, 3, 1), "dal 1994 al 2003", (D(1994, 1, 1), D(2003, 12, 31), "year")),
    ("it", D(2021, 3, 1), "tra il 2016 e il 2020", (D(2016, 1, 1), D(2020, 12, 31), "year")),
    ("en", D(2021, 3, 1), "date 2019-07 Gunmen attack", (D(2019, 7, 1), D(2019, 7, 31), "month")),
    ("it", D(2021, 3, 1), "pubblicato il 2020-11-05 alle", (D(2020, 11, 5), D(2020, 11, 5), "day")),
    # a day, a month and "del" before the year: the day's date, not the month's
    ("it", D(2021, 3, 1), "Il 14 agosto del 2006 un gruppo", (D(2006, 8, 14), D(2006, 8, 14), "day")),
    # a sentence opens on the date's preposition, in capitals: "In 2012 gunmen ...", "Last year ..."
    ("en", D(2021, 3, 1), "In 2012 gunmen stormed", (D(2012, 1, 1), D(2012, 12, 31), "year")),
    ("en", D(2021, 3, 1), "Since 2019 the militia", (D(2019, 1, 1), D(2019, 12, 31), "year")),
    ("en", D(2021, 3, 1), "Last year 168 militants", (D(2020, 1, 1), D(2020, 12, 31), "year")),
    ("en", D(2021, 3, 1), "Between March and May troops", (D(2020, 3, 1), D(2020, 5, 31), "month")),
]


@pytest.mark.parametrize("code,pub,text,expected", CASES)
def test_dates(code, pub, text, expected):
    found = reader(code).find(text, pub)
    assert len(found) == 1
    e = found[0]
    assert (e.date_start, e.date_end, e.precision) == expected
    assert text[e.start:e.end] == e.text


@pytest.mark.parametrize("code,text", [
    ("it", "circa il 50% delle munizioni d'artiglieria"),  # dateparser reads "50%" as 1950
    ("it", "oltre 1.000 soldati"),
    ("en", "some 1,500 soldiers and 2,700 wounded"),
    ("en", "North Korea may send troops"),  # "may" is not May
])
def test_numbers_are_not_dates(code, text):
    assert reader(code).find(text, dt.date(2025, 2, 1)) == []


GATED = [  # sentences holding several dates, or words the patterns start with but no date
    ("en", "Between 3 and 9 March 2024, and again on Feb. 18, the brigade lost 40 men; in Q3 2023 it had 900."),
    ("en", "From January to March the siege went on, and in the last week of April, 12 fighters were killed."),
    ("en", "Early May brought 5 raids; since 2019 the force has shrunk, and this year it left in mid-June."),
    ("en", "The third quarter of 2022 saw 14 attacks from 2 to 4 August and 10-12 September."),
    ("it", "Tra il 3 e il 9 marzo 2024, e ancora il 18 feb, la brigata ha perso 40 uomini; nel 2023 ne aveva 900."),
    ("it", "Da gennaio a marzo l'assedio è continuato e nell'ultima settimana di aprile sono morti 12 miliziani."),
    ("it", "A inizio maggio 5 raid; dal 2019 la forza si è ridotta, quest'anno ha lasciato a metà giugno."),
    ("it", "Nel terzo trimestre del 2022 ci sono stati 14 attacchi, il 2 e il 4 agosto, e lo scorso mese altri."),
    ("it", "Si parla di 30 soldati e di 12 blindati, ma nessuna data."),
]


@pytest.mark.parametrize("code,text", GATED + [(c, t) for c, _, t, _ in CASES])
def test_pattern_gates_leave_out_no_date(code, text, monkeypatch):
    # a pattern is scanned for only where the text holds all it needs: scanning every pattern
    # finds nothing more
    pub = dt.date(2025, 2, 1)
    gated = reader(code).find(text, pub)
    every = [(kind, rx) for kind, rx, _, _ in reader(code).patterns]
    monkeypatch.setattr(type(reader(code)), "scanned", lambda self, text: every)
    assert reader(code).find(text, pub) == gated


@pytest.mark.parametrize("code,text,kinds", [
    ("it", "il 5 novembre sono morti 3 militari", {"day", "month", "day_range"}),  # "5 e 6 novembre" needs an "e"
    ("en", "on 5 November 3 soldiers died", {"day", "month"}),
    ("en", "3 soldiers died in 2024", {"year"}),  # "Q3 2024" needs a Q too
    ("en", "3 soldiers died", set()),
])
def test_pattern_gates_skip_what_a_text_lacks(code, text, kinds):
    assert {kind for kind, _ in reader(code).scanned(text)} == kinds


@pytest.mark.parametrize("code,text", [
    ("en", "A shell hit a bakery in Omdurman's May neighbourhood on Tuesday."),
    ("en", "Crowds gathered in October Square after the strike."),
    ("en", "Gunmen blocked the 6th of October Bridge."),
    ("it", "I manifestanti si sono radunati in piazza Primo Maggio."),
    ("it", "Un'autobomba è esplosa in via XX Settembre."),
])
def test_a_date_in_a_places_name_is_no_date(code, text):
    assert reader(code).find(text, dt.date(2025, 3, 1)) == []


@pytest.mark.parametrize("code,text,start", [
    ("en", "Russia's May offensive stalled near Kharkiv.", dt.date(2024, 5, 1)),
    ("it", "L'esercito è entrato in città il 6 ottobre.", dt.date(2024, 10, 6)),
])
def test_a_date_beside_a_name_noun_elsewhere_stays_a_date(code, text, start):
    assert [d.date_start for d in reader(code).find(text, dt.date(2025, 3, 1))] == [start]


@pytest.mark.parametrize("code,text", [
    ("en", "A drone strike on Sumy killed four people, among them a girl born in 2011, the governor said."),
    ("en", "Al-Shabaab, founded in 2006, killed 12 soldiers near Baidoa."),
    ("it", "Un drone su Sumy ha ucciso quattro persone, tra cui una ragazza nata nel 2011."),
    ("it", "Al-Shabaab, fondato nel 2006, ha ucciso 12 soldati vicino a Baidoa."),
])
def test_a_birth_or_a_founding_dates_no_fact(tmp_path, code, text):
    """A year of birth or of founding is no date of the killing: the row takes the publication month."""
    from seedtables import lang
    from seedtables.extract.article import extract_seed
    from seedtables.seeds import read_seed

    path = tmp_path / "case.txt"
    path.write_text(f" date 2025-03 {'News' if code == 'en' else 'Notizie'}\n\n{text}\n", encoding="utf-8")
    rows = extract_seed(read_seed(path, lang.available()))["casualties"]
    assert rows and all((r["date_basis"], r["date_start"], r["date_end"]) == ("publication", dt.date(2025, 3, 1),
                                                                              dt.date(2025, 3, 31)) for r in rows)
