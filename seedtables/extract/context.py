"""What every table extractor reads about one sentence: its mentions (actors, places,
numbers, dates, statements) and what the paragraph carries over (codebook section 6)."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from seedtables import lang
from seedtables.extract import actors, dates, numbers, places, speech
from seedtables.extract.actors import Actor
from seedtables.extract.dates import DateExpr
from seedtables.extract.numbers import Quantity
from seedtables.extract.places import Place
from seedtables.extract.speech import Statement
from seedtables.lang import Gated, alternation, bounded, expand_all, fold
from seedtables.text import Sentence, matchable

NAME_START = re.compile(r"[A-ZÀ-Ý]")


@dataclass
class Carry:
    """What a sentence may take from the nearest earlier sentence of its paragraph, or the title."""
    sender: str | None = None
    host: str | None = None
    party: str | None = None
    personnel: str | None = None
    place: Place | None = None
    supplier: str | None = None
    recipient: str | None = None
    force: str | None = None
    item: str | None = None
    share_of: str | None = None
    listing: bool = False  # the sentence is a line of a list a colon opened (article.extract_seed)
    # the title's carry only: the country the article's places name most (article.home_country)
    # and, read when first needed, the armed group it names most (article.main_group)
    home: str | None = None
    group: Callable[[], str | None] | None = None
    force_group: Callable[[], str | None] | None = None  # the same, military companies counted
    statements: list[Statement] = field(default_factory=list)
    # article-wide, not reset by a new paragraph: the persons named so far, for "il leader nordcoreano";
    # one list shared by the carries of an article and extended in place (a copy per sentence
    # would cost quadratic time on a long article)
    people: list[speech.Speaker] = field(default_factory=list)
    # article-wide too: the senders of its deployment rows so far, for forces a later paragraph
    # counts without naming whose ("The final batch of 13 soldiers withdrew from Kadhdhoo")
    senders: list[str] = field(default_factory=list)
    # and the (sender, host) of each: whose soldiers a bare count in the host likely counts
    deployed: list[tuple[str, str]] = field(default_factory=list)
    # and the states whose soldiers its casualty rows counted: whose a later "six soldiers" likely are
    soldiers: list[str] = field(default_factory=list)
    # and the (supplier, recipient) of its supply rows: whose "The package includes 18 howitzers"
    # a later paragraph counts
    flows: list[tuple[str, str]] = field(default_factory=list)

    def next_paragraph(self) -> Carry:
        return Carry(people=self.people, senders=self.senders, deployed=self.deployed, soldiers=self.soldiers,
                     flows=self.flows)

    def remember_people(self, ctx: Ctx) -> None:
        known = actors.reader(ctx.lex.pack.code)
        found = [(st.verb_start, st.speaker) for st in ctx.statements
                 if st.speaker.type == "person" and NAME_START.match(st.speaker.text)]
        found += [(m.start(), speech.Speaker(m.group(0), "person", None, known.person_country[m.group(0)]))
                  for m in (known.person_re.finditer(ctx.text) if known.person_gate(ctx.text) else ())]
        self.people.extend(sp for _, sp in sorted(found, key=lambda f: f[0]))


CLAUSE_MARKS = ",;:()"
# a full stop within a sentence after a lower-case word or a figure, a capital next: no abbreviation
INNER_STOP = re.compile(r"(?<=[a-z0-9][a-z0-9])\.(?=\s+[\"“«]?[A-Z])")
# (not a comma or a point inside a number: "7,7", "3,800", "1.500")
CLAUSE_END = re.compile(r"[;:]|[,.](?![0-9])|(?<![0-9])[,.]")
# an aside set off by brackets (square ones too) or dashes: "diciotto persone (tredici militari e cinque civili)",
# "Three Americans – a service member and two contractors – were killed"
# (spaced hyphens too, as many sites type dashes: "71 membri - 53 caschi blu e 18 civili - sono stati")
BRACKETED = re.compile(r"\([^()]{1,120}\)|\[[^\[\]]{1,120}\]|\s[–—]{1,2}\s[^–—]{1,120}?\s[–—]{1,2}\s|\s--\s.{1,120}?\s--\s"
                       r"|\s-\s[^–—-]{1,120}?\s-\s")


@dataclass
class Ctx:
    sentence: Sentence
    text: str  # the sentence
    publication: tuple[dt.date, dt.date]
    actors: list[Actor]
    places: list[Place]
    quantities: list[Quantity]
    dates: list[DateExpr]
    statements: list[Statement]
    carry: Carry
    title: Carry
    lex: Lexicon
    # numbers an extractor read and set aside, with the audit's reason ("deployed 5,000 soldiers"
    # inside their own country: out of the deployments' scope)
    asides: dict[tuple[int, int], str] = field(default_factory=dict)
    _marks: list[int] | None = field(default=None, repr=False, compare=False)
    _brackets: list[tuple[int, int]] | None = field(default=None, repr=False, compare=False)
    _free: list[Quantity] | None = field(default=None, repr=False, compare=False)

    # -- helpers shared by the extractors -----------------------------------
    def in_speaker_zone(self, start: int, end: int) -> bool:
        return any(st.zone[0] <= start and end <= st.content[0] and not (st.content[0] <= start < st.content[1])
                   or self._in_speaker_after(st, start, end) for st in self.statements)

    def in_trailing_speaker(self, start: int, end: int) -> bool:
        """Within the words of a speaker named after what it said: "..., the Danish armed forces said"."""
        return any(self._in_speaker_after(st, start, end) for st in self.statements)

    def _in_speaker_after(self, st, start: int, end: int) -> bool:
        """Within the speaker's own words where what was said comes first: "19 police officers were
        killed, the UN said" (the UN names no side of the dead)."""
        if st.content[1] > st.verb_start:
            return False
        at = self.text.find(st.speaker.text, st.content[1])
        return 0 <= at <= start and end <= at + len(st.speaker.text)

    def state_chains(self) -> list[list[Actor]]:
        """The states (or their peoples) named one after another, joined by commas and a
        conjunction: "Kenya, Burundi e Uganda", "Indian, Nepali and Ghanaian" (one list each; a
        state named alone is a list of one)."""
        s, link = self.text, self.lex.chain_link_re
        chains: list[list[Actor]] = []
        for a in sorted((a for a in self.actors if a.kind in ("state", "demonym") and lang.is_state(a.code)),
                        key=lambda a: a.start):
            last = chains[-1][-1] if chains else None
            if last is not None and last.kind == a.kind and link.fullmatch(s, last.end, a.start):
                chains[-1].append(a)
            else:
                chains.append([a])
        return chains

    def speaker_country(self, pos: int) -> str | None:
        """The country of who says what holds `pos`: the innermost speaker with one ("The army said:
        'We have confirmed that 13 of our soldiers ...'": the "we" is the army's)."""
        hits = sorted((st for st in self.statements if st.content[0] <= pos < st.content[1]),
                      key=lambda st: st.content[0], reverse=True)
        return next((st.speaker.country for st in hits if st.speaker.country), None)

    def attribution(self, pos: int) -> Statement | None:
        """The statement whose content holds position `pos` (the innermost)."""
        hits = [st for st in self.statements if st.content[0] <= pos < st.content[1]]
        return max(hits, key=lambda st: st.content[0]) if hits else None

    def after_from(self, start: int) -> bool:
        """Whether the mention at `start` follows "da"/"from": an origin or an agent (or stands in
        a list that does: "from Mali and Burkina Faso")."""
        before = self.text[max(0, start - 30):start]
        if self.lex.from_re.search(before):
            return True
        if not re.search(r",\s*\S*\s*$|\s[^\W\d_]{1,3}\s+\S*\s*$", before):
            return False  # most mentions: no list stands before them
        head = places.reader(self.lex.pack.code).before_list(self.text, start)
        return head is not None and bool(self.lex.from_re.search(head[-30:]))

    def under_rate(self, start: int, end: int) -> bool:
        """Whether a rate word stands in the clause holding [start, end), or in a short opening
        clause before it: "are dying every day", "Every day, they lose 300-400 people" (codebook 9:
        a rate is no toll)."""
        clause = self.clause_start(start)
        opening = self.clause_start(clause - 1) if clause else clause
        return bool(self.lex.rate_re.search(self.text, clause, self.clause_end(end))
                    or (clause - opening < 25 and self.lex.rate_re.search(self.text, opening, clause)))

    def owner_of(self, start: int, end: int) -> Actor | None:
        """The actor qualifying the noun at [start, end): a demonym right after it ("aiuti europei",
        "le perdite nordcoreane") or an actor right before it ("North Korean shells", "Russia's share")."""
        for a in self.actors:
            # (an adjective may stand between: "le perdite totali russe", "le vittime civili ucraine";
            # not a number: "killed three Chadian peacekeepers")
            if a.start >= end and a.kind == "demonym" and (
                    re.fullmatch(r"\s?", self.text[end:a.start])
                    or (re.fullmatch(r"\s(?-i:[a-zà-ù]{4,})\s", self.text[end:a.start])
                        and not any(end < q.end <= a.start for q in self.quantities))):
                return a
            if a.end <= start and re.fullmatch(r"(?:'s|’s)?\s?", self.text[a.end:start]):
                return a
        return None

    def speaker_as_subject(self, pos: int) -> str | None:
        """'The Netherlands said it had transferred ...', 'Mosca ha detto di aver inviato ...': a
        reported clause whose subject is a pronoun or left out is the speaker's own act."""
        st = self.attribution(pos)
        if st and st.speaker.country and self.lex.bare_subject_re.fullmatch(
                self.lex.clause_word_re.sub("", self.text[st.content[0]:pos], count=1)):
            return st.speaker.country
        return None

    def bracketed(self) -> list[tuple[int, int]]:
        """The spans of the sentence's asides in brackets or dashes (BRACKETED), found once."""
        if self._brackets is None:
            self._brackets = [m.span() for m in BRACKETED.finditer(self.text)]
        return self._brackets

    def in_bracketed_aside(self, pos: int) -> bool:
        """Whether the number at `pos` stands in a bracketed or dashed aside right after another
        count's phrase: it counts part of that count ("diciotto persone (tredici militari ...)")."""
        for start, end in self.bracketed():
            if start <= pos < end:
                # a number alone in brackets before its people's noun is the count itself, written
                # so: "rose to (31) people, while (103) others were injured"
                bare = not self.text[start + 1:end - 1].strip(" ,.0123456789")
                if bare and self.counted_after(end):
                    return False
                # (no actor between before a bare figure: "Norvegia (27) e Germania (23)" lists each one's
                # own; "19 italiani (12 carabinieri, 5 soldati e due civili)" breaks the count down)
                # nor a name: "Darwish (21 anni), Ahmed Saqr (15)" gives each one's age
                # (an actor's name is none: "71 UN personnel — 53 peacekeepers and 18 civilians —")
                return any(o.end <= start and start - o.end <= 45
                           and not (bare and any(o.end <= a.start < start for a in self.actors))
                           and not any(not any(a.start <= m.start() < a.end for a in self.actors)
                                       for m in NAME_START.finditer(self.text, o.end, start)) for o in self.quantities)
        return False

    def counted_after(self, pos: int) -> bool:
        """Whether a people's noun, or "others", follows `pos`: what a number before it counts."""
        lex = self.lex
        return bool(lex.ellipsis_re.match(self.text, pos) or re.match(r"\s+", self.text[pos:pos + 1]) and (
            lex.civilian_re.match(self.text, pos + 1) or lex.military_re.match(self.text, pos + 1)))

    def clause_end(self, pos: int) -> int:
        """Where the clause holding `pos` ends: at the first comma, semicolon, colon or full stop
        from `pos` on, else at the sentence's end."""
        m = CLAUSE_END.search(self.text, pos)
        return m.start() if m else len(self.text)

    def clause_start(self, pos: int) -> int:
        """Where the clause holding `pos` starts: after the last comma, semicolon, colon or
        bracket before it, else at 0."""
        marks = self._marks
        if marks is None:  # asked a dozen times a sentence: the marks are found once
            # (a comma inside a number ends no clause: "7,7", "3,800")
            t = self.text
            marks = [i for i, ch in enumerate(t) if ch in CLAUSE_MARKS
                     and not (ch == "," and t[i - 1:i].isdigit() and t[i + 1:i + 2].isdigit())]
            # (a full stop inside a quotation, which the sentence holds whole, ends a clause too:
            # "“Arms imports by Pakistan grew by 66 per cent. China supplied 80 per cent ...”")
            marks = self._marks = sorted(marks + [m.start() for m in INNER_STOP.finditer(t)])
        return marks[bisect_left(marks, pos) - 1] + 1 if marks and marks[0] < pos else 0

    def is_non_factual(self, trig_start: int, trig_end: int) -> bool:
        """An intention, possibility, condition or denial: no fact row (codebook section 7)."""
        start = self.clause_start(trig_start)
        # (the gerund is the fact's own verb: "..., aggiungendo che decine di persone sono morte" opens a saying)
        if start > 1 and self.text[start - 1] == "," and (g := self.lex.gerund_opening_re.match(self.text, start)) \
                and g.end() >= trig_start:
            start = self.clause_start(start - 1)
        # a clause of time or cause before the trigger is a fact whatever was intended before it:
        # "SADC decided to end its mission after 17 of its soldiers were killed"
        start = max([m.end() for m in self.lex.fact_clause_re.finditer(self.text, start, trig_start)], default=start)
        window = self.text[start:trig_end]
        if self.lex.starters.search(window) or self.lex.done_before_re.search(self.text, max(0, trig_start - 12),
                                                                               trig_start):
            return False
        # (a month's name is no modal: "confirmed on May 3 the sale", "in May, 300 troops arrived")
        hit = self.lex.non_factual.search(window)
        if hit and self.dates:
            hit = next((m for m in self.lex.non_factual.finditer(window)
                        if not any(d.start <= start + m.start() < d.end for d in self.dates)), None)
        if hit or self.lex.future_in_past_re.search(self.text, 0, trig_start):
            return True
        # an infinitive after a word of purpose: "aimed to capture", "per catturare" (the words of
        # purpose are short: the forty characters before the verb hold them)
        if self.lex.purpose_re.search(self.text, max(start, trig_start - 40), trig_start):
            word = self.text[trig_start:trig_end].split()[0]
            if lang.lemma(word, self.lex.pack.code) == word.lower():
                return True
        return any(st.act == "deny" and st.verb_start < trig_start for st in self.statements)

    def event_dates(self) -> list[DateExpr]:
        """The sentence's dates that may date a fact or a saying: not a birth's or a founding's
        ("three people, including a boy born in 2009")."""
        not_event = self.lex.not_event_date_re
        return [d for d in self.dates if not not_event.search(self.text, max(0, d.start - 20), d.start)]

    def date_for(self, pos: int) -> DateExpr | None:
        """The expression dating a fact at `pos`: the nearest one outside the speaking zones;
        failing that, the one dating the report of it."""
        own = [d for d in self.event_dates() if not any(st.zone[0] <= d.start and d.end <= st.content[0]
                                                        for st in self.statements)]
        if own:
            return min(own, key=lambda d: abs((d.start + d.end) / 2 - pos))
        st = self.attribution(pos)
        if st:
            return self.statement_date(st)
        return None

    def statement_date(self, st: Statement) -> DateExpr | None:
        """The date of the saying: in the speaker's words ("said on 28 April"), else in the
        sentence's opening clause right before the speaker ("In a statement carried by KCNA on
        28 April, Kim said")."""
        dates = self.event_dates()
        zone = [d for d in dates if st.zone[0] <= d.start and d.end <= st.content[0] + 1]
        if zone:
            return zone[0]
        opening = [d for d in dates if d.end <= st.zone[0] and "," not in self.text[d.end:st.zone[0]].rstrip(" ,")
                   and not any(o is not st and o.content[0] <= d.start < o.content[1] for o in self.statements)]
        return opening[-1] if opening else None

    def place_near(self, pos: int) -> Place | None:
        """Where a fact at `pos` happens: the nearest place after it (the destination), else the
        nearest before it; a place introduced by "da"/"from" is an origin and never chosen, and
        a country's land ("on Ukrainian soil") only where the sentence names no other place."""
        cands = [p for p in self.places if not self.after_from(p.start)]
        cands = [p for p in cands if not p.land] or cands
        # what a speaker says happens where it says, not where it is said ("«... centinaia di feriti»,
        # ha detto X durante una riunione a Ginevra")
        st = self.attribution(pos)
        if st:
            # (nor where the speaker was when saying it: "the UN rights chief, speaking to reporters
            # in Geneva, said ...")
            who = self.text.find(st.speaker.text, st.zone[0], st.verb_start)
            after_speaker = who + len(st.speaker.text) if who >= 0 else st.verb_start
            cands = [p for p in cands if p.start < min(st.verb_start, after_speaker)
                     or st.content[0] <= p.start < st.content[1]
                     or any(o.content[0] <= p.start < o.content[1] for o in self.statements)]
        after = [p for p in cands if p.start >= pos]
        before = [p for p in cands if p.start < pos]
        if after:
            nearest = min(after, key=lambda p: p.start - pos)
            # (but for one its own clause names before it, not a place past that clause: "A missile
            # strike on Kyiv killed four people, and Ukraine struck targets in Russia")
            own = [p for p in before if p.start >= self.clause_start(pos)]
            return max(own, key=lambda p: p.start) if own and nearest.start > self.clause_end(pos) else nearest
        return max(before, key=lambda p: p.start) if before else None

    def names_casualty(self) -> bool:
        """Whether a casualty word stands in the sentence (the casualties extractor's triggers)."""
        return any(rx.search(self.text) for _, rx in self.lex.casualty)

    def speaks_of_supplying(self) -> bool:
        """Whether a supply verb or noun stands in the sentence: its sums and munitions may be a
        supply row's."""
        lex = self.lex
        return bool(lex.supply_verbs.search(self.text) or lex.receive_verbs.search(self.text)
                    or lex.transfer_nouns.search(self.text))

    def item_after(self, q, words: int) -> re.Match | None:
        """The item word (supplies' vocabulary) among the first `words` words after a count: what it
        counts when it counts things ("two cargo planes", "80,000 pistols")."""
        span = re.match(rf"(?:\s+[\w.'’-]+){{1,{words}}}", self.text[q.end:q.end + 40])
        return self.lex.item_re.search(self.text, q.end, q.end + span.end()) if span else None

    def counts_coordinated(self, q) -> list[Quantity]:
        """The counts coordinated after `q` with their noun left out, each more of what `q` counts:
        "300 soldati a marzo e oltre 150 il mese scorso", "20 drones in 2022 and another 12 in
        2023". A count with a noun of its own, a percentage or punctuation other than a comma ends them."""
        s, lex, out, last = self.text, self.lex, [], q
        for o in self.numbers_free():
            if o.start <= last.start:
                continue
            gap = s[last.end:o.start]
            if o.percent or q.percent or len(gap) > 45 or re.search(r"[;:.()\[\]]", gap) \
                    or not lex.coordinated_gap_re.search(gap) or not lex.count_follower_re.match(s, o.end) \
                    or lex.follower_with_noun_re.match(s, o.end):
                break
            # (a count with a place or an actor of its own is another fact: "300 to Mali and 150 to Niger")
            stop = re.search(r"[,;:.]|$", s[o.end:o.end + 40]).start() + o.end
            if any(o.end <= p.start < stop for p in self.places) or any(o.end <= a.start < stop for a in self.actors):
                break
            out.append(o)
            last = o
        return out

    def numbers_free(self) -> list[Quantity]:
        """Quantities that are not part of a date ("2025" in "nel 2025"), nor a percentage a figure
        changed by ("arms imports fell by 36%": no share of anything), found once."""
        if self._free is None:
            change = self.lex.change_percent_re
            self._free = [q for q in self.quantities if not any(d.start <= q.num_start < d.end for d in self.dates)
                          and not (q.percent and change.search(self.text, max(0, q.start - 40), q.start))]
        return self._free


