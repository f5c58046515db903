"""Account for every number of an article (the `numbers` table): each number the reader finds,
and every other digit run, ends as `used` (the count, share or quantity of a fact row), `set_aside`
with a reason from a closed vocabulary, or `unread` (no row and no reason: the miss list).

The reasons are decided from the words around the number, per language pack (`[audit]`):
a date or year, a clock time, an age, an ordinal, an identifier or model name, a measure that
counts no people or material, displaced people, a count of events, a count of things no table
holds, a part of a number already counted, or a clause that states no fact (codebook 7).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from seedtables import lang
from seedtables.extract import numbers
from seedtables.extract.actors import time_asides
from seedtables.extract.context import Ctx
from seedtables.extract.numbers import ANY_DIGIT, clock_spans
from seedtables.lang import alternation, expand_all

OUTCOMES = ("used", "set_aside", "unread")
REASONS = ("date", "time", "age", "ordinal", "identifier", "measure", "displaced", "event_count",
           "out_of_scope", "subset", "whole", "non_fact", "superseded")

# a run of digits with its separators, and what is glued to it ("KN-23", "2,000-pound", "1990s")
# (its first match in a run of word characters is at the run's start: the lookbehind says so at
# once, where "[\w-]*" would read on to the run's end from every letter of it)
TOKEN = re.compile(r"(?<![\w-])[\w-]*[0-9](?:[0-9.,:/]*[0-9])?[\w°ºª-]*")
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# a year and a dash right before two digits, or both in one token: "2015–19"
YEAR_DASH = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d\s?[–-]\s?$")
SHORT_YEARS = re.compile(r"(?:1[89]|20)\d\d\s?[–-]\s?\d\d")
CLOCK = re.compile(r"(?:[01]?\d|2[0-4])[:.][0-5]\d(?::[0-5]\d)?")  # not "7.62", a calibre
# a day written in figures ("27.12.2022", "07/05/2025"), and years coordinated ("2006 and 2012")
NUMERIC_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:\d{2}|\d{4})")
YEARS = re.compile(r"(?:1[89]|20)\d\d(?:\s*(?:and|to|e|-|–|al|and the|e il|e l'|and|to the)\s*(?:1[89]|20)\d\d)+")
# a long run of bare digits is a code, never a count ("200609063141209", "95607771": ids in a
# page's title or a photo's name); counts of millions are written with separators or words
CODE = re.compile(r"\d{7,}")
# a numbered list's mark: a small number and a full stop before a capitalised word, at a line's
# start or after a run of spaces
# (the sentence may end at its full stop: the list's item is then the next sentence)
LIST_INDEX = re.compile(r"\d{1,2}\.(?:\s+(?-i:[A-ZÀ-Ý])|\s*$)")
LIST_INDEX_BEFORE = re.compile(r"(?:^|\n|\s{2}|[–—•-]\s?)$")
# a clock written with a comma after its article: "erano le 10,40"
COMMA_CLOCK = re.compile(r"(?:[01]?\d|2[0-3]),[0-5]\d")
CLOCK_ARTICLE = re.compile(r"(?<![\w])(?:le|alle|ore|dalle|verso le)\s+$", re.IGNORECASE)
# what may open a time-zone aside before its clock: "(le 22 in Italia)", "(at 10.30 GMT)"
TIME_OPENING = re.compile(r"(?:(?:le|alle|ore|at)\s+)?", re.IGNORECASE)
# a run of small integers with only spaces between them: a scraped page's links to its pages
# ("<< < 1 2 3 4 5 > >>"); counts are never written so
RUN = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \t]+\d{1,3}){2,}(?![\w.,])")
# a number coordinated after this one: "9 e 14 anni", "seven or eight years"
COORDINATED = re.compile(r"^\s*(?:,|and|or|to|e|o|a|-|–)\s*\d[\d.,]*", re.IGNORECASE)
CURRENCY_SIGNS = "$€£¥₽₴"
CURRENCY = re.compile(rf"[{re.escape(CURRENCY_SIGNS)}]\s?$")
# what ends an age set off after a name: a comma, a bracket, a semicolon, or "and" before the next name
NAMED_AGE_END = re.compile(r"\s*(?:[,);]|(?:and|e)\s+[A-ZÀ-Ý])")
# a capitalised word right before a number, not a month's abbreviation ("Feb."): a name the number ends
# a person's name (two capitalised words or more) and an opening bracket right before a number
PERSON_IN_BRACKET = re.compile(r"(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’.-]*)+\s*\(\s*$")
# a name and an opening bracket right before a number: "Rostov (24"
NAME_IN_BRACKET = re.compile(r"(?-i:[A-ZÀ-Ý])[\w'’.-]*\s*\(\s*$")
# (an acronym in brackets may stand between: "Light Infantry Battalion (LIB) 47")
NAME_BEFORE = re.compile(r"(?<![\w'’-])\(?(?-i:[A-ZÀ-Ý])[\w-]*[^\W\d_]\)?\s+$")


# slots, not frozen: made by the thousand and never changed once made, and a frozen dataclass's
# __init__ costs several times a plain one's
@dataclass(slots=True)
class Number:
    start: int  # in the sentence
    end: int
    text: str
    value: float | None
    outcome: str
    reason: str | None = None


class _NoPeopleAfter:
    """A pattern of what a number counts (things, events) that counts nothing of the kind when a
    people's noun follows the word it matched: "12 school children", "two convoy drivers"."""

    __slots__ = ("rx", "people")

    def __init__(self, rx: re.Pattern, people: re.Pattern):
        self.rx, self.people = rx, people

    def match(self, text: str) -> re.Match | None:
        m = self.rx.match(text)
        return m if m is not None and not self.people.match(text, m.end()) else None


