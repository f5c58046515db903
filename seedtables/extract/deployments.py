"""Deployments: forces of one actor sent to, deployed in, or redeployed in another's
territory or war (codebook section 3)."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from seedtables import lang
from seedtables.extract import actors, audit, places
from seedtables.extract.context import PART_OF, Ctx
from seedtables.lang import fold
from validation.columns import COUNT_MAX

CAPITALISED = re.compile(r"(?<![\w-])[A-Z]\w+")
SPECIFIC_FIRST = ("special_forces", "engineers", "advisers", "pilots", "workers", "troops", "other")


class _Vocab(NamedTuple):
    """The [deployments] vocabularies this module reads beyond the Lexicon's, compiled."""
    link: re.Pattern        # links a force noun to its sender after it: "truppe di Pyongyang"
    side: re.Pattern        # before a force noun, makes it a side or enemy: "fighting for Russian forces"
    refusal: re.Pattern     # denials and requests: "urged Havana to stop"
    partitive: re.Pattern   # counts the forces named before: "300 of them", "ne conta"
    side_after: re.Pattern  # the side right after the trigger: "fighting for Russia"
    country: re.Pattern     # the paragraph's country: "nel Paese"
    arrive: re.Pattern      # arrivals an armed group makes by itself
    aside: re.Pattern       # an aside counting part of the forces: "tra cui 500 ufficiali"
    stationed: re.Pattern   # a counted force in a place without a verb: "650 troops in Lebanon"
    relative: re.Pattern    # a relative clause of place: "dove era arrivato"
    object: re.Pattern      # a relative clause whose object is the force: "which Germany has led"
    fight_between: re.Pattern  # after a presence word, a fight: "fighting between the army and the RSF"
    copula: re.Pattern      # a presence told by a copula alone: "are still in Syria"
    existential: re.Pattern  # "there are", "ci sono": a presence only of the forces counted after it
    conjunction: re.Pattern  # "and", "e": joins what a verb sends
    each: re.Pattern        # after a number, a count for each of the senders listed: "400 each from"
    abroad: re.Pattern      # "abroad", "all'estero" in the forces' clause: counted in no one country
    planned: re.Pattern     # after a deployment told as a noun, what makes it a plan: "il rientro ... è previsto"
    noun_opening: re.Pattern  # an article (and a word) right before the trigger: the deployment is told as a noun
    force_after: re.Pattern  # triggers whose force follows them: "takes the UN force to", "composta da"
    given_to: re.Pattern    # before a force noun, what makes it a recipient: "to the troops", "alle truppe"
    ceiling: re.Pattern     # a force's authorised ceiling, no head count: "force authorization", "tetto massimo"
    hosting: re.Pattern     # triggers whose subject is the host: "Djibouti hosts 4,000 US troops"
    elided: re.Pattern      # after a count, a word standing for forces named before: "950 others"
    elided_before: re.Pattern  # between a count whose noun is left out and its verb: "28.500 attualmente schierati"
    followed: re.Pattern    # links a count to the one sent before it: "500 soldiers, followed by 100 airmen"
    base: re.Pattern        # a military base a state hands over where it leaves: "its last base in Senegal"
    invasion: re.Pattern    # an invasion told by a verb or a noun: the invading state sends its forces
    agent: re.Pattern       # the agent's words after a noun of action: "da parte di", "by"
    possessed: re.Pattern   # a verb of having before a count: "has 2,500 troops deployed" keeps them there
    hired: re.Pattern       # forces hired abroad, whose people are not their sender: "mercenaries"
    origin: re.Pattern      # ends right before a state forces come from: "the withdrawn forces are from"


@functools.cache
def _vocab(code: str) -> _Vocab:
    """From the [deployments] section of the language pack."""
    d = lang.load(code).section("deployments")
    links = lang.alternation(lang.expand_all(d.get("sender_links", [])), escape=False)
    link_re = re.compile(rf"\s*(?:(?:{links})(?![\w])\s*)*" if links else r"\s*", re.IGNORECASE)
    sides = lang.alternation(lang.expand_all(d.get("side_words", [])), escape=False)
    # (an enemy may be named at more length: "to defend the country against Vladimir Putin's invading Russian forces")
    enemies = lang.alternation(lang.expand_all(d.get("enemy_words", [])), escape=False)
    side_words = [rf"(?:{sides})\s+(?:[^\W\d]+['’]?\s*){{0,2}}"] if sides else []
    side_words += [rf"(?:{enemies})\s+(?:[^\W\d]+(?:['’]s?)?\s*){{0,4}}"] if enemies else []
    side_re = re.compile(rf"(?<![\w])(?:{'|'.join(side_words)})$", re.IGNORECASE) if side_words else re.compile(r"(?!x)x")
    refusals = d.get("refusals", [])
    refusal_re = re.compile(lang.bounded(lang.alternation(refusals, escape=False)), re.IGNORECASE) \
        if refusals else re.compile(r"(?!x)x")
    partitives = d.get("partitives", [])
    partitive_re = re.compile(lang.bounded(lang.alternation(partitives, escape=False)), re.IGNORECASE) \
        if partitives else re.compile(r"(?!x)x")
    # the side right after the trigger: "fighting for Russia", "combattono a fianco dell'esercito russo";
    # only an ally's side ("fighting with the M23", "contro le forze ucraine" name the enemy)
    allies = lang.alternation(lang.expand_all(d.get("ally_words", [])), escape=False)
    side_after_re = re.compile(rf"(?:[\w'’-]+\s+)?(?:{allies})\s+(?:[^\W\d]+['’]?\s*){{0,2}}" if allies
                               else r"(?!x)x", re.IGNORECASE)
    country = d.get("country_words", [])
    country_re = re.compile(rf"^\s*(?:{lang.alternation(country, escape=False)})(?![\w])" if country
                            else r"(?!x)x", re.IGNORECASE)
    arrive_re = re.compile(lang.alternation(d.get("arrivals", []), escape=False) or r"(?!x)x", re.IGNORECASE)
    asides = lang.alternation(d.get("aside_words", []), escape=False)
    aside_re = re.compile(rf"(?<![\w])(?:{asides})(?![\w])[^,;:()]*$" if asides else r"(?!x)x", re.IGNORECASE)
    stationed = lang.alternation(d.get("stationed_in", []), escape=False)
    stationed_re = re.compile(rf"\s+(?:[^\W\d]+\s+)?(?:{stationed})\s*" if stationed else r"(?!x)x", re.IGNORECASE)
    relatives = lang.alternation(d.get("relatives", []), escape=False)
    relative_re = re.compile(rf"\s*(?:{relatives})(?![\w])" if relatives else r"(?!x)x", re.IGNORECASE)
    objects = lang.alternation(d.get("relative_objects", []), escape=False)
    object_re = re.compile(rf"\s*(?:{objects})\s" if objects else r"(?!x)x", re.IGNORECASE)
    between = lang.alternation(d.get("fight_between", []), escape=False)
    # ... not a count between two figures: "to have between 1,000 and 1,500 men"
    between_re = re.compile(rf"\s+(?:{between})(?![\w])(?!\s+\d)" if between else r"(?!x)x", re.IGNORECASE)
    copulas = lang.alternation(d.get("location_copulas", []))
    # (the whole trigger: the copula, an adverb, the preposition of place)
    preps = lang.alternation(lang.load(code).section("places").get("prepositions", []) + ["at"])
    copula_re = re.compile(rf"(?:{copulas})\s+(?:[^\W\d_]+\s+)?(?:{preps})" if copulas else r"(?!x)x", re.IGNORECASE)
    existentials = lang.alternation(d.get("existentials", []))
    existential_re = re.compile(rf"(?:{existentials})(?![\w])" if existentials else r"(?!x)x", re.IGNORECASE)
    conjunction_re = re.compile(lang.bounded(lang.alternation(lang.load(code).get("conjunctions", []))), re.IGNORECASE)
    each = lang.alternation(lang.expand_all(d.get("each_words", [])))
    each_re = re.compile(rf"\s+(?:{each})(?![\w])" if each else r"(?!x)x", re.IGNORECASE)
    abroad = lang.alternation(d.get("abroad_words", []))
    abroad_re = re.compile(lang.bounded(abroad) if abroad else r"(?!x)x", re.IGNORECASE)
    planned = lang.alternation(d.get("planned_after", []))
    planned_re = re.compile(lang.bounded(planned) if planned else r"(?!x)x", re.IGNORECASE)
    articles = lang.alternation(lang.load(code).get("articles", []))
    # (an ordinal or an adjective may stand between: "A second deployment of 600 officers is scheduled")
    noun_re = re.compile(rf"(?<![\w])(?:{articles})(?:\s+[^\W\d_]+)?\s*$" if articles else r"(?!x)x", re.IGNORECASE)
    # "950 others": the words standing for people counted before (the casualties' own list)
    elided = lang.alternation(lang.load(code).section("casualties").get("ellipsis_words", []))
    # at most one adverb between such a count and its verb
    suffixes = lang.alternation(d.get("adverb_suffixes", [])) or "(?!x)x"
    adverbs = lang.alternation(d.get("elided_adverbs", [])) or "(?!x)x"
    return _Vocab(link_re, side_re, refusal_re, partitive_re, side_after_re, country_re, arrive_re, aside_re,
                  stationed_re, relative_re, object_re, between_re, copula_re, existential_re, conjunction_re,
                  each_re, abroad_re, planned_re, noun_re,
                  re.compile(lang.alternation(d.get("force_after", []), escape=False) or r"(?!x)x", re.IGNORECASE),
                  re.compile(rf"(?<![\w])(?:{lang.alternation(d.get('given_to', []))})\s+(?:[^\W\d_]+\s+)?$"
                             if d.get("given_to") else r"(?!x)x", re.IGNORECASE),
                  re.compile(lang.bounded(lang.alternation(d.get("ceiling_words", []), escape=False))
                             if d.get("ceiling_words") else r"(?!x)x", re.IGNORECASE),
                  re.compile(lang.alternation(d.get("host_subject", []), escape=False) or r"(?!x)x", re.IGNORECASE),
                  re.compile(rf"(?<=[0-9] )(?:{elided})(?![\w])" if elided else r"(?!x)x", re.IGNORECASE),
                  re.compile(rf"\s+(?:(?:[^\W\d_]+(?:{suffixes})|{adverbs})\s+)?", re.IGNORECASE),
                  re.compile(rf",\s*(?:{lang.alternation(lang.expand_all(d.get('followed_by', [])))})\s+(?:[^\W\d_]+\s+)?$"
                             if d.get("followed_by") else r"(?!x)x", re.IGNORECASE),
                  re.compile(lang.bounded(lang.alternation(lang.expand_all(d.get("base_words", []))))
                             if d.get("base_words") else r"(?!x)x", re.IGNORECASE),
                  re.compile(lang.alternation(d.get("invasion_words", []), escape=False) or r"(?!x)x", re.IGNORECASE),
                  re.compile(lang.bounded(lang.alternation(lang.expand_all(d.get("agent_words", []))))
                             if d.get("agent_words") else r"(?!x)x", re.IGNORECASE),
                  re.compile(rf"(?<![\w])(?:{lang.alternation(d.get('possession_verbs', []))})\s+(?:[^\W\d_]+\s+)?$"
                             if d.get("possession_verbs") else r"(?!x)x", re.IGNORECASE),
                  re.compile(lang.bounded(lang.alternation(lang.expand_all(d.get("hired_forces", []))))
                             if d.get("hired_forces") else r"(?!x)x", re.IGNORECASE),
                  re.compile(rf"(?<![\w])(?:{lang.alternation(lang.expand_all(d.get('origin_links', [])))})\s*$"
                             if d.get("origin_links") else r"(?!x)x", re.IGNORECASE))


