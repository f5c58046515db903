"""A small temporal grammar over CLDR month names (codebook section 5).

Pattern templates live in each language pack ([dates]); this module fills in the month
names, days and years, and turns each match into an interval with its precision. A
month without a year is the latest such month not after the publication month.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from seedtables.extract.numbers import ANY_DIGIT
from seedtables.extract.spans import longest_first
from seedtables.lang import KeyGate, Pack, alternation, fold

YEAR = r"(?:19|20)[0-9][0-9]"  # ASCII digits only, as numbers.py
ORDER = ("day_range", "month_range", "week", "part", "quarter", "day", "month", "year", "relative")


# slots, not frozen: made by the thousand and never changed once made, and a frozen dataclass's
# __init__ costs several times a plain one's
@dataclass(slots=True)
class DateExpr:
    start: int
    end: int
    date_start: dt.date
    date_end: dt.date
    precision: str
    text: str


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def resolve_year(month: int, publication: dt.date) -> int:
    """The latest such month not after the publication month."""
    return publication.year if month <= publication.month else publication.year - 1


class DateReader:
    def __init__(self, pack: Pack):
        d = pack.section("dates")
        self.pack = pack
        self.months = pack.months
        flags = 0 if d.get("month_case_sensitive") else re.IGNORECASE
        month_alt = alternation(
            [name if not d.get("month_case_sensitive") else name.capitalize() for name in self.months])
        self.abbreviations = pack.month_abbreviations
        abbr_alt = alternation(
            [name if not d.get("month_case_sensitive") else name.capitalize() for name in self.abbreviations])
        slots = {
            "month": f"(?:{month_alt})", "month_abbr": rf"(?:{abbr_alt})\.?", "year": YEAR, "day": d["day"],
            "week_ordinal": alternation(d.get("week_ordinal", {})),
            "part": alternation(d.get("part", {})),
            "quarter_ordinal": alternation(d.get("quarter_ordinal", {})),
        }
        # what every pattern needs somewhere: a digit, a month's name or one of the date words
        anchors = [month_alt, abbr_alt, *(alternation(d.get(k, {})) for k in
                                          ("week_ordinal", "part", "quarter_ordinal", "relative") if d.get(k))]
        self.anchor_re = re.compile(rf"(?<![\w])(?:{'|'.join(anchors)})(?![\w])", flags)
        # most sentences name no month: the patterns that need one are then not run
        self.month_re = re.compile(rf"(?<![\w])(?:{month_alt}|{abbr_alt})(?![\w])", flags)
        # the words' keys tell most sentences hold none of them, before a scan
        self.month_gate = KeyGate([*self.months, *self.abbreviations])
        self.anchor_gate = KeyGate([*self.months, *self.abbreviations, *(w for k in (
            "week_ordinal", "part", "quarter_ordinal", "relative") for w in d.get(k, {}))])
        self.words = {k: {fold(w): v for w, v in d.get(k, {}).items()}
                      for k in ("week_ordinal", "part", "quarter_ordinal", "relative")}
        self.patterns: list[tuple[str, re.Pattern, bool]] = []  # kind, pattern, whether it needs a month
        for kind in ORDER:
            for template in d.get("patterns", {}).get(kind, []):
                pattern = template
                for slot, value in slots.items():
                    pattern = pattern.replace("{" + slot + "}", value)
                self.patterns.append((kind, re.compile(rf"(?<![\w])(?:{pattern})(?![\w])", flags),
                                      "{month" in template))

    def month_number(self, name: str) -> int:
        name = fold(name)
        return self.months[name] if name in self.months else self.abbreviations[name.rstrip(".")]

    def find(self, text: str, publication: dt.date) -> list[DateExpr]:
        if not (ANY_DIGIT.search(text) or (self.anchor_gate(text) and self.anchor_re.search(text))):
            return []  # no digit, month or date word: no pattern can match
        found: list[DateExpr] = []
        month = self.month_gate(text) and bool(self.month_re.search(text))
        for kind, rx, needs_month in self.patterns:
            if needs_month and not month:
                continue
            for m in rx.finditer(text):
                try:
                    interval = self._interpret(kind, m, publication)
                except (ValueError, KeyError):
                    continue  # "31 febbraio": not a date
                if interval:
                    found.append(DateExpr(m.start(), m.end(), *interval, text[m.start():m.end()]))
        return longest_first(found)

    def _year(self, m: re.Match, group: str, month: int, publication: dt.date) -> int:
        y = m.groupdict().get(group)
        return int(y) if y else resolve_year(month, publication)

    def _interpret(self, kind: str, m: re.Match, pub: dt.date):
        g = m.groupdict()
        if kind in ("day", "day_range"):
            month = self.month_number(g["m"])
            year = self._year(m, "y", month, pub)
            d1 = int(re.sub(r"\D", "", g["d"]))
            d2 = int(re.sub(r"\D", "", g["d2"])) if kind == "day_range" else d1
            start, end = dt.date(year, month, d1), dt.date(year, month, d2)
            return (start, end, "day") if start <= end else None
        if kind == "month_range":
            m1, m2 = self.month_number(g["m"]), self.month_number(g["m2"])
            y2 = int(g["y2"]) if g.get("y2") else (int(g["y"]) if g.get("y") and m2 >= m1 else
                                                   resolve_year(m2, pub))
            y1 = int(g["y"]) if g.get("y") else (y2 if m1 <= m2 else y2 - 1)
            start, end = dt.date(y1, m1, 1), month_end(y2, m2)
            return (start, end, "month") if start <= end else None
        if kind == "week":
            month = self.month_number(g["m"])
            year = self._year(m, "y", month, pub)
            n = self.words["week_ordinal"][fold(g["w"])]
            last = month_end(year, month)
            if n < 0:
                return last - dt.timedelta(days=6), last, "week"
            return dt.date(year, month, 7 * (n - 1) + 1), dt.date(year, month, 7 * n), "week"
        if kind == "part":
            month = self.month_number(g["m"])
            year = self._year(m, "y", month, pub)
            part = self.words["part"][re.sub(r"\s+", " ", fold(g["p"]))]
            # early / mid / late thirds, and the first and second halves
            first = {1: 1, 2: 11, 3: 21, 4: 1, 5: 16}[part]
            last = {1: 10, 2: 20, 3: month_end(year, month).day, 4: 15, 5: month_end(year, month).day}[part]
            return dt.date(year, month, first), dt.date(year, month, last), "part_of_month"
        if kind == "quarter":
            q = int(g["qn"]) if g.get("qn") else self.words["quarter_ordinal"][fold(g["q"])]
            year = int(g["y"]) if g.get("y") else (pub.year if 3 * q - 2 <= pub.month else pub.year - 1)
            return dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q), "quarter"
        if kind == "month":
            month = self.month_number(g["m"])
            year = self._year(m, "y", month, pub)
            return dt.date(year, month, 1), month_end(year, month), "month"
        if kind == "year":
            year = int(g["y"])
            return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
        if kind == "relative":
            rel = self.words["relative"][fold(g["r"])]
            if rel.startswith("month"):
                y, mo = pub.year, pub.month - (1 if rel.endswith("-1") else 0)
                if mo == 0:
                    y, mo = y - 1, 12
                return dt.date(y, mo, 1), month_end(y, mo), "month"
            y = pub.year - (1 if rel.endswith("-1") else 0)
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        return None


@cache
def reader(code: str) -> DateReader:
    from seedtables import lang

    return DateReader(lang.load(code))