class Auditor:
    """Compiled `[audit]` vocabularies of one language pack."""

    def __init__(self, pack: lang.Pack):
        a = pack.section("audit")

        # the pack's entries are patterns ("kilomet{er,re}s?", "a\\.m\\."); every test here asks only
        # whether one matches, which a trie of their plain strings answers far faster
        def words(key: str) -> str:
            return lang.yes_no_alternation(expand_all(a.get(key, []))) if a.get(key) else ""

        c = pack.section("casualties")
        people_word = re.compile(alternation([*expand_all(c.get("civilian_words", [])),
                                              *expand_all(c.get("military_words", []))], escape=False), re.IGNORECASE)
        # (things follow no people's noun: "20 residents of the village" counts residents)
        thing_links = lang.yes_no_alternation([w for w in expand_all(a.get("links", [])) if not people_word.fullmatch(w)])

        def after(key: str, links: str | None = None) -> re.Pattern:
            # what the number counts may follow a few linking words: "30.000 persone sono sfollate",
            # "30,000 people have been displaced", "3 di loro"
            # (an opening quote may stand before the noun: cinque “postazioni strategiche”)
            return re.compile(rf"^[\s\-“\"«]*(?:(?:{links or words('links')})\s+){{0,3}}(?:{words(key)})(?![\w])",
                              re.IGNORECASE)

        def before(key: str) -> re.Pattern:
            return re.compile(rf"(?<![\w])(?:{words(key)})[\s,]*$", re.IGNORECASE)

        self.time_before, self.time_after = before("time_before"), after("time_after")
        self.person_before = re.compile(rf"(?:[A-ZÀ-Ý][\w'’-]+|(?<![\w])(?:{words('person_words') or '(?!x)x'}))\s*,\s*$")
        self.age_before, self.age_after = before("age_before"), after("age_after")
        # "ages 3 and 9", "di 9 e 14 anni": a number coordinated after an age is one too
        # ("aged 13 to 49": a range's words link them too)
        link = alternation([*pack.get("conjunctions", []), *pack.section("numbers").get("range_and", [])]) or "(?!x)x"
        self.age_list_before = re.compile(rf"(?<![\w])(?:{words('age_before')})\s+\d[\d.,]*(?:\s*(?:,|{link})\s*\d[\d.,]*)*"
                                          rf"\s*(?:,|{link})\s*$", re.IGNORECASE)
        self.ordinal_after = after("ordinal_after")
        self.measure_after = after("measure_units")
        freed = expand_all(pack.section("casualties").get("freed_words", []))
        # (a statement released frees no one: "ha rilasciato una dichiarazione", "released a statement")
        papers = alternation(expand_all(pack.section("casualties").get("released_papers", []))) or "(?!x)x"
        self.freed_re = re.compile(rf"{lang.bounded(alternation(freed, escape=False))}"
                                   rf"(?!\s+(?:\S+\s+)?(?:{papers})(?![\w]))" if freed else "(?!x)x", re.IGNORECASE)
        # a sum in any currency the pack names: "una taglia di cinque milioni di rupie"
        currencies = [re.escape(c) for c in pack.section("supplies").get("currencies", {}) if c[:1].isalpha()] \
            + sorted(lang.currency_words(pack.code))  # and the rest of the world's, from CLDR: "two million baht"
        self.money_after = re.compile(rf"{after('money_units').pattern}|^[\s-]*(?:(?:{words('links')})\s+){{0,3}}"
                                      rf"(?:{alternation(currencies, escape=False) or '(?!x)x'})(?![\w])", re.IGNORECASE)
        # (or a clause of who they are: "2,8 milioni di persone che erano già state costrette ad abbandonare")
        relatives = alternation(pack.get("relative_pronouns", [])) or "(?!x)x"
        self.fled_after = after("displaced_verbs")
        self.fled_relative = re.compile(rf"^[\s\-“\"«]*(?:[^\W\d_]+\s+){{0,3}}?(?:{relatives})\s+"
                                        rf"(?:[^\W\d_][\w'’]*\s+){{0,4}}?(?:{words('displaced_verbs')})(?![\w])",
                                        re.IGNORECASE)
        self.object_after = after("objects", thing_links)
        # what a number counts may follow a few words that are not people or prepositions
        # ("two nuclear-armed neighbours", "tre missili balistici"): the pack says how many
        places = pack.section("places")
        # (nor captives: "3 prisoners of war" counts people, not a war)
        stop = lang.yes_no_alternation(expand_all([*c.get("civilian_words", []), *c.get("military_words", []),
                                                   *c.get("captive_nouns", []),
                                                   *places.get("prepositions", []), *pack.get("conjunctions", []),
                                                   *a.get("time_before", []),  # "109 after Haiti gang attack"
                                                   # (a clause of its own: "14 people were killed when gunmen")
                                                   *pack.get("subordinators", [])]))
        modifier = rf"(?:(?!(?:{stop})(?![\w]))[^\W\d][\w'’-]*\s+){{0,{a.get('modifier_words', 0)}}}"

        def after_modified(key: str, links: str | None = None) -> re.Pattern:
            return re.compile(rf"^[\s\-“\"«]*(?:(?:{links or words('links')})\s+){{0,3}}{modifier}(?:{words(key)})(?![\w])",
                              re.IGNORECASE)

        # a thing's noun before a people's one names them, counts nothing: "12 school children",
        # "19 drug cartel members", "12 prison guards"
        # (the pack's own list: "militari", "civili" after a thing are adjectives, "veicoli militari")
        people = lang.yes_no_alternation(expand_all(a.get("people_after_things", []))) or "(?!x)x"
        people_next = re.compile(rf"[\s-]+(?:{people})(?![\w])", re.IGNORECASE)
        self.object_after = _NoPeopleAfter(self.object_after, people_next)
        self.object_modified = _NoPeopleAfter(after_modified("objects", thing_links), people_next)
        # (a people's name may stand between: "some 600,000 Rohingya fleeing")
        # (the people's name may come before the verb's auxiliaries: "13 million Syrians have been displaced")
        self.displaced_after = re.compile(rf"{after_modified('displaced').pattern}|^[\s-]*{modifier}"
                                          rf"(?:(?:{words('links')})\s+){{1,3}}(?:{words('displaced')})(?![\w])",
                                          re.IGNORECASE)
        # (or one adjective before them: "in due distinti incidenti", "two separate attacks")
        # (or a people's name: "67 Israeli attacks")
        adjective = rf"^\s+(?!(?:{stop})(?![\w]))(?-i:[a-zà-ÿA-ZÀ-Ý])[^\W\d_]*\s+(?:{words('events')})(?![\w])"
        self.event_after = _NoPeopleAfter(re.compile(rf"{after('events').pattern}|{adjective}", re.IGNORECASE),
                                          people_next)
        self.roles_after = after_modified("roles")
        self.munitions_after = _NoPeopleAfter(after_modified("munitions"), people_next)
        # "were among the 20 people killed": right after "among the", a count is the whole
        self.among_whole = re.compile(rf"(?<![\w])(?:{words('among_whole') or '(?!x)x'})\s+$", re.IGNORECASE)
        self.subset_before = re.compile(rf"(?<![\w])(?:{words('subset_before')})(?:\s+\S+){{0,2}}[\s,]*$", re.IGNORECASE)
        # the next part of a list of parts: "including 271 Hezbollah members and 76 civilians"
        self.subset_list_before = re.compile(
            rf"(?<![\w])(?:{words('subset_before')})\s+\d[\d.,]*(?:\s+[^\W\d][\w'’-]*){{0,3}}\s*(?:,|{link})\s*$",
            re.IGNORECASE)
        # right before its number: "Room 4", "Brigade 9"; "the emergency room, four died" counts
        # a decade: "negli anni Settanta", "negli anni 90"
        self.decade_before = re.compile(rf"(?<![\w])(?:{words('decade_before') or '(?!x)x'})\s+$", re.IGNORECASE)
        # (a unit's acronym may stand between its name and its number: "Light Infantry Division (LID) 88")
        # ("Divisione di fanteria leggera (LID) 88": where adjectives follow, a few may stand before it)
        self.identifier_before = re.compile(
            rf"(?<![\w])(?:{words('identifier_before')})(?:\s*|(?:\s+(?-i:[a-zà-ù'’]+)){{0,3}}\s*\((?-i:[A-Z]{{2,6}})\)\s*)$",
            re.IGNORECASE)
        # "resolutions 2216 and 2231": a number listed after a name's number names too
        self.identifier_list_before = re.compile(
            rf"(?<![\w])(?:{words('identifier_before')})\s+\d[\d.,]*(?:\s*(?:,|{link})\s*\d[\d.,]*)*\s*(?:,|{link})\s*$",
            re.IGNORECASE)
        # case-sensitive: the name's capital tells it from a noun ("the 444 Brigade", "two brigade commanders")
        self.identifier_after = re.compile(rf"^\s+(?:{alternation(a.get('identifier_after', [])) or '(?!x)x'})(?![\w])")
        # "Leopard 2", "Su 25": weapon systems whose names hold a number (knowledge/weapons.toml)
        models = lang.knowledge("weapons")["models"]
        self.model_before = re.compile(rf"(?<![\w-])(?:{alternation(models)})[\s-]*$")
        self.displaced_before = before("displaced_before")
        # "il numero di civili sfollati ... ha superato i dieci milioni": a total of the displaced, told
        # in the clause before its number however far
        self.displaced_total = re.compile(rf"(?<![\w])(?:{words('displaced_total_before') or '(?!x)x'})\s*$", re.IGNORECASE)
        self.met_before = before("met_before")
        self.population_before = before("population_before")
        # "holds 12 hostages": people a group holds are captives, not a place's population
        held = alternation(a.get("held_captives_after", [])) or "(?!x)x"
        self.held_captives = re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{held})(?![\w])", re.IGNORECASE)
        self.destroyed_before, self.intercepted_before = before("destroyed_before"), before("intercepted_before")
        self.launched_before = before("launched_before") if a.get("launched_before") else re.compile(r"(?!x)x")
        # a verb of shooting down or intercepting anywhere in the clause before a list by place:
        # "droni abbattuti nelle regioni di Rostov (24), Bryansk (11)"
        self.munition_said_re = re.compile(lang.bounded(words("munitions")), re.IGNORECASE)
        self.downed_re = re.compile(lang.bounded(f"{words('destroyed_before')}|{words('intercepted_before')}"),
                                    re.IGNORECASE)
        # "i 2,3 milioni di abitanti di Gaza", "its 2.3 million residents of Gaza": a place's people
        self.population_after = re.compile(rf"^\s+(?:{words('population_after') or '(?!x)x'})\s*(?-i:[A-ZÀ-Ý])",
                                           re.IGNORECASE)
        self.roles_before = before("roles_before")
        # "65,000 people celebrated", "9.3 million people across the country need aid": a crowd or a
        # population in need, no table's (a few words may stand between the people and the verb)
        gathered = words("gathered_after") or "(?!x)x"
        self.gathered_after = re.compile(rf"^[\s\-“\"«]*(?:[^\W\d_][\w'’-]*\s+){{0,5}}?(?:{gathered})(?![\w])",
                                         re.IGNORECASE)
        # "i sequestratori ceceni erano circa 40": a role's people (and their people's name) said to number so many
        self.role_subject = re.compile(rf"(?<![\w])(?:{words('roles')})(?:\s+[^\W\d_]+)?\s+(?:{words('role_copulas')})\s*$",
                                       re.IGNORECASE) if a.get("role_copulas") else re.compile(r"(?!x)x")
        self.attackers_before = before("attackers_before")
        self.existential_before = before("existential_before")
        self.sources_after = re.compile(rf"^\s+(?:{words('source_nouns') or '(?!x)x'})", re.IGNORECASE)
        self.earlier_before = before("earlier_before")
        whole = words("whole_after") or "(?!x)x"
        self.whole_after = re.compile(rf"^\s+(?:[^\W\d][\w'’-]*\s+){{0,2}}[^\W\d][\w'’-]*,\s+(?:{whole})(?![\w])\s+\d",
                                      re.IGNORECASE)
        # people counted as rescued, freed or got away: no casualty, whatever casualty word stands near
        # (their noun may stand between, whatever people it names: "58 sailors were rescued"; but no
        # conjunction, which opens another's clause: "feriti tre agenti e sono stati liberati sei detenuti")
        conjunctions = alternation(pack.get("conjunctions", [])) or "(?!x)x"
        self.escaped_after = re.compile(rf"^[\s-]*(?:(?!(?:{conjunctions})\s)[^\W\d][\w'’-]*\s+){{0,3}}?"
                                        rf"(?:{words('escaped_after') or '(?!x)x'})(?![\w])", re.IGNORECASE)
        # a role's people who do the killing ("two suicide bombers killed nine people"): its agents, no victims
        # (a short phrase may stand between them, "four gunmen dressed in fatigues opened fire", but no
        # conjunction or punctuation, which would begin another's clause: "ten gunmen and five soldiers were killed")
        # (nor a form of "to be", which makes the verb passive: "four gunmen were killed")
        conj = alternation([*pack.get("conjunctions", []), *a.get("passive_auxiliaries", [])]) or "(?!x)x"
        self.agent_after = re.compile(rf"^\s+(?:(?!(?:{conj})\s)[^\s,;.:()]+\s+){{0,4}}?"
                                      rf"(?:{words('agent_verbs') or '(?!x)x'})(?![\w])", re.IGNORECASE)
        # (a role's long phrase may hold the verb itself: "men on motorcycles had abducted")
        self.agent_verb_re = re.compile(rf"(?<![\w])(?:{words('agent_verbs') or '(?!x)x'})(?![\w])", re.IGNORECASE)
        self.subset_after = re.compile(rf"^\s*(?:{words('subset_after') or '(?!x)x'})(?![\w])", re.IGNORECASE)
        # ("Tra le 18 vittime quattro sarebbero bambini": the comma may be left out)
        # (and the part's qualifier after the comma: "Delle 427.300 armi inviate ..., più di 300.000")
        self.whole_before = re.compile(rf"^\s*(?:{words('whole_opening') or '(?!x)x'})\s+[\d.,]+[^,;\d]*(?:,[^;\d]*)?$",
                                       re.IGNORECASE)
        # what coordinates two numbers: a comma or a conjunction
        self.link_re = re.compile(rf"(?:,|(?<![\w])(?:{alternation(pack.get('conjunctions', []))})(?![\w]))", re.IGNORECASE)
        self.non_fact = re.compile(lang.bounded(words("non_fact")), re.IGNORECASE)
        # what may follow a name's number: punctuation, the end, a capital, a conjunction, a preposition
        # or a short word ("del", "is"): no noun the number could count
        small = alternation([*pack.get("conjunctions", []), *pack.section("places").get("prepositions", [])])
        small = small or "(?!x)x"
        self.name_end_re = re.compile(rf"(?:\s*(?:[,.;:)\]–—'’\"-]|$)"
                                      rf"|\s+(?:(?-i:[A-ZÀ-Ý])|(?:{small}|[^\W\d_]{{1,3}})(?![\w])))")
        self.non_fact_after = re.compile(lang.bounded(words("non_fact_after") or "(?!x)x"), re.IGNORECASE)

    def never_a_count(self, ctx: Ctx, q) -> bool:
        """Whether a quantity can count nothing, whatever verb stands near: an age, an ordinal, an
        identifier ("Battalion 1", "ages 3 and 9"), a clock time ("5 a.m.") or a figure a later
        one replaces. (The words before a time are left to the readers: "around", "after" also
        qualify counts.)"""
        s = ctx.text
        left, right = s[max(0, q.num_start - 40):q.num_start], s[q.end:q.end + 60]
        return bool(CODE.fullmatch(s[q.num_start:q.end]) or self.age_list_before.search(left) or self.named_age(left, right)
                    or self.named_number(ctx, q.num_start, q.end)
                    or self.identifier_before.search(left) or self.identifier_after.match(right)
                    or self.ordinal_after.match(right) or right[:1] in ("°", "º", "ª")  # "21° reggimento", "40°C"
                    or self.time_after.match(right) or self.decade_before.search(left)  # "negli anni Ottanta"
                    or numbers.reader(ctx.lex.pack.code).superseded(s, q.start, q.end))

    def counts_nothing(self, ctx: Ctx, q) -> bool:
        """Whether a quantity counts no forces and no casualties: a measure ("two days after"), an
        event count or things ("in two stages", "374 mezzi"), or what `never_a_count` says."""
        right = ctx.text[q.end:q.end + 60]
        # (an actor's name right after it is read past: "71 United Nations and associated personnel"
        # counts the personnel, not nations; "two Russian missiles" still counts missiles)
        named = next((a for a in ctx.actors if a.start > q.end and not ctx.text[q.end:a.start].strip()), None)
        things = self.counts_things(ctx.text[named.end:named.end + 60] if named else right)
        return bool(self.measure_after.match(right) or things or self.never_a_count(ctx, q))

    def _unqualified(self, ctx: Ctx, left: str) -> str:
        """The words before a number without its qualifier: "forced more than " -> "forced "."""
        qualifier = numbers.reader(ctx.lex.pack.code).any_qualifier_re.search(left)
        return left[:qualifier.start()] if qualifier else left

    def counts_no_casualty(self, ctx: Ctx, q) -> bool:
        """Whether a quantity counts people no fact table holds, or money: people a verb displaces
        ("sfollando oltre 35.000"), a population ("a town of 6,000"), a sum ("a ransom of over
        $33,000"), people who fled ("as thousands fled"), people met or saved ("interviewed 40
        victims"). Displaced people counted by their noun
        may be the dead ("killed 12 refugees")."""
        s = ctx.text
        left, right = s[max(0, q.num_start - 40):q.num_start], s[q.end:q.end + 60]
        bare = self._unqualified(ctx, left)
        # (the dead are not displaced: "evacuated 37 corpses", "evacuato 37 cadaveri")
        at = q.end + len(right) - len(right.lstrip())
        displaced = self.displaced_before.search(bare) and not any(rx.match(s, at) for _, rx in ctx.lex.casualty)
        return bool(self.fled_after.match(right) or displaced or self.met_before.search(bare)
                    # (a force counted so is none: "la missione, che conta 1.500 militari")
                    or (self.population_before.search(bare) and not self.held_captives.match(right)
                        and not ctx.lex.force_re.match(s, at))
                    or self.population_after.match(right) or self.money_after.match(right)
                    or CURRENCY.search(left) or s[q.num_start:q.end].startswith(tuple(CURRENCY_SIGNS)))

    def _freed(self, ctx: Ctx, start: int, end: int) -> bool:
        """A verb of freeing before the number in its clause, and no casualty word between:
        "ha liberato l'ex candidata e altri 14 ostaggi"."""
        found = list(self.freed_re.finditer(ctx.text, ctx.clause_start(start), start))
        # (nor one whose own verb follows: "two hostages were freed and three were killed"; the
        # captives' own noun is none: "released 33 Israeli hostages")
        nouns = captive_nouns_re(ctx.lex.pack.code)
        # (a fate only feared is none: "the release of the seven victims came amid fears that the
        # terrorists would kill ...")
        return bool(found) and not any((t.start() < start or t.start() > end + 2) and not nouns.fullmatch(t.group(0))
                                       and not ctx.is_non_factual(t.start(), t.end())
                                       for _, rx in ctx.lex.casualty
                                       for t in rx.finditer(ctx.text, found[-1].end(), ctx.clause_end(start)))

    def counts_survivors(self, ctx: Ctx, q) -> bool:
        """Whether a quantity counts people rescued, freed or who got away: "1,700 hostages were rescued"."""
        return bool(self.escaped_after.match(ctx.text[q.end:q.end + 80]))

    def counts_attackers(self, ctx: Ctx, q) -> bool:
        """Whether a quantity counts the attackers: "il commando di sei persone", "four gunmen
        dressed in fatigues opened fire" (a role's people followed by a verb of attacking)."""
        s = ctx.text
        if self.attackers_before.search(self._unqualified(ctx, s[max(0, q.num_start - 40):q.num_start])):
            return True
        right = s[q.end:q.end + 80]
        role = self.roles_after.match(right)
        if not role:
            return False
        # (the verb inside the role's phrase, after its people: "men on motorcycles had abducted", not
        # "killed as gunmen attack", where the count's own verb comes first)
        text = role.group(0)
        people = [m.start() for rx in (ctx.lex.military_re, ctx.lex.civilian_re, ctx.lex.irregular_re)
                  if (m := rx.search(text))]
        # (nor when the count's own casualty word comes before them: "30 wounded when militants overran")
        if people and any(rx.search(text, 0, min(people)) for _, rx in ctx.lex.casualty):
            return False
        # (a verb with no object after it is a participle the people suffered: "with over 15 militants
        # killed.", "15 militants killed in the clash", "killed by the army")
        # (or a date: "40 militants killed this year")
        def suffered(end: int) -> bool:
            return bool(re.match(r"\s*(?:[.,;:)]|$)|\s+by\s", s[end:end + 4]) or ctx.lex.place_link_re.match(s, end)) \
                or any(0 <= d.start - end <= 1 for d in ctx.dates)

        if (agent := self.agent_after.match(right[role.end():])) and not suffered(q.end + role.end() + agent.end()):
            return True
        verb = self.agent_verb_re.search(text, min(people)) if people else None
        return verb is not None and not suffered(q.end + verb.end())

    def named_age(self, left: str, right: str) -> bool:
        """"Zarqa Sebahiya, 86, ...", "a girl, 16, and", "Ruel Catubay, 39 and Jay Erwin Almohallas, 38;":
        a number set off by commas after a name or a person is an age."""
        return bool(NAMED_AGE_END.match(right) and self.person_before.search(left))

    def named_number(self, ctx: Ctx, start: int, end: int) -> bool:
        """A number that ends a capitalised name ("Squadron 15", "Panzerbrigade 45", "Legge 185 del
        1990", "NAF 579 e NAF 578", "World War Two"): right after a capitalised word that is no actor,
        place or sentence opening, and followed by no word it could count (punctuation, a capital,
        a conjunction or a preposition)."""
        s = ctx.text
        if any(a.start <= start and end <= a.end for a in ctx.actors):
            return True  # a number inside an actor's name: "Mouvement du 23 mars"
        if not ANY_DIGIT.search(s, start, end) and not s[start:end].istitle():
            return False  # a number in words ends no name: "A Ghouta centinaia di morti" ("World War Two" does)
        name = NAME_BEFORE.search(s, max(0, start - 40), start)
        # (a name in brackets is one still: "the USS Nimitz (CVN 68)")
        opener = s[:name.start()].rstrip()[-1:] if name else ""
        if not name or not s[:name.start()].strip() or opener in ".:!?\"“-–—" \
                or opener == "(" and s[end:end + 1] != ")":
            return False
        after = re.match(r"\s+([^\W\d_]{2,})", s[end:end + 30])
        if after and after.group(1).isupper() and name.group(0).strip().isupper():
            return False  # a lead in capitals: "È DI 155 MORTI", "AT LEAST 40 KILLED"
        if numbers.reader(ctx.lex.pack.code).any_qualifier_re.search(s, name.start(), start):
            return False  # "(Reuters) - Over 1,000 Burundian troops": a qualifier, no name
        if not self.name_end_re.match(s, end) or any(a.start <= name.start() < a.end for a in ctx.actors) or \
                any(p.start <= name.start() < p.end for p in ctx.places):
            return False
        words = s.split()
        # a headline in title case ("Missile Strikes Kill Three Sailors"): every word is capitalised
        return sum(w[:1].isupper() for w in words) * 2 <= len(words)

    def counts_things(self, right: str) -> bool:
        """Whether the words after a number make it a count of events, munitions or things,
        never of people ("16 autobombe", "three bombs", "two sides")."""
        return bool(self.event_after.match(right) or self.munitions_after.match(right)
                    or self.object_after.match(right) or self.object_modified.match(right))

    def gathered(self, ctx: Ctx, end: int) -> bool:
        """Whether the people counted before `end` are said to gather, mourn or need aid ("65,000
        people celebrated", "Migliaia di persone hanno commemorato ... le vittime"): a crowd or a
        population, with no casualty word between them and that verb to say it befell them."""
        clause = re.split(r"[,;:()]", ctx.text[end:end + 60], maxsplit=1)[0]
        m = self.gathered_after.match(clause)
        return m is not None and not any(rx.search(clause, 0, m.end()) for _, rx in ctx.lex.casualty)

    def reason(self, ctx: Ctx, start: int, end: int, token: str, percent: bool, read: bool) -> str | None:
        """Why the number at [start, end) of the sentence is no figure of a row, or None; `read`
        when the number reader took it for a number (else it is a bare digit token)."""
        s = ctx.text
        left, right = s[max(0, start - 40):start], s[end:end + 60]
        if any(d.start <= start < d.end or d.start < end <= d.end for d in ctx.dates):
            return "date"
        if numbers.reader(ctx.lex.pack.code).superseded(s, start, end):
            return "superseded"  # "the toll rose from 30 to 60": the 30
        digits = token.strip(".,")
        if self.identifier_before.search(left) or self.identifier_list_before.search(left):
            return "identifier"  # "resolutions 2216 and 2231": a name's number, though it looks like a year
        # (not a count with a qualifier and its people: "over 2000 civilians displaced")
        counted = _people_next(ctx, end) and numbers.reader(ctx.lex.pack.code).any_qualifier_re.search(left)
        if YEAR.fullmatch(digits) and not self.measure_after.match(right) and not self.event_after.match(right) \
                and not counted:
            return "date"  # "nel 2023", "since 2014"
        if CODE.fullmatch(digits) or in_page_links(s, start) or re.fullmatch(r"0\d{2,}", token):
            return "identifier"  # (a leading zero writes a code, never a count: "007", "0800")
        if LIST_INDEX.match(s, start) and LIST_INDEX_BEFORE.search(s[max(0, start - 3):start]):
            return "ordinal"  # "1. South Africa= 1495  2. Botswana= 300": a numbered list's marks
        if NUMERIC_DATE.fullmatch(digits) or (YEARS.fullmatch(token) and not self.measure_after.match(right)):
            return "date"  # "27.12.2022", "between 2006 and 2012"
        if self.decade_before.search(left):
            return "date"
        if re.fullmatch(r"\d\d", digits) and (left.endswith(("'", "’")) and not left[-2:-1].isalpha()
                                               or YEAR_DASH.search(left)):
            return "date"  # "from 2008-'12 to 2013-'17", "in 2015–19": a year cut to its last two digits
        if SHORT_YEARS.fullmatch(token):
            return "date"  # "between 2010–14 and 2015–19"
        # (a word of time before names an hour only: "by 5", not "attacked by 2,000 fighters")
        hour = bool(re.fullmatch(r"[01]?\d|2[0-4]", digits))
        if not percent and (CLOCK.fullmatch(digits) or (hour and self.time_before.search(left))
                            or self.time_after.match(right)
                            or (COMMA_CLOCK.fullmatch(digits) and CLOCK_ARTICLE.search(left))
                            or in_time_aside(s, start)):
            return "time"
        # "di 9 e 14 anni", "aged 7 and 8": the word after the last of coordinated numbers tells
        tail = COORDINATED.sub("", right, count=1)
        if self.age_before.search(left) or self.age_after.match(right) or self.age_after.match(tail) \
                or self.age_list_before.search(left):
            return "age"
        if self.named_age(left, right):
            return "age"
        if re.search(r"[°ºª]$|\d(?:st|nd|rd|th)$", token, re.IGNORECASE) or right[:1] in ("°", "º", "ª") \
                or right[:3] in (".mo", ".ma") \
                or self.ordinal_after.match(right):
            return "ordinal"
        glued = not read and re.search(r"[^\W\d_]", token)  # "KN-23", "M23", "1990s"
        if s[start - 1:start] == "[" and right[:1] == "]":
            return "identifier"  # a footnote's mark: "...to Ethiopia.[2]"
        if (person := PERSON_IN_BRACKET.search(left)) and right[:1] == ")" and token.isdigit() and int(token) <= 110 \
                and not any(a.start < start and a.end > start - len(person.group(0)) for a in (*ctx.actors, *ctx.places)):
            return "age"  # "Maibam Kesho Singh (75) and Laishram Barel (61)": a person's age
        if self.named_number(ctx, start, end):
            return "identifier"
        if glued or s[start - 1:start] in ("-", "#", "/", "×", "+") or right[:1] in ("-", "/", "×", "+") \
                or self.identifier_after.match(right) or self.model_before.search(left):
            return "identifier"
        # "forced more than 200,000 people from their homes": the verb stands before the qualifier
        bare = self._unqualified(ctx, left)
        if ctx.under_rate(start, end):
            return "out_of_scope"  # "Every day, they lose 300-400 people": a rate, no toll (codebook 9)
        # (not the whole a part of the evacuated is counted from: "9,680 personnel out of 12,944 evacuated")
        if (self.displaced_after.match(right) or self.displaced_before.search(bare) or self.fled_after.match(right)
                or self.displaced_total.search(s, ctx.clause_start(start), start)
                or (self.fled_relative.match(right) and not ctx.names_casualty())) and not is_partitive_whole(ctx, start):
            return "displaced"
        if (self.population_before.search(bare) and not self.held_captives.match(right)) \
                or self.population_after.match(right) or self.roles_before.search(bare) \
                or self.met_before.search(bare) or self._freed(ctx, start, end) \
                or self.gathered(ctx, end):
            return "out_of_scope"  # "a village of 6,000 people": a population, no table's
        if (q := next((q for q in ctx.numbers_free() if q.start <= start < q.end), None)) is not None and in_ratio(ctx, q):
            return "measure"  # "un soldato su tre", "one in five": a proportion, no count of anyone
        if any(m.start() <= start < m.end() or (m.end() <= start and re.fullmatch(r"\s+(?:\S{1,5}\s+)?", s[m.end():start]))
               for m in ctx.lex.no_casualty_re.finditer(s)):
            return "out_of_scope"  # "ha restituito i resti di 38 soldati", "handed over 1,000 bodies": no new dead
        if self.intercepted_before.search(bare):
            return "event_count"  # "intercepted 30 drones": weapons fired and stopped
        if self.launched_before.search(bare) and self.munitions_after.match(right):
            return "event_count"  # "ha lanciato 180 missili": weapons fired, though the sentence sends troops too
        if NAME_IN_BRACKET.search(left) and self.munition_said_re.search(s, 0, start) and self.downed_re.search(s, 0, start):
            return "event_count"  # "droni abbattuti nelle regioni di Rostov (24), Bryansk (11)": downed by place
        if self.destroyed_before.search(bare):
            return "out_of_scope"  # "downed 26 drones", "ha distrutto 22 carri armati": equipment lost
        if self.earlier_before.search(bare) or self.earlier_before.search(left):
            return "superseded"  # "900 troops, down from a peak of 2,500": an earlier figure
        # "Of 558 people who have died ..., 50 are children": the clause opened by "of" holds the whole
        # (a qualifier of its own may stand between: "tra cui donne e almeno 20 bambini")
        if self.among_whole.search(bare):
            return "whole"  # "Three journalists were among the 20 people killed"
        if self.subset_before.search(left) or self.subset_before.search(bare) or self.subset_after.match(right) \
                or self.subset_list_before.search(bare) \
                or self.whole_before.search(s[:start]):
            return "subset"
        if percent or self.measure_after.match(right) or self.measure_after.match(tail):
            return "measure"
        # a sum of money is a supply's amount where the sentence supplies something
        money = self.money_after.match(right) or CURRENCY.search(left) or token.startswith(tuple(CURRENCY_SIGNS))
        if money and not ctx.speaks_of_supplying():
            return "measure"
        if self.event_after.match(right):
            return "event_count"
        if self.object_after.match(right) or self.object_modified.match(right):
            return "out_of_scope"
        if self.attackers_before.search(bare) or self.role_subject.search(bare) or self.escaped_after.match(right) \
                or self.sources_after.match(right):
            return "out_of_scope"  # "il commando di sei persone": the attackers
        # "22 people interviewed", "100 attackers": people no table counts, where nothing died
        # ("there were three attackers and one of them was killed": attackers said to be there)
        if (role := self.roles_after.match(right)) and (not ctx.names_casualty()
                                                         or self.agent_after.match(right[role.end():])
                                                         or self.existential_before.search(bare)):
            return "out_of_scope"
        if not ctx.speaks_of_supplying() and self.munitions_after.match(right):
            return "event_count"
        if is_partitive_whole(ctx, start) or self.whole_after.match(right) or parted_by_list(ctx, end):
            return "whole"  # "treated 3,600 patients, of whom 355 died": the 3,600
        if ctx.in_bracketed_aside(start) or in_breakdown(ctx, start, end):
            return "subset"  # "diciotto persone (tredici militari e cinque civili)"
        if ctx.lex.disaster_re.search(s, ctx.clause_start(start), ctx.clause_end(end)):
            return "out_of_scope"  # "the earthquake killed 1,200 people": no conflict's dead
        # the clause's words before the number, or its verb after it ("3,000 soldiers will be stationed")
        after_verb = re.split(r"[,;:()]", s[end:end + 80])[0]
        # (a month is no modal: "killed in May were 21")
        # (from past a clause of cause or consequence: "did not get help and so 40 soldiers were killed")
        opening = max([m.end() for m in ctx.lex.fact_clause_re.finditer(s, ctx.clause_start(start), start)],
                      default=ctx.clause_start(start))
        before = s[opening:start]
        if any(not _in_date(ctx, opening + m.start()) for m in self.non_fact.finditer(before)) \
                or any(not _in_date(ctx, end + m.start()) for m in self.non_fact_after.finditer(after_verb)):
            return "non_fact"
        return None