def _things_of(ctx: Ctx, m: re.Match) -> bool:
    """Whether the force noun only says whose the things before it are: "transport aircraft of the
    Indian Air Force which landed in the Philippines" (the aircraft landed, no forces were sent)."""
    s = ctx.text
    link = r"\s+(?:of|del|della|dell['’]|dei|degli|delle)\s*(?:the\s+)?(?:[^\W\d_]+\s+){0,2}"
    return any(re.fullmatch(link, s[i.end():m.start()])
               for i in ctx.lex.item_re.finditer(s, max(0, m.start() - 40), m.start()))


def _name_number(ctx: Ctx, q) -> bool:
    """Whether a number ends a name, after two capitalised words none of which is an actor or a
    place: "Eagle Partner 2023", "Operation Desert Storm 2"."""
    m = re.search(r"(?<![\w-])[A-Z][\w-]*\s+[A-Z][\w-]*\s+$", ctx.text[max(0, q.num_start - 40):q.num_start])
    if m is None:
        return False
    start = max(0, q.num_start - 40) + m.start()
    return not any(start <= x.start < q.num_start for x in [*ctx.actors, *ctx.places])


def _nationals_counted(ctx: Ctx) -> list[re.Match]:
    """'between 100 and 200 Russians were estimated to have arrived', 'made up of 75 Guatemalans':
    a count of a state's people in an article that has told of that state's forces sent is a count
    of those forces (elsewhere "200 Russians arrived" may be anyone)."""
    senders = {*ctx.carry.senders, ctx.title.sender, ctx.carry.sender} - {None}
    links = _people_count_links(ctx.lex.pack.code)  # (a word may stand between: "700 other Kenyans")
    counted = [a for a in ctx.actors if a.kind == "demonym"
               and any(0 < a.start - q.end <= 2 or 0 < a.start - q.end <= 14 and links.fullmatch(ctx.text, q.end, a.start)
                       for q in ctx.quantities)]
    # (several peoples counted one after another by a verb of deploying are each a state's forces:
    # "Nel sud del Libano sono schierati anche 3.993 indonesiani, 642 indiani, 568 ghanesi")
    states = [a for a in counted if lang.is_state(a.code)]
    listed = {a.code for a in states} if len(states) >= 2 and _deployed_re(ctx.lex.pack.code).search(ctx.text) else set()
    senders |= listed
    if not senders:
        return []
    out = []
    for a in counted:
        if a.code not in senders:
            continue
        # (the people's name is the noun, nothing after it qualifies: not "200 Russian tourists")
        word = re.match(r"\s*([^\W\d_]*)", ctx.text[a.end:]).group(1)
        if word and fold(word) not in _function_words(ctx.lex.pack.code):
            continue
        # (and only where the sentence names no other land than where those forces went: not "200
        # Russians arrived in Antalya" in a story of Russian troops in Syria)
        hosts = {h for sender, h in ctx.carry.deployed if sender == a.code} | {ctx.title.host, ctx.carry.host}
        if a.code not in listed and any(p.country and p.country not in hosts for p in ctx.places):
            continue
        out.append(re.compile(re.escape(a.text)).match(ctx.text, a.start))
    return out


@functools.cache
def _people_count_links(code: str) -> re.Pattern:
    words = lang.alternation(lang.load(code).section("deployments").get("people_count_links", []))
    return re.compile(rf"\s+(?:{words})\s+" if words else r"(?!x)x", re.IGNORECASE)


@functools.cache
def _since_re(code: str) -> re.Pattern:
    """Words that make what follows a time for another fact: "since", "a seguito dell'"."""
    words = lang.expand_all(lang.load(code).section("deployments").get("time_openers", []))
    return re.compile(rf"(?<![\w])(?:{lang.alternation(words)})(?:(?<=['’])|\s+)(?:\S+\s+){{0,4}}?$" if words
                      else r"(?!x)x", re.IGNORECASE)


@functools.cache
def _deployed_re(code: str) -> re.Pattern:
    words = lang.expand_all(lang.load(code).section("deployments").get("deployed_words", []))
    return re.compile(lang.bounded(lang.alternation(words)) if words else r"(?!x)x", re.IGNORECASE)


@functools.cache
def _function_words(code: str) -> frozenset[str]:
    """Words that may follow a people's name used as a noun: auxiliaries, prepositions, conjunctions."""
    pack = lang.load(code)
    words = [*pack.section("speech").get("auxiliaries", []), *pack.section("places").get("prepositions", []),
             *pack.get("conjunctions", []), *pack.section("deployments").get("after_people", [])]
    return frozenset(fold(w) for w in lang.expand_all(words) if " " not in w)


@functools.cache
def _subset_before(code: str) -> re.Pattern:
    """'di cui', 'of which': words that open a part of the count before them (the audit's words; not
    the audit's pattern, which also takes a comma after them: "una parte di loro, meno di 3.000
    uomini" counts the part's own forces)."""
    words = lang.expand_all(lang.load(code).section("audit").get("subset_before", []))
    return re.compile(rf"(?<![\w])(?:{lang.alternation(words, escape=False)})\s+(?:\S+\s+){{0,2}}$" if words
                      else r"(?!x)x", re.IGNORECASE)


@functools.cache
def _invasion_noun(code: str) -> re.Pattern:
    nouns = lang.load(code).section("deployments").get("invasion_nouns", [])
    return re.compile(lang.bounded(lang.alternation(nouns)) if nouns else r"(?!x)x", re.IGNORECASE)


@functools.cache
def _not_forces_before(code: str) -> re.Pattern:
    """Words that make a force noun after them no force: "aid worker", "humanitarian staff", "the
    families of the fallen soldiers"."""
    words = lang.alternation(lang.expand_all(lang.load(code).section("deployments").get("not_forces_before", [])))
    return re.compile(rf"(?<![\w])(?:{words})\s+$" if words else r"(?!x)x", re.IGNORECASE)


@functools.cache
def _units_of_things(code: str) -> re.Pattern:
    """A force noun that counts things after "of": "380 units of automobile and special equipment"."""
    words = lang.alternation(lang.expand_all(lang.load(code).section("deployments").get("units_of_things", [])),
                             escape=False)
    return re.compile(rf"(?:{words})" if words else r"(?!x)x", re.IGNORECASE)


@functools.cache
def _not_forces_after(code: str) -> re.Pattern:
    """Words after a force noun, in its clause, that make its people no force: refugees on the
    move ("13.350 cittadini ... in marcia verso il Paese confinante", "citizens fleeing")."""
    words = lang.alternation(lang.expand_all(lang.load(code).section("deployments").get("not_forces_after", [])))
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])" if words else r"(?!x)x", re.IGNORECASE)


def _adjective_force(ctx: Ctx, m: re.Match) -> bool:
    """Whether a force word that is also an adjective qualifies the noun right before it, where
    adjectives follow their noun: "basi militari", "governi militari" (not "1.000 militari", "i
    militari", "altri militari")."""
    adjectives, determiners = _adjective_forces(ctx.lex.pack.code)
    if lang.fold(m.group(0)) not in adjectives:
        return False
    before = WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    return before is not None and lang.fold(before.group(1)) not in determiners \
        and not any(q.start <= before.start(1) < q.end for q in ctx.quantities)


WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


@functools.cache
def _adjective_forces(code: str) -> tuple[frozenset[str], frozenset[str]]:
    d, pack = lang.load(code).section("deployments"), lang.load(code)
    determiners = {lang.fold(w) for w in [*pack.get("articles", []), *d.get("force_determiners", []),
                                           *lang.expand_all(pack.section("speech").get("genitive", []))]}
    return frozenset(lang.fold(w) for w in d.get("adjective_forces", [])), frozenset(determiners)


@functools.cache
def _attack_object(code: str) -> re.Pattern:
    """An attack's noun as a verb's object, a few words after it: "launched at least 310 air
    strikes into Syria" sends no forces."""
    attacks = lang.alternation(lang.expand_all(lang.load(code).section("casualties").get("attack_nouns", [])),
                               escape=False)
    return re.compile(rf"\s+(?:[^\s.;,]+\s+){{0,4}}?(?:{attacks})(?![\w-])" if attacks else r"(?!x)x", re.IGNORECASE)


@functools.cache
def _passive_before(code: str) -> re.Pattern:
    """A form of "to be" (the audit's passive auxiliaries) and at most one word, right before a verb."""
    aux = lang.alternation(lang.load(code).section("audit").get("passive_auxiliaries", []))
    return re.compile(rf"(?<![\w])(?:{aux})\s+(?:[^\W\d_]+\s+)?$" if aux else r"(?!x)x", re.IGNORECASE)


def _fate_after(ctx: Ctx, te: int) -> bool:
    """Whether the forces a participle presents ("peacekeepers operating under MINUSCA") are then
    said to be killed, wounded or captured ("... were killed"): the sentence tells their fate."""
    s, passive = ctx.text, _passive_before(ctx.lex.pack.code)
    # (with no other count between: "650 troops stationed in Lebanon, where two were killed" count others)
    return any(passive.search(s, max(te, m.start() - 25), m.start())
               and not any(te <= q.start < m.start() for q in ctx.quantities)
               for _, rx in ctx.lex.casualty for m in rx.finditer(s, te))


def _in_name(s: str, m: re.Match) -> bool:
    """A force word inside a capitalised name is no force: "the Workers' Party"."""
    if not m.group(0)[:1].isupper() or re.search(r"(?:^|[.!?\n\"«“]\s*)$", s[:m.start()]):
        return False
    return bool(re.match(r"['’]?\s+[A-Z]", s[m.end():]))


def sender_near(ctx: Ctx, start: int, end: int, origins: bool = True) -> str | None:
    """The actor written with the force noun: 'soldati nordcoreani', 'North Korean troops',
    'truppe di Pyongyang', 'Germany's brigade'; with `origins`, also the country they come from
    ('soldiers from neighbouring Rwanda'), which for a withdrawal is the country left."""
    best = None
    for a in ctx.actors:
        gap = a.start - end if a.start >= end else start - a.end
        if gap < 0 or gap > 25 or ctx.in_speaker_zone(a.start, a.end):
            continue
        between = ctx.text[min(a.end, end):max(a.start, start)]
        # "soldiers from neighbouring Rwanda", "soldati del vicino Ruanda": the origin is the sender
        origin = origins and a.start >= end and ctx.lex.from_word_re.search(between) \
            and _vocab(ctx.lex.pack.code).link.fullmatch(between)
        if not origin and any(p.start <= a.start < p.end for p in ctx.places):
            continue  # "truppe nella regione russa di Kursk": the place's adjective, not the sender
        if not origin and (any(ch in between for ch in ",;:") or ctx.lex.destination_re.search(between)):
            continue
        if a.start >= end and a.kind != "demonym" and not _vocab(ctx.lex.pack.code).link.fullmatch(between):
            continue  # "troops fought for Russia": a verb stands between, Russia is no sender
        if best is None or gap < best[0]:
            best = (gap, a.code)
    return best[1] if best else None


