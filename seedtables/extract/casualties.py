"""Casualties: people killed, wounded, captured or missing; a row needs a number
(codebook sections 3 and 4)."""
from __future__ import annotations

import re
from functools import cache

from seedtables import lang
from seedtables.extract import audit, context, numbers, places, speech
from seedtables.extract.context import BRACKETED, PART_OF, Ctx
from seedtables.lang import Pack, alternation, expand_all
from validation.columns import COUNT_MAX

WORD = re.compile(r"[^\W\d_]{3,}")


def _subset_re(pack: Pack) -> re.Pattern:
    return _subset_re_for(pack.code)


@cache
def _subset_re_for(code: str) -> re.Pattern:
    """'tra cui quattro bambini', 'including two children': a number that counts part of a figure
    (the audit's words, codebook 9)."""
    words = expand_all(lang.load(code).section("audit").get("subset_before", []))
    return re.compile(rf"(?<![\w])(?:{alternation(words, escape=False) if words else '(?!x)x'})\s+(?:\S+\s+){{0,2}}$",
                      re.IGNORECASE)


def _link_re(pack: Pack) -> re.Pattern:
    return _link_re_for(pack.code)


@cache
def _link_re_for(code: str) -> re.Pattern:
    """A comma or a conjunction: what joins two counts of one sentence ('12 morti e 70 feriti')."""
    return re.compile(rf"(?:,|(?<![\w])(?:{alternation(lang.load(code).get('conjunctions', []))})(?![\w]))", re.IGNORECASE)


def _subset_words_re(pack: Pack) -> re.Pattern:
    return _subset_words_re_for(pack.code)


@cache
def _subset_words_re_for(code: str) -> re.Pattern:
    words = expand_all(lang.load(code).section("audit").get("subset_before", []))
    return re.compile(rf"(?<![\w])(?:{alternation(words, escape=False) if words else '(?!x)x'})(?![\w])", re.IGNORECASE)


@cache
def _displaced_re_for(code: str, nouns: bool = True) -> re.Pattern:
    """The displaced people of the audit's vocabulary: "1,4 milioni di sfollati" are no casualties (but
    "tre migranti" dead in a list are: without `nouns`, only the verbs of fleeing count)."""
    section = lang.load(code).section("audit")
    words = expand_all(section.get("displaced", []) if nouns else section.get("displaced_verbs", []))
    return re.compile(rf"(?<![\w])(?:{alternation(words, escape=False)})(?![\w])" if words else r"(?!x)x", re.IGNORECASE)


def _own_clause_end(ctx: Ctx, q) -> int:
    """Where the words right after a count end: the next punctuation, or 60 characters on."""
    stop = re.search(r"[,;:.]", ctx.text[q.end:q.end + 60])
    return q.end + (stop.start() if stop else 60)


def _displaced_after(ctx: Ctx, q, nouns: bool = True) -> bool:
    """Whether the clause after a count says its people were displaced, not hurt ("hanno dovuto
    abbandonare le proprie case"); with `nouns`, also that they are displaced people ("sfollati")."""
    return bool(_displaced_re_for(ctx.lex.pack.code, nouns).search(ctx.text, q.end, _own_clause_end(ctx, q)))


def _displaced_in_own_clause(ctx: Ctx, q, trigger_spans) -> bool:
    """A count whose own clause displaces its people and names no casualty: "At least 3,000 people
    have been displaced by the attack, and 16 sustained serious injuries" (the 3,000 are no wounded)."""
    end = _own_clause_end(ctx, q)
    # (or what they are said to be: "e 2 milioni furono i profughi")
    said = (link := ctx.lex.copula_re.match(ctx.text, q.end)) is not None \
        and _displaced_re_for(ctx.lex.pack.code, True).match(ctx.text, link.end())
    return (_displaced_after(ctx, q, nouns=False) or bool(said)) and not any(q.end <= a < end for a, _ in trigger_spans)


@cache
def _not_dead_re_for(code: str) -> re.Pattern:
    """Words right after a count that say its people live: "are in critical condition"."""
    words = lang.load(code).section("casualties").get("alive_after", [])
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])" if words else r"(?!x)x", re.IGNORECASE)


@cache
def _telling_verbs(code: str) -> list:
    """The verbs of telling, of all the verbs of saying ("three men accused of spying" are no speakers)."""
    return [rx for act, rx in speech.reader(code).verb_res if act in ("claim", "confirm", "deny")]


def _speakers(ctx: Ctx, q) -> bool:
    """A count of the people who say it is no casualty: '"It was a massacre," one resident said,
    adding that ...', "two witnesses told AFP" (people right before a verb of saying)."""
    s = ctx.text
    words = re.match(r"(?:\s+[^\W\d_][\w'’-]*){2,4}", s[q.end:q.end + 50])
    verbs = _telling_verbs(ctx.lex.pack.code)
    # (the verb right after the people's noun: "one resident said", "due testimoni hanno riferito";
    # not "two more civilians were reported injured")
    starts = [q.end + m.start() for m in re.finditer(r"(?<=\s)\S", words.group(0))][1:] if words else []
    people = (ctx.lex.military_re, ctx.lex.civilian_re)
    # (nor a verb of a participle the casualty word follows: "15 militants confirmed dead", "reported killed")
    told = [m for i in starts for v in verbs if (m := v.match(s, i))
            and any(rx.fullmatch(s[:i].split()[-1]) for rx in people)
            and not any(rx.match(s, m.end() + 1) for _, rx in ctx.lex.casualty)]
    # (or the speaker the statements read opens on the count, a clause of its own between: "One
    # civilian who helped look for bodies said ...")
    told = told or [st for st in ctx.statements if st.zone[0] <= q.start < st.verb_start
                    and q.start <= (at := s.find(st.speaker.text, st.zone[0])) <= q.end + 1
                    and (rel := _relative_after_people(ctx.lex.pack.code).match(s, q.end, at + len(st.speaker.text) + 40))
                    and not any(rx.search(s, q.end, rel.end()) for _, rx in ctx.lex.casualty)]
    if not told or not _counts_people(ctx, q):
        return False
    ctx.asides[(q.num_start, q.end)] = "out_of_scope"  # (the audit's reason: a count of no fact)
    return True


def _people_name_after(ctx: Ctx, q, aside: bool = True) -> bool:
    """A people's name alone right after the count, its verb or a casualty word next: one of that
    people, "un palestinese è stato ucciso", "a Palestinian was killed in Rafah" (not "a Palestinian
    village"). Codebook 9: a nationality noun alone means people, not an army."""
    s = ctx.text
    return any(a.kind == "demonym" and 0 <= a.start - q.end < 3 and (
        aside and re.match(r"\s*(?:[,.;]|$)", s[a.end:a.end + 3]) or ctx.lex.copula_re.match(s, a.end)
        or ctx.lex.place_link_re.match(s, a.end) or any(rx.match(s, a.end + 1) for _, rx in ctx.lex.casualty)
        or _name_verb_re(ctx.lex.pack.code).match(s, a.end)) for a in ctx.actors)


@cache
def _name_verb_re(code: str) -> re.Pattern:
    """The auxiliaries that may follow a people's name used as a noun: "un palestinese è stato ucciso"."""
    words = lang.load(code).section("casualties").get("name_alone_verbs", [])
    return re.compile(rf"\s+(?:{alternation(words)})(?![\w])" if words else "(?!x)x", re.IGNORECASE)


def _attackers_home(ctx: Ctx, place) -> bool:
    """Whether the place names the fighters of no state its genitive follows, a killing verb after
    them: "i militanti della Striscia di Gaza hanno ucciso" (where they come from, not where their
    victims died)."""
    s = ctx.text
    m = re.search(r"([^\W\d_]+)\s+([^\W\d_]+['’]?)\s*$", s[max(0, place.start - 40):place.start])
    return m is not None and bool(ctx.lex.military_re.fullmatch(m.group(1))) \
        and bool(ctx.lex.genitive_word_re.fullmatch(m.group(2)) or ctx.lex.genitive_word_re.fullmatch(m.group(2)[:-1])) \
        and bool(ctx.lex.kill_after_re.match(s, place.end))