def in_time_aside(s: str, start: int) -> bool:
    """Whether the number at `start` is the clock of a time-zone aside: the 22 of "(le 22 in Italia)"."""
    return "(" in s and any(a < start < b and TIME_OPENING.fullmatch(s, a + 1, start) for a, b in time_asides(s))


def in_page_links(s: str, start: int) -> bool:
    """Whether the number at `start` is one of a run of consecutive integers ("1 2 3 4"): page links."""
    for m in RUN.finditer(s, max(0, start - 80), start + 80):
        if m.start() <= start < m.end():
            values = [int(x) for x in m.group(0).split()]
            return all(b == a + 1 for a, b in zip(values, values[1:], strict=False))
    return False


def part_pronoun_after(ctx: Ctx, whole_end: int, part) -> bool:
    """Whether `part` counts, by a pronoun after it, part of the count ending at `whole_end`, the two
    joined by a conjunction: "there were four gunmen and two of them were killed" (not a toll with
    its part in an aside: "45 feriti, 9 dei quali gravi")."""
    s, lex = ctx.text, ctx.lex
    return bool(lex.part_pronoun_re.match(s, part.end)) and not re.search(r"[.;:\d]", s[whole_end:part.start]) \
        and bool(lex.conjunction_re.search(s, whole_end, part.start))


