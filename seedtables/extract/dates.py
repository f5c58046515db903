"""A small temporal grammar over CLDR month names (codebook section 5).

Pattern templates live in each language pack ([dates]); this module fills in the month
names, days and years, and turns each match into an interval with its precision. A
month without a year is the latest such month not after the publication month.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import re._constants as sre
import re._parser as sre_parse
from dataclasses import dataclass
from functools import cache

from seedtables.extract.numbers import ANY_DIGIT
from seedtables.extract.spans import longest_first
from seedtables.lang import KeyGate, Pack, alternation, fold, word_keys

YEAR = r"(?:19|20)[0-9][0-9]"  # ASCII digits only, as numbers.py
YEAR_RE = re.compile(YEAR)
SLOT = "\x01"  # marks a template's slot ("{year}") in the parsed template: no text holds it
ORDER = ("day_range", "month_range", "year_range", "week", "part", "quarter", "day", "month", "year", "relative")
# a date written the ISO way ("2021-02-17", "2021-02"), in any language: scraped pages' datelines
# and the header copied into a body
ISO = re.compile(r"(?<![\w-])(?P<y>(?:19|20)[0-9][0-9])-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12][0-9]|3[01]))?(?![\w-])")


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


def _needs(parsed) -> list[frozenset[str]]:
    """What every match of a parsed pattern holds: a list of sets of strings, every match holding
    one string of each set (its literal runs, one of the branches of an alternation, one of a
    class of plain characters). What is optional, repeated from zero or a class of ranges adds
    nothing."""
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*parsed, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(frozenset(["".join(run)]))
            run = []
        if op is sre.SUBPATTERN:
            out += _needs(av[-1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            out += _needs(av[2])
        elif op is sre.BRANCH:
            # each branch's surest string (its longest shortest one): a match holds one of them
            picks = [max(needs, key=lambda n: min(map(len, n))) if needs else None
                     for needs in map(_needs, av[1])]
            if None not in picks:
                out.append(frozenset().union(*picks))
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            out.append(frozenset(chr(c) for _, c in av))
    return out


def _gate(needs: list[frozenset[str]]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The slots a pattern needs, and the words (folded, as a text is) it needs one of in each
    set; a set that mixes slots and words is left out."""
    slots, words = set(), []
    for alts in needs:
        parts = [a.split(SLOT) for a in alts]
        if len(parts) == 1 and all(not p for p in parts[0][0::2]):
            slots |= set(parts[0][1::2])
        elif all(len(p) == 1 for p in parts):
            words.append(tuple(sorted(fold(a) for a in alts)))
    return frozenset(slots), tuple(words)