def _subject_sender(ctx: Ctx, ts: int, force_start: int) -> str | None:
    """The sender as the clause's subject when no actor stands with the force noun: the first
    actor named before the trigger outside a speaker's words and outside a place's name. A
    demonym counts only within the trigger's clause and before the force noun ("i nordcoreani
    ... hanno inviato truppe"), since elsewhere it qualifies some other noun."""
    def named(a) -> bool:
        return a.kind != "demonym"

    def demonym_subject(a) -> bool:
        return a.kind == "demonym" and a.start < force_start and a.end > ctx.clause_start(ts)

    s = ctx.text
    # (nor a backer named in an aside: "Hezbollah, sostenuto dall'Iran, ...")
    cands = [a for a in ctx.actors if a.end <= ts and not ctx.in_speaker_zone(a.start, a.end)
             and (named(a) or demonym_subject(a))
             and not any(p.start <= a.start < p.end for p in ctx.places)
             and not ctx.lex.backer_before_re.search(s, max(0, a.start - 30), a.start)]
    if cands:
        # a clause opened after the sentence's subject has a subject of its own: "Iran fired 180
        # missiles, days after Israel killed the leader ... and sent troops to Lebanon"
        opened = list(ctx.lex.clause_opener_re.finditer(s, cands[0].end, ts))
        if opened:
            own = [a for a in cands if a.start >= opened[-1].end()
                   and re.fullmatch(r"\s*(?:[^\W\d_]+\s+)?", s[opened[-1].end():a.start])]
            if own:
                return own[0].code
        return cands[0].code
    # a leader who sends stands for the state: "Putin ha inviato 3.000 uomini"
    known = actors.reader(ctx.lex.pack.code)
    clause = ctx.clause_start(ts)
    person = next((m for m in known.person_re.finditer(ctx.text, clause, ts)
                   if not ctx.in_speaker_zone(m.start(), m.end())), None)
    return known.person_country[person.group(0)] if person else None


def _side_after(ctx: Ctx, ts: int, te: int, sender: str | None) -> str | None:
    """The side the forces fight on, named right after the trigger: "fighting for Russia", "helping
    Russian forces", "combattono a fianco dell'esercito russo": the host, wherever the fighting is."""
    side_re = _vocab(ctx.lex.pack.code).side_after
    for a in ctx.actors:
        if te <= a.start <= te + 45 and a.code != sender and side_re.fullmatch(ctx.text[ts:a.start]) \
                and not ctx.in_speaker_zone(a.start, a.end):
            return a.code
    return None


def _state_leaving(ctx: Ctx, ts: int, te: int) -> str | None:
    """A state that leaves a country it names right after the verb is its forces leaving: "France
    withdrew from Mali", "la Francia ha consegnato la sua ultima base in Senegal" (not "withdrew
    from the treaty": no country follows)."""
    s = ctx.text
    clause = ctx.clause_start(ts)
    subject = [a for a in ctx.actors if clause <= a.start and a.end <= ts and lang.is_state(a.code)
               and not ctx.in_speaker_zone(a.start, a.end) and not ctx.after_from(a.start)]
    if not subject:
        return None
    left = next((p for p in ctx.places if 0 <= p.start - te <= 60 and p.is_country and p.country
                 and p.country != subject[-1].code and not re.search(r"[,;:]", s[te:p.start])
                 and (ctx.lex.left_from_re.search(s, max(0, p.start - 30), p.start)
                      or _vocab(ctx.lex.pack.code).base.search(s, ts, p.start))), None)
    return subject[-1].code if left else None


def _invader(ctx: Ctx, ts: int, te: int) -> str | None:
    """Who invades a country named right after the verb or noun: the clause's subject state
    ("Russia invaded Ukraine"), the noun's people or owner ("the Turkish invasion of Cyprus",
    "l'invasione russa dell'Ucraina", "Israel's invasion of Lebanon")."""
    s = ctx.text
    owner = ctx.owner_of(ts, te) or next((a for a in ctx.actors if a.kind == "demonym" and 0 < a.start - te <= 2), None)
    # the country invaded: named right after (past the noun's people: "l'invasione russa dell'Ucraina")
    after = owner.end if owner and owner.start >= te else te
    invaded = next((a.code for a in ctx.actors if 0 <= a.start - after <= 12 and a.kind in ("state", "capital")
                    and not re.search(r"[,;:]", s[after:a.start])), None)
    if invaded is None:
        return None
    if owner is not None and lang.is_state(owner.code) and owner.code != invaded:
        return owner.code
    subject = [a for a in ctx.actors if ctx.clause_start(ts) <= a.start and a.end <= ts and lang.is_state(a.code)
               and a.code != invaded and not ctx.in_speaker_zone(a.start, a.end)]
    return subject[-1].code if subject else None


def _group_subject(ctx: Ctx, action: str, ts: int, te: int, rows: list[dict]) -> str | None:
    """An armed group is its own force: "Wagner ha annunciato di aver lasciato il Mali", "the
    militia arrived in Goma". Only leaving and arriving read so, since a group also launches attacks
    and controls land."""
    if action != "withdraw" and not _vocab(ctx.lex.pack.code).arrive.search(ctx.text[ts:te]):
        return None
    st = ctx.attribution(ts)  # "il gruppo Wagner ha annunciato di aver lasciato ...": the speaker's own act

    def speaking(a) -> bool:
        return bool(st) and st.zone[0] <= a.start and a.end <= st.verb_start
    clause = ctx.clause_start(ts)
    # (the UN itself is no force: "the UN left Mosul" withdraws its staff; its missions are forces)
    # (nor a group whose captives are carried: "a flight carrying Houthi prisoners left Saudi Arabia")
    captives = audit.captive_head_re(ctx.lex.pack.code)
    groups = [a for a in ctx.actors if a.kind == "group" and a.code != "UN" and a.end <= ts and ts - a.end <= 100
              and (not ctx.in_speaker_zone(a.start, a.end) or speaking(a))
              and (a.start >= clause or speaking(a))
              and not captives.match(ctx.text, a.end, a.end + 40)]
    if groups:
        return groups[-1].code
    # "..., dove era arrivato nel 2021": a relative clause continues the group's row before it
    if rows and rows[-1]["sender"] in {a.code for a in ctx.actors if a.kind == "group"} \
            and _vocab(ctx.lex.pack.code).relative.match(ctx.text, clause):
        return rows[-1]["sender"]
    return None


def _group_anaphor(ctx: Ctx, ts: int) -> str | None:
    """'la compagnia dispiega ...', 'the group deployed ...': a group's noun with its article and no name
    as the verb's subject stands for the armed group the article names most."""
    if ctx.title.force_group is None or not _group_anaphor_re(ctx.lex.pack.code).search(ctx.text, ctx.clause_start(ts), ts):
        return None
    if any(ctx.clause_start(ts) <= a.start < ts for a in ctx.actors):
        return None
    return ctx.title.force_group()


@functools.cache
def _group_anaphor_re(code: str) -> re.Pattern:
    pack = lang.load(code)
    words = lang.alternation(pack.section("deployments").get("group_nouns", []))
    the = lang.alternation(pack.get("definite_articles", []))
    return re.compile(rf"(?<![\w])(?:{the})\s*(?:{words})\s+(?:[^\W\d]+\s+){{0,3}}$" if words and the else r"(?!x)x",
                      re.IGNORECASE)


def _group_word_before(ctx: Ctx, start: int) -> bool:
    """Whether a group's noun stands right before a people's name: "il gruppo russo", "the Russian group"."""
    return bool(_group_nouns_re(ctx.lex.pack.code).search(ctx.text, max(0, start - 20), start))


@functools.cache
def _group_nouns_re(code: str) -> re.Pattern:
    words = lang.alternation(lang.load(code).section("deployments").get("group_nouns", []))
    return re.compile(rf"(?<![\w])(?:{words})\s+$" if words else r"(?!x)x", re.IGNORECASE)


def _relative_subject(ctx: Ctx, ts: int, force_end: int) -> str | None:
    """"the battlegroup in Rukla, which Germany has led since 2017", "il contingente, che l'Italia
    guida dal 2006": the force is the relative clause's object, the actor in it its sender."""
    clause = ctx.clause_start(ts)
    if force_end > clause or not _vocab(ctx.lex.pack.code).object.match(ctx.text, clause):
        return None
    named = [a for a in ctx.actors if clause <= a.start and a.end <= ts and a.kind != "demonym"]
    return named[0].code if named else None


@functools.cache
def _relative_end(code: str) -> re.Pattern:
    """A relative pronoun ending a text, after a comma or a space: "..., che ", "... which "."""
    pronouns = lang.load(code).get("relative_pronouns", [])
    return re.compile(rf"[,\s]\s*(?:{lang.alternation(pronouns)})\s+$" if pronouns else r"(?!x)x", re.IGNORECASE)


def _antecedent_owner(ctx: Ctx, ts: int) -> str | None:
    """'la missione italiana in Iraq, che conta 1.500 unità', 'the Italian mission, which numbers
    1,500 troops': a relative verb's forces are those of the noun before it, whose people it names."""
    s = ctx.text
    rel = _relative_end(ctx.lex.pack.code).search(s[max(0, ts - 12):ts])
    if rel is None:
        return None
    end = ts - (min(ts, 12) - rel.start())
    start = ctx.clause_start(max(0, end - 1))
    return next((a.code for a in ctx.actors if start <= a.start < end and a.kind == "demonym" and lang.is_state(a.code)),
                None)


def _pronoun_subject(ctx: Ctx, ts: int, te: int) -> bool:
    """'They are now stationed ...', 'Sono ora schierati ...': the subject is the forces of the
    sentence before; so are the forces a partitive pronoun counts ('Between 250 and 300 of them
    arrived ...', 'In Mali ne conta 1.500')."""
    before = ctx.text[ctx.clause_start(ts):ts]
    return bool(ctx.lex.bare_subject_re.fullmatch(before)) or _partitive(ctx, ts, te)


def _partitive(ctx: Ctx, ts: int, te: int) -> bool:
    return bool(_vocab(ctx.lex.pack.code).partitive.search(ctx.text[max(0, ctx.clause_start(ts) - 15):te]))


def _hirer(ctx: Ctx, end: int, vocab: _Vocab) -> str | None:
    """'mercenaries sent by Turkey', 'mercenari siriani inviati dalla Turchia': the state named as
    the agent of a participle right after hired forces (their people may stand between)."""
    s = ctx.text
    for a in ctx.actors:
        if a.kind == "demonym" or not lang.is_state(a.code) or not 0 < a.start - end <= 45:
            continue
        gap = s[end:a.start]
        words = re.fullmatch(r"((?:\s+[^\W\d_]+){1,4}?)\s+(\S+)\s*(?:the\s+)?", gap)
        if words and (vocab.agent.fullmatch(words.group(2)) or ctx.lex.from_word_re.fullmatch(words.group(2))):
            return a.code
    return None


def _from_state(ctx: Ctx, te: int) -> str | None:
    """A state named after a from-word in the verb's clause: "arrived in Turkey from Syria"."""
    end = ctx.clause_end(te)
    return next((a.code for a in ctx.actors if te < a.start < end and a.kind != "demonym" and lang.is_state(a.code)
                 and ctx.after_from(a.start)), None)