def parted_by_list(ctx: Ctx, end: int) -> bool:
    """Whether the count ending at `end` is a total a colon right after its phrase parts into counts:
    "oltre 6mila soldati: circa 2mila in Mali, 1.600 in ..."."""
    s = ctx.text
    colon = s.find(":", end, end + 60)
    if colon < 0 or re.search(r"[,;.()]", s[end:colon]):
        return False
    return sum(1 for q in ctx.quantities if q.start > colon and not q.percent) >= 2


def is_partitive_whole(ctx: Ctx, start: int) -> bool:
    """Whether the number at `start` counts the group a counted part is taken from: the 46 of
    "Four of 46 persons rushed to hospital died", "Of the 46 rushed to the emergency room, one
    died"."""
    lex, s = ctx.lex, ctx.text
    # (the part's noun may stand between: "9,680 uniformed personnel out of 12,944")
    for q in ctx.quantities:
        gap = s[q.end:start]
        if q.end <= start and (lex.partitive_re.fullmatch(gap) or (
                len(gap) < 50 and not re.search(r"[,;:.]", gap) and lex.partitive_end_re.search(gap))):
            return True
    # "there were four gunmen and two of them were killed": a part counted by a pronoun after it
    whole = next((q for q in ctx.quantities if q.num_start <= start < q.end), None)
    after = next((q for q in ctx.quantities if q.start >= whole.end), None) if whole else None
    if after is not None and part_pronoun_after(ctx, whole.end, after):
        return True
    return bool(lex.partitive_open_re.fullmatch(s, ctx.clause_start(start), start)) \
        and any(q.start > start and ctx.clause_start(q.start) > start for q in ctx.quantities)