def _holds(folded: str, words: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a folded text holds one word of each set."""
    for alts in words:
        for a in alts:
            if a in folded:
                break
        else:
            return False
    return True


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def resolve_year(month: int, publication: dt.date) -> int:
    """The latest such month not after the publication month."""
    return publication.year if month <= publication.month else publication.year - 1


class DateReader:
    def __init__(self, pack: Pack):
        d = pack.section("dates")
        self.pack = pack
        # a date in a place's name is no date: "Khartoum's May neighbourhood", "piazza Primo Maggio"
        after, before = d.get("name_nouns_after", []), d.get("name_nouns_before", [])
        self.name_after_re = re.compile(rf"\s+(?:{alternation(after)})(?![\w])", re.IGNORECASE) if after \
            else re.compile(r"(?!x)x")
        self.name_before_re = re.compile(rf"(?<![\w])(?:{alternation(before)})\s+(?:\S+\s+)?$", re.IGNORECASE) \
            if before else re.compile(r"(?!x)x")
        self.months = pack.months
        flags = 0 if d.get("month_case_sensitive") else re.IGNORECASE
        # (written in capitals too where case matters: "(AUGUST 26, 2022)" in a caption)
        month_alt = alternation(
            [name if not d.get("month_case_sensitive") else name.capitalize() for name in self.months]
            + ([name.upper() for name in self.months] if d.get("month_case_sensitive") else []))
        self.abbreviations = pack.month_abbreviations
        abbr_alt = alternation(
            [name if not d.get("month_case_sensitive") else name.capitalize() for name in self.abbreviations]
            + ([name.upper() for name in self.abbreviations if len(name) >= 3] if d.get("month_case_sensitive") else []))
        slots = {
            "month": f"(?:{month_alt})", "month_abbr": rf"(?:{abbr_alt})\.?", "year": YEAR, "day": d["day"],
            "week_ordinal": alternation(d.get("week_ordinal", {})),
            "part": alternation(d.get("part", {})),
            "quarter_ordinal": alternation(d.get("quarter_ordinal", {})),
            "weekday": alternation(d.get("weekdays", [])) or "(?!x)x",
        }
        # what every pattern needs somewhere: a digit, a month's name or one of the date words
        anchors = [month_alt, abbr_alt, *(alternation(d.get(k, {})) for k in
                                          ("week_ordinal", "part", "quarter_ordinal", "relative") if d.get(k))]
        self.anchor_re = re.compile(rf"(?<![\w])(?:{'|'.join(anchors)})(?![\w])", flags)
        # most sentences name no month: the patterns that need one are then not run
        self.month_re = re.compile(rf"(?<![\w])(?:{month_alt})(?![\w])", flags)
        self.abbr_re = re.compile(rf"(?<![\w])(?:{abbr_alt})(?![\w])", flags)
        # the words' keys tell most sentences hold none of them, before a scan
        self.month_gate, self.abbr_gate = KeyGate(self.months), KeyGate(self.abbreviations)
        self.anchor_gate = KeyGate([*self.months, *self.abbreviations, *(w for k in (
            "week_ordinal", "part", "quarter_ordinal", "relative") for w in d.get(k, {}))])
        self.words = {k: {fold(w): v for w, v in d.get(k, {}).items()}
                      for k in ("week_ordinal", "part", "quarter_ordinal", "relative")}
        # whether a text holds a slot's words, for the patterns that need them
        self.slot_gates = {k: KeyGate(d[k]) for k in ("week_ordinal", "part", "quarter_ordinal") if d.get(k)}
        # kind, pattern, and what every match of it holds (`_needs`): a pattern is scanned for only
        # where the text holds it all, which most sentences do not for most patterns
        self.patterns: list[tuple[str, re.Pattern, frozenset[str], tuple[tuple[str, ...], ...]]] = []
        for kind in ORDER:
            for template in d.get("patterns", {}).get(kind, []):
                pattern = marked = template
                for slot, value in slots.items():
                    pattern = pattern.replace("{" + slot + "}", value)
                    marked = marked.replace("{" + slot + "}", SLOT + slot + SLOT)
                self.patterns.append((kind, re.compile(rf"(?<![\w])(?:{pattern})(?![\w])", flags),
                                      *_gate(_needs(sre_parse.parse(marked, flags)))))

    def month_number(self, name: str) -> int:
        name = fold(name)
        return self.months[name] if name in self.months else self.abbreviations[name.rstrip(".")]

    def find(self, text: str, publication: dt.date) -> list[DateExpr]:
        found: list[DateExpr] = []
        names: list[tuple[int, int]] = []  # dates in a place's name, and every date inside them
        for kind, rx in self.scanned(text):
            for m in rx.finditer(text):
                try:
                    interval = self._interpret(kind, m, publication)
                except (ValueError, KeyError):
                    continue  # "31 febbraio": not a date
                if interval and self._in_name(text, m.start(), m.end()):
                    names.append(m.span())
                elif interval:
                    found.append(DateExpr(m.start(), m.end(), *interval, text[m.start():m.end()]))
        if names:
            found = [e for e in found if not any(a <= e.start and e.end <= b for a, b in names)]
        if "-" in text:
            for m in ISO.finditer(text):
                y, mo = int(m["y"]), int(m["m"])
                try:
                    start = dt.date(y, mo, int(m["d"])) if m["d"] else dt.date(y, mo, 1)
                except ValueError:
                    continue  # "2021-02-30"
                end, precision = (start, "day") if m["d"] else (month_end(y, mo), "month")
                found.append(DateExpr(m.start(), m.end(), start, end, precision, m.group(0)))
        return longest_first(found)

    def _in_name(self, text: str, start: int, end: int) -> bool:
        return bool(self.name_after_re.match(text, end) or self.name_before_re.search(text, max(0, start - 25), start))

    def scanned(self, text: str) -> list[tuple[str, re.Pattern]]:
        """The patterns (with their kind) that may match in `text`: those whose every need it holds
        (`_needs`). Most sentences hold no date, and most dates only a day and a month."""
        digit = bool(ANY_DIGIT.search(text))
        if not (digit or (self.anchor_gate(text) and self.anchor_re.search(text))):
            return []  # no digit, month or date word: no pattern can match
        absent = {name for name, gate in self.slot_gates.items() if not gate(text)}  # a day is a digit
        for slot, there in (("month", self.month_gate(text) and self.month_re.search(text)),
                            ("month_abbr", self.abbr_gate(text) and self.abbr_re.search(text)),
                            ("day", digit), ("year", YEAR_RE.search(text))):
            if not there:
                absent.add(slot)
        known = word_keys(text)
        folded = known[0] if known else fold(text)
        return [(kind, rx) for kind, rx, slots, words in self.patterns
                if absent.isdisjoint(slots) and _holds(folded, words)]

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
        if kind == "year_range":
            y1, y2 = int(g["y"]), int(g["y2"])
            return (dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year") if y1 < y2 else None
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
