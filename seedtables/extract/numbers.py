"""Numbers as newsrooms write them, read per locale, with their qualifier (codebook 4).

"1.000" is a thousand in Italian and "1,000" in English (separators from Babel's CLDR
data); "2,7 milioni", "12mila", "tremila", "una trentina", "three hundred", "27-hundred",
"four-thousand-100", "il 50%", "half", "tra 10.000 e 12.000", "several hundred".

Digits are ASCII digits: the packs' languages write no others, and a number in another
script ("١٢٣", fullwidth "１２３") is left unread rather than half read. A number above
NUMBER_MAX (the largest any published column admits, validation/columns.toml) is no count or
quantity: it is read, so that no part of it is read as a smaller number, and then dropped, so
the reader never gives an out-of-range or non-finite value, however many digits are written.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache

from babel.numbers import get_decimal_symbol, get_group_symbol

from seedtables.extract.spans import longest_first
from seedtables.lang import KeyGate, Pack, alternation, bounded, expand_all, fold
from validation.columns import COUNT_MAX, QUANTITY_MAX

# the largest number any count or quantity column admits; a larger one is no count or quantity
NUMBER_MAX = max(COUNT_MAX, QUANTITY_MAX)
DIGIT = "[0-9]"
SPACES = "[ \u00a0\u202f\u2009]"  # a space, a no-break space, a narrow one, a thin one
# whether a text holds a digit at all: a prefix scan, far cheaper than a pattern that needs one
ANY_DIGIT = re.compile(DIGIT)

# a clock time ("22:00", "7:30:15"): its digits are read by no one (the audit names it a time)
CLOCK_TOKEN = re.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")


def clock_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's clock times stand. Most sentences hold no colon, and a scan that starts
    with a lookbehind tries every position: the colon is looked for first."""
    return [m.span() for m in CLOCK_TOKEN.finditer(text)] if ":" in text else []


# slots, not frozen: made by the thousand and never changed once made, and a frozen dataclass's
# __init__ costs several times a plain one's
@dataclass(slots=True)
class Quantity:
    start: int  # qualifier included
    end: int
    num_start: int
    value: float  # the number named (for a range, the upper end; for vague, the order)
    qualifier: str  # exact, approx, over, at_least, under, at_most, range, vague
    low: float | None
    best: float | None
    high: float | None
    percent: bool = False
    weak: bool = False  # "un", "a", "one": a number only when it counts a noun
    text: str = ""

    def bounds(self) -> tuple[int | None, int | None, int | None]:
        return tuple(None if v is None else int(round(v)) for v in (self.low, self.best, self.high))

    def at_most(self, maximum: float) -> bool:
        """Whether every value the quantity sets is within `maximum` (counts of people have a lower
        maximum than amounts: validation/columns.toml)."""
        return all(v is None or v <= maximum for v in (self.value, self.low, self.best, self.high))


def in_range(value: float) -> bool:
    return math.isfinite(value) and 0 <= value <= NUMBER_MAX


def with_qualifier(value: float, qualifier: str) -> tuple[float | None, float | None, float | None]:
    """The low/best/high rule of codebook section 4."""
    if qualifier == "exact":
        return value, value, value
    if qualifier == "approx":
        return None, value, None
    if qualifier in ("over", "at_least"):
        return value, value, None
    if qualifier in ("under", "at_most"):
        return None, value, value
    if qualifier == "vague":
        return float(10 ** int(math.log10(value))) if value > 0 else value, None, None
    raise ValueError(qualifier)


def _scaled(raw: list[tuple], text: str) -> list[tuple]:
    """A figure right before a vague scale ("six hundreds", "due migliaia") as one number: their
    product, exact. Each raw number is (start, end, value, weak, kind)."""
    by_start = {r[0]: r for r in raw if r[4] == "vague"}
    out, merged = [], set()
    for r in raw:
        nxt = by_start.get(r[1] + 1)
        if r[4] is None and nxt and text[r[1]] == " " and nxt[2] >= 100 and " " not in text[nxt[0]:nxt[1]]:
            out.append((r[0], nxt[1], r[2] * nxt[2], False, None))
            merged.add(nxt[0])
        else:
            out.append(r)
    return [r for r in out if not (r[4] == "vague" and r[0] in merged)]