def _origin_after(ctx: Ctx, te: int) -> str | None:
    """'sono arrivati dal Kenya ad Haiti', 'arrived from Kenya': the country forces come from,
    right after the verb, sent them."""
    m = ctx.lex.from_word_re.match(ctx.text, te + 1) if ctx.text[te:te + 1] == " " else None
    if m is None:
        return None
    return next((a.code for a in ctx.actors if a.kind != "demonym" and lang.is_state(a.code)
                 and re.fullmatch(r"\s*", ctx.text[m.end():a.start])), None)


def _mission(ctx: Ctx, np_forces: list[re.Match]) -> str | None:
    """Peacekeepers no state is named for ("Some 12,000 peacekeepers are deployed in Mali") are
    the mission's the sentence names, else the UN's (codebook 9)."""
    if not any(ctx.lex.peacekeeper_re.fullmatch(m.group(0)) for m in np_forces) or ctx.names_casualty():
        return None  # "fighting near Goma kills 13 peacekeepers": a toll, no deployment
    return next((a.code for a in ctx.actors if lang.is_mission(a.code)), "UN")


def _mission_subject(ctx: Ctx) -> list[re.Match]:
    """A mission named as its sentence's subject is a force itself: "UNIFIL has been in Lebanon
    since 1978", "La Unifil è presente in Libano" (its presence, though no force noun is written)."""
    s = ctx.text
    opening = _sentence_opening_re(ctx.lex.pack.code)
    return [m for a in ctx.actors if lang.is_mission(a.code) and opening.fullmatch(s, 0, a.start)
            and (m := re.compile(re.escape(a.text)).match(s, a.start))]


@functools.cache
def _sentence_opening_re(code: str) -> re.Pattern:
    """What may stand before a sentence's subject: nothing, or an article ("La Unifil", "The UN mission")."""
    articles = lang.alternation(lang.load(code).get("articles", []))
    return re.compile(rf"\W*(?:(?:{articles})(?:\s+|(?<=['’])))?", re.IGNORECASE)


