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