def _counts_items(ctx: Ctx, q, trigger_spans=()) -> bool:
    """A count of weapons or materiel is no casualty: "110,000 AK-47 rifles and 80,000 pistols ... are
    missing" (an item within its noun phrase's first three words, before any people's noun or
    casualty word: "18 feriti da proiettili" counts the wounded)."""
    s = ctx.text
    item = ctx.item_after(q, 3)
    if item is None and _people_at(ctx, s, _word_after(ctx, q)) is None:
        # a count whose noun is left out, listed right after a count of items, counts items too:
        # "hanno sequestrato 765 armi lunghe, 140 corte e 249mila proiettili"
        before = next((o for o in reversed(ctx.quantities) if o.end <= q.start and q.start - o.end <= 40), None)
        return before is not None and ctx.item_after(before, 3) is not None \
            and bool(re.fullmatch(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?:,|\s+(?:e|and|ed))\s+", s[before.end:q.start]))
    if item is None or any(q.end <= a < item.start() for a, _ in trigger_spans):
        return False
    # (an item word that qualifies people's noun counts the people: "scores of rice farmers")
    people = [m.start() for rx in (ctx.lex.military_re, ctx.lex.civilian_re)
              for m in [rx.search(s, q.end, item.end() + 25)] if m]
    if not people:
        return True
    # (nor one of the nouns before it: "the two fuel tanker drivers", though not across a preposition
    # or a conjunction: "30 tons of fuel for families")
    between = s[item.end():min(people)]
    return min(people) > item.end() + 1 and not (
        re.fullmatch(r"\s+(?:[^\W\d_]+\s+){0,2}", between)
        and not any(rx.fullmatch(w) for w in between.split()
                    for rx in (ctx.lex.from_word_re, ctx.lex.genitive_word_re, ctx.lex.conjunction_re)))


def _fell_there(ctx: Ctx, q, a) -> bool:
    """A state named as the place right after soldiers counted ("52 uomini in Afghanistan"), or
    after a count whose noun is left out ("killed three PKK militants and wounded two in Iraq's
    Duhok province"): where they fell, not whose they are."""
    # (people "from" a state hail from it: "40 soldiers from Chad near Nyala")
    if a.kind != "state" or not _at_place(ctx, a.start) or _hails_from(ctx, q, a):
        return False
    nouns = [(m.start(), rx is ctx.lex.military_re) for rx in (ctx.lex.military_re, ctx.lex.civilian_re)
             for m in rx.finditer(ctx.text, q.end, a.start)]
    if nouns:
        return max(nouns)[1]
    # (a count with no noun and no count before it in its sentence is of the people of the place:
    # "the attack killed 1,400 in Israel")
    return any(o.end <= q.start and not o.weak for o in ctx.quantities) and (
        not ctx.text[q.end:a.start].strip(" ,").split()[:-1]
        or bool(ctx.lex.place_link_re.fullmatch(ctx.text, q.end, a.start)))


def _opening_place(ctx: Ctx, a) -> bool:
    """A state the sentence opens on as its place, before its speaker: "In Israel, the ambulance
    service confirmed 28 fatalities" (where the dead are, though the saying's zone holds it)."""
    return a.kind in ("state", "capital") and _at_place(ctx, a.start) \
        and bool(OPENING_PLACE.fullmatch(ctx.text, 0, a.start)) and ctx.text[a.end:a.end + 1] == ","


OPENING_PLACE = re.compile(r"\W*[^\W\d_]+(?:['’]|\s+(?:[^\W\d_]+\s+)?)")


def _at_place(ctx: Ctx, start: int) -> bool:
    """Whether the name at `start` follows a preposition of place ("a Mogadiscio", "in Sanaa"), or
    ends a longer place's name that does ("nella Striscia di Gaza")."""
    prep = _place_prep_re_for(ctx.lex.pack.code)
    if prep.search(ctx.text[max(0, start - 20):start]):
        return True
    return any(p.start < start < p.end and prep.search(ctx.text[max(0, p.start - 20):p.start]) for p in ctx.places)


@cache
def _place_prep_re_for(code: str) -> re.Pattern:
    pack = lang.load(code)
    # "a raid on Kyiv", "un attacco su Kharkiv": the place struck
    words = [*pack.section("places").get("prepositions", []), *pack.section("casualties").get("target_prepositions", [])]
    return re.compile(rf"(?<![\w'’])(?:{alternation(words)})\s*$", re.IGNORECASE)


SENTENCE_END = re.compile(r"[.!?]\s+")
ASIDE_MARK = re.compile(r",|\s[-–—]\s")  # what opens or closes an aside: a comma, a spaced dash
NAME_BRACKET = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s+\($")


def _is_age(ctx: Ctx, q) -> bool:
    aud = audit.auditor(ctx.lex.pack.code)
    # (the words before the figure itself: "children under 10" reads "under" as the count's qualifier)
    return bool(aud.age_before.search(ctx.text[max(0, q.start - 40):q.start])
                or aud.age_before.search(ctx.text[max(0, q.num_start - 40):q.num_start])
                or aud.age_after.match(ctx.text[q.end:q.end + 60])
                # a lone number in brackets after a name: "Ahmed Saqr (15)"
                or (NAME_BRACKET.search(ctx.text, max(0, q.start - 40), q.start) and ctx.text[q.end:q.end + 1] == ")"))


def _a_year(ctx: Ctx, q, trigger_spans) -> bool:
    """'disarmed under the 2016 peace agreement': a year's figure written bare is a year, unless
    people or a casualty word follow it ("2000 soldati", "1900 morti")."""
    if not audit.YEAR.fullmatch(ctx.text[q.num_start:q.end]):
        return False
    first = _word_after(ctx, q)
    return not (_counts_people(ctx, q) or any(a == first for a, _ in trigger_spans))


def _word_after(ctx: Ctx, q) -> int:
    """Where the word after a number starts (past the spaces after it)."""
    return q.end + len(ctx.text[q.end:q.end + 5]) - len(ctx.text[q.end:q.end + 5].lstrip())


def _opens_aside(rx: re.Pattern, part: str) -> bool:
    return bool(rx.search(" ".join(part.split()[:3]) + " "))


def _captives_counted(ctx: Ctx, triggers: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Without the captives' noun that a verb of another casualty counts: in "killed 12 hostages",
    "uccisi 4 prigionieri", "20 hostages were reportedly killed", "27 ostaggi sarebbero stati
    uccisi" the hostages are the people killed, not a capture."""
    s, nouns = ctx.text, audit.captive_nouns_re(ctx.lex.pack.code)
    out = []
    for i, t in enumerate(triggers):
        # "arrested and executed", "rapiti e poi uccisi": the fate the last verb tells is theirs
        if t[0] == "captured" and i + 1 < len(triggers) and triggers[i + 1][0] == "killed" \
                and _then_re(ctx.lex.pack.code).fullmatch(s[t[2]:triggers[i + 1][1]]):
            continue
        # (a partitive may stand between: "una decina di ostaggi")
        q = next((q for q in ctx.quantities if q.end <= t[1] and ctx.lex.after_filler_re.match(s[q.end:t[1]])), None)
        if q and nouns.fullmatch(s[t[1]:t[2]]) and any(
                u[0] != t[0] and ((u[2] <= q.start and ctx.lex.after_filler_re.match(s[u[2]:q.start]))
                                  or _predicate_of(ctx, t[2], u[1])) for u in triggers):
            continue
        out.append(t)
    return out


def _predicate_of(ctx: Ctx, end: int, verb: int) -> bool:
    """Whether the casualty word at `verb` is the predicate of the noun phrase ending at `end`:
    only auxiliaries and adverbs stand between ("hostages were reportedly killed", "ostaggi
    sarebbero stati uccisi"; not "took seven prisoners while losing nine")."""
    # (a relative pronoun may open the predicate: "83 ostaggi che hanno perso la vita", "hostages who died")
    gap = ctx.text[end:verb]
    if rel := _relative_opening(ctx.lex.pack.code).match(gap):
        gap = gap[rel.end():]
    return 0 <= verb - end <= 40 and bool(ctx.lex.passive_link_re.fullmatch(gap))


@cache
def _relative_after_people(code: str) -> re.Pattern:
    """A count's noun (a word or two) and a relative pronoun: "One civilian who", "due abitanti che"."""
    relatives = alternation(lang.load(code).get("relative_pronouns", [])) or "(?!x)x"
    return re.compile(rf"(?:\s+[^\W\d_][\w'’-]*){{1,2}},?\s+(?:{relatives})(?=\s)", re.IGNORECASE)


@cache
def _relative_opening(code: str) -> re.Pattern:
    relatives = alternation(lang.load(code).get("relative_pronouns", [])) or "(?!x)x"
    return re.compile(rf"\s*,?\s*(?:{relatives})(?=\s)", re.IGNORECASE)


@cache
def _then_re(code: str) -> re.Pattern:
    """What joins two verbs of one fate: "and", "e poi", "and later"."""
    pack = lang.load(code)
    then = alternation(pack.section("casualties").get("then_words", [])) or "(?!x)x"
    return re.compile(rf"\s*(?:{alternation(pack.get('conjunctions', []))})(?:\s+(?:{then}))?\s+", re.IGNORECASE)


def _is_subset(ctx: Ctx, q) -> bool:
    # (within its own sentence: a quote may hold two, "... were killed. Five villagers, ...")
    begin = max([m.end() for m in SENTENCE_END.finditer(ctx.text, 0, q.start)], default=0)
    left = ctx.text[max(begin, q.start - 40):q.start]
    segment = left.split(",")[-1] if "," in left else left
    rx = _subset_re(ctx.lex.pack)
    # "53 persone, tra cui 14 bambini e 15 donne, ...": every count of the aside is part of the
    # first, and so is every item of its list: "47 persone, tra cui 30 civili, 14 soldati e 3
    # ausiliari, ..."
    opening = ctx.text[max(begin, q.start - 120):q.start].split(",")[1:]
    if audit.auditor(ctx.lex.pack.code).among_whole.search(left):
        return False  # "Three journalists were among the 20 people killed": the 20 are the whole
    # (or words after it say it is a part: "six were injured, two critically", "due in modo grave")
    return bool(rx.search(segment)) or any(_opens_aside(rx, part) for part in opening[-3:]) \
        or audit.in_breakdown(ctx, q.start, q.end) \
        or bool(audit.auditor(ctx.lex.pack.code).subset_after.match(ctx.text[q.end:q.end + 40]))


def _whole_before(ctx: Ctx, q, qs: list) -> bool:
    """Whether a count stands right before the subset word that opens `q`, in the same clause:
    the whole `q` is part of ("nine people including three women")."""
    rx, s = _subset_re(ctx.lex.pack), ctx.text
    return any(o.end <= q.start and q.start - o.end <= 40 and not re.search(r"[,;:.()]", s[o.end:q.start])
               and rx.search(s, o.end, q.start) for o in qs if o is not q)


def _partitives(ctx: Ctx, qs: list) -> dict[int, int]:
    """'four of the 46 people', 'quattro dei 46 feriti', 'Of the 30 passengers, twelve were
    killed': the index of each part among `qs` to its whole's. The whole counts a group (its own
    casualty word, if any, right after it), the part what the sentence's casualty word befell."""
    s, lex, out = ctx.text, ctx.lex, {}
    for i in range(len(qs) - 1):
        if lex.partitive_re.fullmatch(s, qs[i].end, qs[i + 1].start):
            out[i] = i + 1
        elif audit.part_pronoun_after(ctx, qs[i].end, qs[i + 1]):
            out[i + 1] = i  # "there were four gunmen and two of them were killed": the four are the whole
    for j, whole in enumerate(qs):
        if j in out.values() or not lex.partitive_open_re.fullmatch(s, ctx.clause_start(whole.start), whole.start):
            continue
        # its part: the next count past the clause the whole opens
        part = next((i for i in range(j + 1, len(qs)) if ctx.clause_start(qs[i].start) > whole.end), None)
        if part is not None and part not in out and qs[part].start - whole.end < 100:
            out[part] = j
    return out


def _long_subject(ctx: Ctx, q, between: str, qs) -> bool:
    """Whether a count far before its casualty word is still its subject: it opens the sentence
    with its people's noun, and a long place between ends on a comma right before the verb ("No
    fewer than five villagers in Barkin Ladi local government area of Plateau state, northern
    Nigeria, have been killed")."""
    s = ctx.text
    if len(between) > 200 or s[:q.start].strip(" \"“'‘«-–—") or _first_people_match(ctx, q.end) is None:
        return False
    tail = between.rsplit(",", 1)
    # (an article is no other count: "detenuti in un centro di detenzione di Tajoura")
    return len(tail) == 2 and len(tail[1]) < 25 and not any(q.end < r.start < q.end + len(between) and not r.weak
                                                            for r in qs) \
        and not re.search(r"[\d;:()]", between)


def _whole_may_pair(ctx: Ctx, whole, part, trigger_start: int, trigger_spans) -> bool:
    """Whether the whole of a part may be the count of the casualty word at `trigger_start`: its
    own noun ("quattro dei 46 feriti"), or, when the whole opens the sentence, a word of its own
    clause ("Of 558 people who have died in the strikes, 50 are children": the part is a subset)."""
    s = ctx.text
    if _own_noun(s, whole.end, trigger_start, trigger_spans):
        return True
    return part.start > whole.end and whole.end <= trigger_start < part.start \
        and ctx.clause_start(trigger_start) <= whole.start


def _civilians_near(ctx: Ctx, q, pos: int) -> bool:
    """Whether civilians are named near a count that names no people (within 60 characters of it
    or of its casualty word) as no other count's people: "left around 20 dead, men, women and
    children"; not "has claimed more than 6,000 lives and forced a million people to flee"."""
    s = ctx.text
    lo, hi = max(0, min(q.start, pos) - 60), max(q.end, pos) + 60
    # (not the speaker's own: "Medics reported 14 wounded")
    # ("people" names no kind: "the number of people killed was about 600,000")
    # (nor a part's: "63 Palestinians, mostly civilians", "including women and children")
    return any(not _counted_apart(ctx, q, m.start(), weak=True) and not ctx.in_speaker_zone(m.start(), m.end())
               and not _generic(ctx, m.group(0)) and not _a_part(ctx, q, m.start())
               for m in ctx.lex.civilian_re.finditer(s, lo, hi))


def _a_part(ctx: Ctx, q, start: int) -> bool:
    """Whether the people named at `start`, after a count, are said to be a part of it ("mostly",
    "including", "in gran parte", "tra cui"), not all of it ("all of them")."""
    if start < q.end:
        return False
    between = ctx.text[q.end:start]
    code = ctx.lex.pack.code
    return bool(_casualty_words_re(code, "partial_words").search(between) or _subset_words_re_for(code).search(between)) \
        and not _casualty_words_re(code, "whole_part_words").search(between)


@cache
def _somewhere_re(code: str) -> re.Pattern:
    """A count's noun (a few words), then where they are: "migliaia di persone alla stazione"."""
    preps = alternation(lang.load(code).section("casualties").get("crowd_places", []))
    return re.compile(rf"\s+(?:[^\W\d_]+['’]?\s*){{1,3}}?(?:{preps})(?:\s|(?<=['’]))", re.IGNORECASE)


@cache
def _clause_stop_re(code: str) -> re.Pattern:
    """Where a clause may end: punctuation, or a word that joins clauses ("and", "but", "e", "ma")."""
    joins = alternation(lang.load(code).section("casualties").get("clause_joins", [])) or "(?!x)x"
    return re.compile(rf"[;,.]|\s(?:{joins})\s")


def _crowd(ctx: Ctx, aud, q, trigger_spans) -> bool:
    """Whether a count is of people said to be somewhere ("c'erano migliaia di persone alla
    stazione", "there were 50 people at the wedding"), with no casualty word before the next
    clause: a crowd, whatever befell some of them after "and"."""
    s = ctx.text
    if not aud.existential_before.search(s, max(0, q.start - 30), q.start) \
            or not _somewhere_re(ctx.lex.pack.code).match(s, q.end):
        return False
    # (its clause ends at a conjunction, but for one joining more people: "due bambini e 11 madri")
    end = len(s)
    for stop in _clause_stop_re(ctx.lex.pack.code).finditer(s, q.end):
        at = stop.end()
        more = next((o for o in ctx.quantities if o.start == at), None)
        people = _first_people_match(ctx, more.end) if more else _first_people_match(ctx, at - 1)
        if stop.group(0).strip() in ";,." or people is None:
            end = stop.start()
            break
    # (a casualty word before it in its clause says who they are: "Tra i feriti ci sono due thailandesi")
    return not any(ctx.clause_start(q.start) <= a < end for a, _ in trigger_spans)


def _article(ctx: Ctx, q) -> bool:
    """Whether a weak count is an article ("a child", "un bambino"), not a number word."""
    return q.weak and lang.fold(ctx.text[q.num_start:q.end]) in ctx.lex.pack["articles"]


def _own_noun(s: str, end: int, trigger_start: int, trigger_spans) -> bool:
    """Whether the casualty word at `trigger_start` is a count's own noun, or of the words that
    describe it: at most one word between each ('46 feriti', '75 victims', '46 injured people',
    '40 feriti ricoverati')."""
    for a, b in sorted(trigger_spans):
        if a < end:
            continue
        if not re.fullmatch(r"\s*(?:[^\W\d_]+\s+)?", s[end:a]) or a > trigger_start:
            break
        if a == trigger_start:
            return True
        end = b
    return False


# between "among the dead" and its count: nothing but "also" and a copula ("were", "ci sono")
AMONG_LINK = re.compile(r"\s*(?:(?:anche|also|pure|ci|c'|c’)\s*)?")


def _subject_of_attack(ctx: Ctx, end: int) -> bool:
    """Whether the people's noun ending at `end` is the subject of a verb of killing or attacking
    right after it ("Gunmen killed", "i miliziani hanno ucciso"), not an object joined to a next
    verb ("abducted 20 villagers and killed 3 others")."""
    m = ctx.lex.kill_after_re.match(ctx.text, end) or ctx.lex.attack_after_re.match(ctx.text, end)
    return m is not None and not ctx.lex.conjunction_re.search(ctx.text, end, m.end()) and "," not in ctx.text[end:m.end()]


def _people_at(ctx: Ctx, text: str, pos: int = 0) -> str | None:
    """The kind of people the words at `pos` name: civilian, military, unknown ("people" names no
    kind: "60 injured people"), or None."""
    if m := ctx.lex.civilian_re.match(text, pos):
        return "unknown" if _generic(ctx, m.group(0)) else "civilian"
    return "military" if ctx.lex.military_re.match(text, pos) else None


def _first_people(ctx: Ctx, text: str, start: int = 0, end: int | None = None) -> str | None:
    """The kind of the first people's noun in text[start:end]: civilian, military, or None."""
    end = len(text) if end is None else end
    found = [(m.start(), kind) for kind, rx in (("civilian", ctx.lex.civilian_re), ("military", ctx.lex.military_re))
             if (m := rx.search(text, start, end))]
    return min(found)[1] if found else None


def _mixed(ctx: Ctx, personnel: str, aside: str) -> bool:
    """Whether an aside names the other kind of people than `personnel` ("men" beside women are
    no soldiers)."""
    if personnel == "civilian":
        return any(not ctx.lex.ambiguous_military_re.match(aside, m.start()) for m in ctx.lex.military_re.finditer(aside))
    return bool(ctx.lex.civilian_re.search(aside))


def _without_asides(ctx: Ctx, text: str) -> str:
    """The text between a count and its verb without the asides that count part of it: 'Quattordici
    persone, tra cui quattro bambini, sono rimaste ferite'; an aside's list runs on to the verb's
    part: 'Almeno 47 persone, tra cui trenta civili, quattordici soldati e tre ausiliari, sono
    state uccise'; an aside in brackets or dashes: 'diciotto persone (tredici militari e cinque
    civili) sono state uccise'."""
    text = BRACKETED.sub(" ", text)
    rx = _subset_re(ctx.lex.pack)
    parts = text.split(",")
    if len(parts) <= 2:
        return text
    kept, aside = [parts[0]], False
    for part in parts[1:-1]:
        aside = aside or _opens_aside(rx, part)
        # an apposition ("30 members of the Security Belt forces, a militia tied to the UAE, were
        # killed") is no distance either
        if not aside and not _apposition(ctx, part):
            kept.append(part)
    return ",".join([*kept, parts[-1]])


def _apposition(ctx: Ctx, part: str) -> bool:
    """Whether a comma-set part opens on an article and holds no number: an apposition, 'a militia
    with ...', 'the UN mission in the Central African Republic' (a number would make it a list's
    next count: 'two soldiers, the 3 drivers')."""
    words = part.split()
    return bool(words) and (lang.fold(words[0]) in ctx.lex.indefinite_articles
                            or lang.fold(words[0]) in ctx.lex.definite_articles and not re.search(r"\d", part))


def extract(ctx: Ctx) -> list[dict]:
    lex, s = ctx.lex, ctx.text
    if not ctx.quantities:
        return []  # a casualty row needs a number (codebook 3)
    # the longest casualty words win, whatever their type: "hanno perso la vita" (killed) over
    # "perso" (killed or wounded); then the words the lists do not spell out, by lemma
    found = [(ctype, m.start(), m.end()) for ctype, rx in lex.casualty for m in rx.finditer(s)]
    triggers = []
    for t in sorted(found, key=lambda t: (t[1] - t[2], t[1])):
        if all(t[2] <= u[1] or t[1] >= u[2] for u in triggers):
            triggers.append(t)
    keys = lex.casualty_lemma_keys
    for m in WORD.finditer(s) if lex.casualty_lemma_gate(s) else ():
        if m.group(0)[:3].lower() not in keys:
            continue
        ctype = lex.casualty_lemmas.get(lang.lemma(m.group(0), lex.pack.code))
        if ctype and _phrasal_re(lex.pack.code).match(s, m.end()):
            continue  # "gunfire had died down"
        if ctype and all(m.end() <= t[1] or m.start() >= t[2] for t in triggers):
            triggers.append((ctype, m.start(), m.end()))
    for m in lex.casualty_totals.finditer(s) if triggers else ():
        before = [t for t in triggers if t[2] <= m.start()]
        if before and all(m.end() <= t[1] or m.start() >= t[2] for t in triggers):
            triggers.append((max(before, key=lambda t: t[2])[0], m.start(), m.end()))
    triggers.sort(key=lambda t: t[1])
    triggers = _captives_counted(ctx, triggers)
    # a casualty word inside a phrase that counts no casualty: "a prisoner exchange"
    if triggers and (phrases := [m.span() for m in lex.no_casualty_re.finditer(s)]):
        triggers = [t for t in triggers if not any(a <= t[1] < b for a, b in phrases)]
    # a recording that "captured" people, its clause's subject, takes no one captive: "surveillance
    # footage released by broadcasters captured a person making a payment"
    if triggers and (recording := _recording_re(lex.pack.code)).search(s):
        triggers = [t for t in triggers if t[0] != "captured"
                    or not (rec := recording.search(s, ctx.clause_start(t[1]), t[1]))
                    or any(rec.end() <= q.start < t[1] for q in ctx.quantities)]  # "a video of two captured soldiers"
    # the dead of an earthquake or an epidemic are no conflict's: "il terremoto ha causato 1.200 morti"
    if triggers and lex.disaster_re.search(s):
        triggers = [t for t in triggers if not lex.disaster_re.search(s, ctx.clause_start(t[1]), ctx.clause_end(t[2]))]
    # hostages said to be rescued or freed are no casualties: "1,700 hostages were rescued, including the last 20"
    if triggers:
        survivors = audit.auditor(ctx.lex.pack.code).escaped_after
        triggers = [t for t in triggers if not survivors.match(s[t[2]:t[2] + 80])]
    if not triggers:
        return []  # no casualty word: most sentences
    # a number above COUNT_MAX counts no people (validation/columns.toml): it gives no row;
    # nor does an age ("un ragazzo di 14 anni"), a measure or a count of things ("the death toll
    # from two days of strikes", "le vittime di 16 autobombe"), a replaced figure ("rose from 30
    # to 60"), an identifier or a time (the audit's words), money, the displaced, a population
    aud = audit.auditor(ctx.lex.pack.code)
    trigger_spans = [(t[1], t[2]) for t in triggers]
    qs = [q for q in ctx.numbers_free() if not q.percent and q.at_most(COUNT_MAX) and not _is_age(ctx, q)
          and not aud.counts_nothing(ctx, q) and not aud.counts_no_casualty(ctx, q) and not _a_year(ctx, q, trigger_spans)
          and not _counts_items(ctx, q, trigger_spans) and not aud.counts_attackers(ctx, q)
          and not aud.counts_survivors(ctx, q) and not _speakers(ctx, q)
          and not _freed(ctx, q, trigger_spans) and not audit.in_ratio(ctx, q)
          and not _displaced_in_own_clause(ctx, q, trigger_spans) and not _crowd(ctx, aud, q, trigger_spans)
          and not aud.gathered(ctx, q.end)]
    wholes = _partitives(ctx, qs)
    # a count's place in an aside is its own, whatever the casualty word: read once per count
    subsets = [_is_subset(ctx, q) for q in qs]
    in_brackets = [ctx.in_bracketed_aside(q.start) for q in qs]
    cands = []
    for ti, (_, ts, te) in enumerate(triggers):
        if ctx.under_rate(ts, te):  # "about a dozen of the injured are dying every day": no toll
            continue
        for qi, q in enumerate(qs):
            # the whole of a part counts a group: only its own casualty word tells what befell it
            if qi in wholes.values() and not any(_whole_may_pair(ctx, q, qs[p], ts, trigger_spans)
                                                 for p, w in wholes.items() if w == qi):
                continue
            whole = qs[wholes[qi]] if qi in wholes else None
            if whole and _own_noun(s, whole.end, ts, trigger_spans):
                continue  # the whole's own casualty word: "quattro dei 46 feriti"
            # "un soldato", "One killed": a weak number counts people or stands right before the casualty
            # word, unless a toll's noun follows it: "a death toll of nine" is no one death
            if q.weak and not _counts_people(ctx, q) and not (q.end <= ts and re.fullmatch(r"\s*", s[q.end:ts])
                                                              and not ctx.lex.toll_noun_re.match(s, te)):
                continue
            # a number in an aside counting part of a figure ("Quattordici persone, tra cui quattro
            # bambini, sono rimaste ferite") yields to the figure; "di cui 600 morti" keeps its noun
            # (with no commas too, when the whole is counted right before: "nine people including three
            # women have been killed")
            demote = 4 if (subsets[qi] and (ASIDE_MARK.search(s, min(q.end, te), max(q.start, ts))
                                            or _whole_before(ctx, q, qs))) or in_brackets[qi] else 0
            if demote and q.end <= ts and ASIDE_MARK.search(s, q.end, ts) and subsets[qi]:
                # "5 morti e 22 feriti, di cui due in gravi condizioni, il bilancio", or between dashes
                # ("- 17 dei quali in condizioni gravi - il bilancio"): the aside's own
                continue
            if q.end <= ts:
                # a part's casualty word comes after its whole's noun phrase: "Four of 46 persons rushed
                # to the medical center in Marawi are confirmed to have died"
                between = s[whole.end if whole and q.end <= whole.end <= ts else q.end:ts]
                # a casualty word between is another count's, but for the whole's own: "quattro dei
                # 46 feriti sono morti"
                if any(a > q.end and b <= ts and not (whole and _own_noun(s, whole.end, a, trigger_spans))
                       for a, b in trigger_spans):
                    continue
                if ctx.lex.escape_re.search(between):
                    continue  # "five children managed to escape, but others are missing"
                between = _without_asides(ctx, between)  # an aside, however long, is no distance
                # (a semicolon closes the count's clause: "I morti potrebbero essere più di 130; molte
                # altre persone sono state ferite")
                if (len(between) > 90 and not _long_subject(ctx, q, between, qs)) or ";" in between:
                    continue
                strong = len(between) < 60 and not re.search(r"[;]|\s(?:e|and|ed)\s", between)
                # right before its casualty word, a count is that word's, whatever a toll's verb
                # binds after it: "among the eleven wounded are two children"
                rank = 0 if not between.strip() else 1 if strong else 2
                # "captured two wounded soldiers": a casualty word between the count and its people's
                # noun qualifies them; the verb right before the count says what befell them
                if rank == 0 and _qualifies_people(ctx, te) and _verb_right_before(s, q, trigger_spans, te):
                    rank = 1
                # (its own people's noun alone between binds as tight: "le 20 persone uccise sono 12
                # bambini" counts the 20, the 12 a part of them)
                if rank == 1 and (own := _first_people_match(ctx, q.end)) is not None and own.end() <= ts \
                        and not s[own.end():ts].strip():
                    rank = 0
                cands.append((rank + demote, len(between), ti, qi))
            elif q.start >= te:
                between = s[te:q.start]
                if any(a >= te and b <= q.start for a, b in trigger_spans):
                    continue
                if _agent_re(ctx.lex.pack.code).search(between) and len(between) < 40:
                    continue  # "Sono stati uccisi da un soldato", "killed by two gunmen": the killers
                if ctx.lex.projection_re.search(_without_dates(ctx, te, between)):
                    continue  # "the death toll may rise to 200": foretold, no fact (codebook 7); "in May" is a date
                # "Tra le vittime anche tre bambini", "Among the dead were two children": the count
                # after "among" and its casualty word is of that word, whatever follows
                # (a period between is no distance: "Among those killed from April to June were 13 ...")
                if ctx.lex.among_any_re.search(s, max(0, ts - 15), ts) and AMONG_LINK.fullmatch(
                        ctx.lex.copula_re.sub(" ", _without_dates(ctx, te, between), count=1)):
                    cands.append((0 + demote, len(between), ti, qi))
                    continue
                # "The death toll from two days of strikes in Lebanon has reached 558": a toll's
                # verb right before the number binds it to the casualty word however far
                # (an article is no toll: "One of the 12 people killed was a child")
                if len(between) <= 200 and ";" not in between and not _article(ctx, q) \
                        and (ctx.lex.toll_verb_re.search(between.rstrip("(["))
                             or ctx.lex.toll_verb_re.search(s[te:q.num_start].rstrip("(["))):  # "rose to (31)"
                    cands.append((1 + demote, 0, ti, qi))
                    continue
                if len(between) > 60:
                    continue
                # "One killed, ten injured": a number right before the next casualty word is its count
                # (but not when that word is a verb with its own count after it: "kills 5, injures 11")
                if any(a >= q.end and ctx.lex.after_filler_re.match(s[q.end:a])
                       and not any(r.start >= b and re.fullmatch(r"\s+(?:[^\W\d_]+\s+){0,2}", s[b:r.start])
                                   and not ctx.lex.coordination_re.search(s[b:r.start]) for r in qs)
                       # (nor when the word qualifies the count's people: "captured two wounded soldiers")
                       and not _qualifies_people(ctx, b)
                       for a, b in trigger_spans):
                    continue
                # "captured one North Korean soldier, but he died": the object right after the verb
                # binds tighter than a number before a later verb
                # across a comma it binds less than a number right before a casualty word: "Iraq: 18
                # killed, 36 others injured"
                strong = bool(ctx.lex.after_filler_re.match(between))
                rank = (2 if "," in between else 0) if strong else 3
                cands.append((rank + demote, len(between), ti, qi))
    cands.sort()
    used_t, used_q, pairs = set(), set(), []
    for _, _, ti, qi in cands:
        if ti in used_t or qi in used_q or ctx.is_non_factual(*triggers[ti][1:]):
            continue
        used_t.add(ti)
        used_q.add(qi)
        pairs.append((ti, qi))
    for ti, qi in list(pairs):
        # a whole and its part are no list of counts: "Dei 30 passeggeri, dodici ..."
        for qj in _coordinated(ctx, qs, qi, triggers[ti], used_q | set(wholes.values()), trigger_spans):
            if subsets[qj] and not subsets[qi]:
                continue  # a part after its whole is no next count of a list: "sei feriti, due in modo grave"
            used_q.add(qj)
            pairs.append((ti, qj))
        for qj in _more_elsewhere(ctx, qs, qi, triggers[ti], used_q, trigger_spans):
            used_q.add(qj)
            pairs.append((ti, qj))
    rows: list[dict] = []
    for ti, qi in sorted(pairs, key=lambda p: qs[p[1]].start):  # in reading order, for inheritance
        ctype, ts, te = triggers[ti]
        row = _row(ctx, ctype, ts, qs[qi], [r for r in rows if r["party"] is not None], trigger_spans,
                   qs[wholes[qi]] if qi in wholes else None)
        row["_q"] = qs[qi]
        # "Three resistance fighters had been killed and eight injured": a count with no noun of its
        # own right after a group's count of no named group counts the same fighters
        if rows and rows[-1]["_group_only"] and _first_people_match(ctx, qs[qi].end) is None and not row["_group_only"] \
                and not re.search(r"[;.]", ctx.text[rows[-1]["_q"].end:qs[qi].start]) \
                and not ctx.lex.contrast_re.search(ctx.text, rows[-1]["_q"].end, qs[qi].start) \
                and not any(rows[-1]["_q"].end <= a.start < qs[qi].start for a in ctx.actors) \
                and not any(qs[qi].end <= a.start < qs[qi].end + 60 and "," not in ctx.text[qs[qi].end:a.start]
                            for a in ctx.actors):  # (nor one that names its own side: "24 tra le fila delle Fds")
            row["party"], row["personnel"], row["_group_only"] = rows[-1]["party"], rows[-1]["personnel"], True
        rows.append(row)
    for ti, qi in _later_fates(ctx, triggers, pairs, used_t, qs):
        # "captured one soldier, but he died of his wounds": the one counted, his later fate a row of its own
        first = next(r for r in rows if r["_q"] is qs[qi])
        row = _row(ctx, triggers[ti][0], triggers[ti][1], qs[qi], [first], trigger_spans, None)
        row.update(_q=qs[qi], party=first["party"], personnel=first["personnel"])
        rows.append(row)
    _share_party(ctx, rows)
    _subsets_of_another_party(ctx, rows, qs, [sub or i in wholes for i, sub in enumerate(subsets)], used_q, trigger_spans)
    _rival_figures(ctx, rows, qs, used_q)
    rows += _changed_to(ctx, rows, qs, used_q, trigger_spans)
    for row in rows:
        q = row.pop("_q")
        row["_span"] = (q.num_start, q.end)  # the number it was read from, for the numbers table
        row.pop("_noun", None)
        row.pop("_group_only", None)
        row.pop("_civilians", None)
    # whose people is not said anywhere: no row rather than a guess
    return [r for r in rows if r["party"] is not None]


def _changed_to(ctx: Ctx, rows: list[dict], qs: list, used_q: set, trigger_spans) -> list[dict]:
    """'raised the toll from at least 30 dead to more than 60', 'da 120 feriti a 140': the figure a
    change reaches, its casualty word told with the figure it replaces, is a row of that word too
    (the earlier figure keeps its own row: each claim is one, codebook 7)."""
    s, nums, out = ctx.text, numbers.reader(ctx.lex.pack.code), []
    for row in list(rows):
        q = row["_q"]
        word = next((b for a, b in trigger_spans if a > q.end and re.fullmatch(r"\s+", s[q.end:a])), None)
        # ("from N dead to M" is a change with no verb of change: "and from 120 wounded to 140")
        if word is None or not nums.between_re.search(s, max(0, q.start - 30), q.start) \
                or not (to := nums.change_to_re.match(s, word)):
            continue
        later = next((i for i, o in enumerate(qs) if o.start >= to.end() and not s[to.end():o.start].strip()
                      and i not in used_q and not o.percent), None)
        if later is None:
            continue
        used_q.add(later)
        low, best, high = qs[later].bounds()
        out.append({**row, "_pos": qs[later].start, "_q": qs[later], "count_low": low, "count_best": best,
                    "count_high": high, "count_qualifier": qs[later].qualifier})
    return out


def _later_fates(ctx: Ctx, triggers, pairs, used_t: set, qs) -> list[tuple[int, int]]:
    """A death told of one person already counted, in a clause of its own with no count: "captured
    one North Korean soldier, but he died of his wounds", "ma è poi morto per le ferite". The
    pronoun (or, in Italian, no subject) stands for the one; a fate of several would need its count."""
    out, s = [], ctx.text
    opening = _fate_opening_re(ctx.lex.pack.code)
    for ti, (ctype, ts, te) in enumerate(triggers):
        if ti in used_t or ctype != "killed" or ctx.is_non_factual(ts, te):
            continue
        if not opening.search(s, ctx.clause_start(ts), ts):
            continue
        earlier = [(tj, qi) for tj, qi in pairs if qs[qi].end <= ts and triggers[tj][0] != "killed"
                   and qs[qi].qualifier == "exact" and qs[qi].value == 1]
        if earlier:
            out.append((ti, max(earlier, key=lambda p: qs[p[1]].end)[1]))
    return out


@cache
def _fate_opening_re(code: str) -> re.Pattern:
    """What opens a clause telling the later fate of one just counted: "but he", "ma", "and she"."""
    c = lang.load(code).section("casualties")
    links = alternation(c.get("fate_links", [])) or "(?!x)x"
    pronouns = alternation(c.get("fate_pronouns", [])) or "(?!x)x"
    lex = context.lexicon(code)
    return re.compile(rf"(?<![\w])(?:{links})\s+(?:(?:{pronouns})\s+)?(?:{lex.passive_link_re.pattern})$", re.IGNORECASE)


@cache
def _apposition_of_re(code: str) -> re.Pattern:
    """An aside opening on whose a count's people are: ", sempre del", ", also from"."""
    pack = lang.load(code)
    words = alternation(expand_all(pack.section("casualties").get("apposition_of", []))) or "(?!x)x"
    return re.compile(rf",\s*(?:{words})(?:(?<=')|\s+)(?:(?:{alternation(pack['articles'])})\s+)?", re.IGNORECASE)


def _irregular_told_before(ctx: Ctx, q, pos: int) -> bool:
    """Whether militants are named right before the casualty word at `pos`, the count after it:
    "the number of terrorists killed is about 10,000"."""
    return pos < q.start and bool(ctx.lex.irregular_re.search(ctx.text, max(ctx.clause_start(pos), pos - 40), pos))


def _rival_figures(ctx: Ctx, rows: list[dict], qs: list, used: set) -> None:
    """A figure another source gives for the count just told, with no casualty word of its own, is
    the same fact by that source (a row of its own, codebook 3): "Local officials said 40 people
    were killed, while the army put the number at 25"; "secondo Kiev i morti sono 14, mentre Mosca
    parla di 3". Its party, personnel and type are the told count's; its attribution its own."""
    s = ctx.text
    for j, q in enumerate(qs):
        if j in used or q.weak or not ctx.lex.rival_before_re.search(s, max(0, q.start - 60), q.start):
            continue
        told = max((r for r in rows if r["_q"].end <= q.start), key=lambda r: r["_q"].end, default=None)
        if told is None or re.search(r"[.;]", s[told["_q"].end:q.start]) \
                or _first_people_match(ctx, q.end) is not None or not re.match(r"\s*(?:[,;.)]|$)", s[q.end:q.end + 3]):
            continue  # (a count with a noun of its own counts other people: "parla di 3 soldati")
        low, best, high = q.bounds()
        rows.insert(rows.index(told) + 1, {**told, "_pos": q.start, "_q": q, "count_low": low, "count_best": best,
                                           "count_high": high, "count_qualifier": q.qualifier})
        used.add(j)


def _subsets_of_another_party(ctx: Ctx, rows: list[dict], qs: list, subsets: list[bool], used: set,
                              trigger_spans) -> None:
    """A part of a counted figure whose own people are another party's is a row of its own (codebook
    9), right after its whole's: "200 people dead, including two Indian peacekeepers", "25 feriti,
    tra cui tre turisti tedeschi". The whole is the counted figure right before it."""
    aud = audit.auditor(ctx.lex.pack.code)
    for j, part in enumerate(qs):
        # (a weak "one" counts when a people's name follows it: "eight peacekeepers, one Cambodian")
        named = next((a for a in ctx.actors if a.kind == "demonym" and a.start > part.end
                      and not ctx.text[part.end:a.start].strip()), None)
        if j in used or not subsets[j] or (part.weak and named is None) or aud.counts_nothing(ctx, part):
            continue
        # the part's own people, named in its noun phrase
        # (or the armed group it belongs to: "tre uomini di Hezbollah")
        if not any(0 <= a.start - part.end < 25 and (a.kind in ("demonym", "state") or lang.is_armed_group(a.code))
                   for a in ctx.actors):
            continue
        whole = max((r for r in rows if r["_q"].end <= part.start), key=lambda r: r["_q"].end, default=None)
        # (the whole's list of parts may run long: "di cui 12 militari, 15 miliziani ... e tre uomini di Hezbollah")
        if whole is None or part.start - whole["_q"].end >= 160 or re.search(r"[.;]", ctx.text[whole["_q"].end:part.start]):
            continue
        own = _row(ctx, whole["casualty_type"], whole["_pos"], part, [], trigger_spans, None)
        if own["personnel"] == "unknown" and named is not None and _first_people_match(ctx, part.end) is None:
            own["personnel"] = whole["personnel"]  # "one Cambodian", "seven Moroccans": more of the whole's people
        # "17 were Pakistani nationals", "17 erano cittadini pakistani": the part's people named after
        # a copula, the whole's kind of people (militants)
        said = ctx.lex.copula_re.match(ctx.text, part.end)
        who = next((a for a in ctx.actors if said and said.end() <= a.start < said.end() + 25
                    and (a.kind in ("demonym", "state") or lang.is_armed_group(a.code))
                    and not re.search(r"[,;.]", ctx.text[part.end:a.start])), None)
        if who is not None and own["party"] == whole["party"] and who.code != whole["party"]:
            own["party"], own["personnel"] = who.code, whole["personnel"]
        if own["party"] is not None and own["party"] != whole["party"]:
            own["_q"] = part
            used.add(j)
            rows.insert(rows.index(whole) + 1, own)
    _parts_before_whole(ctx, rows, qs, used)


def _parts_before_whole(ctx: Ctx, rows: list[dict], qs: list, used: set) -> None:
    """'28 of the 75 victims were from the KIA', '28 delle 75 vittime erano membri del KIA': a part
    told before its whole, whose people the clause then says are another party's, is a row of that
    party (codebook 9)."""
    s = ctx.text
    for j, part in enumerate(qs):
        whole = next((r for r in rows if r["_q"].start > part.end and PART_OF.fullmatch(s, part.end, r["_q"].start)), None)
        if j in used or whole is None:
            continue
        said = ctx.lex.copula_re.search(s, whole["_q"].end, min(len(s), whole["_q"].end + 40))
        if said is None or re.search(r"[,;.]", s[whole["_q"].end:said.start()]):
            continue
        who = next((a for a in ctx.actors if said.end() <= a.start < said.end() + 25
                    and (a.kind in ("demonym", "state") or lang.is_armed_group(a.code))
                    and not re.search(r"[,;.]", s[said.end():a.start])), None)
        if who is None or who.code == whole["party"]:
            continue
        low, best, high = part.bounds()
        used.add(j)
        rows.insert(rows.index(whole) + 1, {**whole, "_pos": part.start, "_q": part, "party": who.code,
                                            "personnel": "military" if lang.is_armed_group(who.code) else whole["personnel"],
                                            "count_low": low, "count_best": best, "count_high": high,
                                            "count_qualifier": part.qualifier})


def _share_party(ctx: Ctx, rows: list[dict]) -> None:
    """A count whose people the sentence leaves out: 'almeno 100 morti e quasi 1.000 feriti tra le
    truppe di Pyongyang' (the coordinated count's party); failing that, the context of codebook 6 and
    9: the place's country (the sentence's, the paragraph's, the title's), the source's country."""
    s = ctx.text
    unsaid = {i for i, row in enumerate(rows) if row["party"] is None}

    def coordinated(i: int, j: int) -> bool:
        a, b = rows[i]["_q"], rows[j]["_q"]
        gap = s[min(a.end, b.end):max(a.start, b.start)]
        # (and told by one voice: "Il Niger conferma 14 militari morti, mentre il Mali riferisce di 9 civili")
        return len(gap) < 60 and not re.search(r"[;.:]", gap) and bool(_link_re(ctx.lex.pack).search(gap)) \
            and ctx.attribution(a.start) is ctx.attribution(b.start)

    for i, row in enumerate(rows):
        # "Oltre ai 23 soldati morti, altri 17 ...", "and five more": more of the people just counted
        q = row["_q"]
        more = ctx.lex.more_re.search(s[max(0, q.start - 12):q.start]) or (
            ctx.lex.ellipsis_re.match(s, q.end) and i > 0 and rows[i - 1]["casualty_type"] == row["casualty_type"])
        if row["_noun"] is None and i > 0 and rows[i - 1]["_noun"] and more:
            row["personnel"] = row["_noun"] = rows[i - 1]["_noun"]
            if rows[i - 1]["personnel"] == "unknown" and rows[i - 1]["_noun"] == "civilian":
                row["personnel"] = "unknown"  # "Five people were killed and four others wounded": people of no kind
    for i, row in enumerate(rows):
        # "killed at least 12 people and wounded nearly 70": the bare count counts the same people
        if row["party"] is not None and row["_noun"] is None and i > 0 and rows[i - 1]["_noun"] \
                and rows[i - 1]["party"] in (row["party"], None) and coordinated(i - 1, i):
            # (people of no kind stay so: "killed 15 people and injured 30", "18 killed, 36 others injured")
            row["personnel"] = "unknown" if rows[i - 1]["personnel"] == "unknown" else rows[i - 1]["_noun"]
    for i, row in enumerate(rows):
        if row["party"] is not None or row["_group_only"]:
            continue
        place = ctx.place_near(row["_pos"])
        for j in (i + 1, i - 1):
            if row["personnel"] == "civilian" and 0 <= j < len(rows) and rows[j]["personnel"] == "military" \
                    and (place is None or place.country != rows[j]["party"]):
                continue  # "two Indian peacekeepers and about 20 civilians" in Bentiu: the place's people
            if 0 <= j < len(rows) and j not in unsaid and coordinated(i, j):
                row["party"] = rows[j]["party"]
                row["personnel"] = row["_noun"] or rows[j]["personnel"]
                break
        if row["party"] is not None:
            continue
        # the sentence's own place, when no other people is named in it ("Israeli", "Russia's war"):
        # foreign troops die on others' ground, and a carried place is too far to tell
        place = ctx.place_near(row["_pos"])
        party = place.country if place else None
        # soldiers are so often foreign that any other people named, even by the source, leaves them
        # unsaid; so for a bare count coordinated with soldiers ("ucciso 50 soldati e feriti altri 47")
        # a count whose noun is left out counts the noun of the count it is coordinated with:
        # "24 soldiers were killed and 32 wounded"
        q = row["_q"]
        # (or only the verb's auxiliaries: "One soldier was killed and two were wounded")
        elided = (q.end <= row["_pos"] and (ctx.lex.after_filler_re.match(s[q.end:row["_pos"]])
                                            or ctx.lex.passive_link_re.fullmatch(s, q.end, row["_pos"]))) \
            or re.match(r"\s*(?:[,;.)]|$)", s[q.end:q.end + 3])
        noun = row["_noun"] or next((rows[j]["_noun"] for j in (i - 1, i + 1) if elided and 0 <= j < len(rows)
                                     and rows[j]["_noun"] and coordinated(i, j)), None)
        military = noun == "military"
        if party is not None and all(a.code == party or (ctx.in_speaker_zone(a.start, a.end) and not military)
                                     for a in ctx.actors):
            row["party"], row["personnel"] = party, noun or _unnamed_people(row, party)
            if row["location"] is None and place is not None:
                row["location"], row["location_adm1"] = place.text, place.adm1
        if row["party"] is not None:
            continue
        # last, the context of codebook 6 and 9: the paragraph's place, the title's, the country
        # the article's places name most. Soldiers take it only where no other side is named:
        # they are so often foreign; people unnamed are the place's ("Israeli strikes killed 18").
        home = next((p.country for p in (place, ctx.carry.place, ctx.title.place) if p and p.country), ctx.title.home)
        # (a country named for its border names no side: "al confine con il Burkina Faso")
        border = places.reader(ctx.lex.pack.code).names_border
        named = [a for a in ctx.actors if a.code != home and not ctx.in_speaker_zone(a.start, a.end)
                 and not border(s, a.start, a.end)]
        # soldiers with no nationality in a story of one country's forces in another ("la missione
        # italiana in Iraq ... i 32 militari morti") are the sender's, not the host's
        sender = next((a for a, b in reversed(ctx.carry.deployed) if b == home), None) if home else None
        if row["_noun"] == "military" and not named and sender and sender != home and lang.is_state(sender):
            home = sender
        elif row["_noun"] == "military" and not named and ctx.carry.soldiers:
            # "Six soldiers were killed in the first explosion": the soldiers the article last counted
            home = ctx.carry.soldiers[-1]
        if home is not None and _only_attacker(ctx, home) \
                and home not in (place.country if place else None, ctx.carry.place.country if ctx.carry.place else None):
            home = _struck(ctx, home) or home  # "il bilancio degli attacchi iraniani contro Israele" in a story of Iran
        if home is not None and (row["_noun"] != "military" or not named):
            row["party"], row["personnel"] = home, noun or _unnamed_people(row, home)


def _unnamed_people(row: dict, party: str) -> str:
    """The people of a count with no noun whose party the context gives: civilians when the
    sentence names them beside it (and no forces), a state's; else unknown."""
    return "civilian" if row["_civilians"] and lang.is_state(party) else "unknown"


def _coordinated(ctx: Ctx, qs: list, qi: int, trigger, used_q: set, trigger_spans) -> list[int]:
    """Numbers coordinated with a paired one share its verb: 'killed 84 Wagner mercenaries and
    47 Malian soldiers', '300 civili e 200 soldati sono stati uccisi'."""
    s, out = ctx.text, []
    forward = qs[qi].start >= trigger[2]
    # "three injuries in Zaria and two in an industrial area": the casualty word is the count's
    # noun, and a count after it whose noun is left out counts the same
    noun = not forward and not s[qs[qi].end:trigger[1]].strip()
    order = range(qi + 1, len(qs)) if forward or noun else range(qi - 1, -1, -1)
    last = qs[qi]
    for qj in order:
        q = qs[qj]
        # (a bare "a" counts only with a people's noun of its own: "and a US embassy official" is no victim)
        if q.weak and not _counts_people(ctx, q, strict=forward):
            continue  # "in a market": no count
        if not (forward or noun) and _is_subset(ctx, q):
            break  # "27 civili uccisi, tra cui tre bambini, e decine di feriti": the aside is the 27's
        gap = s[max(last.end, trigger[2]) if noun else last.end:q.start] if forward or noun else s[q.end:last.start]
        # (an acronym in brackets adds no distance: "74 members of the Central Reserve Police Force
        # (CRPF) and two policemen")
        if qj in used_q or len(BRACKETED.sub("", gap)) > 50 \
                or any(a >= min(last.end, q.end) and b <= max(last.start, q.start)
                       and not (noun and (a, b) == (trigger[1], trigger[2])) for a, b in trigger_spans):
            break
        link = gap
        # "658 in Latakia, 384 in Tartus and 171 in Hama": a list of counts by place
        by_place = _at_place_after(ctx, last) and _at_place_after(ctx, q)
        # "12 civilians in Kaduna and 7 in Zaria", "18 people ... and five others": a count whose
        # noun is left out counts what the count before it does
        elliptic = (forward or noun) and "," not in gap and bool(ctx.lex.place_link_re.match(s, q.end)
                                                                 or ctx.lex.ellipsis_re.match(s, q.end)
                                                                 or ctx.lex.among_re.match(s[q.end:q.end + 12]))
        # "120 civilians in Kidal, 35 in Gao and 18 in Menaka": a list by place, its noun said once
        elliptic = elliptic or forward and _at_place_after(ctx, q) and _placed_noun(ctx, last)
        if noun and not elliptic:
            break
        # "è morto un soldato, altri 5 e un civile sono stati feriti": "altri 5" counts more people
        elliptic = elliptic or not (forward or noun) and bool(ctx.lex.more_re.search(s, max(0, q.start - 12), q.start))
        # "la morte di 61 militari, oltre che di tre civili": people added after share the verb too
        joined = ctx.lex.coordination_re.search(link) or forward and ctx.lex.added_re.search(link)
        if not joined or not (by_place or elliptic or _counts_people(ctx, q, strict=False)):
            break
        if _not_dead_re_for(ctx.lex.pack.code).search(s, q.end, q.end + 45) or _displaced_after(ctx, q, nouns=False):
            break  # "and four more are in critical condition": alive, wounded; "150mila persone hanno dovuto
            # abbandonare le proprie case": displaced
        out.append(qj)
        last = q
    if not forward and not noun:
        out += (_added_after(ctx, qs, trigger, used_q, trigger_spans)
                or _listed_after(ctx, qs, trigger, used_q, trigger_spans))
    return out


def _more_elsewhere(ctx: Ctx, qs: list, qi: int, trigger, used_q: set, trigger_spans) -> list[int]:
    """'10 vittime a Kiev, incluse cinque nell'ospedale pediatrico, e altre 10 a Kryvyi Rig': a count
    of more of the same at another place, joined past an aside, with no casualty word of its own,
    shares the paired count's word."""
    s, out = ctx.text, []
    start = max(qs[qi].end, trigger[2])
    for qj, q in enumerate(qs):
        if qj in used_q or q.start <= start:
            continue
        if q.start - start > 160 or re.search(r"[;.]", s[start:q.start]) \
                or any(start <= a < q.start for a, _ in trigger_spans):
            break
        before = s[max(start, q.start - 20):q.start]
        more = ctx.lex.more_re.search(before)
        if not (more and ctx.lex.coordination_re.search(before, 0, more.start())) or not _at_place_after(ctx, q):
            continue
        if any(q.end <= a < ctx.clause_end(q.end) for a, _ in trigger_spans):
            break  # "e altri 10 sono rimasti feriti a Kherson": a word of its own
        out.append(qj)
    return out


def _dated_after(ctx: Ctx, q) -> bool:
    """A count whose noun is left out, a date right after it: "killed since January and more than
    12,000 since the start of 2022" (the same people, over another period)."""
    return any(0 < d.start - q.end <= 30 and re.fullmatch(r"\s+(?:[^\W\d_'’]+\s+){0,4}", ctx.text[q.end:d.start])
               for d in ctx.dates)


def _listed_after(ctx: Ctx, qs: list, trigger, used_q: set, trigger_spans) -> list[int]:
    """A list of people that goes on after the participle shares it: "35 miliziani uccisi, undici
    tra militari e poliziotti e sette civili" (not "35 killed, 11 soldiers wounded": those have
    their own verb)."""
    s, out, last_end = ctx.text, [], trigger[2]
    for qj, q in enumerate(qs):
        if q.start < last_end:
            continue
        gap = s[last_end:q.start]
        joined = ctx.lex.coordination_re.search(gap)
        if (qj in used_q or not joined or len(gap) > 50 or re.search(r"[;.:()]", gap)
                # (the words before the first "and" may only be where and when: "killed in Haiti since
                # January and more than 12,000 since the start of 2022")
                or not out and re.sub(r"[\s,]", "", gap[:joined.start()])
                and not (_dated_after(ctx, q) and not re.search(r"\d", gap))
                or any(last_end <= a < q.start for a, _ in trigger_spans)
                or not (_counts_people(ctx, q) or _dated_after(ctx, q)) or _displaced_after(ctx, q)):
            break
        out.append(qj)
        last_end = q.end
    if out:
        stop = re.search(r"[;.:]", s[last_end:last_end + 80])
        if any(last_end <= a < last_end + (stop.start() if stop else 80) for a, _ in trigger_spans):
            return []  # the list has a verb of its own
    return out


def _added_after(ctx: Ctx, qs: list, trigger, used_q: set, trigger_spans) -> list[int]:
    """People added to the count before the verb, after it: "27 ostaggi sarebbero stati uccisi dai
    separatisti, oltre a un soldato", "20 civilians were killed, as well as two police officers"."""
    s = ctx.text
    for qj, q in enumerate(qs):
        gap = s[trigger[2]:q.start]
        if q.start < trigger[2] or qj in used_q or len(gap) > 60 or re.search(r"[;.:]", gap):
            continue
        if any(a >= trigger[2] and b <= q.start for a, b in trigger_spans):
            return []
        if ctx.lex.added_re.search(gap) and _counts_people(ctx, q, strict=False):
            return [qj]
        # "Two militants were killed in Poonch and five more on 11 October", "e altri cinque l'11
        # ottobre": a count coordinated after the verb, its noun left out, with a place, a date or
        # "more" of its own
        more = ctx.lex.more_re.search(gap)
        head = gap[:more.start()] if more else gap
        if _not_dead_re_for(ctx.lex.pack.code).search(s, q.end, q.end + 45):
            continue  # "and four more are in critical condition": alive, wounded
        if ctx.lex.coordination_re.search(head) and not q.weak and _elliptic(ctx, q):
            return [qj, *_elliptic_list(ctx, qs, qj, used_q, trigger_spans)]
    return []


def _elliptic(ctx: Ctx, q) -> bool:
    """Whether a count's noun is left out and a place, a date or "more" follows it instead."""
    return bool(ctx.lex.ellipsis_re.match(ctx.text, q.end) or ctx.lex.place_link_re.match(ctx.text, q.end)
                or any(0 <= d.start - q.end <= 4 for d in ctx.dates))


def _elliptic_list(ctx: Ctx, qs: list, qj: int, used_q: set, trigger_spans) -> list[int]:
    """The counts that go on a list of elliptic ones, each with its own place or date: "230 held
    in Santa Catalina, 50 in Santa Barbara and 20 in Talon-Talon" (the 20)."""
    s, out, last = ctx.text, [], qs[qj]
    for qk in range(qj + 1, len(qs)):
        q, gap = qs[qk], s[last.end:qs[qk].start]
        if qk in used_q or q.weak or len(gap) > 50 or re.search(r"[;.:()]", gap) \
                or any(last.end <= a < q.start for a, _ in trigger_spans) \
                or not (ctx.lex.coordination_re.search(gap) or "," in gap) or not _elliptic(ctx, q):
            break
        out.append(qk)
        last = q
    return out


def _attacker(ctx: Ctx, a) -> bool:
    """An actor naming who attacked: "in Israeli strikes", "per i bombardamenti israeliani", "an
    attack by the Palestinian group Hamas", "at the hands of the ADF", "le forze venezuelane hanno ucciso"."""
    s = ctx.text
    return bool(ctx.lex.attack_after_re.match(s[a.end:]) or ctx.lex.attack_before_re.search(s[:a.start])
                or ctx.lex.attack_agent_re.search(s, max(0, a.start - 80), a.start)
                # (not a place: "In Nigeria the kidnappers have killed")
                or (ctx.lex.kill_after_re.match(s, a.end) and (not _at_place(ctx, a.start) or _attackers_home(ctx, a))))


def _only_attacker(ctx: Ctx, code: str) -> bool:
    """Whether the sentence names the state `code` only as the attacker ("Pakistani forces killed
    12 civilians", "gli attacchi iraniani contro Israele"): the victims' side is another."""
    if not lang.is_state(code):
        return False  # (fighters of a group are often killed after their own attack: "dopo l'assalto del BLA")
    named = [a for a in ctx.actors if a.code == code and not ctx.in_speaker_zone(a.start, a.end)]
    # (a land named where the attack was is no attacker: "in northern Mali drone strikes")
    return bool(named) and all(_attacker(ctx, a) and not any(p.start <= a.start < p.end for p in ctx.places)
                               for a in named)


def _struck(ctx: Ctx, attacker: str) -> str | None:
    """The state an attacker's attack is said to strike: "gli attacchi iraniani contro Israele"."""
    return next((a.code for a in ctx.actors if lang.is_state(a.code) and a.code != attacker
                 and _at_place(ctx, a.start) and not _attacker(ctx, a)), None)


def _not_victims(ctx: Ctx, a) -> bool:
    """An actor that is not whose the dead are: the attacker, a side's backer ("M23 rebels backed
    by Rwanda", "sostenuti dal Ruanda"), a country named for its border ("un'imboscata al confine
    con il Burkina Faso"), or a people's name qualifying a source or an institution ("the German
    press agency", "the Saudi Hospital", "il ministero della Sanità libanese"), or an area
    ("strikes outside Hezbollah strongholds", "nelle roccaforti di Hezbollah")."""
    s, lex = ctx.text, ctx.lex
    return _attacker(ctx, a) or bool(lex.backer_before_re.search(s[max(0, a.start - 30):a.start])) \
        or bool(lex.target_after_re.match(s[a.end:a.end + 40])
                or lex.target_before_re.search(s[max(0, a.start - 40):a.start])) \
        or places.reader(lex.pack.code).names_border(s, a.start, a.end) or (
        a.kind == "demonym" and bool(lex.body_after_re.match(s[a.end:a.end + 30])
                                     or lex.body_before_re.search(s[max(0, a.start - 60):a.start])))


def _counted_as_displaced(ctx: Ctx, q, m: re.Match) -> bool:
    """Whether the people's noun `m` is that of another count whose people were displaced, not
    hurt: "210 people have been killed and over 2000 civilians displaced"."""
    # (or the displaced word of such a count's clause: "oltre 3.000 civili sono sfollati", "3.000
    # sfollati"; not "il campo profughi")
    displaced_word = bool(_displaced_re_for(ctx.lex.pack.code).fullmatch(m.group(0)))

    def displaced_by(o) -> bool:
        if (found := _first_people_match(ctx, o.end)) is not None and found.start() == m.start():
            return displaced_word or _displaced_after(ctx, o)
        return displaced_word and m.start() - o.end < 60 and not re.search(r"[,;:.]", ctx.text[o.end:m.start()]) \
            and _displaced_after(ctx, o)

    return any(o.start != q.start and not o.weak and o.end <= m.start() and displaced_by(o) for o in ctx.quantities)


def _attackers_own(ctx: Ctx, q, pos: int) -> bool:
    """Whether the clause before the count says the attackers suffered it: their own dead."""
    start = ctx.clause_start(min(q.start, pos))
    said = _casualty_words_re(ctx.lex.pack.code, "attackers_own_losses")
    return bool(said.search(ctx.text, max(0, start - 60), min(q.start, pos)))


@cache
def _casualty_words_re(code: str, key: str) -> re.Pattern:
    """The casualties section's word list `key` as a pattern of whole words (pack data)."""
    words = expand_all(lang.load(code).section("casualties").get(key, []))
    return re.compile(rf"(?<![\w])(?:{alternation(words, escape=False)})(?![\w])" if words else r"(?!x)x", re.IGNORECASE)


def _health_body(ctx: Ctx, pos: int) -> str | None:
    """The state whose health ministry, civil defence or ambulance service says the fact at `pos`."""
    st = ctx.attribution(pos)
    if st is None or not lang.is_state(st.speaker.country):
        return None
    return st.speaker.country if _casualty_words_re(ctx.lex.pack.code, "health_bodies").search(ctx.text, *st.zone) else None


def _state_speaks(ctx: Ctx, st) -> bool:
    """Whether the speaker is a state named as such: "Cambodia confirms", "il Niger riferisce"."""
    return any(a.kind == "state" and a.code == st.speaker.country and st.zone[0] <= a.start < st.zone[1]
               and a.text in st.speaker.text and len(st.speaker.text) <= len(a.text) + 4 for a in ctx.actors)


def _armed_group(ctx: Ctx) -> str | None:
    """The armed group whose fighters a bare "rebels", "attackers", "miliziani" are: the one the
    sentence names, else the paragraph's or the title's side when it is no state, else the group
    the article names most (codebook 6)."""
    named = [a.code for a in ctx.actors if lang.is_armed_group(a.code) and not _not_victims(ctx, a)]
    if named:
        return named[0]
    return next((p for p in (ctx.carry.party, ctx.title.party) if lang.is_armed_group(p) and not lang.is_contractor(p)),
                None) or (ctx.title.group() if ctx.title.group else None)


def _placed_noun(ctx: Ctx, q) -> bool:
    """Whether the number's noun phrase ends on a place: "120 civilians in Kidal"."""
    people = _first_people_match(ctx, q.end)
    return people is not None and any(p.start > people.end()
                                      and ctx.lex.place_link_re.fullmatch(ctx.text[people.end():p.start])
                                      for p in ctx.places)


def _verb_right_before(s: str, q, trigger_spans, but: int | None = None) -> bool:
    """Whether a casualty word (other than the one ending at `but`) ends right before the count:
    "captured two wounded soldiers"."""
    return any(b <= q.start and b != but and not s[b:q.start].strip() for _, b in trigger_spans)


def _qualifies_people(ctx: Ctx, end: int) -> bool:
    """Whether the casualty word ending at `end` qualifies the people's noun after it, a name at
    most between: "two wounded soldiers", "two wounded Russian soldiers" (not "70 killed as gunmen")."""
    m = _first_people_match(ctx, end)
    return m is not None and bool(re.fullmatch(r"\s+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*\s+)?", ctx.text[end:m.start()]))


def _first_people_match(ctx: Ctx, end: int):
    """The people's noun right after a number (one modifier at most), as a span, or None."""
    for rx in (ctx.lex.civilian_re, ctx.lex.military_re):
        m = rx.search(ctx.text, end, end + 30)
        if m and re.fullmatch(r"\s+(?:[^\W\d_]+\s+)?", ctx.text[end:m.start()]):
            return m
    return None


def _own_place(ctx: Ctx, q):
    """The place right after a count or its people's noun ("5 soldati a Kidal", "35 in Beni"), or None."""
    people = _first_people_match(ctx, q.end)
    ends = [q.end] + ([people.end()] if people is not None else [])
    return next((p for p in ctx.places if p.country and not ctx.after_from(p.start)
                 and any(p.start > e and ctx.lex.place_link_re.fullmatch(ctx.text[e:p.start]) for e in ends)), None)


def _at_place_after(ctx: Ctx, q) -> bool:
    """Whether a place follows the number: "384 in Tartus", "5 a Gaza"."""
    return any(p.start > q.end and ctx.lex.place_link_re.fullmatch(ctx.text[q.end:p.start]) for p in ctx.places)


def _owner_of_trigger(ctx: Ctx, span: tuple[int, int] | None, ctype: str = "") -> str | None:
    """The people a casualty noun at `span` belongs to: 'le perdite nordcoreane', 'Russian losses'."""
    owner = ctx.owner_of(*span) if span else None
    if owner is None and span and ctype == "killed_or_wounded":
        # "le perdite dell'Unità di difesa del popolo", "the losses of the YPG": a side's losses
        # (not "le vittime di Hamas": victims are of whom killed them)
        owner = next((a for a in ctx.actors if a.start >= span[1] and a.kind != "demonym"
                      and _genitive_link(ctx).fullmatch(ctx.text[span[1]:a.start])), None)
    # "the attack by Hamas killed 40": the attacker before a verb of killing owns no casualty
    return owner.code if owner and not _attacker(ctx, owner) else None


def _genitive_link(ctx: Ctx) -> re.Pattern:
    return _genitive_link_for(ctx.lex.pack.code)


@cache
def _genitive_link_for(code: str) -> re.Pattern:
    """'of the', "dell'", 'delle': what links a noun to its owner named right after it."""
    pack = lang.load(code)
    origins = pack.section("supplies").get("from", [])  # "from", "by": no owner's words
    words = [w for w in expand_all(pack.section("speech").get("genitive", [])) if w not in origins]
    return re.compile(rf"\s*(?:{alternation(words)})(?:(?<=')|\s+)(?:(?:{alternation(pack['articles'])})\s+)?",
                      re.IGNORECASE)


@cache
def _origin_word_re(code: str) -> re.Pattern:
    """Words between people and the "from" of their origin ("provenienti", "hailing"), at the end."""
    words = lang.expand_all(lang.load(code).section("casualties").get("origin_words", []))
    return re.compile(rf"(?<![\w])(?:{lang.alternation(words, escape=False)})\s*$" if words else r"(?!x)x",
                      re.IGNORECASE)


@cache
def _phrasal_re(code: str) -> re.Pattern:
    words = lang.load(code).section("casualties").get("phrasal_particles", [])
    return re.compile(rf"\s+(?:{alternation(words)})(?![\w])" if words else r"(?!x)x", re.IGNORECASE)


@cache
def _agent_re(code: str) -> re.Pattern:
    """An agent's word right before a count, its article with it: "by two", "da un", "dai tre"."""
    words = expand_all(lang.load(code).section("supplies").get("agent_words", []))
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?:(?<=['’])|\s+)$" if words else r"(?!x)x", re.IGNORECASE)


@cache
def _recording_re(code: str) -> re.Pattern:
    words = expand_all(lang.load(code).section("casualties").get("recording_nouns", []))
    return re.compile(rf"(?<![\w])(?:{alternation(words, escape=False)})(?![\w])" if words else r"(?!x)x", re.IGNORECASE)


@cache
def _served_in_re(code: str) -> re.Pattern:
    words = expand_all(lang.load(code).section("casualties").get("served_in", []))
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?:(?<=['’])|\s+)(?:(?:{alternation(lang.load(code)['articles'])})"
                      rf"(?:(?<=['’])|\s+))?$" if words else r"(?!x)x", re.IGNORECASE)


def _served_in(ctx: Ctx, start: int) -> bool:
    """Whether the state at `start` is where the people counted serve abroad: "a police officer
    deployed to Haiti", "due agenti in servizio ad Haiti"."""
    return bool(_served_in_re(ctx.lex.pack.code).search(ctx.text, max(0, start - 30), start))


@cache
def _side_res(code: str) -> tuple[re.Pattern, re.Pattern]:
    d = lang.load(code).section("casualties")
    before, after = expand_all(d.get("side_before", [])), expand_all(d.get("side_after", []))
    return (re.compile(rf"(?<![\w])(?:{alternation(before)})\s+$" if before else r"(?!x)x", re.IGNORECASE),
            re.compile(rf"\s+(?:{alternation(after)})(?![\w])" if after else "", re.IGNORECASE))


def _side_before(ctx: Ctx, end: int) -> str | None:
    """The state a sentence names as a side before `end`, the last one: "On the Israeli side,
    authorities announced the deaths of 23 soldiers", "sul versante libanese i morti sono 5"."""
    before, after = _side_res(ctx.lex.pack.code)
    states = [a for a in ctx.actors if a.end <= end and lang.is_state(a.code)]
    # (the last state named before the count, not one another state's clause follows: "Bangkok
    # reports nine dead on the Thai side; Cambodia confirms two civilians killed")
    last = states[-1] if states else None
    if last and before.search(ctx.text, max(0, last.start - 20), last.start) and after.match(ctx.text, last.end):
        return last.code
    return None


def _hails_from(ctx: Ctx, q, a) -> bool:
    """'two students from Panama', 'tre turisti dalla Francia': a people's noun right before
    "from" and a state, a nationality, where a thing's "from" is an origin."""
    m = ctx.lex.from_re.search(ctx.text[max(0, a.start - 12):a.start])
    if m is None:
        return False
    head = _origin_word_re(ctx.lex.pack.code).sub("", ctx.text[q.end:max(0, a.start - 12) + m.start()])
    # (a count whose noun is left out hails from it too: "54 soldiers from Burundi, 19 from Uganda")
    return lang.is_state(a.code) and len(head) < 40 and bool(ctx.lex.civilian_end_re.search(head)
                                                              or ctx.lex.military_end_re.search(head)
                                                              or not head.strip())


def _counts_people(ctx: Ctx, q, strict: bool = True) -> bool:
    """'un soldato', 'one North Korean soldier': a weak number counts only people."""
    words = [w.strip(",.;") for w in ctx.text[q.end:q.end + 40].split()[:4]]
    # "undici tra militari e poliziotti": the kinds the count adds up
    words = words[1:] if words and ctx.lex.among_re.match(" " + words[0]) else words[:3]
    # the noun phrase ends at a preposition: "un attacco di miliziani" counts an attack, while
    # "one of its soldiers", "una delle persone" count the people
    preposition = (ctx.lex.from_word_re, ctx.lex.genitive_word_re)
    cut = next((i for i, w in enumerate(words) if i and any(rx.fullmatch(w) for rx in preposition)), None)
    words = words[:cut]
    first_people = next((i for i, w in enumerate(words)
                         if ctx.lex.military_re.fullmatch(w) or ctx.lex.civilian_re.fullmatch(w)), None)
    # where adjectives follow the noun, a word before the people's word is the counted noun
    # ("una caserma militare") unless it premodifies ("un giovane soldato", "una delle persone")
    if first_people is not None and (ctx.lex.premodifier_re is None or all(
            ctx.lex.premodifier_re.fullmatch(w) for w in words[:first_people])):
        return True
    # a people's noun of several words: "3 volontari per la difesa della patria", "two aid workers"
    # (not a possessive: "a children's playground" counts a playground)
    first = _word_after(ctx, q)
    noun = ctx.lex.military_re.match(ctx.text, first) or ctx.lex.civilian_re.match(ctx.text, first)
    if noun and not re.match(r"['’]s(?![\w])", ctx.text[noun.end():noun.end() + 3]):
        return True
    # members of a group the text names: "19 suspected members of the Sinaloa cartel"
    if _members_of(ctx, q, 40) is not None or _members_of_a_group(ctx, q):
        return True
    if q.weak and _people_name_after(ctx, q):
        return True
    # a number followed by a people's name ("50 Russians") counts people too, or by a state they
    # are of, in a list of counts whose noun is left out ("54 soldati del Burundi, 19 dell'Uganda")
    return not strict and any(a.start >= q.end and (a.start - q.end < 3 or a.kind == "state" and _of_word(
        ctx, ctx.text[q.end:a.start])) for a in ctx.actors)


def _of_word(ctx: Ctx, gap: str) -> bool:
    """Whether `gap` is one word of origin or belonging: " from ", " dell'", " del "."""
    word = gap.strip()
    return bool(word) and any(rx.fullmatch(word) or rx.fullmatch(word.rstrip("'’"))
                              for rx in (ctx.lex.from_word_re, ctx.lex.genitive_word_re))


def _members_of(ctx: Ctx, q, window: int):
    """The actor whose members the count counts, within `window` characters of it, at most one
    word between ("19 suspected members of the Sinaloa cartel"), or None."""
    for m in ctx.lex.members_of_re.finditer(ctx.text, q.end, q.end + window):
        actor = next((a for a in ctx.actors if a.start == m.end()), None)
        if actor is not None and len(ctx.text[q.end:m.start()].split()) <= 1:
            return actor
    return None


def _members_of_a_group(ctx: Ctx, q) -> bool:
    """'11 members of the terrorist group', '12 membri del gruppo armato': a group named by a noun alone."""
    gap = ctx.text[q.end:q.end + 3]
    m = ctx.lex.members_of_re.match(ctx.text, q.end + len(gap) - len(gap.lstrip()))
    return m is not None and bool(_casualty_words_re(ctx.lex.pack.code, "generic_group_nouns").match(ctx.text, m.end()))


@cache
def _army_re(code: str) -> re.Pattern:
    """A state's armed forces or defence body named as a speaker: "the Irish military", "l'esercito",
    "the Defence Ministry"."""
    pack = lang.load(code)
    d = pack.section("casualties")
    words = [*d.get("military_adjectives", []), *d.get("defence_bodies", []), *pack.section("forces").get("troops", [])]
    # (or by their name: "the IDF", "the Pentagon")
    names = lang.knowledge("actors").get("armed_forces", {}).get("names", [])
    return re.compile(lang.bounded(alternation([*expand_all(words), *map(re.escape, names)], escape=False)),
                      re.IGNORECASE)


@cache
def _speaker_as_agent_re(code: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    d = lang.load(code).section("casualties")
    words, losing = expand_all(d.get("speaker_as_agent", [])), expand_all(d.get("losing_verbs", []))
    gerunds = expand_all(d.get("killing_gerunds", []))
    return (re.compile(rf"\s*(?:\S+\s+)?(?:{alternation(words, escape=False)})\s+(?:\S+\s+)?" if words else r"(?!x)x",
                       re.IGNORECASE),
            re.compile(rf"(?:{alternation(losing)})(?![\w])" if losing else r"(?!x)x", re.IGNORECASE),
            re.compile(rf"(?:{alternation(gerunds)})(?![\w])" if gerunds else r"(?!x)x", re.IGNORECASE))


def _killed_by_irregulars(ctx: Ctx, q, pos: int) -> bool:
    """Whether fighters counted after the casualty word at `pos` were killed by irregulars the clause
    names before it as the killers: "jihadists killed nine fighters", "i militanti hanno conquistato
    ..., uccidendo nove combattenti" (the killers' group is not the victims')."""
    s = ctx.text
    if q.start < pos:
        return False
    spans = [m.span() for rx in (ctx.lex.irregular_re, ctx.lex.outlaw_re) for m in rx.finditer(s, 0, pos)] + \
        [(a.start, a.end) for a in ctx.actors if a.end <= pos and lang.is_armed_group(a.code)]
    # (not the agent of an attack another repelled: "repelled an attack by Boko Haram fighters, killing 30")
    killers = [b for a, b in spans if not ctx.lex.attack_agent_re.search(s, max(0, a - 80), a)]
    if not killers:
        return False
    gerund = _speaker_as_agent_re(ctx.lex.pack.code)[2].match(s, pos)
    return bool(gerund) or any(ctx.lex.kill_after_re.match(s, k) and ctx.lex.kill_after_re.match(s, k).end() >= pos
                               for k in killers)


def _relative_loser(ctx: Ctx, pos: int) -> str | None:
    """The state a relative clause of losing hangs on: "Armenia, which lost 49 soldiers", "l'Armenia,
    che ha perso 49 soldati" (the antecedent right before the comma and the pronoun)."""
    _, losing, _ = _speaker_as_agent_re(ctx.lex.pack.code)
    if not losing.match(ctx.text, pos):
        return None
    m = _relative_opening_before(ctx.lex.pack.code).search(ctx.text, 0, pos)
    return next((a.code for a in ctx.actors if m and a.end == m.start() and lang.is_state(a.code)), None)


@cache
def _relative_opening_before(code: str) -> re.Pattern:
    """A comma and a relative pronoun (and an auxiliary) right before a verb: ", which", ", che ha"."""
    pack = lang.load(code)
    relatives = alternation(pack.get("relative_pronouns", [])) or "(?!x)x"
    aux = alternation(pack.section("speech").get("auxiliaries", [])) or "(?!x)x"
    return re.compile(rf"\s*,\s*(?:{relatives})\s+(?:(?:{aux})\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _speaker_kills(ctx: Ctx, st, pos: int, q) -> bool:
    """Whether the speaker tells of a killing it did, its verb before the count: "the army said
    it killed seven soldiers", "l'esercito ha detto di aver ucciso sette soldati"."""
    agent, losing, gerund = _speaker_as_agent_re(ctx.lex.pack.code)
    if not st.verb_end <= pos < q.start or losing.match(ctx.text, pos):
        return False
    # (or its own clause goes on to a killing in the gerund: "ha dichiarato di aver respinto gli
    # attacchi, uccidendo circa 40 militanti", "said it repelled the attack, killing 40 militants")
    return bool(agent.fullmatch(ctx.text, st.verb_end, pos)) or bool(
        gerund.match(ctx.text, pos) and agent.match(ctx.text, st.verb_end)
        and not re.search(r"[;:]", ctx.text[st.verb_end:pos]))


def _freed(ctx: Ctx, q, trigger_spans) -> bool:
    """Whether a verb of freeing stands before the count in its clause, with no casualty word
    between: "l'esercito ha liberato l'ex candidata e altri 14 ostaggi" (no captives now)."""
    found = list(_freed_re(ctx.lex.pack.code).finditer(ctx.text, ctx.clause_start(q.start), q.start))
    # (nor one whose own verb follows: "two hostages were freed and three were killed")
    # (the captives' own noun is none: "altri 14 ostaggi", "14 other hostages")
    nouns = audit.captive_nouns_re(ctx.lex.pack.code)
    # (nor a fate only feared: "amid fears that the terrorists would kill all those in their custody")
    # (the count's own noun, right after it, when the freeing governs it: "the release of the seven victims")
    governed = bool(found) and bool(_governing_gap_re(ctx.lex.pack.code).fullmatch(ctx.text, found[-1].end(), q.start))
    return bool(found) and not any((found[-1].end() <= a < q.start or q.end < a < ctx.clause_end(q.end))
                                   and not nouns.fullmatch(ctx.text, a, b)
                                   and not (governed and a > q.end and not ctx.text[q.end:a].strip())
                                   and not ctx.is_non_factual(a, b) for a, b in trigger_spans)


def _counted_apart(ctx: Ctx, q, at: int, weak: bool = False) -> bool:
    """Whether the people's noun at `at` is another count's own: "three civilians" (with `weak`,
    an article's too: "a child")."""
    s = ctx.text
    return any(o is not q and (weak or not o.weak) and 0 <= at - o.end <= 25 and not re.search(r"[,;:]", s[o.end:at])
               for o in ctx.quantities)


@cache
def _mixed_part_re(code: str) -> re.Pattern:
    words = expand_all(lang.load(code).section("casualties").get("mixed_part_words", []))
    return re.compile(alternation(words) if words else "(?!x)x", re.IGNORECASE)


def _victims_said_civilians(ctx: Ctx, trigger_spans) -> bool:
    """'le vittime erano civili', 'the 20 people killed were 12 children, 3 women and 5 men': the
    sentence says who its dead or wounded were, and they were civilians."""
    s, code = ctx.text, ctx.lex.pack.code
    for _, end in trigger_spans:
        said = ctx.lex.copula_re.match(s, end)
        if said is None or _subset_words_re_for(code).search(said.group(0)):
            continue  # "including" names a part
        rest = re.split(r"[;.]", s[said.end():said.end() + 60])[0]
        m = ctx.lex.civilian_re.search(rest)
        if m and not _generic(ctx, m.group(0)) and _first_people(ctx, rest) == "civilian":
            return True
    return False


def _civilians_listed_as_whole(ctx: Ctx, q) -> bool:
    """'460 persone tra pazienti e familiari', '30 people among them students and teachers': the
    kinds right after the people's noun that add up to them, all civilians."""
    own = _first_people_match(ctx, q.end)
    if own is None:
        return False
    m = ctx.lex.among_any_re.match(ctx.text, own.end() + len(ctx.text[own.end():own.end() + 3]) - len(
        ctx.text[own.end():own.end() + 3].lstrip()))
    if m is None:
        return False
    listed = re.split(r"[,;.]", ctx.text[m.end():m.end() + 60])[0]
    return bool(ctx.lex.civilian_re.match(listed)) and not ctx.lex.military_re.search(listed)


def _generic(ctx: Ctx, word: str) -> bool:
    return lang.fold(word) in _generic_people(ctx.lex.pack.code)


@cache
def _generic_people(code: str) -> frozenset[str]:
    return frozenset(lang.fold(w) for w in lang.load(code).section("casualties").get("generic_people", []))


@cache
def _military_dead_re(code: str) -> re.Pattern:
    words = expand_all(lang.load(code).section("casualties").get("military_dead", []))
    return re.compile(alternation(words) if words else "(?!x)x", re.IGNORECASE)


@cache
def _record_re(code: str) -> re.Pattern:
    words = expand_all(lang.load(code).section("casualties").get("record_words", []))
    return re.compile(lang.bounded(alternation(words)) if words else "(?!x)x", re.IGNORECASE)


@cache
def _own_subject_re(code: str) -> re.Pattern:
    words = expand_all(lang.load(code).section("casualties").get("own_subject", []))
    return re.compile(lang.bounded(alternation(words)) if words else "(?!x)x", re.IGNORECASE)


@cache
def _governing_gap_re(code: str) -> re.Pattern:
    """Only articles and genitives between a noun and what it governs: "the release of the"."""
    pack = lang.load(code)
    links = alternation([*pack["articles"], *expand_all(pack.section("speech").get("genitive", []))])
    return re.compile(rf"\s*(?:(?:{links})(?:\s+|(?<=')))*", re.IGNORECASE)


@cache
def _freed_re(code: str) -> re.Pattern:
    return audit.auditor(code).freed_re


def _civilians_listed_after(ctx: Ctx, start: int) -> bool:
    """Whether the word at `start` is followed, past a comma or a conjunction, by civilians: "men,
    women and children"."""
    conjunctions = alternation(ctx.lex.pack.get("conjunctions", []))
    m = re.match(rf"[^\W\d_]+(?:\s*,\s*|\s+(?:{conjunctions})\s+)", ctx.text[start:])
    return bool(m) and bool(ctx.lex.civilian_re.match(ctx.text, start + m.end()))


def _without_dates(ctx: Ctx, start: int, text: str) -> str:
    """`text`, found at `start` in the sentence, with its dates and the word opening each cut out."""
    spans = [(max(d.start, start) - start, min(d.end, start + len(text)) - start) for d in ctx.dates
             if d.start < start + len(text) and d.end > start]
    for a, b in sorted(spans, reverse=True):
        opener = re.search(r"[^\W\d_]+\s+$", text[:a])  # "from", "dal", "tra"
        text = text[:opener.start() if opener else a] + " " + text[b:]
    return text


@cache
def _joined_before_re(code: str) -> re.Pattern:
    """A conjunction right before a number: "... and 47 Malian soldiers"."""
    return re.compile(rf"(?<![\w])(?:{alternation(lang.load(code).get('conjunctions', []))})\s+$", re.IGNORECASE)


@cache
def _joined_re(code: str) -> re.Pattern:
    """A comma or a conjunction right after a number: what follows is the next count's."""
    return re.compile(rf"\s*(?:,|(?:{alternation(lang.load(code).get('conjunctions', []))})\s)", re.IGNORECASE)


def _row(ctx: Ctx, ctype: str, pos: int, q, previous: list[dict], trigger_spans, whole=None) -> dict:
    s = ctx.text
    # the counted noun phrase: from the number to the next comma or casualty word ("84 Wagner
    # mercenaries", "300 soldati nordcoreani erano stati uccisi")
    # a casualty noun right after the number does not end it: "centinaia di vittime tra i civili ucraini"
    np_end = min([m.start() for m in re.finditer(r"[,;]", s) if m.start() >= q.end]
                 + [a for a, b in trigger_spans if a > q.end and not (ctx.lex.after_filler_re.match(s[q.end:a])
                                                                      and ctx.lex.among_re.match(s[b:]))
                    # (nor at one that qualifies the people after a verb that befell them: "captured two
                    # wounded soldiers"; "out of 154 slain militants" keeps its phrase)
                    and not (not s[q.end:a].strip() and _qualifies_people(ctx, b)
                             and _verb_right_before(s, q, trigger_spans))]
                 # (nor past the next count joined to it: "two soldiers and three CJTF members")
                 + [o.start for o in ctx.quantities if o.start > q.end and not o.weak
                    and _joined_before_re(ctx.lex.pack.code).search(s, q.end, o.start)
                    and not any(a <= o.start < b for a, b in ctx.bracketed())]
                 # (nor into a clause with its own subject: "lost 54 soldiers after Al-Shabaab militants ...")
                 + [m.start() for m in ctx.lex.clause_opener_re.finditer(s, q.end, q.end + 45)][:1]
                 + [q.end + 45, len(s)])
    # "altri 5 e un civile": a count of more people whose noun is left out has no phrase of its own
    if ctx.lex.more_re.search(s, max(0, q.start - 12), q.start) and _joined_re(ctx.lex.pack.code).match(s, q.end, np_end):
        np_end = q.end
    np = (q.end, np_end)
    # (a country named as where soldiers fell is not whose they are: "ha perso 52 uomini in Afghanistan";
    # civilians in a country are its people)
    # (nor a source named in it: "27 civili di cui riferiscono le Nazioni Unite")
    # (a land the people serve in is not whose they are: "a police officer deployed to Haiti")
    abroad = [a for a in ctx.actors if np[0] <= a.start < np[1] and _served_in(ctx, a.start)]
    owner = next((a for a in ctx.actors if np[0] <= a.start < np[1] and not _fell_there(ctx, q, a)
                  and not ctx.in_speaker_zone(a.start, a.end)
                  and not ctx.lex.source_before_re.search(s, max(np[0], a.start - 40), a.start)
                  and not ctx.lex.media_re.search(a.text)
                  and (not ctx.after_from(a.start) or _hails_from(ctx, q, a)) and not _not_victims(ctx, a)
                  and a not in abroad), None)
    party = owner.code if owner else None
    # people serving abroad whom a state's voice reports are its own: "Kenyan authorities reported
    # that a police officer deployed to Haiti was killed"
    if party is None and abroad and (st := ctx.attribution(pos)) is not None \
            and lang.is_state(st.speaker.country) and st.speaker.country != abroad[0].code:
        party = st.speaker.country
    # whose the phrase itself says they are, not where: "three peacekeepers from Senegal"
    named = party if owner and (owner.kind == "demonym" or ctx.after_from(owner.start)) else None
    if party is None and (loser := _relative_loser(ctx, pos)) is not None:
        party = loser  # "l'Armenia, che ha perso 49 soldati, sostiene che gli azeri ...": the antecedent lost them
    if party is None and (side := _side_before(ctx, q.end)):
        party = named = side  # "the number of deaths on the Kyrgyz side rose to 46"
    if party is None and (appos := _apposition_of_re(ctx.lex.pack.code).match(s, np_end)):
        # whose they are, said in an aside after them: "cinque militari, sempre del Niger", "five
        # soldiers, also from Niger"
        party = next((a.code for a in ctx.actors if a.start == appos.end() and lang.is_state(a.code)), None)
    np_text = s[q.end:np_end]
    # the first people's noun of the phrase: "13 militiamen and four civilians" counts militiamen
    # (not in an aside in brackets or dashes: what it names is a part, read below)
    plain = BRACKETED.sub(lambda m: " " * len(m.group(0)), np_text[:60])
    # (no civilian word of a name counts: "14 People's Defence Force fighters", "Kurdistan Workers'
    # Party (PKK) militants"; a force's name still says soldiers: "24 tra le fila delle Forze
    # democratiche siriane")
    unnamed = plain
    for a in ctx.actors:
        if a.end > q.end and a.start < q.end + len(plain) and " " in a.text:
            x, y = max(0, a.start - q.end), min(len(plain), a.end - q.end)
            unnamed = unnamed[:x] + " " * (y - x) + unnamed[y:]
    # (the noun is looked for in the phrase's first 40 characters, not counting those of asides)
    window = 40 + sum(1 for a, b in zip(plain, np_text[:60], strict=False) if a == " " != b)
    if (part := _subset_words_re(ctx.lex.pack).search(plain)) is not None and plain[:part.start()].strip():
        plain = plain[:part.start()]  # nor after a word that opens one: "19 morti fra cui 3 attentatori"
        unnamed = unnamed[:part.start()]
    heads = [(m, kind) for kind, rx, text in (("civilian", ctx.lex.civilian_re, unnamed),
                                              ("military", ctx.lex.military_re, plain))
             for m in [rx.search(text[:window])] if m]
    nouns = [(m.start(), kind) for m, kind in heads]
    personnel = min(nouns)[1] if nouns else None
    if personnel is None and audit.captive_head_re(ctx.lex.pack.code).match(np_text):
        personnel = "unknown"  # "killed ten hostages": captives may be anyone, whoever holds them
    if personnel is None and (group := _members_of(ctx, q, 30)) is not None \
            and (group.kind == "metonym" or lang.is_armed_group(group.code)):
        personnel = "military"  # "four members of the UPDF", "12 membri dell'Isis": an army's or a group's
    if personnel is None and _members_of_a_group(ctx, q):
        # "Eleven members of the terrorist group": the group the article speaks of, its fighters
        personnel = "military"
        party = party or _armed_group(ctx)
    if personnel is None and whole is not None:  # "of the 30 passengers, twelve ...": the whole's people
        personnel = _first_people(ctx, re.split(r"[,;]", s[whole.end:whole.end + 40])[0])
    # ("160 men, women and children": the list goes on past the comma)
    # ("four men and two women": the women are counted apart, but say who the men are)
    listed = nouns and personnel == "military" and ctx.lex.ambiguous_military_re.match(np_text, min(nouns)[0]) \
        and (_civilians_listed_after(ctx, q.end + min(nouns)[0])
             or ctx.lex.civilian_re.search(s, np_end, min(ctx.clause_end(np_end), np_end + 30)))
    if listed or personnel == "military" and len(nouns) > 1 and ctx.lex.ambiguous_military_re.match(np_text, min(nouns)[0]):
        personnel = "civilian"  # "four men and two women": men beside women are no soldiers
    elif nouns and personnel == "military" and ctx.lex.ambiguous_military_re.match(np_text, min(nouns)[0]) \
            and not any(not (q.end <= m.start() < np_end) for rx in (ctx.lex.soldier_re, ctx.lex.armed_force_re)
                        for m in rx.finditer(s)) \
            and not any(ctx.clause_start(q.start) <= a.start and a.end <= q.start and not _at_place(ctx, a.start)
                        and not _not_victims(ctx, a) for a in ctx.actors) and ctx.carry.personnel != "military":
        # "Gunmen shot dead 10 men": men where no soldiers, forces or side ("North Korea lost 300
        # men") are spoken of, here or in the paragraph
        personnel = "unknown"
    elif len(heads) == 2:
        # one count of both kinds, their nouns joined with nothing between: "more than 17,000
        # civilians and soldiers dead", "200 soldati e civili"
        a, b = sorted((m for m, _ in heads), key=lambda m: m.start())
        gap = np_text[a.end():b.start()]
        if (joined := ctx.lex.coordination_re.search(gap)) and not gap[:joined.start()].strip():
            personnel = "unknown"
        elif personnel == "civilian" and ctx.lex.among_any_re.fullmatch(gap.lstrip()) \
                and ctx.lex.civilian_re.search(np_text, b.end()):
            personnel = "unknown"  # "60 persone tra soldati e civili": people of both kinds
    # a count in brackets with no people of its own counts those named right before the bracket:
    # "i militari italiani in Iraq (tra cui i 5 feriti oggi a Kirkuk)"
    aside = next(((a, b) for a, b in ctx.bracketed() if a < q.start < b), None)
    if aside and party is None and personnel is None:
        before = max(0, aside[0] - 60)
        owner = [a for a in ctx.actors if before <= a.start < aside[0] and not ctx.in_speaker_zone(a.start, a.end)]
        kind = _first_people(ctx, s, before, aside[0])
        if owner and kind:
            party, personnel = owner[0].code, kind
    if party is None and personnel == "military" and (
            ((irregular := ctx.lex.irregular_re.search(np_text[:40])) and irregular.start() == min(nouns)[0]
             # (not the first word of a longer name of fighters of no group: "combattenti delle tribù";
             # a group's word after it is still a group's: "combattenti jihadisti")
             and not ((longer := ctx.lex.outlaw_re.match(np_text, irregular.start())) and longer.end() > irregular.end()
                      and not ctx.lex.irregular_re.search(np_text, irregular.end(), longer.end())))
            or (not nouns and _irregular_told_before(ctx, q, pos))):
        # "five attackers were killed", "uccisi 12 miliziani", "the number of terrorists killed is
        # about 10,000": the group's
        party = _armed_group(ctx)
        if party and _killed_by_irregulars(ctx, q, pos):
            # "i militanti hanno conquistato il quartier generale della milizia, uccidendo nove combattenti":
            # the fighters killed are the other side's; a group the sentence names apart from the killers,
            # else the place's country
            party = None
    # with no group named anywhere, attackers' and terrorists' side is unsaid: not the state the
    # context gives as a side (militias and rebels may fight for one), but the place's country, as
    # for any people no nationality is named for (codebook 9; _row)
    # (its own noun, not one of an aside that counts part of it: "19 morti fra cui 3 attentatori")
    head = np_text[:40]
    # ("180 among the rebels": a part's word right after the count names the count's own people)
    if (part := _subset_words_re(ctx.lex.pack).search(head)) is not None and head[:part.start()].strip():
        head = head[:part.start()]
    group_only = party is None and personnel == "military" and (bool(ctx.lex.outlaw_re.search(head))
                                                                 or _members_of_a_group(ctx, q)) \
        and not ctx.lex.soldier_re.search(head)
    if party is None and not nouns and pos < q.start:
        # the same for a toll told of them before its count: "the death toll of resistance fighters stood at 41"
        told = s[pos:q.start]
        group_only = bool(ctx.lex.outlaw_re.search(told)) and not ctx.lex.soldier_re.search(told) \
            and not any(lang.is_armed_group(a.code) and pos <= a.start < q.start for a in ctx.actors)
    if personnel is None and pos < q.start:  # "the death toll among civilians ... has exceeded 2,300"
        among = ctx.lex.among_any_re.search(s[pos:q.start])
        if among:
            rest = s[pos + among.end():q.start]
            personnel = _people_at(ctx, rest)
    span = next(((a, b) for a, b in trigger_spans if a == pos), None)
    if personnel is None and span and q.end <= pos and not s[q.end:pos].strip() \
            and (after := re.match(r"\s+", s[span[1]:])):
        # "12 wounded soldiers", "40 injured civilians": the casualty word before its people's noun
        at = span[1] + after.end()
        personnel = _people_at(ctx, s, at)
    if personnel is None and span and q.end <= pos and (said := ctx.lex.copula_re.match(s, span[1])):
        # "six of the dead were children": the people the casualty word is said to be
        personnel = _people_at(ctx, s, said.end())
    tail = s[q.end:np_end + 120].split(";")[0]
    sub = _subset_words_re(ctx.lex.pack).search(tail)
    part_civ = ctx.lex.civilian_re.search(tail, sub.end()) if sub else None
    # civilians counted as a part ("13 killed, including three civilians") say the rest were none
    mixed_part = bool(part_civ) and bool(_mixed_part_re(ctx.lex.pack.code).fullmatch(part_civ.group(0))) \
        and _counted_apart(ctx, q, q.end + part_civ.start())
    # ("many of them women and children" names a part: the rest may be anyone)
    # (a part names no kind of the whole, counted or not: "40 people, including 12 children", "many
    # of them women"; only one said to be all of them does: "all of them civilians")
    partial = bool(part_civ) and not _casualty_words_re(ctx.lex.pack.code, "whole_part_words").search(
        tail, max(0, sub.start() - 25), part_civ.start())
    if personnel is None and part_civ and not mixed_part and not partial:
        personnel = "civilian"  # "41 Palestinians ..., all of them women and children"
    # "47 persone, tra cui 30 civili e 14 soldati": an aside right after the count (and after no
    # other count: "13 volunteers and four civilians, including a child") that names the other
    # kind of people makes the whole mixed. It ends at the casualty word ("..., were killed when
    # the RSF ..."); "men" beside women are no soldiers
    if personnel and sub and sub.start() <= len(np_text) + 2 \
            and not any(q.end < other.start < np_end for other in ctx.quantities):
        start = q.end + sub.end()
        end = min([a for a, _ in trigger_spans if a > start] + [start + 120])
        aside = re.split(r"[;.]", s[start:end])[0]
        if _mixed(ctx, personnel, aside):
            personnel = "unknown"
    # the same in brackets or dashes: "Eighteen people (13 soldiers and five civilians) were killed"
    bracket = BRACKETED.search(s, q.end, min(len(s), q.end + 60))
    if bracket and bracket.start() - q.end <= 25:
        if personnel and _mixed(ctx, personnel, bracket.group(0)):
            personnel = "unknown"
        elif personnel is None:
            # "Eleven villagers (mostly women)": the aside's people; but of a list of groups ("Three
            # Britons – a soldier and two contractors –") one kind named is only part of them
            aside = bracket.group(0)
            groups = sum(1 for o in ctx.quantities if bracket.start() <= o.start < bracket.end())
            kinds = {kind for kind, rx in (("civilian", ctx.lex.civilian_re), ("military", ctx.lex.military_re))
                     if rx.search(aside)}
            personnel = kinds.pop() if len(kinds) == 1 and groups <= 1 else None
    if personnel is None and (ctx.lex.ellipsis_re.match(s, q.end) or ctx.lex.more_re.search(s, max(0, q.start - 12), q.start)
                              or ctx.lex.place_link_re.match(s, q.end)):
        # "soldiers were killed ... and seven others were wounded", "120 civilians in Kidal, 35 in
        # Gao": a count whose noun is left out counts more of the people the sentence named last
        # (people of no kind stay so: "Five people were killed and four others wounded")
        said_any = [(m.start(), "unknown" if kind == "civilian" and _generic(ctx, m.group(0)) else kind)
                    for kind, rx in (("military", ctx.lex.military_re), ("civilian", ctx.lex.civilian_re))
                    for m in rx.finditer(s, 0, q.start) if not ctx.in_speaker_zone(m.start(), m.end())
                    # (not the attackers, named as the subject of the killing: "Gunmen killed 35 in a village")
                    and not _subject_of_attack(ctx, m.end())]
        personnel = max(said_any)[1] if said_any else None
    if personnel is None:  # "the civilian death toll", "i morti militari": the word before the casualty word
        before = s[max(0, pos - 25):pos]
        # (not the subject of a verb of killing: "Israeli forces killed 3 Palestinians")
        military = ctx.lex.military_end_re.search(before)
        personnel = "civilian" if ctx.lex.civilian_end_re.search(before) else \
            "military" if military and not ctx.lex.kill_after_re.match(s, max(0, pos - 25) + military.end()) else None
        if personnel is None and span and _military_dead_re(ctx.lex.pack.code).fullmatch(s, *span) \
                and not ctx.lex.civilian_re.match(s, span[1] + 1) \
                and any(lang.is_mission(a.code) or a.kind == "metonym" for a in ctx.actors):
            # "MINUSMA ha registrato 302 caduti": a force's fallen are soldiers (not "i caduti negli
            # scontri" of a protest)
            personnel = "military"
    noun_personnel = personnel
    own_subject = _own_subject_re(ctx.lex.pack.code).search(s, ctx.clause_start(min(pos, q.start)), min(pos, q.start))
    if own_subject and (st := ctx.attribution(pos)) and _speaker_kills(ctx, st, pos, q):
        own_subject = None  # the killers: "the army said its troops killed seven soldiers"
    if party is None and (ctx.lex.own_re.search(np_text[:25]) or own_subject) and (st := ctx.attribution(pos)):
        # "losing nine of its own men", "Lebanese group Hezbollah confirmed two members were killed":
        # the speaker's side, the group it names before its country
        party = next((a.code for a in ctx.actors if lang.is_armed_group(a.code)
                      and st.zone[0] <= a.start < st.zone[1]), None) or ctx.speaker_country(pos)
    elif party is None and ctx.lex.possessive_re.match(np_text) and not ctx.statements:
        # "Chad decided to leave Mali after 12 of its soldiers were killed": the sentence's subject's
        # (a state or a bloc: an armed group's missile that kills "three of its crew" is the ship's)
        party = next((a.code for a in ctx.actors if a.end <= q.start and a.kind != "demonym"
                      and not lang.is_armed_group(a.code)), None)
    if party is None:
        party = _owner_of_trigger(ctx, span, ctype)  # "le perdite nordcoreane", "Russian losses"
    # soldiers are a state's, never the armed group a bare "12 miliziani" were counted for
    # ("12 miliziani uccisi ... che ha ferito sette soldati")
    soldierly = personnel == "military" and bool(ctx.lex.soldier_re.search(np_text[:40]))
    if personnel is None and pos > q.end:
        # "More than 20 soldiers have been killed and nearly 50 wounded": a count whose noun is left
        # out counts the last people its clause named, and soldiers are no armed group's
        said = [m for rx in (ctx.lex.military_re, ctx.lex.civilian_re)
                for m in rx.finditer(s, ctx.clause_start(q.start), q.start)]
        soldierly = bool(said) and bool(ctx.lex.soldier_re.fullmatch(max(said, key=lambda m: m.start()).group(0)))


    def fits(p: str | None) -> bool:
        return not (soldierly and lang.is_armed_group(p))

    # (a count's own place, right after it or its people's noun, is where they were: "5 soldati a Gao
    # e 5 soldati a Kidal", "two in Gao and three in Kidal")
    place = _own_place(ctx, q) or ctx.place_near(pos)
    if place is not None and _attackers_home(ctx, place):
        place = None  # "i militanti della Striscia di Gaza hanno ucciso 1.200 persone": where the attackers are from
    # civilians are a state's people, never an armed group's ("200 Hezbollah fighters and 40 civilians"),
    # nor foreign soldiers' where a place says whose land it is ("killed two Indian peacekeepers and
    # about 20 civilians" in Bentiu); and a clause set against the last count counts others ("Six
    # Chadian peacekeepers were killed, while residents found a grave with 30 bodies")
    foreign = personnel == "civilian" and previous and previous[-1]["personnel"] == "military" \
        and (place is None or place.country != previous[-1]["party"])
    set_against = previous and ctx.lex.contrast_re.search(s, previous[-1]["_pos"], q.start)
    # (nor told by another voice: "Bangkok reports nine dead; Cambodia confirms two civilians killed")
    # (the count itself in the saying: a casualty word read far from it may stand in another's)
    voice = ctx.attribution(q.start)
    other_voice = previous and voice is not None and "_q" in previous[-1] \
        and voice is not ctx.attribution(previous[-1]["_q"].start)
    if party is None and personnel == "military" and not soldierly and voice is not None \
            and lang.is_armed_group(voice.speaker.country) and not ctx.lex.soldier_re.search(np_text[:40]):
        # fighters an armed group counts with no people named are its own, though a state's soldiers
        # are counted beside them: "le Hpg affermano che 3.063 soldati turchi e 401 combattenti sono
        # stati uccisi"
        party = voice.speaker.country
    if party is None and previous and (personnel != "civilian" or lang.is_state(previous[-1]["party"])) \
            and fits(previous[-1]["party"]) and not foreign and not set_against and not other_voice:
        party = previous[-1]["party"]
        personnel = personnel or previous[-1]["personnel"]
    if _attackers_own(ctx, q, pos):
        # "The attackers also suffered losses, with at least 16 dead": the attackers' group's dead,
        # whatever the paragraph counted before (none when no group is named)
        party, personnel = _armed_group(ctx), "military"
    if party is None and personnel != "military" and (body := _health_body(ctx, pos)) \
            and not (place and place.country and place.country != body
                     and ctx.clause_start(min(q.start, pos)) <= place.start < ctx.clause_end(max(q.end, pos))):
        # a state's health ministry or civil defence counts its own people, whatever the paragraph
        # counted before: "Separately, Israel's health ministry said 28 people were killed" (a place
        # of another clause is no other land of theirs: "..., quando Hezbollah lanciò razzi verso Israele")
        party = body
    if party is None and personnel == "civilian":
        st = ctx.attribution(pos)
        # the source's country only if a state's and no medium's: "according to the UN, 53
        # civilians", "said the German press agency"
        party = (place.country if place else None) or \
            (ctx.carry.party if ctx.carry.personnel == "civilian"
             or ctx.carry.personnel == "unknown" and lang.is_state(ctx.carry.party) else None) or \
            (st.speaker.country if st and lang.is_state(st.speaker.country)
             and not ctx.lex.media_re.search(st.speaker.text) else None) or ctx.title.home \
            or (lang.home_of(st.speaker.country) if st and lang.is_armed_group(st.speaker.country) else None)
        # (failing all, a group that speaks of the dead speaks of its land's: "The Houthis said US
        # strikes killed 38 people")
    # the state whose soldiers the article has counted already
    counted = next((p for p in reversed(ctx.carry.soldiers) if lang.is_state(p)), None) or (
        ctx.title.party if ctx.title.personnel == "military" and lang.is_state(ctx.title.party) else None)
    if party is None:
        # the subject of "RSF shelling killed 11 civilians", "Israeli strikes killed ..." is the
        # attacker, never the civilians' side; a state or capital named there is their land
        # (but for soldiers the article counted before, a land is only where they fight: "the IDF
        # announced the first fatalities of its operation in Lebanon after eight soldiers were killed")
        subj = [a for a in ctx.actors if a.end <= pos
                and not (personnel == "military" and counted and a.code != counted and _at_place(ctx, a.start))
                and (a.start >= ctx.clause_start(pos) and not ctx.in_speaker_zone(a.start, a.end)
                     or _opening_place(ctx, a))
                and not _not_victims(ctx, a) and fits(a.code)
                # (a mission that records its own fallen keeps them: "MINUSMA ha registrato 302 caduti")
                and (not _record_re(ctx.lex.pack.code).search(s, a.end, min(pos, a.end + 30))
                     or personnel == "military" and lang.is_mission(a.code))
                and (personnel != "civilian" or a.kind in ("state", "capital") or _at_place(ctx, a.start))]
        st = ctx.attribution(pos)
        if subj:
            party = subj[-1].code
        elif personnel == "military" and st and lang.is_state(st.speaker.country) \
                and (ctx.lex.armed_force_re.search(said_by := s[st.zone[0]:st.verb_start] if st.zone[0] < st.verb_start
                                                   else st.speaker.text)
                     or _army_re(ctx.lex.pack.code).search(said_by) or _state_speaks(ctx, st)) \
                and not ctx.lex.irregular_re.search(np_text[:40]) \
                and not _irregular_told_before(ctx, q, pos) and not _speaker_kills(ctx, st, pos, q):
            # (nor those named before their casualty word: "the number of terrorists killed is about 10,000")
            # (nor those it says it killed: "the army said it killed seven soldiers")
            # "the Israeli army said that seven soldiers were wounded", "Niger confirms 14 soldiers
            # dead": its own
            party = st.speaker.country
        else:
            party = next((p for p in (ctx.carry.party, ctx.title.party) if p and fits(p)), None)
        # (the sentence's group, though named before a colon: "agguato delle Farc: uccisi sette poliziotti")
        fought = [a.code for a in ctx.actors] + [ctx.carry.party, ctx.title.party] + \
            [r["party"] for r in previous[-1:]]
        # (police too: "uccisi sette poliziotti", though no fighters of a group)
        state_side = soldierly or (personnel == "military" and not ctx.lex.irregular_re.search(np_text[:40]))
        if party is None and state_side and any(lang.is_armed_group(p) for p in fought):
            # soldiers fighting the group the sentence or paragraph names: the state's where they fight
            # (failing both, the land the group fights in: "security personnel were injured" in a
            # clash with the Naxalites are India's)
            # (but a state whose soldiers the article has counted already keeps them, wherever they
            # fight: "8 IDF soldiers killed" in the title, then "eight soldiers were killed during
            # battles against Hezbollah in the south of the country")
            party = counted or (place.country if place else None) or ctx.title.home or next(
                (lang.home_of(p) for p in fought if lang.is_armed_group(p) and lang.home_of(p)), None)
        if subj and personnel is None and place and place.country and place.start > q.end \
                and ctx.lex.fighting_re.search(s, ctx.clause_start(pos), subj[0].start):
            # "i combattimenti tra X e Y hanno causato 900 morti a Goma": the fighting's sides are
            # not whose the dead are, the place's people are
            party, personnel = place.country, "unknown"
        elif subj and personnel is None and place and place.country and lang.is_armed_group(party) \
                and ctx.lex.fighting_re.search(s, subj[-1].end, q.start):
            # "I ribelli dell'M23 hanno preso Goma dopo scontri che hanno causato 700 morti": the
            # clashes' dead, not the group's that took the town
            party, personnel = place.country, "unknown"
        if subj and personnel is None and _at_place(ctx, subj[-1].start):
            personnel = "unknown"  # "a Mogadiscio ha causato 12 morti": a capital named as the place
    # no people's noun: soldiers when the sentence speaks of forces and of no civilians, civilians
    # when it speaks of them and of no forces ("the attack left around 20 dead, men, women and
    # children", "attacked the civilian population ... the toll is 23 dead"), else people unknown
    # ("One killed, ten injured in a strike on Kharkiv")
    civilians = bool(ctx.lex.civilian_re.search(s))
    # ("men" beside women are no soldiers; the police or the army who report a toll are no sign of
    # soldiers among it: "Kunduz blast kills scores, police say", "cifre fornite dall'esercito")
    asides = ctx.bracketed()  # parts of a count: "– a soldier and two contractors –"
    if sub and sub.start() <= len(np_text) + 2:  # and what an aside after it counts: "19 morti fra cui 3 attentatori"
        asides = [*asides, (q.end + sub.start(), q.end + sub.end() + 60)]
    armed = any(not (civilians and ctx.lex.ambiguous_military_re.match(s, m.start()))
                and not ctx.in_speaker_zone(m.start(), m.end())
                and not ctx.lex.source_before_re.search(s, max(0, m.start() - 30), m.start())
                and not any(a <= m.start() < b for a, b in asides)
                # nor another count's own noun in a clause set against this one: "35 morti, mentre
                # Israele dice di aver ucciso 10 miliziani"
                and not (m.start() > q.end and _counted_apart(ctx, q, m.start())
                         and ctx.lex.contrast_re.search(s, q.end, m.start()))
                # nor the attackers named as an agent: "zona attaccata dalle forze del nuovo governo",
                # or as the subject of the attack: "when Islamist militants detonated explosives"
                and not (m.start() > pos and ctx.after_from(m.start()))
                and not ctx.lex.attack_after_re.match(s, m.end()) and not ctx.lex.kill_after_re.match(s, m.end())
                for rx in (ctx.lex.military_re, ctx.lex.armed_force_re)
                # (not in a clause before the count's: "Secondo il ministero ... dei ribelli, gli ospedali hanno
                # accolto 155 cadaveri"; an apposition after it still says: "4 italiani, tutti alpini")
                for m in rx.finditer(s, ctx.clause_start(min(q.start, pos)))) \
        or bool(ctx.lex.combat_re.search(s))
    soldiery = (armed or ctx.carry.personnel == "military" or (party is not None and not lang.is_state(party))) \
        and not civilians
    civilian_cue = not armed and _civilians_near(ctx, q, pos)
    # (an apposition after the name may say more: "i 4 italiani, tutti alpini")
    if personnel is None and q.weak and _people_name_after(ctx, q, aside=False):
        # ("30 nordcoreani" in a war stay the army's: the dev gold reads context over codebook 9)
        personnel = "unknown"  # "un palestinese è stato ucciso": people, not an army (codebook 9)
    personnel = personnel or (ctx.carry.personnel if party == ctx.carry.party else None) or \
        ("military" if soldiery else "civilian" if civilian_cue and lang.is_state(party) else "unknown")
    if place is None and ctx.carry.place and (party is None or ctx.carry.place.country in (party, ctx.carry.host)):
        place = ctx.carry.place
    if party is None and personnel != "military" and (st := ctx.attribution(pos)) \
            and lang.is_armed_group(st.speaker.country) and (home := lang.home_of(st.speaker.country)):
        # failing all, a group's body that counts people of no kind counts its land's: "il ministero
        # della Sanità di Hamas ha reso noto che i morti sono oltre 40mila"
        party = home
    if group_only:
        # fighters of a group the text never names ("15 militants were killed near Tillaberi") are
        # people no nationality is named for: the party the context gives, the place's country
        # (codebook 9), never a state the paragraph names as their foe
        party = (place.country if place else None) or ctx.title.home
    if ctx.lex.peacekeeper_re.search(np_text[:40]) and not named and party in {p.country for p in ctx.places} | {
            ctx.title.home, ctx.carry.place.country if ctx.carry.place else None}:
        # peacekeepers no state is named for are their mission's (codebook 9), never the host's:
        # "quattro caschi blu sono stati uccisi a Bangassou"
        party = next((a.code for a in ctx.actors if lang.is_mission(a.code)), "UN")
    low, best, high = q.bounds()
    # "sinking a naval warship, killing 46 sailors": a navy's crew (told once the party is known, the
    # civilians' way: whose the ship is)
    if personnel == "civilian" and len(nouns) == 1 and nouns[0][1] == "civilian" \
            and ctx.lex.ambiguous_civilian_re.match(np_text, nouns[0][0]) and ctx.lex.navy_re.search(s):
        personnel = "military"
    if personnel == "civilian" and heads and min(heads, key=lambda h: h[0].start())[1] == "civilian" \
            and _generic(ctx, min(heads, key=lambda h: h[0].start())[0].group(0)) \
            and not (part_civ and not mixed_part and not partial) and not _civilians_listed_as_whole(ctx, q) \
            and not _victims_said_civilians(ctx, trigger_spans):
        # "12 people were killed": personnel follows from the noun (codebook 9), and "people" names
        # no kind. Civilians elsewhere in the sentence say nothing of them (a place "frequented by
        # tourists", a hospital's patients, another count's noun), nor does a part "many of them
        # women and children"; an aside that says all of them were civilians does
        personnel = "unknown"
    if personnel == "civilian" and heads and _generic(ctx, min(heads, key=lambda h: h[0].start())[0].group(0)) \
            and mixed_part:
        personnel = "unknown"  # "13 people, including three civilians": of both kinds
    if party is not None and _only_attacker(ctx, party) and not (place and place.country == party):
        # "le forze pakistane hanno ucciso 12 civili": the killers are never the victims' side; the
        # state struck may be ("il bilancio degli attacchi iraniani contro Israele")
        # (failing such a state the party stands: a state's strikes on its own people, "in Mali drone strikes")
        party = _struck(ctx, party) or party
    row = {"_pos": pos, "party": party, "personnel": personnel, "casualty_type": ctype,
           "location": place.text if place else None, "location_adm1": place.adm1 if place else None,
           "count_low": low, "count_best": best, "count_high": high, "count_qualifier": q.qualifier}
    row["_noun"] = noun_personnel  # the personnel its own words give, for _share_party
    row["_group_only"] = group_only
    row["_civilians"] = civilian_cue  # for a party _share_party finds
    return row