def extract(ctx: Ctx) -> list[dict]:
    rows, seen = [], set()
    lex, s = ctx.lex, ctx.text
    vocab = _vocab(lex.pack.code)
    triggers = []
    for action, rx in lex.actions:
        for m in rx.finditer(s):
            if all(m.end() <= t[1] or m.start() >= t[2] for t in triggers):
                triggers.append((action, m.start(), m.end()))
    forces = list(lex.force_re.finditer(s)) + _nationals_counted(ctx) + _mission_subject(ctx)
    if not forces and not triggers:
        # no verb of deploying and no force stationed: most sentences (but for a list of contributors)
        lists, _, nouns = _contributor_res(lex.pack.code)
        return _listed_contributors(ctx, [], []) if lists.search(s) else \
            _contributors(ctx, [], [], []) if nouns.search(s) else []
    if forces and triggers:
        # "While 2,850 soldiers are going home, 950 others are arriving": a count whose force noun is
        # left out ("others", "altri") stands for the sentence's forces
        forces = sorted([*forces, *vocab.elided.finditer(s)], key=lambda m: m.start())
    # a force word inside an item's name is no force: "fighter jets", "caccia"
    items = [(m.start(), m.end()) for m in lex.item_re.finditer(s)] if forces else []
    side_re = vocab.side
    # nor is a force named as the side or the enemy ("fighting for Russian forces") or in a name
    # nor civilians' staff: "360 out of 927 civilian personnel"
    # nor one that qualifies an item right after it: "Russian air force planes", "army trucks"
    forces = [m for m in forces if not any(a <= m.start() < b or (a >= m.end() and not s[m.end():a].strip())
                                           for a, b in items)
              and not side_re.search(s[max(0, m.start() - 60):m.start()]) and not _in_name(s, m)
              and not lex.civilian_end_re.search(s, max(0, m.start() - 25), m.start())
              and not _not_forces_before(lex.pack.code).search(s, max(0, m.start() - 25), m.start())
              and not _not_forces_after(lex.pack.code).search(s, m.end(), ctx.clause_end(m.end()))
              and not _units_of_things(lex.pack.code).match(s, m.start())
              and not _adjective_force(ctx, m) and not _things_of(ctx, m)
              # (nor the speaker after what it said: "... sono arrivati in Ucraina, hanno detto le forze armate danesi")
              and not ctx.in_trailing_speaker(m.start(), m.end())]
    if not triggers:
        triggers = _stationed(ctx, forces)
    for action, ts, te in sorted(triggers, key=lambda t: t[1]):
        if ctx.is_non_factual(ts, te) or vocab.refusal.search(s[ctx.clause_start(ts):te]):
            continue
        plan = vocab.planned.search(s, te, s.find(";", te) if ";" in s[te:] else len(s)) \
            if vocab.noun_opening.search(s, max(0, ts - 20), ts) else None
        if plan:  # "Il rientro dei 2342 peacekeeper ... è previsto entro ottobre": a plan (codebook 7)
            for q in ctx.numbers_free():
                if te <= q.start < plan.start():
                    ctx.asides.setdefault((q.num_start, q.end), "non_fact")
            continue
        if action == "presence" and vocab.copula.fullmatch(s, ts, te) and not (
                any(te <= p.start and p.start - te <= 30 and not re.search(r"[,;:]", s[te:p.start]) for p in ctx.places)
                and any(0 <= ts - m.end() <= 40 for m in forces)):
            continue  # "the signatures were in Korean": a copula alone stations no forces
        if action == "deploy" and _sends_items(ctx, te, forces):
            continue  # "Germany sent 40 howitzers for the Ukrainian army": things supplied, no forces sent
        if action == "deploy" and _attack_object(lex.pack.code).match(s, te):
            continue  # "launched at least 310 air strikes into Syria": an attack, no forces sent
        if action == "presence" and vocab.existential.match(s, ts) \
                and not any(0 <= m.start() - te <= 40 for m in forces):
            continue  # "there are 89 Indian soldiers": the forces are counted right after it, or none are
        # a force in an aside that counts part of the forces ("12.000 soldati, tra cui 500 ufficiali,
        # sono stati inviati") is not the trigger's own, when the sentence names another
        aside_re = vocab.aside
        heads = [m for m in forces if not aside_re.search(s[max(0, m.start() - 40):m.start()])] or forces
        nearest = min(heads, key=lambda m: min(abs(m.start() - te), abs(ts - m.end())), default=None)
        # (a presence's counted forces right after it are its own, not an uncounted force named
        # before: "il contingente Unifil, di cui fanno parte anche 1.044 militari italiani")
        if action == "presence" and nearest is not None and nearest.end() <= ts \
                and not any(0 <= nearest.start() - q.end <= 2 for q in ctx.quantities):
            nearest = next((m for m in forces if 0 <= m.start() - te <= 40
                            and any(0 <= m.start() - q.end <= 2 for q in ctx.quantities)), nearest)
        total = vocab.force_after.match(s, ts)  # a new total or a make-up: its force and count follow it
        if total:
            # "Ghana's battalion takes the UN force to 10,500 troops": the force after the verb
            nearest = next((m for m in heads if 0 <= m.start() - te <= 60), nearest)
            # a ceiling is no head count ("brings the total force authorization to 4,647"), nor a
            # total that a plan before it would reach ("he would send 400 more, increasing the force to")
            if lex.non_factual.search(s, 0, ts) or vocab.ceiling.search(s, te, ctx.clause_end(te)):
                for q in ctx.numbers_free():
                    if te <= q.start < ctx.clause_end(te):
                        ctx.asides.setdefault((q.num_start, q.end), "non_fact")
                continue
        if nearest is not None and abs(nearest.start() - ts) > 120:
            nearest = None
        invasion = action == "deploy" and bool(vocab.invasion.search(s, ts, te))
        if invasion and _invasion_noun(lex.pack.code).search(s, ts, te) \
                and not any(ctx.clause_start(ts) <= d.start < ctx.clause_end(te) for d in ctx.event_dates()):
            continue  # an invasion named with no date of its own is background: "reshaped by Russia's invasion of Ukraine"
        if invasion and _since_re(lex.pack.code).search(s, max(ctx.clause_start(ts) - 2, ts - 60), ts) \
                and not any(r["count_best"] or r["count_low"] for r in rows):
            # an invasion that dates another fact is background: "17 children have died since Russia launched its invasion"
            continue
        # (its subject, or its agent: "le forze armate ucraine hanno invaso", "da parte delle forze turche")
        if invasion and not (nearest is not None and (0 <= ts - nearest.end() <= 40
                                                      and not any(nearest.end() <= a.start < ts for a in ctx.actors
                                                                  if lang.is_state(a.code) and not (
                                                                      a.kind == "demonym" and a.start - nearest.end() <= 12))
                                                      or 0 <= nearest.start() - te <= 60
                                                      and vocab.agent.search(s, te, nearest.start()))):
            nearest = None  # an invasion is its invader's ("da parte delle forze turche"), no other force named near
        # "France handed over its last base in Senegal to the Senegalese army": the army that gets
        # the base is no force that leaves
        if nearest is not None and action == "withdraw" and nearest.start() > te \
                and vocab.base.search(s, te, ctx.clause_end(te)) and _state_leaving(ctx, ts, te):
            nearest = None
        group = _group_subject(ctx, action, ts, te, rows) if nearest is None else None
        host_subject = None
        if nearest is not None:
            np_forces = [m for m in forces if abs(m.start() - nearest.start()) <= 40]
            kinds = {lex.force_kind(m.group(0)) for m in np_forces}
            force = next((k for k in SPECIFIC_FIRST if k in kinds), "troops")
            force_start, force_end = nearest.start(), nearest.end()
            if action == "presence" and vocab.given_to.search(s, max(0, force_start - 30), force_start):
                continue  # "donated arms to the troops fighting in Gao": they receive, no one stations them
            if action == "presence" and 0 <= ts - force_end <= 3 and _fate_after(ctx, te):
                continue  # "Two peacekeepers operating under MINUSCA ... were killed": a toll, no presence
            # (a people's name counted as the forces is whose they are: "75 Guatemalans")
            own = next((a.code for a in ctx.actors if a.kind == "demonym" and (a.start, a.end) == (force_start, force_end)),
                       None)
            sender = own or sender_near(ctx, force_start, force_end, action in ("deploy", "presence"))
            # (or with a force noun of the same phrase: "a Kenyan army contingent of about 1,000 men")
            sender = sender or next((c for m in sorted(np_forces, key=lambda m: -m.start()) if m is not nearest
                                     and m.end() <= force_start and not re.search(r"[;:]|,\s", s[m.end():force_start])
                                     and (c := sender_near(ctx, m.start(), m.end(), False))), None)
            if vocab.hosting.match(s, ts):
                # "Djibouti hosts 4,000 US troops": the subject is the host, the forces' people the sender
                host_subject = _subject_sender(ctx, ts, force_start)
                if not sender or not host_subject or sender == host_subject:
                    continue
            st = ctx.attribution(force_start)
            if sender is None and st and lex.own_re.search(s[max(0, force_start - 12):force_start]):
                sender = st.speaker.country  # "secondo lo stato maggiore ucraino, le sue unità ...": the speaker's side
            if sender and vocab.hired.search(nearest.group(0)):
                # "Turkey sent 2,000 Syrian mercenaries", "mercenari siriani inviati dalla Turchia": hired
                # fighters' people are not who sends them
                sender = _hirer(ctx, nearest.end(), vocab) or (_subject_sender(ctx, ts, force_start)
                                                               if action == "deploy" else None) or sender
            sender = _relative_subject(ctx, ts, force_end) or sender or _subject_sender(ctx, ts, force_start) \
                or ctx.speaker_as_subject(ts) or (_origin_after(ctx, te) if action == "deploy" else None) \
                or _antecedent_owner(ctx, ts) or _group_anaphor(ctx, ts)
            if sender is None and force == "other":
                continue  # "After Kosovo police withdrew": police no sentence sends are the place's own
            # ("sarebbero arrivati in Turchia dalla Siria": the country they came from, in their clause)
            sender = sender or (_from_state(ctx, te) if action == "deploy" else None) \
                or ctx.carry.sender or ctx.title.sender or _mission(ctx, np_forces) \
                or _article_sender(ctx, nearest)
        elif ctx.carry.sender and _pronoun_subject(ctx, ts, te):
            force, force_start, force_end, sender = ctx.carry.force or "troops", ts, ts, ctx.carry.sender
        elif group:
            force, force_start, force_end, sender = "troops", ts, ts, group
        elif (action == "withdraw" and (state := _state_leaving(ctx, ts, te))
              or invasion and (state := _invader(ctx, ts, te))):
            force, force_start, force_end, sender = "troops", ts, ts, state
        else:
            continue
        if vocab.abroad.search(s, min(ts, force_start), ctx.clause_end(max(te, force_end))):
            continue  # "6.200 militari impiegati all'estero": a total over many hosts, none of them
        place = ctx.place_near(te)
        if place is None and action == "withdraw":
            # "withdrew from Nagorno-Karabakh": the place the forces leave is where they were
            # (right after the verb: "left Mali: 500 each from Chad" names where the forces came from)
            place = next((p for p in ctx.places if 0 <= p.start - te <= 60 and ctx.after_from(p.start) and not p.land
                          and not re.search(r"[,;:]", s[te:p.start])), None)
        if place is not None and (_named_as_origin(ctx, vocab, place.start) or _in_transit(ctx, place.start)):
            place = None  # (nor a land forces pass through: "began their withdrawal, passing through Rwanda")
        border = places.reader(lex.pack.code).names_border
        if place is not None and place.is_country and border(s, place.start, place.end):
            place = None  # "to its northern border with the United States": the border is the sender's own
        side = _side_after(ctx, ts, te, sender)
        if action == "withdraw" and place and place.country and place.country == sender:
            place = None  # "rimpatriati in Corea del Nord": the way home, the host is the country left
        if place and place.country and place.country == sender and side is None and place.start > ctx.clause_end(te):
            place = None  # "dispiegata il 9 luglio, a seguito di una visita a Kigali": another clause's place
        if place and place.country and place.country == sender and side is None:
            _at_home(ctx, action, nearest, forces, ts, te)  # "Malian soldiers ... near Tinzaouaten": no deployment
            continue
        host = host_subject or side or (place.country if place and place.country else None)
        if host is None and (served := lang.mission_host(sender)):
            host = served  # "the 1,800 MINUSTAH peacekeepers": the mission's country
        if host is None and sender and lang.is_state(sender):
            # "Uganda is the largest contributor to AUSSOM, with 4,500 troops": a state's forces in a
            # mission the sentence names serve in the mission's country
            host = next((h for a in ctx.actors if lang.is_mission(a.code) and (h := lang.mission_host(a.code))
                         and h != sender), None)
        if host is None and vocab.country.match(s[te:]):
            # "contava nel Paese 1.500 combattenti", "hanno lasciato il Paese": the country the paragraph
            # is about, else the article
            carried = ctx.carry.place.country if ctx.carry.place else None
            host = next((h for h in (ctx.carry.host, carried, ctx.title.host, ctx.title.home) if h and h != sender), None)
            if host is None:
                continue  # the country is not known: no other actor of the sentence is it
        if host is None:
            # (nor a state of a list of contributors: "1.427 del Ciad, ..., Senegal (970)")
            origins = {a.start for a in ctx.actors if a.kind == "state" and _origin_state(ctx, a)}
            contributors = origins | ({a.start for a in ctx.actors if re.match(r"\s*\(\s*\d", s[a.end:a.end + 6])}
                                      if origins else set())
            # a state: "secondo esperti delle Nazioni Unite" names a source, not a host
            # (not one forces sent or present come from: "after his return from Washington"; forces
            # withdraw from their host)
            # (nor a state listed with the sender: "personnel from Jamaica, Guatemala, and El Salvador")
            partners = {b.code for chain in ctx.state_chains() if sender in {c.code for c in chain} for b in chain}
            # (nor the states forces are said to come from: "the withdrawn forces are from Burundi, Ethiopia
            # and Kenya" names no land they leave)
            partners |= {a.code for a in ctx.actors if _named_as_origin(ctx, vocab, a.start) or _in_transit(ctx, a.start)}
            others = [(a.start, a.code) for a in ctx.actors if a.code != sender and a.start >= ts and lang.is_state(a.code)
                      and a.code not in partners
                      and not ctx.in_speaker_zone(a.start, a.end) and not border(s, a.start, a.end)
                      # (nor a people counted: "550 German soldiers and 150 Austrians"; nor another
                      # force's people: "mentre il gruppo russo Wagner controlla il centro")
                      and not (a.kind == "demonym" and any(0 < a.start - q.end <= 2 for q in ctx.quantities))
                      and not (a.kind == "demonym" and any(0 <= a.start - m.end() <= 3 for m in forces))
                      and not (a.kind == "demonym" and _group_word_before(ctx, a.start))
                      # (nor a backer's: "terrorists belonging to Indian proxy Fitna al-Khawarij")
                      and not (a.kind == "demonym" and lex.backer_after_re.match(s, a.end))
                      and (action == "withdraw" or not ctx.after_from(a.start)) and a.start not in contributors]
            # a country's land named by its people is one too: "withdrew from Nigerien soil"
            others += [(p.start, p.country) for p in ctx.places if p.land and p.country != sender and p.start >= ts]
            host = min(others)[1] if others else None
        if host is None:
            # failing all, forces sent go to the country the article is about, and forces leave it
            # ("Nairobi had sent 400 officers in December", "13 soldiers withdrew from Kadhdhoo")
            carried = ctx.carry.place.country if ctx.carry.place else None
            home = ctx.title.home if action in ("deploy", "withdraw") and nearest is not None \
                and _count(ctx, force_start, ts, te) is not None else None  # counted forces only
            host = next((h for h in (ctx.carry.host, carried, ctx.title.host, home) if h and h != sender), None)
        if action == "presence" and (between := vocab.fight_between.match(s, te)) \
                and not any(q.start <= between.end() + 1 and q.end > between.end() for q in ctx.quantities):
            continue  # "fighting between the army and the RSF": a fight, no forces stationed ("tra mille e duemila" counts)
        if not sender or not host or sender == host:
            if host and host == sender:  # "Israeli police deployed 3,000 officers in Jerusalem"
                _at_home(ctx, action, nearest, forces, ts, te)
            continue
        if place is None and ctx.carry.place and ctx.carry.place.country == host:
            place = ctx.carry.place
        count = _count(ctx, force_start, ts, te) if nearest is not None or _partitive(ctx, ts, te) else None
        if nearest is not None and total:
            # a new total or a make-up counts after its verb: "sent 300 more, increasing its force to 1,700"
            aud = audit.auditor(lex.pack.code)
            count = next((q for q in ctx.numbers_free() if te <= q.start < ctx.clause_end(te) and not q.percent
                          and q.at_most(COUNT_MAX) and not aud.counts_nothing(ctx, q)
                          and not aud.counts_no_casualty(ctx, q)), count)
        if nearest is not None and (elided := _elided_count(ctx, ts)) is not None:
            count = elided  # "25 soldiers withdrew from Hanimaadhoo, and 12 withdrew from Kadhdhoo": the noun left out
        if count is not None and nearest is not None and (counted := next(
                (m for m in forces if 0 <= m.start() - count.end < 25 and not s[count.end:m.start()].count(",")), None)):
            # "the Kenyan unit in Haiti consists of about 400 police officers": the noun the count counts
            # says what a force told only as a unit or troops is ("1.500 soldati delle forze speciali" stay special)
            force = lex.force_kind(counted.group(0)) if force == "troops" else force
        if action == "deploy" and count is not None and nearest is not None and count.end <= force_start \
                and force_end <= ts and not s[force_end:ts].strip() \
                and vocab.possessed.search(s, ctx.clause_start(count.start), count.start):
            action = "presence"  # "the United States has 2,500 troops deployed in Iraq": forces it keeps there
        purpose = next((p for p, rx in lex.purposes if rx.search(s)), "unknown")
        key = (sender, host, action, place.adm1 if place else None, count.value if count else None)
        if key in seen or (action == "presence" and (*key[:2], "deploy", *key[3:]) in seen):
            continue  # "erano arrivati 7.000 militari, addestrati in ...": the presence adds nothing
        if count and lang.is_armed_group(host) and any(k[0] == sender and k[4] == key[4] for k in seen):
            continue  # "4,000 Rwandan troops are deployed in Congo, operating alongside the M23": one force
        seen.add(key)
        low, best, high = count.bounds() if count else (None, None, None)
        rows.append({
            "_pos": ts, "_whole": _whole_of_list(ctx, count, place), "sender": sender, "host": host,
            "location": place.text if place else None, "location_adm1": place.adm1 if place else None,
            "force": force, "action": action, "purpose": purpose,
            "count_low": low, "count_best": best, "count_high": high,
            "count_qualifier": count.qualifier if count else None,
        })
        # "300 soldati a marzo e oltre 150 il mese scorso": more of the same forces, counted on
        for more in ctx.counts_coordinated(count) if count is not None else ():
            if more.at_most(COUNT_MAX) and (*key[:4], more.value) not in seen:
                seen.add((*key[:4], more.value))
                low, best, high = more.bounds()
                rows.append({**rows[-1], "_pos": more.start, "count_low": low, "count_best": best, "count_high": high,
                             "count_qualifier": more.qualifier})
        # "deployed 30 police officers and 40 soldiers": each force counted after the first is a row
        coordinated = _coordinated_forces(ctx, nearest, forces, count, sender) if nearest is not None and count else []
        if coordinated:  # the first force is its own noun's, not the list's
            own = {lex.force_kind(m.group(0)) for m in np_forces if m.start() < coordinated[0][1].start}
            rows[-1]["force"] = next((k for k in SPECIFIC_FIRST if k in own), "troops")
        for m, q in coordinated:
            extra = (sender, host, action, key[3], q.value)
            if extra not in seen:
                seen.add(extra)
                low, best, high = q.bounds()
                rows.append({**rows[-1], "_pos": m.start(), "force": lex.force_kind(m.group(0)), "count_low": low,
                             "count_best": best, "count_high": high, "count_qualifier": q.qualifier})
        ctx.carry.sender, ctx.carry.force = sender, force
        ctx.carry.senders.append(sender)
        ctx.carry.deployed.append((sender, host))
        # the side fought for is no place: the next sentences continue from where the fighting is
        if not side:
            ctx.carry.host = host
        elif place and place.country:
            ctx.carry.host = place.country
    rows += _each_from(ctx, rows)
    rows += _place_counts(ctx, rows)
    # a total a colon's list of places parts is over them all, a continent or a region: no one host
    rows = [r for r in rows if not r.pop("_whole", False)]
    rows += _people_counts(ctx, rows)
    _total_told_apart(ctx, rows)
    rows += _contingents_within(ctx, rows)
    listed = _contributors(ctx, rows, forces, triggers)
    if listed:
        # "quelle del Botswana (296 soldati), Sudafrica (1.495 soldati) ...": each state its own
        # bracketed count; a row of the verb that took one of those counts for another sender goes
        counts = {(r["sender"], r["count_best"]) for r in listed}
        by_count = {r["count_best"] for r in listed}
        rows = [r for r in rows if r["count_best"] not in by_count or (r["sender"], r["count_best"]) in counts]
        have = {(r["sender"], r["count_best"]) for r in rows}
        rows += [r for r in listed if (r["sender"], r["count_best"]) not in have]
    rows += _listed_contributors(ctx, rows, forces)
    rows = _agents_listed(ctx, rows, triggers, forces)
    rows += _coordinated_senders(ctx, rows)
    rows += _coordinated_hosts(ctx, rows)
    # "a 4,000-strong contingent is deployed": the presence adds nothing to the deployment; nor
    # does an uncounted one beside forces leaving ("The personnel, stationed in the Maldives ...,
    # were repatriated": they were there until they left)
    sent = {(r["sender"], r["host"], r["count_best"], r["count_low"]) for r in rows if r["action"] == "deploy"}
    left = {(r["sender"], r["host"]) for r in rows if r["action"] == "withdraw"}
    rows = [r for r in rows if r["action"] != "presence"
            or ((r["sender"], r["host"], r["count_best"], r["count_low"]) not in sent
                and not (r["count_best"] is None and r["count_low"] is None and (r["sender"], r["host"]) in left))]
    # nor does an uncounted row beside the same one counted ("150 Peruvians fighting in Sudan,
    # ... former soldiers"); and an armed group in its own country is sent nowhere (codebook 9:
    # forces in another's territory): "the RSF, fighting the army in Sudan"
    def uncounted(r: dict) -> bool:
        return r["count_best"] is None and r["count_low"] is None

    counted = {(r["sender"], r["host"], r["action"]) for r in rows if not uncounted(r)}
    return [r for r in rows if not (uncounted(r) and (r["sender"], r["host"], r["action"]) in counted)
            and not (r["host"] is not None and lang.home_of(r["sender"]) == r["host"])]