@cache
def auditor(code: str) -> Auditor:
    return Auditor(lang.load(code))


def audit_sentence(code: str, ctx: Ctx, used: set[tuple[int, int]]) -> list[Number]:
    """Every number of the sentence with its outcome. `used` holds the spans (in the sentence) of
    the numbers that fact rows were read from."""
    aud, s, out = auditor(code), ctx.text, []
    # a clock time ("7:30") is one token, though the reader may see two numbers in it
    clocks = clock_spans(s)
    taken: list[tuple[int, int]] = list(clocks)
    for q in sorted(ctx.quantities, key=lambda q: q.num_start):
        if any(a <= q.num_start < b for a, b in taken):
            continue
        span = (q.num_start, q.end)
        is_used = any(a <= q.num_start < b or q.num_start <= a < q.end for a, b in used)
        if q.weak and not is_used:
            continue  # "un", "one": an article unless it counted something that became a row
        taken.append((q.start, q.end))
        if is_used:
            out.append(Number(*span, s[span[0]:span[1]], q.value, "used"))
            continue
        why = ctx.asides.get(span) or aud.reason(ctx, q.num_start, q.end, s[q.num_start:q.end], q.percent, True)
        out.append(Number(*span, s[span[0]:span[1]], q.value, "set_aside" if why else "unread", why))
    for m in TOKEN.finditer(s) if ANY_DIGIT.search(s) else ():  # every token holds a digit
        if m.span() not in clocks and any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
            continue
        why = aud.reason(ctx, m.start(), m.end(), m.group(0), False, False)
        out.append(Number(m.start(), m.end(), m.group(0), None, "set_aside" if why else "unread", why))
    return _parts(ctx, aud, sorted(out, key=lambda n: n.start))