class Lexicon:
    """Compiled per-language vocabularies the fact extractors use."""

    def __init__(self, pack: lang.Pack):
        d = pack.section("deployments")
        self.pack = pack
        self.actions = [(a, Gated(expand_all(d.get(a, [])))) for a in ("withdraw", "redeploy", "presence", "deploy")]
        self.non_factual = _rx(d.get("non_factual", []))
        # a gerund opening a clause after a comma: its clause goes on the one before ("ha deciso di
        # rafforzare la sua presenza, schierando ...")
        gerunds = alternation(pack.section("supplies").get("gerund_endings", [])) or "(?!x)x"
        self.gerund_opening_re = re.compile(rf"\s*[^\W\d_]+(?:{gerunds})(?![\w])", re.IGNORECASE)
        later = d.get("future_in_past", [])  # patterns ending where the verb starts
        self.future_in_past_re = re.compile("|".join(later) if later else "(?!x)x", re.IGNORECASE)
        purposes = "|".join(d.get("purpose_words", [])) or "(?!x)x"
        self.purpose_re = re.compile(rf"(?<![\w'’])(?:{purposes})\s+$", re.IGNORECASE)
        # words between a force noun and an actor that make the actor a destination or a side
        self.destination_re = _rx([*pack.section("places").get("prepositions", []), *d.get("side_words", [])])
        self.starters = _rx(d.get("starters", []) or ["(?!x)x"])
        # a participle after these is a deed done, whatever the clause intends: "will join a contingent
        # of 1,000 men already deployed in Goma"
        done = alternation(d.get("done_before", [])) or "(?!x)x"
        self.done_before_re = re.compile(rf"(?<![\w])(?:{done})\s+$", re.IGNORECASE)
        self.fact_clause_re = _rx(pack.get("fact_clause_words", []) or ["(?!x)x"])
        sp = pack.section("speech")
        # what may stand before a verb whose subject is left out or is a pronoun
        bare = [*pack.get("pronoun_subjects", []), *sp.get("auxiliaries", []), *sp.get("adverbs", []),
                *pack.get("skip_words", [])]
        # (a quote may open the clause: '"We have donated 19 F-16s"', the speaker's own act)
        self.bare_subject_re = re.compile(rf"[\s,\"“”«»']*(?:(?:{alternation(bare)})[\s,]+)*", re.IGNORECASE)
        tolls = alternation(pack.section("casualties").get("toll_nouns", [])) or "(?!x)x"
        self.toll_noun_re = re.compile(rf"\s+(?:{tolls})(?![\w])", re.IGNORECASE)  # "a death | toll of nine"
        # what adds people to a count already made: "oltre a un soldato", "as well as two officers"
        added = alternation(pack.section("casualties").get("added_links", [])) or "(?!x)x"
        self.added_re = re.compile(rf"(?<![\w])(?:{added})\s*$", re.IGNORECASE)
        # what may stand between people and the verb of their fate: "20 hostages were reportedly killed"
        links = expand_all([*pack.section("casualties").get("passive_links", []), *sp.get("auxiliaries", []),
                            *sp.get("adverbs", [])])
        self.passive_link_re = re.compile(rf"\s*(?:(?:{alternation(links)})\s+)*", re.IGNORECASE)
        # "that", "di": what opens a reported clause before its verb ("said it had", "ha detto di aver")
        opens = [*pack.get("clause_words", []), *sp.get("infinitive_links", [])]
        self.clause_word_re = re.compile(rf"^[\s,]*(?:{alternation(opens)})(?![\w])", re.IGNORECASE)
        f = pack.section("forces")
        # force nouns are patterns ("costruttori(?: militari)?"): what one matched is looked up by
        # its folded text when the noun is a plain word, else by the pattern that reads it whole
        force_words = [(w, kind) for kind, words in f.items() for w in expand_all(words)]
        self.forces = {fold(w): kind for w, kind in force_words}
        self.force_patterns = [(re.compile(w, re.IGNORECASE), kind) for w, kind in
                               sorted(force_words, key=lambda wk: (-len(wk[0]), wk[0]))]
        self.force_re = Gated([w for w, _ in force_words])
        # force nouns that are no sign of fighting: workers, citizens ("tre cittadini tedeschi feriti")
        c = pack.section("casualties")
        unarmed = {fold(w) for w in expand_all([*c.get("unarmed_forces", []), *c.get("civilian_words", [])])}
        self.armed_force_re = Gated([w for w, _ in force_words if fold(w) not in unarmed])
        self.peacekeeper_re = _rx(d.get("peacekeepers", []))
        self.purposes = [(p, _rx(words)) for p, words in pack.section("purposes").items()]
        self.disaster_re = _rx(c.get("disaster_words", []))
        # what a percentage after it is a change by, patterns ending where the figure starts
        changes = pack.section("numbers").get("change_percent_before", [])
        self.change_percent_re = re.compile(rf"(?<![\w])(?:{'|'.join(changes)})\s*$" if changes else "(?!x)x",
                                            re.IGNORECASE)
        self.casualty_lemmas = {lemma: ctype for ctype, lemmas in c.get("lemmas", {}).items() for lemma in lemmas}
        self.casualty_lemma_keys = lang.lemma_prefixes(self.casualty_lemmas, pack.code)
        # the words' keys tell most sentences hold no word of these heads (a head is a word's first three letters)
        self.casualty_lemma_gate = lang.KeyGate([k for k in self.casualty_lemma_keys if len(k) == 3 and k.isalpha()])
        self.casualty = [(t, Gated(expand_all(c.get(t, []))))
                         for t in ("killed_or_wounded", "killed", "wounded", "captured", "missing")]
        # a new total after a count ("..., bringing the total to 30,035"): of the casualty word before it
        self.casualty_totals = Gated(expand_all(c.get("total_words", [])))
        self.civilian_re = _rx(c.get("civilian_words", []))
        self.own_re = _rx(c.get("own_words", []))
        # "12 of its soldiers", "12 suoi soldati": a possessive right after the count
        possessives = alternation(expand_all(c.get("possessives", []))) or "(?!x)x"
        self.possessive_re = re.compile(rf"\s+(?:{possessives})\s", re.IGNORECASE)
        self.projection_re = _rx(c.get("projection_words", []))
        self.rate_re = _rx(c.get("rate_words", []))
        sources = alternation(expand_all(c.get("source_words", [])), escape=False) or "(?!x)x"
        self.source_before_re = re.compile(rf"(?<![\w])(?:{sources})\s+(?:\S+\s+){{0,3}}(?:\S*['’])?$", re.IGNORECASE)
        self.escape_re = _rx(c.get("escape_words", []))
        copulas = alternation(expand_all(c.get("copulas", [])))
        self.copula_re = re.compile(rf"\s*(?:{copulas})\s+(?:(?:{alternation(pack['articles'])})\s+)?", re.IGNORECASE)
        among, articles = alternation(c.get("among_words", [])), alternation(pack["articles"])
        self.among_any_re = re.compile(rf"(?<![\w])(?:{among})\s+(?:(?:{articles})\s+)?", re.IGNORECASE)
        self.among_re = re.compile(rf"^\s+(?:{alternation(c.get('among_words', []))})(?![\w])", re.IGNORECASE)
        # opens a clause with a subject of its own: "lost 54 soldiers after Al-Shabaab militants overran"
        openers = pack.section("deployments").get("clause_openers", [])
        self.clause_opener_re = re.compile(bounded(alternation(openers)), re.IGNORECASE) if openers \
            else re.compile(r"(?!x)x")
        self.indefinite_articles = frozenset(fold(w) for w in pack.get("indefinite_articles", []))
        self.definite_articles = frozenset(fold(w) for w in pack.get("definite_articles", []))
        partitive = alternation(c.get("partitive_links", [])) or "(?!x)x"
        self.partitive_re = re.compile(rf"\s+(?:{partitive})\s+", re.IGNORECASE)  # between the part and the whole
        # after the part's noun, a link of its own ("out of", "dei"), not a bare "of"/"di": "9,680
        # uniformed personnel out of 12,944", not "a father of two"
        bare = set(c.get("partitive_bare_links", []))
        own = alternation([w for w in c.get("partitive_links", []) if w not in bare]) or "(?!x)x"
        self.partitive_end_re = re.compile(rf"\s(?:{own})\s+$", re.IGNORECASE)
        # a part counted by a pronoun after its whole: "four gunmen, and two of them were killed"
        pronouns = alternation(c.get("part_pronouns", []), escape=False) or "(?!x)x"
        self.part_pronoun_re = re.compile(rf"\s+(?:{pronouns})(?![\w])", re.IGNORECASE)
        # a clause opening on the whole: "Of the 46 ..., four died" (not "di": "si tratta di 6 dei 24")
        opening = alternation(pack.section("audit").get("whole_opening", [])) or "(?!x)x"
        self.partitive_open_re = re.compile(rf"\s*(?:{opening})\s+", re.IGNORECASE)
        # ", while", ", mentre": a clause set against the one before, with its own subject
        contrast = alternation(pack.get("contrast_words", []))
        self.contrast_re = re.compile(rf",\s*(?:{contrast})(?![\w])" if contrast else r"(?!x)x", re.IGNORECASE)
        repeated = alternation(pack.get("repeated_prepositions", [])) or "(?!x)x"
        conj, small = alternation(pack.get("conjunctions", [])), alternation(pack.get("articles", []) + pack.get(
            "repeated_prepositions", []) + pack.get("list_prepositions", []))
        # what joins two names of a list: "Kenya, Burundi e Uganda", "dal Senegal e dalla Costa d'Avorio"
        self.chain_link_re = re.compile(rf"\s*(?:,\s*(?:(?:{conj})\s+)?|\s(?:{conj})\s+)(?:(?:{small})\s*)?"
                                        rf"(?:(?:{small})\s*)?", re.IGNORECASE)
        # "between Russia and Ukraine": a list of two sides, not of partners
        self.between_re = re.compile(rf"(?<![\w])(?:{alternation(pack.get('between_words', []))})\s+(?:[^\W\d_]+\s+)?$"
                                     if pack.get("between_words") else r"(?!x)x", re.IGNORECASE)
        self.coordination_re = re.compile(rf"(?:,|(?<![\w])(?:{alternation(pack.get('conjunctions', []))})"
                                          rf"(?:\s+(?:{repeated}))?)\s*$", re.IGNORECASE)
        self.military_re = _rx(c.get("military_words", []))
        civilians = alternation(expand_all(c.get("civilian_words", [])), escape=False)
        self.civilian_end_re = re.compile(bounded(civilians) + r"\s*$", re.IGNORECASE)
        self.military_end_re = re.compile(bounded(alternation(expand_all([*c.get("military_words", []),
                                                                         *c.get("military_adjectives", [])]), escape=False))
                                          + r"\s*$", re.IGNORECASE)
        self.combat_re = _rx(c.get("combat_words", []))
        self.irregular_re = _rx(c.get("irregular_words", []))
        self.outlaw_re = _rx(c.get("outlaw_words", []))
        self.no_casualty_re = _rx(c.get("no_casualty_phrases", []))
        self.ambiguous_military_re = _rx(c.get("ambiguous_military", []))
        self.ambiguous_civilian_re = _rx(c.get("ambiguous_civilian", []))
        navy = expand_all(c.get("navy_words", []))
        self.navy_re = re.compile(lang.bounded(alternation(navy)), re.IGNORECASE) if navy else re.compile(r"(?!x)x")
        self.soldier_re = _rx(c.get("soldier_words", []))
        # what may stand between a count and its casualty word: "18 killed, 36 others injured"
        fillers = alternation(c.get("filler_words", [])) or "(?!x)x"
        self.after_filler_re = re.compile(rf"^[\s,]*(?:(?:{fillers})\s+)*$", re.IGNORECASE)
        ellipsis = alternation(c.get("ellipsis_words", [])) or "(?!x)x"
        self.ellipsis_re = re.compile(rf"\s+(?:{ellipsis})(?![\w])", re.IGNORECASE)
        self.fighting_re = _rx(c.get("fighting_nouns", []))
        backers = alternation(expand_all(c.get("backer_words", [])), escape=False) or "(?!x)x"
        # "backed by the RSF", "fighting for Sudan's army": an article or a possessor may stand between
        self.backer_before_re = re.compile(rf"(?<![\w])(?:{backers})\s*(?:(?:{alternation(pack['articles'])})\s+)?"
                                           rf"(?:[^\W\d_]+['’]s\s+)?$", re.IGNORECASE)
        backed = alternation(expand_all(c.get("backer_after_words", [])), escape=False) or "(?!x)x"
        self.backer_after_re = re.compile(rf"\s+(?:{backed})(?![\w])", re.IGNORECASE)
        self.media_re = _rx([*c.get("media_nouns", []), *map(re.escape, lang.knowledge("actors")["media"]["names"])])
        bodies = alternation(expand_all([*c.get("media_nouns", []), *c.get("name_nouns", [])]), escape=False) or "(?!x)x"
        genitives = expand_all(pack.section("speech").get("genitive", []))
        genitive = alternation(genitives)
        # a people's name that qualifies a source's or an institution's noun, on the side the
        # language puts it: "the German press agency", "il ministero della Sanità libanese"
        self.body_before_re = re.compile(rf"(?<![\w])(?:{bodies})(?:\s+(?:{genitive})\s*[\w'’]+)?\s+$", re.IGNORECASE) \
            if c.get("name_noun_first") else re.compile(r"(?!x)x")
        self.body_after_re = re.compile(rf"^\s+(?:{bodies})(?![\w])", re.IGNORECASE) \
            if not c.get("name_noun_first") else re.compile(r"(?!x)x")
        not_event = alternation(expand_all(pack.section("dates").get("not_event_before", []))) or "(?!x)x"
        self.not_event_date_re = re.compile(rf"(?<![\w])(?:{not_event})\s+$", re.IGNORECASE)
        # an actor's name that qualifies an area names no victims: "outside Hezbollah
        # strongholds", "le roccaforti di Hezbollah"
        targets = alternation(expand_all(c.get("target_nouns", [])), escape=False) or "(?!x)x"
        self.target_before_re = re.compile(rf"(?<![\w])(?:{targets})\s+(?:{genitive})\s*$", re.IGNORECASE) \
            if c.get("name_noun_first") else re.compile(r"(?!x)x")
        self.target_after_re = re.compile(rf"^(?:['’]s)?\s+(?:{targets})(?![\w])", re.IGNORECASE) \
            if not c.get("name_noun_first") else re.compile(r"(?!x)x")
        self.more_re = re.compile(rf"(?<![\w])(?:{alternation(c.get('more_words', []))})\s*$", re.IGNORECASE)
        self.conjunction_re = re.compile(rf"\b(?:{alternation(pack.get('conjunctions', [])) or '(?!x)x'})\b", re.IGNORECASE)
        # a figure another source gives for the count just told: "while the army put the number at 25"
        rival = alternation(expand_all(c.get("rival_figure_words", [])), escape=False) or "(?!x)x"
        self.rival_before_re = re.compile(rf"(?<![\w])(?:{rival})\s*$", re.IGNORECASE)
        # "members of the Sinaloa cartel", "membri dell'Isis": members of a named group are people
        members = alternation(c.get("member_nouns", [])) or "(?!x)x"
        self.members_of_re = re.compile(rf"(?:{members})\s+(?:{genitive})\s*(?:(?:{alternation(pack['articles'])})\s+)?",
                                        re.IGNORECASE)
        # None where adjectives come first (English): any people's word of the phrase is the counted one
        premods = c.get("noun_premodifiers")
        self.premodifier_re = None if premods is None else re.compile(
            alternation([*premods, *pack["articles"], *genitives, *c.get("among_words", [])]), re.IGNORECASE)
        attacks = alternation(expand_all(c.get("attack_nouns", [])), escape=False) or "(?!x)x"
        # "Israeli strikes", "Iran's missile barrage": after a possessive, one word may stand between;
        # "Israel hits a building", "Israele colpisce": an actor right before a verb of attacking
        verbs = alternation(expand_all(c.get("attack_verbs", [])), escape=False) or "(?!x)x"
        # (or a word the pack says qualifies an attack: "the ISWAP terrorist attack", "l'attacco terroristico")
        mods = alternation(c.get("attack_modifiers", [])) or "(?!x)x"
        # (or its fighters' noun before a verb, though no passive's: "Al-Shabaab militants stormed
        # the base", not "Thai soldiers attacked by ...")
        agents = alternation(expand_all(c.get("attack_agents", [])))
        aux = alternation([*pack.section("audit").get("passive_auxiliaries", []),
                           *pack.section("supplies").get("passive_auxiliaries", [])], escape=False) or "(?!x)x"
        self.attack_after_re = re.compile(
            rf"^(?:['’]s\s*(?:[^\W\d_]+\s+)?|\s*(?:(?:{mods})\s+)?)(?:{attacks}|{verbs})(?![\w])"
            rf"|^\s+(?!(?:{aux})\s)[^\W\d_]+\s+(?:{verbs})(?![\w])(?!\s+(?:{agents or '(?!x)x'})(?![\w]))", re.IGNORECASE)
        # (a word may qualify the attack before its people's name: "un raid aereo russo")
        self.attack_before_re = re.compile(rf"(?<![\w])(?:{attacks})(?:\s+(?:{mods}))?\s*$", re.IGNORECASE)
        # "an attack by the Palestinian group Hamas", "l'attacco del gruppo Hamas": up to three words
        # (an article, a people's name, "group") may stand between the agent's word and the actor
        hands = alternation(expand_all(c.get("hands_of", []))) or "(?!x)x"
        conj = alternation(pack.get("conjunctions", [])) or "(?!x)x"
        more = alternation([*c.get("more_words", []), *c.get("ellipsis_words", [])]) or "(?!x)x"
        self.coordinated_gap_re = re.compile(rf"(?:,|(?<![\w])(?:{conj}))\s+(?:(?:{more})\s+)?$", re.IGNORECASE)
        followers = alternation(pack.get("count_followers", [])) or "(?!x)x"
        self.count_follower_re = re.compile(rf"\s*(?:[,.;:)\]]|$|(?:{followers})(?![\w]))", re.IGNORECASE)
        bare = alternation(pack.get("count_followers_bare", [])) or "(?!x)x"
        self.follower_with_noun_re = re.compile(rf"\s*(?:{bare})\s+(?!(?:{followers})(?![\w]))[^\W\d_]", re.IGNORECASE)
        self.attack_agent_re = re.compile(rf"(?<![\w])(?:(?:{attacks})\s+(?:{agents})|{hands})\s*"
                                          rf"(?:[^\W\d_][\w'’-]*\s+){{0,3}}$",
                                          re.IGNORECASE) if c.get("attack_agents") else re.compile(r"(?!x)x")
        # "le forze venezuelane avrebbero ucciso otto miliziani": the killer a word or two before its verb
        kills = alternation(expand_all(c.get("kill_verbs", [])), escape=False) or "(?!x)x"
        self.kill_after_re = re.compile(rf"\s*(?:[^\W\d_][\w'’-]*\s+){{0,2}}?(?:{kills})(?![\w])", re.IGNORECASE)
        # what stands between a count and its place: "384 in Tartus", "5 nel Kashmir"
        place_preps = alternation(pack.section("places").get("prepositions", []))
        articles = alternation(pack['articles'])
        self.place_link_re = re.compile(rf"\s+(?:{place_preps})(?:\s+(?:{articles}))?\s*", re.IGNORECASE)
        self.toll_verb_re = re.compile(rf"(?<![\w])(?:{alternation(expand_all(c.get('toll_verbs', [])), escape=False)})\s*$",
                                       re.IGNORECASE) if c.get("toll_verbs") else re.compile(r"(?!x)x")
        s = pack.section("supplies")
        self.suspend_re = _rx(s.get("suspend_words", []))
        self.supply_verbs = Gated(expand_all(s.get("verbs", [])))
        self.receive_verbs = Gated(expand_all(s.get("receive_verbs", [])))
        # (and weapon systems named by their model alone, whatever the language: knowledge/weapons.toml)
        models = {fold(w): item for item, words in lang.knowledge("weapons")["model_items"].items() for w in words}
        self.items = {**models, **{fold(w): item for item, words in s.get("items", {}).items() for w in expand_all(words)}}
        self.item_re = Gated(list(self.items), escape=True)
        # read in every sentence, whole: looked up by the words' keys (Gated)
        self.transfer_nouns = Gated(expand_all(s.get("transfer_nouns", [])))
        self.supplier_nouns = Gated(expand_all(s.get("supplier_nouns", [])))
        self.cargo_re = _rx(s.get("cargo_nouns", []))
        self.share_noun_re = _rx(s.get("share_nouns", []))
        self.comparison_re = _rx(s.get("comparison", []))
        self.use_link_re = re.compile(rf"\s+(?:{alternation(s.get('use_links', []))})\s+", re.IGNORECASE)
        # (a calibre or a measure may stand between: "rounds of 155mm ammunition", "proiettili da 155 mm")
        self.item_of_re = re.compile(rf"\s+(?:{alternation(s.get('item_of_links', []))})\s+(?:[0-9][\w.,]*(?:\s?mm)?\s+)?",
                                     re.IGNORECASE) if s.get("item_of_links") else re.compile(r"(?!x)x")
        self.to_re = re.compile(rf"(?<![\w])(?:{alternation(s.get('to', []))})\s*$", re.IGNORECASE)
        self.units = {fold(k): v for k, v in s.get("units", {}).items()}
        link = alternation(s.get("unit_links", []))
        # names, model designators, compound modifiers and measures may stand between a number and
        # its unit: "148 KN-23 and KN-24 missiles", "ten Leopard 1A5 tanks", "two bridge-laying
        # tanks", "14,000 2,000-pound bombs", "air-to-surface missiles". Each ends at a space: a run
        # of capitals split anywhere would be tried every way
        mods = alternation(s.get("unit_modifiers", []))
        model = (rf"(?:(?-i:[A-Z][\w-]*(?:\s+[0-9][\w-]*)?)|[^\W\d_]+(?:-[^\W\d_]+)+|[0-9][0-9,.]*-?[^\W\d_]+|"
                 rf"(?:{mods})(?![\w-]))"
                 rf"(?:\s*(?:,|{alternation(pack.get('conjunctions', []))}))?\s+")
        self.unit_re = re.compile(rf"^\s*(?:(?:{link})\s*)?(?:{model})*(?P<unit>{alternation(self.units)})(?![\w])",
                                  re.IGNORECASE)
        self.currencies = {fold(k): v for k, v in s.get("currencies", {}).items()}
        self.currency_re = re.compile(rf"^\s*(?:(?:di|of)\s+)?(?:{alternation(s.get('currencies', {}))})(?![\w])",
                                      re.IGNORECASE)
        self.share_of_re = re.compile(rf"^\s*(?:{alternation(s.get('share_of_words', []))})\s*", re.IGNORECASE)
        # ("from the United States": the article a name may take)
        # (or a direction: "pulled out of southern Lebanon", "dal nord del Mali")
        directions = alternation(expand_all(pack.section("places").get("directions", [])), escape=False) or "(?!x)x"
        self.from_re = re.compile(rf"(?<![\w])(?:{alternation(s.get('from', []))})\s*"
                                  rf"(?:(?:{alternation(pack.get('definite_articles', []))})\s+)?(?:(?:{directions})\s+)?$",
                                  re.IGNORECASE)
        self.from_word_re = re.compile(bounded(alternation(s.get("from", []))), re.IGNORECASE)
        # the words before a country forces leave: "withdrew from", "pulled out of"
        left = alternation(s.get("from", []) + pack.section("deployments").get("left_from", []))
        self.left_from_re = re.compile(rf"(?<![\w])(?:{left})\s*(?:(?:{alternation(pack.get('definite_articles', []))})\s+)?"
                                       rf"(?:(?:{directions})\s+)?$", re.IGNORECASE)
        self.genitive_word_re = re.compile(genitive, re.IGNORECASE)

    def force_kind(self, text: str) -> str:
        """The kind of force a match of force_re names."""
        kind = self.forces.get(fold(text))
        if kind is None:
            kind = next((k for rx, k in self.force_patterns if rx.fullmatch(text)), "troops")
        return kind