def _stationed(ctx: Ctx, forces: list[re.Match]) -> list[tuple[str, int, int]]:
    """A counted force in a place, with no verb: "Spain's 650 troops in Lebanon", "i 1.000 militari
    italiani in Libano": a presence."""
    in_re = _vocab(ctx.lex.pack.code).stationed
    if not forces or ctx.names_casualty():
        return []  # "lost 300 soldiers in Kharkiv": a toll, not a presence
    out = []
    for m in forces:
        after = in_re.match(ctx.text, m.end())
        counted = any(q.end <= m.start() and m.start() - q.end <= 25 and not q.percent for q in ctx.numbers_free())
        if after and counted and any(p.start == after.end() for p in ctx.places):
            out.append(("presence", m.start(), m.end()))
    return out


def _at_home(ctx: Ctx, action: str, nearest, forces: list, ts: int, te: int) -> None:
    """A state's forces sent or kept inside its own borders are no deployment, and their count,
    standing right before their noun ("3,000 officers"), is no table's. Forces going home are
    a withdrawal's, and a count apart from the forces' noun may be another table's."""
    if action in ("deploy", "presence") and nearest is not None \
            and (count := _count(ctx, nearest.start(), ts, te)) is not None \
            and any(0 <= m.start() - count.end < 25 for m in forces):
        ctx.asides[(count.num_start, count.end)] = "out_of_scope"


def _article_sender(ctx: Ctx, force: re.Match) -> str | None:
    """The sender of the article's last deployment row, for forces a later paragraph counts without
    naming whose; soldiers are a state's, never an armed group's ("The military has deployed
    5,000 soldiers" in an article on the ELN)."""
    sender = ctx.carry.senders[-1] if ctx.carry.senders else None
    if sender and lang.is_armed_group(sender) and ctx.lex.soldier_re.search(force.group(0)):
        return None
    return sender


def _elided_count(ctx: Ctx, ts: int):
    """A number right before the verb, with no noun, that goes on a list of counts: '25 soldiers
    withdrew from Hanimaadhoo, and 12 withdrew from Kadhdhoo'."""
    aud, s = audit.auditor(ctx.lex.pack.code), ctx.text
    return next((q for q in ctx.numbers_free() if not q.weak and q.end <= ts and not s[q.end:ts].strip()
                 and ctx.lex.coordination_re.search(s, max(0, q.start - 8), q.start)
                 and not any(d.start <= q.start < d.end for d in ctx.dates)
                 and not q.percent and q.at_most(COUNT_MAX) and not aud.counts_nothing(ctx, q)), None)


def _recounted(base: dict, q, pos: int, **fields) -> dict:
    """A row like `base` (the sentence's counted deployment) for another count of the same force:
    its own figure, position and the fields that differ (another host, sender or place)."""
    low, best, high = q.bounds()
    return {**base, "_pos": pos, "_whole": False, **fields, "count_low": low, "count_best": best, "count_high": high,
            "count_qualifier": q.qualifier}


def _in_transit(ctx: Ctx, pos: int) -> bool:
    """Whether the land at `pos` is one forces pass through: "passing through Rwanda", "via Kigali"."""
    return bool(_transit_re(ctx.lex.pack.code).search(ctx.text, max(0, pos - 30), pos))


@functools.cache
def _transit_re(code: str) -> re.Pattern:
    words = lang.expand_all(lang.load(code).section("deployments").get("transit_words", []))
    articles = lang.alternation(lang.load(code).get("articles", []))
    return re.compile(rf"(?<![\w])(?:{lang.alternation(words)})\s+(?:(?:{articles})\s+)?$" if words else r"(?!x)x",
                      re.IGNORECASE)


def _named_as_origin(ctx: Ctx, vocab: _Vocab, pos: int) -> bool:
    """Whether a state at `pos` is, alone or in a list, where forces are said to come from ("the
    withdrawn forces are from Burundi, Ethiopia and Kenya"): no land they leave or reach."""
    chain = next((c for c in ctx.state_chains() if any(a.start <= pos < a.end for a in c)), None)
    first = chain[0].start if chain else pos
    return bool(vocab.origin.search(ctx.text, max(0, first - 40), first))


def _origin_state(ctx: Ctx, a) -> bool:
    """A state named as where a count comes from, in a list of contributors: "1.427 del Ciad",
    "(1 396), dell'Egitto (1 081)", "1,427 from Chad" (a genitive or from-word after a figure)."""
    m = re.search(r"[\d)],?\s+([^\W\d_]+['’]?)\s*$", ctx.text[max(0, a.start - 14):a.start])
    word = m.group(1).replace("’", "'") if m else ""
    return bool(word) and bool(ctx.lex.genitive_word_re.fullmatch(word) or ctx.lex.from_word_re.fullmatch(word))


@functools.cache
def _articles_re(code: str) -> re.Pattern:
    the = lang.alternation(lang.load(code).get("definite_articles", [])) or "(?!x)x"
    return re.compile(rf"(?:{the})\s*", re.IGNORECASE)


def _whole_of_list(ctx: Ctx, count, place) -> bool:
    """Whether `count` is a total that a colon after it parts by place, the first of which was taken
    for its host: "dispiega nel continente oltre 6mila soldati: circa 2mila in Mali, 1.600 in ..."."""
    if count is None or place is None or place.start < count.end:
        return False
    colon = ctx.text.find(":", count.end, place.start)
    in_re = _vocab(ctx.lex.pack.code).stationed
    listed = [q for q in ctx.quantities if q.start > colon and in_re.match(ctx.text, q.end)]
    return colon >= 0 and len(listed) >= 2 and listed[0].start < place.start