def _in_date(ctx: Ctx, pos: int) -> bool:
    return any(d.start <= pos < d.end for d in ctx.dates)


def _people_next(ctx: Ctx, end: int) -> bool:
    """Whether a people's noun follows the number at `end`, a word or two on ("20 civili", "20 Malian soldiers")."""
    s = ctx.text
    return any(m and re.fullmatch(r"\s+(?:\S+\s+){0,2}", s[end:m.start()])
               for m in (ctx.lex.civilian_re.search(s, end, end + 40), ctx.lex.military_re.search(s, end, end + 40)))


def _parts(ctx: Ctx, aud: Auditor, numbers: list[Number]) -> list[Number]:
    """A number coordinated with an age is an age ("di 9 e 14 anni"), with an identifier an identifier
    ("rami 8 e 9"). Numbers that break a figure
    down are part of it (`subset`): those coordinated with a
    subset ("di questi 4.788 sono bambini e 3.048 sono donne") and those after a colon or dash
    that follows a used figure ("uccisi 12 soldati: sette in combattimento e cinque ...")."""
    s, out = ctx.text, []
    for n in numbers:
        if out and (n.outcome == "unread" or (n.reason == "measure" and out[-1].reason == "age")):
            prev = out[-1]
            gap = s[prev.end:n.start]
            # (and with a non-fact: "would be for 66 aircraft, 75 engines" is the same plan)
            coordinated = prev.reason in ("subset", "age", "non_fact") and len(gap) <= 40 and not re.search(r"[.;]", gap) \
                and aud.link_re.search(gap)
            # a list of things or events goes on ("2.683 sistemi di artiglieria, 527 sistemi di lancio
            # multiplo", "38 attacks, 20 in Iraq and 18 in Syria"), unless the next counts people
            coordinated = coordinated or (prev.reason in ("out_of_scope", "event_count") and len(gap) <= 40
                                          and not re.search(r"[.;:()]", gap) and aud.link_re.search(gap)
                                          and not _people_next(ctx, n.end))
            # "nei padiglioni otto e nove", "wards 8 and 9": a number joined to an identifier, counting nothing
            coordinated = coordinated or (prev.reason == "identifier" and aud.link_re.fullmatch(gap.strip())
                                          and len(gap) <= 6 and bool(aud.name_end_re.match(s, n.end)))
            # (a spaced hyphen is a dash too: "cinque persone sono morte - tre donne, un bambino")
            broken_down = any(p.outcome == "used" and re.search(r"[:—–]|\s-\s", s[p.end:n.start]) and n.start - p.end <= 80
                              and not re.search(r"[.;]", s[p.end:n.start]) for p in out)
            if coordinated or broken_down:
                n = Number(n.start, n.end, n.text, n.value, "set_aside", prev.reason if coordinated else "subset")
        out.append(n)
    # "390 e 307 prigionieri sono stati scambiati": a bare number joined to the next one shares its noun
    # and its reason
    for i in range(len(out) - 2, -1, -1):
        n, nxt = out[i], out[i + 1]
        if n.outcome == "unread" and nxt.reason in ("out_of_scope", "event_count", "displaced", "non_fact") \
                and aud.link_re.fullmatch(s[n.end:nxt.start].strip()) and len(s[n.end:nxt.start]) <= 5:
            out[i] = Number(n.start, n.end, n.text, n.value, "set_aside", nxt.reason)
    return out


