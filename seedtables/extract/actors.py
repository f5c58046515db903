"""Actor mentions (codebook section 6): states by name, capital, people or forces, blocs and
armed groups, all from the language pack and CLDR."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from seedtables import lang
from seedtables.extract.spans import longest_first
from seedtables.lang import KeyGate, alternation, bounded, expand_all, fold

# a clock time in brackets and what follows it there: another time zone's name ("(le 05.56 in Italia)")
# (the bracket opens on the time: "(1.500 in Iraq)" or "(€3.25 billion)" hold no clock)
# (an hour alone after its article: "(le 22 in Italia)")
TIME_ASIDE = re.compile(r"\((?:(?:le|alle|ore|at)\s+\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2})(?![\d.,])[^()]*\)",
                        re.IGNORECASE)


def time_asides(text: str) -> list[tuple[int, int]]:
    """The spans of the text's time-zone asides (TIME_ASIDE): what stands there is no actor or place."""
    return [m.span() for m in TIME_ASIDE.finditer(text)] if "(" in text else []


# slots, not frozen: made by the thousand and never changed once made, and a frozen dataclass's
# __init__ costs several times a plain one's
@dataclass(slots=True)
class Actor:
    start: int
    end: int
    code: str
    kind: str  # state, capital, metonym, bloc, group, demonym
    text: str


class ActorReader:
    def __init__(self, pack: lang.Pack):
        self.names = pack.actor_names
        self.capitals = {fold(w) for w, (_, kind) in self.names.items() if kind == "capital"}
        self.name_re = re.compile(bounded(alternation(self.names)))
        words = {w: code for code, ws in pack.section("actors", "demonyms").items() for w in expand_all(ws)}
        self.demonyms = {fold(w): code for w, code in words.items()}
        # English capitalises demonyms ("US" is not "us"); Italian writes them in lower case
        case = 0 if pack.get("dates", {}).get("month_case_sensitive") else re.IGNORECASE
        self.demonym_re = re.compile(bounded(alternation(words)), case)
        orgs = lang.knowledge("actors")["organizations"]
        self.org_country = {name: code for code, names in orgs.items() for name in names}
        self.org_re = re.compile(bounded(alternation(self.org_country)))
        # "il suolo ciadiano", "on Chadian soil": the people's name qualifies a country's land
        pl = pack.section("places")
        land = alternation(pl.get("territory_nouns", [])) or "(?!x)x"
        self.land_words = [fold(w) for w in pl.get("territory_nouns", [])]
        first = pack.section("casualties").get("name_noun_first")  # the noun before its people's name
        self.territory_re = re.compile(rf"(?<![\w-])(?:{land})\s+(?P<d>[^\W\d_]+)(?![\w-])" if first else
                                       rf"(?<![\w-])(?P<d>(?:(?-i:[A-Z])[^\W\d_]+\s+)?[^\W\d_]+)\s+(?:{land})(?![\w-])",
                                       re.IGNORECASE)
        people = lang.knowledge("people")
        self.person_country = {name: code for code, names in people.items() for name in names}
        self.person_re = re.compile(bounded(alternation(self.person_country)))
        self.person_gate = KeyGate(self.person_country)  # most sentences name no one it knows
        # a medium's name holds no actor of the story: "the Sudan Tribune", "Voice of America"
        media = lang.knowledge("actors").get("media", {}).get("names", [])
        self.media_re = re.compile(bounded(alternation(media))) if media else re.compile(r"(?!x)x")
        self.media_gate = KeyGate(media)

    def find(self, text: str) -> list[Actor]:
        found = [Actor(m.start(), m.end(), *self.names[m.group(0)], m.group(0)) for m in self.name_re.finditer(text)]
        lands = [(a, b) for a, b, _ in self.territories(text)]
        found += [Actor(m.start(), m.end(), self.demonyms[fold(m.group(0))], "demonym", m.group(0))
                  for m in self.demonym_re.finditer(text) if not any(a <= m.start() < b for a, b in lands)]
        if zones := time_asides(text):  # "alle 07.56 (le 05.56 in Italia)": another time zone, no actor of the story
            found = [a for a in found if not any(x <= a.start < y for x, y in zones)]
        if lines := [a for a in found if dateline_capital(text, a.start, a.end, self.capitals)]:
            # (and the country after the town: "Mogadishu, Somalia – The African Union mission ...")
            end = DATELINE_AFTER.match(text, lines[0].end).end()
            found = [a for a in found if a.start >= end]
        if found and self.media_gate(text) and (media := [m.span() for m in self.media_re.finditer(text)]):
            found = [a for a in found if not any(x <= a.start < y for x, y in media)]
        return longest_first(found)

    def territories(self, text: str) -> list[tuple[int, int, str]]:
        """A country's land named by its people's name ("il suolo ciadiano", "Ukrainian territory"):
        start, end and the country's code. It is a place, not an actor (places.PlaceReader)."""
        out = []
        folded = fold(text)
        if not any(w in folded for w in self.land_words):
            return out  # most texts: the nouns are looked for before the pattern is scanned
        for m in self.territory_re.finditer(text):
            # (a people's name of two words: "the Sri Lankan civil war"; else its last word: "the Ukrainian territory")
            code, start = self.demonyms.get(fold(m["d"])), m.start()
            if code is None and " " in m["d"].strip():
                last = m["d"].split()[-1]
                code, start = self.demonyms.get(fold(last)), m.start("d") + m["d"].rindex(last)
            if code and lang.is_state(code):
                out.append((start, m.end(), code))
        return out

    def country_of(self, text: str, found: list[Actor] | None = None) -> str | None:
        """The actor a speaker or source belongs to, from the words that name it; `found` are
        its actors when the caller has read them already."""
        for a in self.find(text) if found is None else found:
            return a.code
        m = self.org_re.search(text)
        if m:
            return self.org_country[m.group(0)]
        m = self.person_re.search(text)
        if m:
            return self.person_country[m.group(0)]
        return None


# after a dateline's city: an optional country, an optional agency in brackets, then a dash
DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.’' -]{0,30}?)?\s*(?:\([^()]{1,40}\))?\s*[—–-]\s")


# a whole dateline opening a text: a town in capitals, an optional date or country, an optional
# agency in brackets, then a dash ("GENEVA, Oct 30, 2025 (BSS/AFP) - ")
# (or what is left of one once its date is read: "2025 (BSS/AFP) - ")
DATELINE = re.compile(r"(?:[A-ZÀ-Ý][A-ZÀ-Ý'’. -]+(?:,[^—–()-]{0,40})?\s*(?:\([^()]{1,40}\))?"
                      r"|[^()a-z]{0,40}?\([^()]{1,40}\))\s*[—–-]\s+")


def dateline_capital(text: str, start: int, end: int, capitals) -> bool:
    """A capital opening a text as its dateline ("NEW DELHI (Reuters) — ..."): where a wire bureau
    filed the report, neither an actor nor the place of what it tells. `capitals` holds the pack's
    capitals' names, folded."""
    # (written in capitals, the name may be read in part: "DELHI" of "NEW DELHI")
    opening = text[:start]
    if opening.strip() and not (text[start:end].isupper() and re.fullmatch(r"\s*(?:[A-Z][A-Z'’.-]*\s+)*", opening)):
        return False
    # (any town written in capitals so is a dateline, not only a capital: "YANGON - Almeno 24 persone ...")
    shouted = text[start:end].isupper() and len(text[start:end]) > 2
    return (shouted or fold(text[:end].strip()) in capitals) and bool(DATELINE_AFTER.match(text, end))


@cache
def reader(code: str) -> ActorReader:
    return ActorReader(lang.load(code))