def _place_counts(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """'2.500 militari in Iraq e quasi 900 in Siria', '2,500 troops in Iraq and about 900 in Syria':
    a count coordinated after a counted row's, with no noun of its own and a place of another
    country right after it, is the same force there; so is a count in brackets right after such
    a place ("in Iraq (1488), Libano (1127) e Afghanistan (900)")."""
    counted = [r for r in rows if r["count_best"] is not None or r["count_low"] is not None]
    if not counted:
        return []
    s, lex, out = ctx.text, ctx.lex, []
    in_re = _vocab(lex.pack.code).stationed
    used = {r["count_best"] for r in rows}
    # "contava 17.430 effettivi ... dei quali 1.427 del Ciad, 1.396 del Bangladesh, dell'Egitto (1 081),
    # Senegal (970)": a list of the states that contribute the force, each its sender, not its host
    origins = [a for a in ctx.actors if a.kind == "state" and lang.is_state(a.code) and _origin_state(ctx, a)]
    for q in ctx.numbers_free():
        base = counted[-1]
        if q.percent or q.value in used or q.weak or not q.at_most(COUNT_MAX):
            continue
        brackets = s[q.start - 1:q.start] == "(" and s[q.end:q.end + 1] == ")"
        # the state right before a count in brackets: "Senegal (970)", "Libano (1127)"
        state = next((a for a in ctx.actors if a.kind == "state" and lang.is_state(a.code)
                      and a.end <= q.start - 1 and not s[a.end:q.start - 1].strip()), None) if brackets else None
        if origins:
            state = state if brackets else next((a for a in origins if 0 < a.start - q.end <= 8), None)
            if state is not None and state.code not in (base["sender"], base["host"]):
                out.append(_recounted(base, q, q.start, sender=state.code, location=None, location_adm1=None))
            continue
        if brackets:
            # "schierato in Iraq (1488), Libano (1127) e Afghanistan (900)": each place's count in brackets
            place = next((p for p in ctx.places if p.country and p.end <= q.start - 1
                          and not s[p.end:q.start - 1].strip()), None)
            if place is None and state is not None:  # a list's later countries follow no preposition
                if state.code not in (base["sender"], base["host"]):
                    out.append(_recounted(base, q, q.start, host=state.code, location=state.text, location_adm1=None))
                continue
        else:
            after = in_re.match(s, q.end)
            # (the first of a list a colon opens after a total: "oltre 6mila soldati: circa 2mila in Mali")
            opened = base.get("_whole") and re.search(r":\s*(?:[^\W\d]+\s+)?$", s[max(0, q.start - 20):q.start])
            if not after or not (opened or lex.coordination_re.search(s, max(0, q.start - 8), q.start)):
                continue
            # (an article may stand before the place's name: "1,600 in the Central African Republic")
            place = next((p for p in ctx.places if p.country and (p.start == after.end() or (
                p.start > after.end() and _articles_re(lex.pack.code).fullmatch(s, after.end(), p.start)))), None)
        # (another place of the same host is another row: "mille uomini in Ossezia del sud e 2.500 in Abkhazia")
        if place is None or place.country == base["sender"] \
                or (place.country == base["host"] and place.text == base["location"] and not base.get("_whole")):
            continue
        out.append(_recounted(base, q, q.start, host=place.country, location=place.text, location_adm1=place.adm1))
    return out


@functools.cache
def _total_words_re(code: str) -> re.Pattern:
    words = lang.alternation(lang.load(code).section("deployments").get("total_words", []))
    return re.compile(rf"(?<![\w])(?:{words}),?\s+$" if words else r"(?!x)x", re.IGNORECASE)


def _total_told_apart(ctx: Ctx, rows: list[dict]) -> None:
    """'il contingente della missione Unifil schierato lungo il confine, ..., in tutto oltre 10mila
    militari': a count of forces after a word of totalling, in an apposition of its own, counts the one
    uncounted row of the sentence (set in place)."""
    uncounted = [r for r in rows if r["count_best"] is None and r["count_low"] is None]
    if len(uncounted) != 1 or any(r["count_best"] is not None or r["count_low"] is not None for r in rows):
        return
    s, total = ctx.text, _total_words_re(ctx.lex.pack.code)
    for q in ctx.numbers_free():
        if q.percent or not q.at_most(COUNT_MAX) or q.start < uncounted[0]["_pos"] \
                or not total.search(s[max(0, q.start - 25):q.start]) or not ctx.lex.force_re.match(s, q.end + 1):
            continue
        low, best, high = q.bounds()
        uncounted[0].update(count_low=low, count_best=best, count_high=high, count_qualifier=q.qualifier)
        return


def _contingents_within(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """'oltre 10mila militari, inclusi circa 1.200 italiani', 'more than 10,000 troops, including about
    1,200 Italian soldiers': a part of a counted force that a state's people name is that state's
    contingent, a row of its own (a new sender), where the host is the force's."""
    counted = [r for r in rows if r["count_best"] is not None or r["count_low"] is not None]
    if not counted:
        return []
    s, base, out = ctx.text, counted[-1], []
    used = {r["count_best"] for r in rows} | {r["count_low"] for r in rows}
    aside = _vocab(ctx.lex.pack.code).aside
    for q in ctx.numbers_free():
        if q.percent or q.value in used or q.start < base["_pos"] or not q.at_most(COUNT_MAX) \
                or not aside.search(s[max(0, q.start - 30):q.start]):
            continue
        people = next((a for a in ctx.actors if a.kind == "demonym" and lang.is_state(a.code)
                       and 0 < a.start - q.end <= 25 and re.fullmatch(r"\s+(?:[^\W\d_]+\s+)?", s[q.end:a.start])
                       ), None)
        if people is None or people.code in (base["sender"], base["host"]):
            continue
        out.append(_recounted(base, q, q.start, sender=people.code))
    return out


def _people_counts(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """'about 550 German soldiers and 150 Austrians', '800 soldati italiani e 200 sloveni': a count
    coordinated after a counted row's, whose noun is another state's people and nothing more
    (not "150 Austrian tourists"), is that state's part of the force."""
    counted = [r for r in rows if r["count_best"] is not None or r["count_low"] is not None]
    if not counted:
        return []
    s, lex, out, base = ctx.text, ctx.lex, [], counted[-1]
    used = {r["count_best"] for r in rows} | {r["count_low"] for r in rows}
    for q in ctx.numbers_free():
        people = next((a for a in ctx.actors if a.kind == "demonym" and 0 < a.start - q.end <= 2), None)
        if people is None or not lang.is_state(people.code) or people.code in (base["sender"], base["host"]) \
                or q.percent or q.weak or q.value in used or not q.at_most(COUNT_MAX) \
                or not lex.coordination_re.search(s, max(0, q.start - 8), q.start):
            continue
        rest = s[people.end:people.end + 12]
        vocab = _vocab(lex.pack.code)
        if rest.strip() and not (rest.lstrip()[:1] in ",;.:)" or vocab.conjunction.match(rest.lstrip())
                                 or vocab.stationed.match(rest)):
            continue  # the people's name qualifies another noun
        out.append(_recounted(base, q, q.start, sender=people.code))
    return out


def _contributors(ctx: Ctx, rows: list[dict], forces: list[re.Match], triggers) -> list[dict]:
    """'AUSSOM troops come from Uganda (4,500), Ethiopia (2,500) and Kenya (1,410)': states listed
    each with its contingent in brackets, in a sentence about forces or a mission, are each a
    presence (a deployment where a verb of sending stands) in the mission's country or the place's."""
    s = ctx.text
    listed = [(a, q) for a in ctx.actors if lang.is_state(a.code) for q in ctx.numbers_free()
              if re.fullmatch(r"\s*\(\s*", s[a.end:q.start]) and re.match(r"\s*(?:[^\W\d_]+\s*)?\)", s[q.end:q.end + 20])
              and not q.percent and q.at_most(COUNT_MAX)]
    # (not the dead by nationality: "the peacekeepers killed were from Nepal (12) and India (3)")
    # (the list may follow a noun of contributors alone: "Fra i maggiori contributori seguono India (902), Ghana (878)")
    if len(listed) < 2 or not (forces or any(lang.is_mission(a.code) for a in ctx.actors)
                               or _contributor_res(ctx.lex.pack.code)[2].search(s, 0, listed[0][0].start)) \
            or ctx.names_casualty():
        return []
    first = listed[0][0]
    if ctx.lex.destination_re.search(s, max(0, first.start - 8), first.start) and not ctx.after_from(first.start):
        return []  # "schierato in Libano (650), Lettonia (500)": the places the sender's forces are in
    # (the words that open the list say whether it is a fact: "the composition will be as follows:")
    if ctx.is_non_factual(first.start, first.end) or ctx.lex.non_factual.search(s, 0, first.start):
        for _, q in listed:  # a contingent planned: its figure is no fact (codebook 7)
            ctx.asides.setdefault((q.num_start, q.end), "non_fact")
        return []
    if sum(1 for r in rows if (r["count_best"] is not None or r["count_low"] is not None)
           and r["sender"] in {a.code for a, _ in listed}) >= len(listed):
        return []  # the list was read with its verb already
    mission = next((a.code for a in ctx.actors if lang.is_mission(a.code)), None)
    place = ctx.place_near(first.start)
    host = lang.mission_host(mission) if mission else None
    # (a listed state is no host: "quelle del Botswana (296 soldati)")
    codes = {a.code for a, _ in listed}
    host = next((h for h in (host, place.country if place else None, ctx.carry.host, ctx.title.host, ctx.title.home)
                 if h and h not in codes), None)
    if host is None:
        return []
    action = "deploy" if any(t[0] == "deploy" for t in triggers) else "presence"
    force = ctx.lex.force_kind(forces[0].group(0)) if forces else "troops"
    purpose = next((p for p, rx in ctx.lex.purposes if rx.search(s)), "unknown")
    out = []
    for a, q in listed:
        if a.code == host:
            continue
        low, best, high = q.bounds()
        out.append({"_pos": a.start, "sender": a.code, "host": host, "location": None, "location_adm1": None,
                    "force": force, "action": action, "purpose": purpose, "count_low": low, "count_best": best,
                    "count_high": high, "count_qualifier": q.qualifier})
    return out


@functools.cache
def _contributor_res(code: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    d = lang.load(code).section("deployments")
    lists, given = d.get("contributor_lists", []), d.get("provided_by", [])
    nouns = lang.expand_all(d.get("contributor_nouns", []))
    return (re.compile(rf"(?<![\w])(?:{lang.alternation(lists, escape=False)})\s*" if lists else r"(?!x)x", re.IGNORECASE),
            re.compile(rf"\s*(?:{lang.alternation(given, escape=False)})(?![\w])\s*" if given else r"(?!x)x", re.IGNORECASE),
            re.compile(lang.bounded(lang.alternation(nouns)) if nouns else r"(?!x)x", re.IGNORECASE))


def _listed_contributors(ctx: Ctx, rows: list[dict], forces: list[re.Match]) -> list[dict]:
    """'Key troop-contributing countries include Ghana, Nepal and India', 'truppe fornite da Malawi,
    Sudafrica e Tanzania': the states a sentence lists as giving a mission's or a force's troops
    are each present where the force serves (uncounted: a list names no contingent's size)."""
    s = ctx.text
    lists, given, _ = _contributor_res(ctx.lex.pack.code)
    # (the list after forces: "caschi blu forniti da ..."; "weapons provided by Iran" is no force)
    opens = [m.end() for m in lists.finditer(s)]
    for f in forces:  # (a few words may stand between: "il personale militare della MONUSCO è fornito da")
        if ctx.lex.item_re.search(s, max(0, f.start() - 60), f.start()):
            continue  # "the mortar rounds used by Sudan's army are supplied by Egypt": items, no troops
        for k in range(5):
            g = re.match(rf"(?:\s+[\w'’]+){{{k}}}", s[f.end():f.end() + 60])
            if g is None:
                break
            if m := given.match(s, f.end() + g.end()):
                opens.append(m.end())
                break
    if not opens or ctx.names_casualty():
        return []
    mission = next((a.code for a in ctx.actors if lang.is_mission(a.code)), None)
    listed = {a.start for c in ctx.state_chains() for a in c if len(c) > 1}
    # the mission's country, else a place the sentence names ("patrol the Golan Heights"), else the paragraph's
    place = next((p.country for p in ctx.places if p.country and p.start not in listed), None)
    host = (lang.mission_host(mission) if mission else None) or place or ctx.carry.host or ctx.title.host \
        or ctx.title.home
    if host is None:
        return []
    have = {(r["sender"], r["host"]) for r in rows}
    out = []
    for end in opens:
        if ctx.is_non_factual(max(0, end - 30), end):
            continue  # "troops will be provided by": a plan (codebook 7)
        chain = next((c for c in ctx.state_chains() if 0 <= c[0].start - end <= 4 and c[0].kind == "state"), None)
        for a in chain or ():
            if a.code == host or (a.code, host) in have:
                continue
            have.add((a.code, host))
            out.append({"_pos": a.start, "sender": a.code, "host": host, "location": None, "location_adm1": None,
                        "force": "troops", "action": "presence", "purpose": "unknown", "count_low": None,
                        "count_best": None, "count_high": None, "count_qualifier": None})
    return out


@functools.cache
def _agents_listed_re(code: str) -> re.Pattern:
    words = lang.alternation(lang.load(code).section("deployments").get("agents_listed", []))
    return re.compile(rf"\s*(?:{words})\s+" if words else r"(?!x)x")


def _agents_listed(ctx: Ctx, rows: list[dict], triggers, forces: list[re.Match]) -> list[dict]:
    """'soldiers and police deployed by countries including Jamaica, Guatemala, and El Salvador': the
    states listed after a deploying verb's agent send the forces, to the host the context gives; a
    row that took one of them for a host goes."""
    s = ctx.text
    for action, ts, te in triggers:
        opener = _agents_listed_re(ctx.lex.pack.code).match(s, te) if action == "deploy" else None
        if opener is None:
            continue
        listed, pos = [], opener.end()
        for a in sorted(ctx.actors, key=lambda a: a.start):
            if a.start < pos:
                continue
            if not lang.is_state(a.code) or not re.fullmatch(r"\s*(?:,\s*)?(?:(?:and|e|ed)\s+)?", s[pos:a.start]):
                break
            listed.append(a)
            pos = a.end
        codes = {a.code for a in listed}
        host = next((h for h in (ctx.carry.host, ctx.title.host, ctx.title.home) if h and h not in codes), None)
        if not listed or host is None:
            continue
        nearest = max((m for m in forces if m.end() <= ts), key=lambda m: m.start(), default=None)
        force = ctx.lex.force_kind(nearest.group(0)) if nearest is not None else "troops"
        purpose = next((p for p, rx in ctx.lex.purposes if rx.search(s)), "unknown")
        rows = [r for r in rows if r["host"] not in codes and r["sender"] not in codes]
        rows += [{"_pos": a.start, "sender": a.code, "host": host, "location": None, "location_adm1": None,
                  "force": force, "action": "deploy", "purpose": purpose, "count_low": None, "count_best": None,
                  "count_high": None, "count_qualifier": None} for a in listed]
    return rows


def _coordinated_senders(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """'Russia and Belarus sent troops', 'le truppe di Kenya, Burundi e Uganda', 'Indian, Nepali and
    Ghanaian peacekeepers': the states joined to a row's sender by commas and a conjunction send
    forces too, each its own row (codebook 7: a distinct fact). A count told for them together is
    no one's own, so such rows stay uncounted; "300 soldiers each" is each one's."""
    s, code = ctx.text, ctx.lex.pack.code
    vocab = _vocab(code)
    between = ctx.lex.between_re
    chains = ctx.state_chains()
    out, done = [], {(r["sender"], r["host"], r["action"]) for r in rows}
    for r in list(rows):
        counted = r["count_best"] is not None or r["count_low"] is not None
        for chain in chains:
            codes = [a.code for a in chain]
            if len(set(codes)) < 2 or r["sender"] not in codes or r["host"] in codes \
                    or abs(chain[0].start - r["_pos"]) > 120 or between.search(s, 0, chain[0].start) \
                    or ctx.clause_end(chain[0].start) < r["_pos"] and chain[-1].end < r["_pos"] - 60:
                continue
            if counted and not vocab.each.search(s, chain[-1].end):
                continue  # "Russia and Belarus massed 30,000 troops": a joint figure
            for a in chain:
                if (a.code, r["host"], r["action"]) in done:
                    continue
                done.add((a.code, r["host"], r["action"]))
                extra = {**r, "_pos": a.start, "sender": a.code}
                if not counted:
                    extra.update(count_low=None, count_best=None, count_high=None, count_qualifier=None)
                out.append(extra)
    return out


def _coordinated_hosts(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """'French forces have withdrawn from Mali, Burkina Faso and Niger', 'la partenza delle forze
    francesi da Mali, Burkina Faso, Niger, Ciad e Costa d'Avorio': each state listed with a row's
    host is a host too, its own row (codebook 7). Only rows with no count: a figure told for all of
    them is no one's own."""
    out, done = [], {(r["sender"], r["host"], r["action"]) for r in rows}
    for r in list(rows):
        if r["count_best"] is not None or r["count_low"] is not None:
            continue
        for chain in ctx.state_chains():
            codes = [a.code for a in chain]
            # (not a list in brackets: "le forze armate di 5 ex colonie francesi (Burkina Faso, Ciad, ...)"
            # names whose forces they are)
            if len(set(codes)) < 2 or r["host"] not in codes or r["sender"] in codes \
                    or chain[0].start < r["_pos"] or chain[0].start - r["_pos"] > 120 \
                    or ctx.in_bracketed_aside(chain[0].start):
                continue
            for a in chain:
                if (r["sender"], a.code, r["action"]) not in done and lang.is_state(a.code):
                    done.add((r["sender"], a.code, r["action"]))
                    out.append({**r, "_pos": a.start, "host": a.code, "location": a.text, "location_adm1": None})
    return out


def _each_from(ctx: Ctx, rows: list[dict]) -> list[dict]:
    """'2,000 soldiers left: 400 each from Burundi, Djibouti and Kenya': a row per sender listed
    after a count "each", as the sentence's deployment (codebook 9: a new party is a row)."""
    s, each = ctx.text, _vocab(ctx.lex.pack.code).each
    if not rows:
        return []
    out, base = [], rows[-1]
    for q in ctx.numbers_free():
        m = each.match(s, q.end)
        if not m or q.percent:
            continue
        end = min([i for i in (s.find(";", m.end()), s.find(".", m.end())) if i >= 0] + [len(s)])
        for a in ctx.actors:
            if m.end() <= a.start < end and lang.is_state(a.code) and a.code not in (base["host"], base["sender"]):
                out.append(_recounted(base, q, a.start, sender=a.code))
    return out


def _coordinated_forces(ctx: Ctx, first: re.Match, forces: list[re.Match], count,
                        sender: str) -> list[tuple[re.Match, object]]:
    """The forces counted after the `first` one's `count`, each joined to the one before by a
    comma or a conjunction, and of no other actor: "30 police officers and 40 soldiers", "23
    agenti e 43 militari" ("500,000 Eritrean troops and 200,000 Tigrayan soldiers" are two sides)."""
    if count.end > first.start():
        return []
    s, conj = ctx.text, _vocab(ctx.lex.pack.code).conjunction
    qs = [q for q in ctx.numbers_free() if not q.percent and q.at_most(COUNT_MAX)]
    out, last = [], first.end()
    own = [(a.start, a.end) for a in ctx.actors if a.code == sender]
    for m in sorted(forces, key=lambda m: m.start()):
        if m.start() < last:
            continue
        q = next((q for q in qs if last <= q.start and q.end <= m.start()
                  and re.fullmatch(r"\s+(?:[^\W\d_]+\s+){0,2}", s[q.end:m.start()])), None)
        link = s[last:q.start] if q else ""
        # (or one that follows it: "500 soldati, seguiti da un centinaio di aviatori")
        # (past the first count's place: "sent 500 soldiers to Romania, followed by")
        followed = bool(q) and len(link) < 60 and not re.search(r"[;:.()]", link) \
            and bool(_vocab(ctx.lex.pack.code).followed.search(link))
        if q is None or (len(link) > 12 or not (conj.search(link) or "," in link)) and not followed:
            break
        # another's forces: an actor, or a name no actor of the sender's is, in the noun phrase
        if any(a.code != sender and (q.start <= a.start < m.end() or (a.kind == "demonym" and 0 <= a.start - m.end() < 3))
               for a in ctx.actors) or any(not any(x <= w.start() < y for x, y in own)
                                           for w in CAPITALISED.finditer(s, q.end, m.start())):
            break
        out.append((m, q))
        last = m.end()
    return out


def _sends_items(ctx: Ctx, te: int, forces: list[re.Match]) -> bool:
    """Whether what a verb of sending ending at `te` sends is an item (its object, within two
    words: a number, a qualifier), before any force noun: "ha inviato 40 obici"."""
    s = ctx.text
    item = ctx.lex.item_re.search(s, te, te + 70)
    gap = s[te:item.start()] if item else ""
    # (or after whom they go to: "hanno trasferito a quelle ucraine 18 carri armati")
    words = gap.split()
    if not item or not (re.fullmatch(r"\s+(?:\S+\s+){0,2}", gap) or (
            len(words) <= 6 and any(ctx.lex.to_re.search(" ".join(words[:k])) for k in (1, 2)))) \
            or any(te <= m.start() < item.start() for m in forces):
        return False
    # unless forces are sent with them: "sent howitzers and 300 soldiers to Lithuania"
    conj = _vocab(ctx.lex.pack.code).conjunction
    return not any(m.start() > item.end() and conj.search(s, item.end(), m.start())
                   and not ctx.lex.to_re.search(s, item.end(), m.start()) for m in forces)


def _joined(ctx: Ctx, end: int, start: int) -> bool:
    """Whether two force nouns are one noun phrase's: "troops and police forces", "soldati e agenti",
    "soldati delle forze speciali"."""
    conj = _vocab(ctx.lex.pack.code).conjunction
    gap = ctx.text[end:start]
    if not gap.strip():
        return True  # "special forces troops"
    # "soldati delle forze speciali", "soldiers from the Scouts Battalion"
    if (m := re.fullmatch(r"\s+([^\W\d_]+['’]?)\s*(?:[^\W\d_]+\s+){0,2}", gap)) and (
            ctx.lex.genitive_word_re.fullmatch(word := m.group(1).replace("’", "'")) or word.lower() == "of"
            or ctx.lex.from_word_re.fullmatch(word)):
        return True
    return bool(re.fullmatch(r"\s*(?:,\s*)?(?:\S+\s+)?(?:[^\W\d_]+\s+){0,2}", gap)) and bool(conj.search(gap) or "," in gap)


def _count(ctx: Ctx, force_start: int, ts: int, te: int):
    """The number of forces: the quantity right before the force noun, else one in the clause.
    A number above COUNT_MAX counts no people (validation/columns.toml)."""
    aud, vocab = audit.auditor(ctx.lex.pack.code), _vocab(ctx.lex.pack.code)
    # nor a measure, an event count or a count of things: "two days after", "in two stages", "two
    # battalions" (units, not a head count: the row has none)
    # (nor a sum, a population or people displaced: "donated arms worth $3 million to the troops")
    qs = [q for q in ctx.numbers_free() if not q.percent and q.at_most(COUNT_MAX) and not aud.counts_nothing(ctx, q)
          # nor a count of things supplied or carried: "two cargo planes", "40 howitzers"
          and not aud.counts_no_casualty(ctx, q) and ctx.item_after(q, 2) is None
          # nor a name's number: "l'esercitazione Eagle Partner 2023"
          and not _name_number(ctx, q)]
    clause = ctx.clause_start(min(force_start, ts))
    best = None
    subset = _subset_before(ctx.lex.pack.code)
    for q in qs:
        if q.weak:
            continue
        # (nor a part of a count of other things: "più di mille mezzi, di cui circa 200 nel Battlegroup")
        if (opener := subset.search(ctx.text, max(0, q.start - 30), q.start)) and (whole := next(
                (p for p in reversed(ctx.quantities) if p.end <= opener.start() and opener.start() - p.end < 40), None)) \
                and (noun := re.match(r"(?:\s+[^\W\d_]+){1,2}", ctx.text[whole.end:])) \
                and not ctx.lex.force_re.search(ctx.text[whole.end:whole.end + noun.end()]):
            continue
        if q.end <= ts and vocab.elided_before.fullmatch(ctx.text, q.end, ts):
            d = -1  # "parte dei 28.500 attualmente schierati": the count right before the verb, its noun left out
        elif q.end < force_start and (f := ctx.lex.force_re.search(ctx.text, q.end, force_start - 1)) \
                and not _joined(ctx, f.end(), force_start):
            continue  # a count of other forces named between: "1,100 troops to replace outgoing Burundian forces"
        elif q.end <= force_start and force_start - q.end <= 45:
            d = force_start - q.end
        elif q.start >= clause and abs(q.start - ts) <= 80:
            d = 50 + abs(q.start - ts)
        else:
            continue
        if best is None or d < best[0]:
            best = (d, q)
    if best is None:
        return None
    # "500 of the 1,100 French troops ... have returned home": the verb's count is the part, but a
    # participle right after the forces qualifies the whole ("the 1,100 troops deployed in Chad")
    part = next((p for p in qs if not p.weak and p.end <= best[1].start
                 and PART_OF.fullmatch(ctx.text, p.end, best[1].start)), None)
    if part is None:
        return best[1]
    force = ctx.lex.force_re.match(ctx.text, force_start)
    if force is None or ts < force.end():
        return part
    # (a people's name may stand between: "i 1.100 militari francesi schierati in Ciad")
    gap = [c for i, c in enumerate(ctx.text[force.end():ts], force.end())
           if not any(a.start <= i < a.end for a in ctx.actors)]
    return part if "".join(gap).strip() else best[1]