def in_ratio(ctx: Ctx, q) -> bool:
    """Whether the number is a term of a proportion of one, or out of ten or a hundred: "un soldato
    su tre", "one in five soldiers", "nove omicidi su 10" (not "killed 3 soldiers in 2 attacks")."""
    link = ratio_re(ctx.lex.pack.code)
    s, free = ctx.text, ctx.numbers_free()
    # (or of ten or a hundred: "nove omicidi su 10", "nine out of 10 murders")
    # (not with "in", a place's or an event's word too: "killed 3 soldiers in 10 attacks")
    def term(a, b) -> bool:
        return a.value == 1 or (b.value in (10, 100) and a.value < b.value
                                and not re.search(r"\sin\s+$", s[a.end:b.num_start]))
    after = any(o.start > q.end and term(q, o) and link.fullmatch(s, q.end, o.num_start) for o in free)
    before = any(o.end < q.start and term(o, q) and link.fullmatch(s, o.end, q.num_start) for o in free)
    return after or before


@cache
def ratio_re(code: str) -> re.Pattern:
    """The words between a proportion's two numbers: a noun and an adjective at most, then the link."""
    words = lang.load(code).section("casualties").get("ratio_links", [])
    return re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:[^\W\d_]+\s+)?(?:{alternation(words)})\s+" if words else r"(?!x)x",
                      re.IGNORECASE)


