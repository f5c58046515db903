"""Actor mentions (codebook section 6): states by name, capital, people or forces, blocs and
armed groups, all from the language pack and CLDR."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from seedtables import lang
from seedtables.extract.spans import longest_first
from seedtables.lang import KeyGate, alternation, bounded, expand_all, fold


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
        self.name_re = re.compile(bounded(alternation(self.names)))
        words = {w: code for code, ws in pack.section("actors", "demonyms").items() for w in expand_all(ws)}
        self.demonyms = {fold(w): code for w, code in words.items()}
        # English capitalises demonyms ("US" is not "us"); Italian writes them in lower case
        case = 0 if pack.get("dates", {}).get("month_case_sensitive") else re.IGNORECASE
        self.demonym_re = re.compile(bounded(alternation(words)), case)
        orgs = lang.knowledge("actors")["organizations"]
        self.org_country = {name: code for code, names in orgs.items() for name in names}
        self.org_re = re.compile(bounded(alternation(self.org_country)))
        people = lang.knowledge("people")
        self.person_country = {name: code for code, names in people.items() for name in names}
        self.person_re = re.compile(bounded(alternation(self.person_country)))
        self.person_gate = KeyGate(self.person_country)  # most sentences name no one it knows

    def find(self, text: str) -> list[Actor]:
        found = [Actor(m.start(), m.end(), *self.names[m.group(0)], m.group(0)) for m in self.name_re.finditer(text)]
        found += [Actor(m.start(), m.end(), self.demonyms[fold(m.group(0))], "demonym", m.group(0))
                  for m in self.demonym_re.finditer(text)]
        return longest_first(found)

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


@cache
def reader(code: str) -> ActorReader:
    return ActorReader(lang.load(code))