# what links a part to the whole it is of: "due dei cinque", "two of its five", "due su cinque"
PART_OF = re.compile(r"\s+(?:d(?:ei|egli|elle|i)|of(?:\s+(?:the|its|their|his|her))?|out\s+of|su)"
                     r"(?:\s+(?:suoi|sue|loro|propri|proprie))?\s+")


def _rx(words) -> re.Pattern:
    return re.compile(bounded(alternation(expand_all(words), escape=False)), re.IGNORECASE) if words \
        else re.compile(r"(?!x)x")


@cache
def lexicon(code: str) -> Lexicon:
    return Lexicon(lang.load(code))


def read_sentence(code: str, sentence: Sentence, publication: tuple[dt.date, dt.date], carry: Carry,
                  title: Carry, found_places: list[Place] | None = None) -> Ctx:
    """Every mention of one sentence; `found_places` when its places are read already. The readers
    match its matchable text; what a row quotes is cut from the sentence itself."""
    s = matchable(sentence.text)
    found_dates = dates.reader(code).find(s, publication[0])
    statements = speech.reader(code).read(s, carry.statements, [(d.start, d.end) for d in found_dates], carry.people)
    found_places = places.reader(code).find(s) if found_places is None else found_places
    return Ctx(sentence, s, publication, actors.reader(code).find(s), found_places,
               numbers.reader(code).find(s), found_dates, statements, carry, title, lexicon(code))