@cache
def captive_nouns_re(code: str) -> re.Pattern:
    """The captives' nouns ("hostages", "ostaggi"): a count's own noun, no casualty word of another fate."""
    words = expand_all(lang.load(code).section("casualties").get("captive_nouns", []))
    return re.compile(alternation(words) if words else "(?!x)x", re.IGNORECASE)


@cache
def captive_head_re(code: str) -> re.Pattern:
    """A captives' noun right after a count or a name, one word at most between: "ten hostages",
    "Houthi rebel prisoners"."""
    return re.compile(rf"\s*(?:[^\W\d_]+\s+)?(?:{captive_nouns_re(code).pattern})", re.IGNORECASE)


def in_breakdown(ctx, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is one of the counts of an aside between commas,
    right after a count and its noun, that add up to that count: its parts, though no word says
    so ("Almeno sei ribelli maoisti, quattro donne e due uomini, sono stati uccisi"; "Five
    soldiers, three officers and two privates, died")."""
    s = ctx.text
    begin = max((m.end() for m in re.finditer(r"[.;:]\s", s[:start])), default=0)
    comma, close = s.rfind(",", begin, start), s.find(",", end)
    if comma < 0 or close < 0 or re.search(r"[;:.()]", s[comma:close]):
        return False
    whole = max((o for o in ctx.quantities if o.end <= comma), key=lambda o: o.end, default=None)
    if whole is None or comma - whole.end > 40 or re.search(r"[,;:.()]", s[whole.end:comma]) or not whole.best:
        return False
    parts = [o for o in ctx.quantities if comma < o.start and o.end <= close]
    return len(parts) >= 2 and any(o.start <= start < o.end for o in parts) and all(o.best for o in parts) \
        and sum(o.best for o in parts) == whole.best