class NumberReader:
    """Compiled number grammar for one language pack."""

    def __init__(self, pack: Pack):
        n = pack.section("numbers")
        self.pack = pack
        self.dec = get_decimal_symbol(pack.code)
        self.grp = get_group_symbol(pack.code)
        g, d = re.escape(self.grp), re.escape(self.dec)
        dg = DIGIT
        # thousands may be grouped by a space too, as style guides of both languages allow ("2 800")
        self.scales = {fold(k): float(v) for k, v in n.get("scales", {}).items()}
        scale_alt = alternation(self.scales)
        # the other locale's decimal mark before a scale is a decimal still: "7.35 milioni" in an
        # Italian text is 7.35 million, never a time or 735 million (one or two digits after it)
        self.other_dec = "," if self.dec == "." else "."
        other = re.escape(self.other_dec)
        self.other_decimal_re = re.compile(rf"[0-9]{{1,3}}{other}[0-9]{{1,2}}")
        digits = rf"{dg}{{1,3}}{other}{dg}{{1,2}}(?=\s?(?:{scale_alt})(?![\w]))" \
            rf"|{dg}{{1,3}}(?:{g}{dg}{{3}})+(?:{d}{dg}+)?|{dg}{{1,3}}(?:{SPACES}{dg}{{3}})+(?![0-9]|[.,][0-9])" \
            rf"|{dg}+(?:{d}{dg}+)?"
        self.units = {fold(k): v for k, v in n.get("units", {}).items()}
        self.hundred = [fold(h) for h in n.get("hundred", [])]
        self.thousand = [fold(t) for t in n.get("thousand", [])]
        morphemes = list(self.units) + self.hundred + self.thousand
        self.compound = n.get("compound", False)
        if self.compound:
            word = rf"(?:{alternation(morphemes)})+"
            words = rf"{word}(?:\s+(?:{scale_alt}))?"
        else:
            word = rf"(?:{alternation(morphemes + list(self.scales))})"
            # an article joins a figure only before a scale: "three and a half" is three (the half is
            # a fraction), "two thousand and a hundred" is one figure
            article_units = [u for u in self.units if u in pack["articles"]]
            big = alternation(self.hundred + self.thousand + list(self.scales))
            lone = rf"(?!(?:{alternation(article_units)})(?![\w])(?![\s-]+(?:{big})(?![\w])))" if article_units else ""
            # digits may join words ("27-hundred", "four-thousand-100") but never stand alone
            # "and" joins a figure only after a hundred or a scale ("one hundred and five", "two
            # thousand and fifty"): "between five and ten" are two figures, never fifteen
            after_big = "|".join(f"(?<={re.escape(b)})" for b in self.hundred + self.thousand + list(self.scales))
            joined = rf"(?:{after_big})\s+and\s+|" if after_big else ""
            words = rf"(?:{dg}+-)?{word}(?:(?:{joined}[\s-]+){lone}{word}|-{dg}+)*"
        # (a dollar sign may carry its country: "US$1 billion"; a scale may be hyphenated: "$800-million")
        self.digit_re = re.compile(
            rf"(?<![\w.,])(?<![^\W\d_]-)(?P<cur>(?:US)?[$€£]\s?)?(?P<num>{digits})(?:[\s-]?(?P<scale>{scale_alt}))?(?![\w]|[.,]{dg})",
            re.IGNORECASE)
        self.word_re = re.compile(rf"(?<![\w'’.,-])(?P<num>{words})(?![\w'’-])", re.IGNORECASE)
        self.approx_nouns = {fold(k): float(v) for k, v in n.get("approx_nouns", {}).items()}
        # "una trentina", "a dozen", "decine": an optional article, then one trie of the nouns
        article = alternation(["un", "una", "un'", "a"])
        self.approx_re = re.compile(bounded(rf"(?:(?:{article})(?:\s+|(?<=')))?(?:{alternation(self.approx_nouns)})"),
                                    re.IGNORECASE)
        # most sentences hold none of these words: their words' keys say so before a scan
        # (each pattern's word stands where a word starts: after a space, an apostrophe, a bracket)
        self.approx_gate = KeyGate(self.approx_nouns)
        self.vague = {fold(k): float(v) for k, v in n.get("vague", {}).items()}
        linker = n.get("vague_linker", "of")
        vague_alt = alternation(self.vague)
        self.vague_gate = KeyGate(self.vague)
        self.premod_gate = KeyGate(n.get("vague_premodifiers", []))
        premod = alternation(n.get("vague_premodifiers", []))
        self.vague_re = re.compile(
            rf"(?<![\w])(?:(?:{premod})\s+)?(?P<v1>{vague_alt})(?:\s+{linker}\s+(?P<v2>{vague_alt}))?(?![\w])",
            re.IGNORECASE)
        # "several hundred": a premodifier before a bare scale word is vague too
        self.vague_scale_re = re.compile(
            rf"(?<![\w])(?:{premod})\s+(?P<s>{alternation(self.hundred + self.thousand + list(self.scales))})(?![\w])",
            re.IGNORECASE)
        self.percent_re = re.compile(rf"^\s*(?:{'|'.join(n.get('percent', ['%']))})", re.IGNORECASE)
        self.fractions = {fold(k): float(v) for k, v in n.get("fractions", {}).items()}
        # "three and a half", "due milioni e mezzo": a fraction joined to the figure before it
        self.fraction_after = {fold(k): float(v) for k, v in n.get("fraction_after", {}).items()}
        self.half_gate = KeyGate(list(self.fraction_after))
        half = alternation(self.fraction_after) or "(?!x)x"
        self.half_re = re.compile(rf"\s+(?P<f>{half})(?:\s+(?P<s>{scale_alt}))?(?![\w])", re.IGNORECASE)
        self.fraction_re = pack.regex(list(self.fractions))
        self.fraction_gate = KeyGate(expand_all(list(self.fractions)))
        q = pack.section("qualifiers")
        det = alternation(n.get("determiners", []))
        # words that look like a qualifier and are none: "oltre ai 23 soldati" (besides the 23)
        self.not_qualifier_re = re.compile(rf"(?<![\w])(?:{alternation(n.get('not_qualifiers', []))})\s*$", re.IGNORECASE) \
            if n.get("not_qualifiers") else re.compile(r"(?!x)x")
        self.qualifier_res = [
            (name, re.compile(rf"(?<![\w])(?:{alternation(words)})\s+(?:(?:{det})\s+)?$", re.IGNORECASE))
            for name, words in q.items()
        ]
        # most numbers have no qualifier: one scan for any, before the per-kind scans that name it
        self.any_qualifier_re = re.compile(
            rf"(?<![\w])(?:{alternation([w for words in q.values() for w in words])})\s+(?:(?:{det})\s+)?$",
            re.IGNORECASE)
        after = n.get("qualifiers_after", {})
        # one pattern, a group per qualifier: a number is tried once
        self.qualifier_after_re = re.compile("|".join(rf"(?P<{name}>\s*(?:{alternation(words)})(?![\w]))"
                                                      for name, words in after.items()) or r"(?!x)x", re.IGNORECASE)
        between = alternation(n.get("between", []))
        self.between_re = re.compile(rf"(?<![\w])(?:{between})\s+(?:(?:{det})\s+)?$", re.IGNORECASE)
        # "the toll rose from 30 to 60": a change from one figure to the next, no range
        changes = alternation(expand_all(n.get("change_words", [])), escape=False) or "(?!x)x"
        self.change_re = re.compile(rf"(?<![\w])(?:{changes})\s+$", re.IGNORECASE)
        # (the changed figure's noun may stand between: "revised the civilian death toll in Marawi from 44 to 39")
        self.change_before_re = re.compile(rf"(?<![\w])(?:{changes})\s+[^\d,;:.]*$", re.IGNORECASE)
        # "the eight deaths initially reported": a first figure a later one replaced
        earlier = alternation(n.get("earlier_after", []), escape=False) or "(?!x)x"
        self.earlier_after_re = re.compile(rf"\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{earlier})(?![\w])", re.IGNORECASE)
        self.change_to_re = re.compile(rf"\s+(?:{alternation(n.get('change_to', []))})\s", re.IGNORECASE) \
            if n.get("change_to") else re.compile(r"(?!x)x")
        # "29 o 30", "seven or eight", "seven to eight": two close figures, no "between" needed
        self.range_or_re = re.compile(rf"^\s+(?:{alternation(n.get('range_or', []))})\s+$", re.IGNORECASE) \
            if n.get("range_or") else re.compile(r"(?!x)x")
        self.range_and_re = re.compile(rf"^\s+(?:{alternation(n.get('range_and', []))})\s+(?:(?:{det})\s+)?$|^\s*[-–]\s*$",
                                       re.IGNORECASE)

    # -- parsing single numbers ------------------------------------------------
    def parse_digits(self, num: str) -> float:
        if self.other_decimal_re.fullmatch(num):
            return float(num.replace(self.other_dec, "."))  # "7.35 milioni": the other locale's decimal
        return float(re.sub(SPACES, "", num.replace(self.grp, "")).replace(self.dec, "."))

    def parse_compound(self, word: str) -> float | None:
        """Italian-style concatenated number words: 'duemilacinquecento' -> 2500."""
        word = fold(word)
        parts = sorted(self.units.items(), key=lambda kv: -len(kv[0]))
        total, current, i = 0.0, 0.0, 0
        while i < len(word):
            for h in sorted(self.thousand, key=len, reverse=True):
                if word.startswith(h, i):
                    total += (current or 1) * 1000
                    current, i = 0.0, i + len(h)
                    break
            else:
                for h in sorted(self.hundred, key=len, reverse=True):
                    if word.startswith(h, i):
                        current = (current or 1) * 100
                        i += len(h)
                        break
                else:
                    for w, v in parts:
                        if word.startswith(w, i):
                            current += v
                            i += len(w)
                            break
                    else:
                        return None
        return total + current

    def parse_words(self, text: str) -> float | None:
        """English-style number words, digits allowed: 'three hundred', '27-hundred', 'four-thousand-100'."""
        tokens = [t for t in re.split(r"[\s-]+", fold(text)) if t and t != "and"]
        total, current, seen = 0.0, 0.0, False
        for t in tokens:
            if t.isascii() and t.isdigit():
                current += float(t)
            elif t in self.units:
                current += self.units[t]
            elif t in self.hundred:
                current = (current or 1) * 100
            elif t in self.scales:
                total += (current or 1) * self.scales[t]
                current = 0.0
            else:
                return None
            seen = True
        return total + current if seen else None

    # -- finding all quantities in a text ----------------------------------------
    def find(self, text: str) -> list[Quantity]:
        raw: list[tuple[int, int, float, bool, str | None]] = []  # start, end, value, weak, kind
        clocks = clock_spans(text)
        for m in self.digit_re.finditer(text):
            if any(a <= m.start() < b for a, b in clocks):
                continue  # "alle 22:00": a time, no number of anything
            value = self.parse_digits(m["num"])
            if m["scale"]:
                value *= self.scales[fold(m["scale"])]
            raw.append((m.start(), m.end(), value, False, None))
        for m in self.word_re.finditer(text):
            s = m["num"]
            if s.isdigit():
                continue
            value = self.parse_compound(s.split()[0]) if self.compound else self.parse_words(s)
            if value is None:
                continue
            if self.compound and len(s.split()) > 1:
                value *= self.scales.get(fold(s.split()[-1]), 1)
            weak = fold(s) in ("un", "uno", "una", "a", "an", "one")
            raw.append((m.start(), m.end(), value, weak, None))
        for m in self.approx_re.finditer(text) if self.approx_gate(text) else ():
            key = fold(m.group(0))
            if key not in self.approx_nouns:
                key = re.sub(r"^(?:un'|una|uno|un|an|a)\s*", "", key).strip()
            if key in self.approx_nouns:
                raw.append((m.start(), m.end(), self.approx_nouns[key], False, "approx"))
        for m in self.vague_re.finditer(text) if self.vague_gate(text) else ():
            v = self.vague[fold(m["v1"])] * (self.vague[fold(m["v2"])] if m["v2"] else 1)
            raw.append((m.start(), m.end(), v, False, "vague"))
        for m in self.vague_scale_re.finditer(text) if self.premod_gate(text) else ():
            s = fold(m["s"])
            v = 100.0 if s in self.hundred else 1000.0 if s in self.thousand else self.scales[s]
            raw.append((m.start(), m.end(), v, False, "vague"))
        # "six hundreds soldiers": a number before a plural scale multiplies it, a figure, not a vague one
        raw = _scaled(raw, text)
        if self.half_gate(text):
            raw = [self._and_a_half(text, r) for r in raw]
        # "tremila" beats "tre", "decine di migliaia" beats "migliaia"
        out = [self._qualify(text, *r) for r in longest_first(raw, lambda r: (r[0], r[1]))]
        if self.fraction_gate(text):
            out += [self._fraction(text, m) for m in self.fraction_re.finditer(text)
                    if all(m.end() <= q.start or m.start() >= q.end for q in out)]
        out.sort(key=lambda q: q.start)
        # a number too large to be a count or amount has held its place (no part of it, nor a
        # range it ends, is read as a smaller number); now it goes
        return [q for q in self._ranges(text, out) if in_range(q.value)]

    def _and_a_half(self, text: str, r: tuple) -> tuple:
        """A figure and the fraction that follows it as one number: "three and a half" 3.5, "two and a
        half million" 2.5 million, "due milioni e mezzo" 2.5 million."""
        start, end, value, weak, kind = r
        m = self.half_re.match(text, end)
        if kind is not None or not m:
            return r
        frac = self.fraction_after[fold(m["f"])]
        if m["s"]:
            return start, m.end(), (value + frac) * self.scales[fold(m["s"])], False, None
        last = fold(re.split(r"[\s-]+", text[start:end])[-1])
        scale = self.scales.get(last) or (100.0 if last in self.hundred else 1.0)
        return start, m.end(), value + frac * scale, False, None

    def _qualify(self, text: str, start: int, end: int, value: float, weak: bool, kind: str | None) -> Quantity:
        if not in_range(value):
            value, kind = math.inf, "out_of_range"  # dropped by find(), after it has blocked its span
        percent = bool(self.percent_re.match(text[end:end + 12]))
        if percent:
            end += self.percent_re.match(text[end:end + 12]).end()
            value /= 100.0
        qual, qstart = kind or "exact", start
        before = text[max(0, start - 40):start]
        if kind is None and self.any_qualifier_re.search(before) and not self.not_qualifier_re.search(before):
            for name, rx in self.qualifier_res:
                m = rx.search(before)
                if m:
                    qual, qstart = name, start - (len(before) - m.start())
                    break
        if qual == "exact" and kind is None and (m := self.qualifier_after_re.match(text, end)):
            qual, end = m.lastgroup, m.end()  # "the 10 or so dead": the number's span takes it in
        if kind == "out_of_range":
            return Quantity(start, end, start, value, "exact", None, None, None, percent, weak, text[start:end])
        elif kind == "approx" and self.any_qualifier_re.search(before) and not self.not_qualifier_re.search(before):
            # an approximate noun takes a bound before it: "oltre una decina" is over 10, "meno di una
            # dozzina" under 12; "circa una decina" stays approximate
            for name, rx in self.qualifier_res:
                m = rx.search(before)
                if m:
                    qual, qstart = (name if name != "approx" else qual), start - (len(before) - m.start())
                    break
        lo, best, hi = with_qualifier(value, qual)
        return Quantity(qstart, end, start, value, qual, lo, best, hi, percent, weak, text[qstart:end])

    def superseded(self, text: str, start: int, end: int) -> bool:
        """Whether the number at [start, end) is the figure another replaces: the 30 of "the toll
        rose from 30 to 60"."""
        return bool(self.change_to_re.match(text, end)) and self._changed_from(text, start) \
            or bool(self.earlier_after_re.match(text, end))

    def _changed_from(self, text: str, start: int) -> bool:
        """Whether the number at `start` follows a change's "from": "rose from 30", "è salito da 30"."""
        m = self.between_re.search(text[max(0, start - 30):start])
        if not m:
            return False
        opens = max(0, start - 30) + m.start()
        return bool(self.change_re.search(text, max(0, opens - 40), opens)
                    or self.change_before_re.search(text, max(0, opens - 80), opens))

    def _fraction(self, text: str, m: re.Match) -> Quantity:
        value = self.fractions[fold(m.group(0))]
        q = self._qualify(text, m.start(), m.end(), value, False, None)
        return replace(q, percent=True)

    def _ranges(self, text: str, qs: list[Quantity]) -> list[Quantity]:
        out: list[Quantity] = []
        i = 0
        while i < len(qs):
            a = qs[i]
            # a weak "one" opens a range too: "one or two people"
            # (or an approximate one before a dash: "some 15-20 people")
            if i + 1 < len(qs) and (a.qualifier == "exact" or a.qualifier == "approx" and text[a.end:a.end + 1] in "-–")\
                    and (not a.weak or (
                    a.value == 1 and (self.range_or_re.match(text[a.end:qs[i + 1].num_start])
                                      # "between one and two thousand"
                                      or self.between_re.search(text[max(0, a.start - 30):a.start])))):
                b = qs[i + 1]
                gap = text[a.end:b.num_start]
                if b.qualifier == "vague" and b.value >= a.value and self.range_and_re.match(text[a.end:b.start]) \
                        and (m := self.between_re.search(text[max(0, a.start - 30):a.start])):
                    # "between 100 and several hundred": the vague end sets no bound, the first is the least
                    start = a.start - (len(text[max(0, a.start - 30):a.start]) - m.start())
                    out.append(Quantity(start, b.end, a.num_start, a.value, "at_least", a.value, a.value, None,
                                        a.percent or b.percent, False, text[start:b.end]))
                    i += 2
                    continue
                if b.qualifier == "exact" and (self.range_and_re.match(gap) or self.range_or_re.match(gap)):
                    if self._changed_from(text, a.start):
                        out.append(a)  # "rose from 30 to 60": two figures, the later one the fact's
                        i += 1
                        continue
                    m = self.between_re.search(text[max(0, a.start - 30):a.start])
                    # ("60-80 morti": the second is read after a digit's dash; "2023-24" is no range)
                    dash = ("-" in gap or "–" in gap) and a.value < b.value
                    # a close pair joined by "or" is a range as a dash pair is: "29 o 30"
                    dash = dash or (bool(self.range_or_re.match(gap)) and a.value < b.value <= 2 * a.value)
                    if (m or dash) and not (in_range(a.value) and in_range(b.value)):
                        out.append(replace(b, start=a.start, value=math.inf))  # a range out of range: dropped
                        i += 2
                        continue
                    if m or dash:
                        lo = a.value
                        if b.value >= 1000 and lo < b.value / 100:  # "tra 3 e 4 milioni": the scale is shared
                            while lo * 10 <= b.value:
                                lo *= 10
                        start = a.start - (len(text[max(0, a.start - 30):a.start]) - m.start()) if m else a.start
                        lo, hi = min(lo, b.value), max(lo, b.value)  # "between 900 and 800" names 800..900
                        out.append(Quantity(start, b.end, a.num_start, hi, "range", lo, None, hi,
                                            a.percent or b.percent, False, text[start:b.end]))
                        i += 2
                        continue
            out.append(a)
            i += 1
        return out


@cache
def reader(code: str) -> NumberReader:
    from seedtables import lang

    return NumberReader(lang.load(code))

