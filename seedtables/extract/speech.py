"""Who said what: speech verbs and attributions ("secondo X", "according to X") in a sentence,
their speaker (name, role, type, country), content, quotation and the span that dates the
saying. Statements also give fact rows their `attributed_to`."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from seedtables import lang
from seedtables.extract import actors as actors_mod
from seedtables.extract import places as places_mod
from seedtables.lang import alternation, bounded, expand_all, fold

ACTS = ("claim", "confirm", "deny", "urge", "warn", "condemn", "announce", "promise", "threaten")
CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[;:«»“”\"]")  # not a thousands comma: "1,000"
NAME_TOKEN = re.compile(r"^[A-ZÀ-Ý][\w’'.-]*$")


@dataclass
class Speaker:
    text: str
    type: str  # person / organization
    role: str | None
    country: str | None


_UNREAD = object()  # a cache's mark for a key not read yet (None is a value)


@dataclass
class Statement:
    speaker: Speaker
    act: str
    verb_start: int  # offsets within the sentence
    verb_end: int
    zone: tuple[int, int]  # span whose dates date the saying
    content: tuple[int, int]  # span of what was said
    direct_quote: bool
    according_to: bool = False


class SpeechReader:
    def __init__(self, pack: lang.Pack):
        sp = pack.section("speech")
        self.pack = pack
        self.verb_res = [(act, lang.Gated(sp.get(act, []))) for act in ACTS]
        # every verb of saying in one list: a sentence is scanned once, and what a match is said
        # to do is the first act whose words match there as far
        self.verbs = lang.Gated([w for act in ACTS for w in sp.get(act, [])])
        self.according_re = lang.Gated(sp.get("according_to", []), escape=True)  # read in every sentence, whole
        self.initial_only = {fold(w) for w in sp.get("according_to_initial", [])}
        self.citing = {fold(w) for w in sp.get("citing", [])}
        # a word that opens a clause with a subject of its own: "mentre", "while", "whereas"
        openers = pack.section("deployments").get("clause_openers", [])
        self.voice_opener_re = re.compile(rf"[\s,]*(?:{alternation(openers)})(?![\w])" if openers else r"(?!x)x",
                                          re.IGNORECASE)
        # where an opening source with no comma after it ends (_source_end)
        genitives = {fold(w) for w in expand_all(sp.get("genitive", []))}
        self.clause_articles = {fold(a) for a in pack["articles"]} - genitives
        self.governing = genitives | {fold(w) for w in pack.section("places").get("prepositions", [])} \
            | {fold(w) for w in sp.get("article_governors", [])}

        tail = alternation([*sp.get("auxiliaries", []), *sp.get("adverbs", []), "non", "not", "si"])
        self.tail_re = re.compile(rf"(?:(?:^|\s+)(?:{tail}))+\s*$", re.IGNORECASE)
        self.negation_re = re.compile(
            r"(?<![\w])(?:non|not|né|never|mai|n't)(?:\s+(?:ha|hanno|ha mai|have|has|had|did|does|do))?\s*$|n't\s*$",
            re.IGNORECASE)
        self.articles = sorted((fold(a) for a in pack["articles"]), key=len, reverse=True)
        # (a skip word alone is no speaker either: "In precedenza avevano segnalato ...")
        self.skip_re = re.compile(rf"^(?:(?:{alternation(pack.get('skip_words', []))})(?:[\s,]+|$))+", re.IGNORECASE)
        self.pronouns = {fold(p) for p in pack.get("pronoun_subjects", [])}
        agents = expand_all(pack.section("supplies").get("agent_words", []))
        self.agent_re = re.compile(rf"(?<![\w])(?:{alternation(agents)})\s*$" if agents else r"(?!x)x", re.IGNORECASE)
        # a weekday or a month is no one's name: "a report obtained by AFP on Wednesday stated"
        loc = Locale.parse(pack.code)
        self.calendar = {fold(w) for w in (*loc.days["format"]["wide"].values(), *loc.months["format"]["wide"].values())}
        days = alternation(list(loc.days["format"]["wide"].values()))
        on = alternation(pack.section("speech").get("day_prepositions", []))
        self.day_after_re = re.compile(rf"\s+(?:(?:{on})\s+)?(?:{days})$" if on else rf"\s+(?:{days})$", re.IGNORECASE)
        existentials = alternation(pack.section("deployments").get("existentials", []))
        self.existential_re = re.compile(rf"(?:{existentials})(?![\w])", re.IGNORECASE) if existentials \
            else re.compile(r"(?!x)x")
        self.person_pronouns = {fold(p) for p in pack.get("person_pronouns", [])}
        self.person_nouns = {fold(w) for w in sp.get("person_nouns", [])}
        self.role_words = sorted({*sp.get("role_words", []), *[w.capitalize() for w in sp.get("role_words", [])]},
                                 key=len, reverse=True)
        self.role_re = re.compile(bounded(alternation(self.role_words)))
        # lower-case words that may open a speaker's name ("le autorità ucraine", "US officials")
        self.heads = {fold(w) for w in expand_all(sp.get("speaker_heads", []))}
        self.verb_start_re = re.compile(rf"(?:{alternation(sp.get('auxiliaries', []))})(?![\w])", re.IGNORECASE)
        self.descriptions = {kind: {fold(w) for w in words} for kind, words in sp.get("descriptions", {}).items()}
        self.quote_res = [re.compile(q) for q in sp.get("quotes", [])]
        self.clause_re = re.compile(rf"^[\s,:]*(?:(?:{alternation(pack.get('clause_words', []))})\b\s*)?", re.IGNORECASE)
        # what may follow a verb of saying as its circumstance, not what was said: "said at a meeting in Geneva"
        around = alternation(sp.get("circumstance_words", [])) if sp.get("circumstance_words") else "(?!x)x"
        self.circumstance_re = re.compile(rf"\s*(?:{around})\s", re.IGNORECASE)
        self.clause_word_re = re.compile(rf"(?<![\w])(?:{alternation(pack.get('clause_words', []))})(?![\w])|:",
                                         re.IGNORECASE)
        ends = alternation(sp.get("subject_end_words", [])) if sp.get("subject_end_words") else "(?!x)x"
        self.subject_end_re = re.compile(rf"[\s,]+(?:{ends})\s", re.IGNORECASE)
        self.passive_re = re.compile(rf"^\s*(?:{alternation(pack.section('supplies').get('from', []))})\s+", re.IGNORECASE)
        self.actors = actors_mod.reader(pack.code)
        self.code = pack.code
        self.place_prepositions = {fold(w) for w in pack.section("places").get("prepositions", [])}
        self._state_names: dict[str, bool] = {}  # speaker text -> whether it names a state alone
        # a noun phrase -> the speaker it names, and whether it describes one: pure functions of
        # the words, asked again for every "the health ministry said" of a corpus
        self._np_speakers: dict[str, Speaker | None] = {}
        self._descriptions: dict[str, str | None] = {}
        # "si stima", "is believed": a saying without a speaker
        self.impersonal_re = re.compile(rf"(?:^|\s)(?:{alternation(sp.get('impersonal', []))})\s*$", re.IGNORECASE)
        # a comma-separated phrase opening so is an apposition or an adverbial, never the subject
        # ("a Telegram channel close to ...", "in una dichiarazione congiunta")
        self.leading_prep_re = re.compile(
            rf"^(?:{alternation([*sp.get('apposition_starts', []), *pack.get('indefinite_articles', [])])})(?![\w'])",
            re.IGNORECASE)
        # prepositions left behind when a date is cut out of a subject ("On [21 October] he")
        dates = pack.section('dates')
        # (with the words that qualify a date: "Lo scorso aprile", "last April", "aprile scorso")
        qualifiers = alternation(dates.get("qualifiers_before", [])) or "(?!x)x"
        self.date_prep_re = re.compile(rf"(?:^|\s)(?:{alternation(dates.get('prepositions', []))}|{qualifiers})"
                                       rf"(?:\s+(?:{qualifiers}))?\s*$", re.IGNORECASE)
        self.date_after_re = re.compile(rf"^\s*(?:{alternation(dates.get('qualifiers_after', [])) or '(?!x)x'})(?![\w])",
                                        re.IGNORECASE)
        self.conj_end_re = re.compile(rf"(?:^|\s|,)(?:{alternation(pack.get('conjunctions', []))})[\s,]*$", re.IGNORECASE)
        self.aux_re = re.compile(bounded(alternation(sp.get("auxiliaries", []))), re.IGNORECASE)
        # "di X", "dell'Agenzia": an elided article joins its noun
        self.genitive_re = re.compile(rf"^\s*(?:{alternation(sp.get('genitive', []))})(?:(?<=')|(?![\w]))\s*",
                                      re.IGNORECASE)
        self.clitics = {fold(w) for w in sp.get("clitics", [])}
        self.definite = {fold(a) for a in pack.get("definite_articles", [])}
        self.article_words = {fold(a) for a in pack.get("articles", [])}
        self.adverb_words = {fold(a) for a in sp.get("adverbs", [])}
        # a subject standing right after its verb: an article and a noun, or a capitalised name
        # ("..., said the ministry", "..., said a local fighter", "..., ha detto un portavoce")
        the = alternation(pack.get("articles", []))
        self.subject_after_re = re.compile(rf"^\s*(?:(?:{the})(?:\s+|(?<=')))?(?-i:[A-ZÀ-Ý])|^\s*(?:{the})(?:\s+|(?<='))\w",
                                           re.IGNORECASE)
        # a clause opening the sentence on "as" puts its subject after the verb, up to the comma:
        # "Come ha riferito il governatore, 14 civili ..."
        self.as_opener_re = re.compile(rf"\s*(?:{alternation(sp.get('as_openers', [])) or '(?!x)x'})\s*", re.IGNORECASE)
        # when something was said: weekdays (CLDR) and the pack's time words, with a preposition
        # ("said on Tuesday", "ha riferito martedì"); what follows a verb may be only that
        days = [*Locale.parse(pack.code).days["format"]["wide"].values(), *sp.get("time_words", [])]
        when = rf"(?:(?:{alternation(pack.section('dates').get('prepositions', []))})\s+)?(?:{alternation(days)})"
        self.time_tail_re = re.compile(rf"\s+{when}$", re.IGNORECASE)
        self.time_lead_re = re.compile(rf"^\s*{when}(?![\w])", re.IGNORECASE)
        self.time_only_re = re.compile(rf"[\s,]*{when}[\s,.;:]*", re.IGNORECASE)
        self.relative_re = re.compile(rf"^(?:{alternation(pack.get('relative_pronouns', []))})(?![\w'])", re.IGNORECASE)
        self.quantifiers = {fold(w) for w in sp.get("quantifiers", [])}
        # a speech word after an article or determiner is a noun ("la conferma", "ogni accusa")
        self.articles_end_re = re.compile(
            rf"(?:^|\s)(?:{alternation([*pack['articles'], *pack.get('determiners', [])])})\s*$", re.IGNORECASE)
        gen = alternation(sp.get("genitive", []))
        # the nouns alone, looked up by their words' keys: most sentences name none, and then the
        # whole pattern need not be scanned
        self.source_gate = lang.KeyGate(expand_all(sp.get("source_nouns", [])), escape=False)
        self.source_re = re.compile(
            rf"{bounded(alternation(expand_all(sp.get('source_nouns', [])), escape=False))}(?:\s+[a-zà-ÿ][\w-]*){{0,4}}?\s*"
            rf"(?:{gen})(?:(?<=')|(?![\w]))\s*", re.IGNORECASE)
        # not relative pronouns: in "investigators who examined the debris said" the antecedent speaks
        self.opener_re = re.compile(bounded(alternation(pack.get("subordinators", []))), re.IGNORECASE)
        self.anaphoric = {fold(w) for w in expand_all(sp.get("anaphoric", []))}
        # where a speaker's noun phrase ends: at a medium named after it ("l'esercito maliano sulla
        # sua pagina Facebook", "the army on its Telegram channel"), a subordinator, or "e"/"and"
        # before a lower-case word only, since "Agenzia Informazioni e Sicurezza Esterna" is one name
        media = alternation(sp.get("media", [])) or "(?!x)x"
        media_preps = alternation(sp.get("media_prepositions", [])) or "(?!x)x"
        self.medium_re = re.compile(rf"(?:{media})", re.IGNORECASE)
        self.agent_stop_re = re.compile(
            rf",|;|\.|\s(?:{media_preps})\s+(?:[\w'’]+\s+){{0,3}}?(?:{media})(?![\w])"
            rf"|\s(?:{alternation(pack.get('subordinators', []))})(?![\w'])"
            rf"|\s(?:{alternation(pack.get('conjunctions', []))})\s+(?=(?-i:[a-zà-ÿ]))|$", re.IGNORECASE)

    # -- noun phrases --------------------------------------------------------
    def strip_article(self, s: str) -> str:
        s = s.strip(" ,")
        head = s[:len(self.articles[0])] if self.articles else ""
        ascii_head = head.lower() if head.isascii() else None  # ASCII folds one character for one
        for a in self.articles:
            if (ascii_head.startswith(a) if ascii_head is not None else fold(s[:len(a)]) == a) \
                    and (a.endswith("'") or s[len(a):len(a) + 1] == " "):
                return s[len(a):].strip()
        return s

    def _head(self, np: str) -> str:
        """The phrase without its article and counting words: "two US officials" -> "US officials"."""
        words = self.strip_article(np).split()
        while words and (fold(words[0]) in self.quantifiers or words[0].isdigit()):
            words = words[1:]
        return " ".join(words)

    def speaker_from_np(self, np: str) -> Speaker | None:
        """The speaker a noun phrase names: a person (name, role) or an organisation, with its country."""
        found = self._np_speakers.get(np, _UNREAD)  # (get, not []: another thread may clear it)
        if found is _UNREAD:
            if len(self._np_speakers) > 100_000:
                self._np_speakers.clear()
            found = self._np_speakers[np] = self._speaker_from_np(np)
        # a copy: a caller may give it a role ("speaker.role = ...")
        return Speaker(found.text, found.type, found.role, found.country) if found else None

    def _speaker_from_np(self, np: str) -> Speaker | None:
        np = self.skip_re.sub("", np.strip(" ,.")).strip()
        # (a wire dateline before the subject is no part of it: "GENEVA (AFP) - The WHO said")
        np = np[dateline.end():] if (dateline := actors_mod.DATELINE.match(np)) else np
        # (nor is the day it spoke: "Moosa Zameer on Saturday", "AFP on Wednesday")
        np = self.day_after_re.sub("", np) or np
        np = self.strip_article(np)
        if not np or len(np.split()) > 14:
            return None
        tokens = np.split()
        # a person's name: the trailing run of capitalised tokens that are not role words and
        # not part of an actor's or organisation's name ("Corea del Sud", "Casa Bianca")
        actors = self.actors.find(np)
        taken = [(a.start, a.end) for a in actors]
        taken += [(m.start(), m.end()) for m in self.actors.org_re.finditer(np)]
        name_tokens: list[str] = []
        pos = len(np)
        for tok in reversed(tokens):
            pos = np.rfind(tok, 0, pos)
            bare = tok.rstrip(",")
            if not NAME_TOKEN.match(bare) or self.role_re.fullmatch(bare) or bare in self.actors.names \
                    or fold(bare) in self.calendar \
                    or bare in self.actors.org_country or bare.isupper() \
                    or any(a <= pos < b for a, b in taken):
                break
            name_tokens.insert(0, bare)
        place = None
        if name_tokens and len(tokens) > len(name_tokens):
            before = tokens[len(tokens) - len(name_tokens) - 1]
            if self.genitive_re.fullmatch(before + " "):
                name_tokens = []  # "le autorità della regione di Kursk": a place, not a person
            elif fold(before) in self.place_prepositions:
                # "Officials in Kherson", "fonti a Kharkiv": where the speaker is, and whose
                name_tokens = []
                place = next((p for p in places_mod.reader(self.code).find(np) if p.country), None)
        name = " ".join(name_tokens)
        country = actors[0].code if actors else self.actors.country_of(np, actors) or (place.country if place else None)
        if not actors and (medium := self.actors.media_re.search(np)) and self.agent_re.search(np, 0, medium.start()):
            country = place.country if place else None  # "a report obtained by AFP": not the agency's country
        if name_tokens and len(tokens) > len(name_tokens):
            lead = tokens[len(tokens) - len(name_tokens) - 1].rstrip(",")
            if lead in self.actors.names and not self.strip_article(np)[:1].islower():
                # "Kyiv Independent": a name opening on a place is an organisation's, not a person's
                return Speaker(self.strip_article(np), "organization", None, country)
        if name and (len(name_tokens) >= 2 or name in self.actors.person_country or len(tokens) > 1):
            role = " ".join(tokens[: len(tokens) - len(name_tokens)]).strip() or None
            role = self.strip_article(self._postverbal(role + " " + name).rsplit(" ", len(name_tokens))[0]) \
                if role else None
            role = None if role == name_tokens[0] else role
            if role and role[:1].isupper() and not self.role_re.search(role) and name not in self.actors.person_country \
                    and not any(fold(w) in self.person_nouns for w in role.split()):
                # "Agenzia Informazioni e Sicurezza Esterna": capitalised words with no role before
                # the name are the start of an organisation's name
                return Speaker(self.strip_article(np), "organization", None, country)
            return Speaker(name, "person", role or None, country)
        head = fold(tokens[0]).strip(",")
        two = fold(" ".join(tokens[:2]))
        is_person = head in self.person_nouns or two in self.person_nouns or any(
            fold(t) in self.person_nouns for t in tokens[1:3] if not NAME_TOKEN.match(t))
        if name and name in self.actors.person_country:
            is_person = True
        role = None
        if is_person:
            m = self.role_re.search(np)
            role = m.group(0) if m else None
        return Speaker(np, "person" if is_person else "organization", role, country)

    def is_description(self, np: str) -> str | None:
        kind = self._descriptions.get(np, _UNREAD)
        if kind is _UNREAD:
            if len(self._descriptions) > 100_000:
                self._descriptions.clear()
            kind = self._descriptions[np] = self._is_description(np)
        return kind

    def _is_description(self, np: str) -> str | None:
        """'l'agenzia', 'il leader nordcoreano', 'la stessa agenzia', 'the agency' -> the kind of
        speaker it stands for; 'l'agenzia di stampa KCNA' names its speaker and is none."""
        bare = [w for w in self.strip_article(np).split() if fold(w) not in self.anaphoric]
        if not bare:
            return None
        head = fold(bare[0])
        kind = next((k for k, nouns in self.descriptions.items() if head in nouns), None)
        # a capitalised word other than a country's name makes it a name ("l'agenzia di stampa KCNA")
        # (an acronym in brackets too: "l'Istituto coreano per le analisi della difesa (KIDA)")
        if kind is None or any(NAME_TOKEN.match(w.strip("()")) and not self.actors.find(w.strip("()")) for w in bare[1:]):
            return None
        return kind

    # -- the statements of one sentence ----------------------------------------
    def quotes(self, s: str) -> list[tuple[int, int]]:
        out = []
        for rx in self.quote_res:
            out += [(m.start(), m.end()) for m in rx.finditer(s)]
        return out

    def _source_end(self, np: str) -> int | None:
        """Where a sentence-opening source with no comma after it ends: before an article that
        no preposition governs or an auxiliary ("Kiev| le perdite russe ammontano", "l'Onu| sono
        30 i morti"), after a word at least."""
        words = list(re.finditer(r"[^\W\d_]+'?|\S", np))
        for prev, word in itertools.pairwise(words):
            if (fold(word.group(0)) in self.clause_articles or self.verb_start_re.fullmatch(word.group(0))) \
                    and fold(prev.group(0)) not in self.governing:
                return word.start()
        return None

    def read(self, s: str, previous: list[Statement], date_spans: list[tuple[int, int]],
             people: list[Speaker] = ()) -> list[Statement]:
        """The statements of sentence `s`. `previous` are the paragraph's earlier statements and
        `people` the persons the article has named so far, for subjects that point back."""
        dedup = []
        for m in self.verbs.finditer(s):
            if dedup and m.start() < dedup[-1][1]:
                continue
            ends = [(n.end(), act) for act, rx in self.verb_res if (n := rx.match(s, m.start()))]
            end = max(e for e, _ in ends)  # the longest reading, as each act's own scan gives it
            dedup.append((m.start(), end, next(act for e, act in ends if e == end)))
        # a noun of saying with no speaker after it ("respinge ogni accusa") is no statement
        verbs = [v for v in dedup if not self.articles_end_re.search(s[:v[0]]) or self.genitive_re.match(s[v[1]:])]
        out: list[Statement] = []
        quotes = self.quotes(s)

        def inside_quote(pos: int) -> bool:
            return any(a < pos < b for a, b in quotes)

        for m in self.according_re.finditer(s):
            if inside_quote(m.start()):
                continue
            opening = s[:m.start()].rstrip()
            if fold(m.group(0)) in self.initial_only and opening and not opening.endswith((",", ";", ":")):
                continue  # "aiuti per Kiev": a preposition, not a source
            # "Amnesty said, citing 41 witnesses, that ...": the sources a speaker cites right after its
            # verb are its own, no speakers of the saying
            tail = opening.rstrip(" ,")[-30:]
            if fold(m.group(0)) in self.citing and any(v.end() == len(tail) for v in self.verbs.finditer(tail)):
                continue
            rest = s[m.end():]
            stop = re.search(r",|;|\.\s*$|$", rest).start()
            # (not after a word that is a source only before a comma: "Per Kiev la consegna ...")
            # (or after a clause's comma: "Nello specifico, secondo l'esercito le perdite ...")
            opened = False
            if (m.start() < 3 or opening.endswith(",")) and fold(m.group(0)) not in self.initial_only \
                    and (cut := self._source_end(rest[:stop])):
                stop = len(rest[:cut].rstrip())
                opened = True
            # (a source with no comma after it ends before a count: "Secondo l'Osservatorio 90 civili
            # sono stati uccisi")
            if (count := re.search(r"\s\d", rest[:stop])) is not None:
                stop = count.start()
            np = rest[:stop]
            bare = self._head(np)
            if not bare or not (NAME_TOKEN.match(bare.split()[0]) or fold(bare.split()[0]) in
                                {*self.person_nouns, *self.heads}):
                continue
            speaker = self._resolve(np, previous + out, people)
            if speaker is None:
                continue
            np_end = m.end() + stop
            if m.start() < 3 or opened:  # "Secondo X, ...": X speaks about the rest of the sentence
                content = (min(len(s), np_end + 1), len(s))
            else:  # "..., according to X." / "citing X, said ...": about the sentence around it
                content = (0, m.start())
                if s[np_end:np_end + 1] == ",":
                    content = (np_end + 1, len(s))
            direct = any(content[0] <= a and b <= content[1] for a, b in quotes)
            out.append(Statement(speaker, "claim", m.start(), m.end(), (m.start(), np_end), content, direct, True))

        for i, (vs, ve, act) in enumerate(verbs):
            if inside_quote(vs):
                continue
            before = s[:vs]
            if self.negation_re.search(before) and act != "warn":
                continue  # "non ha confermato", "did not confirm": no statement
            # (a verb of saying inside a quote is the quoted speaker's, no end of what is said:
            # 'The army said: "We have confirmed that 13 of our soldiers were killed"')
            next_verb = next((v[0] for v in verbs[i + 1:] if not inside_quote(v[0])), len(s))
            if self.articles_end_re.search(before):  # a noun: "la conferma di Pyongyang"
                nominal = self._nominal(s, vs, ve, next_verb, act, previous + out, people)
                out += [nominal] if nominal else []
                continue
            # the subject may stand after the verb; that also moves what was said before it
            inverted = self._inverted(s, len(self.tail_re.sub("", s[:vs])), ve)
            floor = next((v[1] for v in reversed(verbs[:i]) if not inside_quote(v[0])), 0)
            speaker, zone_start = self._subject(s, vs, ve, previous + out, date_spans, people, out, inverted, floor)
            if speaker is None:
                continue
            cstart = ve + self.clause_re.match(s[ve:]).end()
            for ds, de in date_spans:  # "said on 18 October that ..."
                if ve <= ds <= cstart + 4 and de < next_verb:
                    cstart = de + self.clause_re.match(s[de:]).end()
            content = (cstart, next_verb)
            quoted_before = [(a, b) for a, b in quotes if b <= vs]
            if inverted:  # «...», ha detto X / "..., said the ministry": what was said stands before
                content = quoted_before[-1] if quoted_before else (0, s.rfind(",", 0, vs))
            elif zone_start > 20 and re.search(r"[,»”\"]\s*$", s[:zone_start]) and self.circumstance_re.match(s, ve) \
                    and not self.clause_word_re.search(s, ve, next_verb):
                # "«...», ha detto X durante una riunione a Ginevra", "..., the ministry said in a
                # statement": what was said stands before the speaker, the words after the verb say where
                content = quoted_before[-1] if quoted_before and quoted_before[-1][0] <= 1 \
                    and not s[quoted_before[-1][1]:zone_start].strip(" ,") else (0, max(0, zone_start - 1))
            elif (len(s[content[0]:content[1]].split()) < 2 and not re.match(r"\s*\d", s[content[0]:content[1]])
                  and not (floor and s[content[0]:content[1]].strip(" .,;"))) \
                    or self.time_only_re.fullmatch(s[content[0]:content[1]]):
                # (a figure alone is what was said: "mentre Mosca parla di 6"; so is a word after
                # another verb of saying: "Ukraine says ... as Havana denies role")
                # inverted order ("..., President Zelensky announced") or a quote before the verb
                content = quoted_before[-1] if quoted_before else (0, max(0, zone_start - 1))
            # "respinto le accuse, ha detto X": the next verb's auxiliary is not part of what was said
            content = (content[0], content[0] + len(self.tail_re.sub("", s[content[0]:content[1]])))
            text = s[content[0]:content[1]].strip(" ,.;:")
            if not text:
                continue
            direct = any(content[0] <= b and a <= content[1] for a, b in quotes)
            out.append(Statement(speaker, act, vs, ve, (zone_start, cstart), content, direct))
        # what one says ends where another voice opens its own clause: "Il Niger conferma la morte di
        # 14 militari, mentre il Mali riferisce ...", "..., while Mali reported ..."
        for st in out:
            later = [o.zone[0] for o in out if o is not st and st.content[0] < o.zone[0] < st.content[1]
                     and self.voice_opener_re.match(s, o.zone[0])]
            if later:
                st.content = (st.content[0], min(later))
        out += self.sources(s, out, previous, people, date_spans)
        out.sort(key=lambda st: st.verb_start)
        return out

    def _nominal(self, s: str, vs: int, ve: int, next_verb: int, act: str, previous, people) -> Statement | None:
        """A saying named as a noun: its speaker follows a genitive ("la conferma di Pyongyang",
        "the confirmation from Seoul"); without one it is no statement."""
        gen = self.genitive_re.match(s[ve:])
        if not gen:
            return None
        np_start = ve + gen.end()
        stop = self.agent_stop_re.search(s[np_start:])
        speaker = self._resolve(s[np_start:np_start + stop.start()], previous, people)
        if speaker is None:
            return None
        np_end = np_start + stop.start()
        content = (min(np_end + 1, len(s)), next_verb)
        if not s[content[0]:content[1]].strip(" ,.;:"):
            content = (0, max(0, vs - 1))
        return Statement(speaker, act, vs, ve, (vs, np_end), content, False)

    def _subject(self, s: str, vs: int, ve: int, previous: list[Statement], date_spans, people=(),
                 same_sentence: list[Statement] = (), inverted: str | None = None, floor: int = 0):
        """The speaker of the verb at s[vs:ve] and where the speaking clause starts; `inverted` is
        the subject found after the verb, if any (see _inverted); `floor` where an earlier verb of
        saying ends: no subject reaches back over it ("Spokesman Lin Jian said the government had
        always told ...")."""
        after = s[ve:]
        m = self.passive_re.match(after)
        date_after = next(((ds, de) for ds, de in date_spans if ve <= ds <= ve + 5), None)
        if date_after and not m:
            m2 = self.passive_re.match(s[date_after[1]:])
            if m2:
                m, after = m2, s[date_after[1]:]
        if m:  # "segnalati il 5 novembre dal ministro ...": the agent speaks
            np = after[m.end():]
            stop = self.agent_stop_re.search(np)
            sp = self._resolve(np[: stop.start()], previous, people)
            if sp:
                return sp, 0
        end = vs
        tail = self.tail_re.search(s[:end])
        if tail:
            end = tail.start()
        if self.impersonal_re.search(s[:vs]) and not re.search(r"\S\s+(?:has|have|had)\s*$", s[:vs]):
            return None, 0
        if inverted:
            speaker = self._resolve(inverted, previous, people)
            if speaker:
                return speaker, 0
        # walk left over comma-separated segments, skipping appositives and prepositional phrases
        pos, segment, role_hint = end, "", None
        for _ in range(4):
            cut = max((m.end() for m in CLAUSE_BREAK.finditer(s, 0, pos)), default=0)
            if cut < floor < pos:
                segment = self._after_opener(self._strip_dates(s[floor:pos].strip(), floor, date_spans))
                break
            segment = s[cut:pos].strip()
            raw = self._strip_dates(segment, cut, date_spans)
            seg_clean = self._after_opener(raw)
            # between commas, "a Telegram channel ...", "citing the NIS", "which is run by Hamas",
            # "che ha visitato il fronte" are appositions: look further left
            relative = self.relative_re.match(raw)
            if relative and pos == end and raw[relative.end():].strip():
                # "..., which the military said had ...": the relative clause's own subject, right
                # before the verb with no comma between, speaks
                segment = seg_clean = raw[relative.end():].strip()
                break
            # (so is a noun with a relative clause whose verb follows "che" at once: "Gli Houthi, gruppo
            # armato sciita che governa di fatto lo Yemen, hanno confermato")
            opener = list(self.opener_re.finditer(raw))
            verb_after_opener = seg_clean != raw and bool(opener) and self.relative_re.match(opener[-1].group(0)) \
                and re.match(r"(?-i:[a-zà-ù])", seg_clean) \
                and seg_clean.split()[0].lower() not in self.definite | self.article_words | self.adverb_words
            apposition = cut > 0 and s[cut - 1] == "," and (relative or self.leading_prep_re.match(seg_clean)
                                                            or verb_after_opener)
            if seg_clean and not apposition:
                if cut > 0 and s[cut - 1] == ",":
                    prev_cut = max((m.end() for m in CLAUSE_BREAK.finditer(s, 0, cut - 1)), default=0)
                    prev = self._strip_dates(s[prev_cut:cut - 1].strip(), prev_cut, date_spans)
                    if self.role_re.search(prev or "") and len(seg_clean.split()) <= 3:
                        role_hint = self.strip_article(prev)
                break
            if cut == 0:
                segment = seg_clean
                break
            pos = cut - 1
        if self.conj_end_re.search(s[:end]) or self.conj_end_re.search(segment):
            # a second verb of the same subject: "X ha definito ... e ha annunciato"
            if same_sentence:
                return _copy(same_sentence[-1].speaker), 0
            first = self.aux_re.search(s, 0, end)
            if first:
                np = self._strip_dates(s[:first.start()], 0, date_spans)
                return self._resolve(np, previous, people), 0
        seg_start = s.find(segment, 0, end + 1) if segment else end
        # the saying's zone: its own clause, and a sentence-initial date standing alone before
        # it ("On 28 October, however, NATO ... confirmed")
        clause = max((m.end() for m in CLAUSE_BREAK.finditer(s, 0, seg_start)), default=0) if segment else seg_start
        if segment and floor <= seg_start:
            clause = max(clause, floor)
        zone_start = min(seg_start, clause)
        if clause > 0 and not self._strip_dates(s[:clause], 0, date_spans).strip(" ,"):
            zone_start = 0
        np = self._after_opener(self._strip_dates(segment, seg_start, date_spans))
        if fold(np) in self.clitics:
            # "Lo ha confermato anche Kiev", "Lo riferisce l'agenzia X": the subject follows the verb
            rest = self.skip_re.sub("", s[ve:].lstrip(" ,"))
            stop = self.agent_stop_re.search(rest)
            speaker = self._resolve(rest[:stop.start()], previous, people)
            return speaker, 0
        speaker = self._resolve(np, previous, people)
        if speaker and role_hint and speaker.type == "person" and not speaker.role:
            speaker.role = role_hint
        return speaker, max(0, zone_start)

    def _inverted(self, s: str, end: int, ve: int) -> str | None:
        """The subject standing after its verb, if it does: after a quote («...», ha scritto il
        presidente X; "...," said the spokesman), or after a comma when it closes the sentence
        ("..., ha riferito martedì il ministero della Difesa di Seul.", "..., said the ministry.")."""
        before = s[:end].rstrip(" ,")
        after = s[ve:]
        if lead := self.time_lead_re.match(after):
            after = after[lead.end():]
        rest = after.lstrip(" ,")
        if self.as_opener_re.fullmatch(s[:end]) and "," in rest:
            np = self.time_tail_re.sub("", self._postverbal(rest[:rest.index(",")])).strip()
            return np if self.subject_after_re.match(np) else None
        quoted = bool(before) and before[-1] in "»”\""
        if not quoted and not (s[:end].rstrip().endswith(",") and self.subject_after_re.match(after)):
            return None  # most verbs: their subject stands before them
        stop = self.agent_stop_re.search(rest)
        # "ha detto la portavoce durante una riunione a Ginevra": the subject ends where its circumstance opens
        around = self.subject_end_re.search(rest, 0, stop.start())
        np = self.time_tail_re.sub("", self._postverbal(rest[:around.start() if around else stop.start()])).strip()
        if quoted:
            return np or None
        if re.fullmatch(r"\s*[.;]?\s*", rest[stop.start():]) and not self.aux_re.search(np):
            return np or None
        return None

    def _postverbal(self, np: str) -> str:
        """'su X il presidente ucraino Volodymyr Zelensky' -> 'il presidente ucraino Volodymyr
        Zelensky': a subject after the verb opens at its article, after any complement."""
        words = np.split()
        starts = [i for i, w in enumerate(words[:-1]) if fold(w) in self.definite]
        return " ".join(words[starts[-1]:]) if starts else np

    def _after_opener(self, np: str) -> str:
        """'..., while Russian bloggers put', 'a project that Vilnius has put': the subject of a
        subordinate clause follows its opening word."""
        opener = list(self.opener_re.finditer(np))
        rest = np[opener[-1].end():].strip() if opener else ""
        return rest or np

    def _strip_dates(self, segment: str, seg_start: int, date_spans) -> str:
        """The segment without its dates and the prepositions that introduced them."""
        out = segment
        for ds, de in sorted(date_spans, reverse=True):
            a, b = ds - seg_start, de - seg_start
            if a >= 0 and b <= len(segment) + 1:
                prep = self.date_prep_re.search(out[:a])
                after = self.date_after_re.match(out[b:])
                out = out[:prep.start() if prep else a] + " " + out[b + (after.end() if after else 0):]
        # (split: whitespace runs become one space, and those at the ends go, as strip(" ,") would)
        return self.skip_re.sub("", " ".join(out.split()).strip(" ,")).strip()

    def _resolve(self, np: str, previous: list[Statement], people=()) -> Speaker | None:
        np = np.strip(" ,")
        words = np.split()
        # a clause before the subject: "investigators found mass graves they believe": the pronoun speaks
        if len(words) > 1 and fold(words[-1]) in self.pronouns:
            np = words[-1]
        # nor is an existential a speaker: "There were unofficial estimates of ..."
        if self.existential_re.match(np):
            return None
        if not np or fold(np) in self.pronouns:
            if previous:
                return _copy(previous[-1].speaker)
            # a paragraph opening on "he"/"she" or an Italian empty subject: the last person named
            if (not np or fold(np) in self.person_pronouns) and people:
                return _copy(people[-1])
            return None
        kind = self.is_description(np)
        if kind:
            # the nearest earlier speaker of that kind, of the same country when the description
            # names one ("il dirigente russo"); for persons, failing that, a person named before
            country = self.actors.country_of(np)
            # a state named by its name or capital is no "agenzia"/"institute"; read lazily, nearest
            # first, since `previous` and `people` grow with the paragraph and the article
            cands = (st.speaker for st in reversed(previous) if st.speaker.type == kind
                     and not (kind == "organization" and self._is_state_name(st.speaker.text)))
            if kind == "person":
                cands = itertools.chain(cands, reversed(people))
            match = next((c for c in cands if country is None or c.country == country), None)
            if match:
                return _copy(match)
        # an adverbial opener or a verb phrase is never a speaker: "According to Ukrainian
        # intelligence", "ha assorbito il CSP"
        if self.according_re.match(np) or self.verb_start_re.match(np):
            return None
        head = self._head(np)
        first = head.split()[0] if head else ""
        last = np.split()[-1]
        if self.medium_re.fullmatch(last) or self.medium_re.fullmatch(np):
            return None  # "su Twitter", "Facebook": a medium says nothing by itself
        if first and first[0].islower() and fold(first) not in self.person_nouns \
                and fold(first) not in self.heads and not NAME_TOKEN.match(last) \
                and not (fold(last) in self.heads and fold(last) not in self.clause_articles):
            # (a speaker's noun may close its phrase: "the civil defence agency")
            return None  # no name and no speaker noun: not a speaker ("i soldati caduti")
        return self.speaker_from_np(np)


    def _is_state_name(self, text: str) -> bool:
        known = self._state_names.get(text)
        if known is None:
            if len(self._state_names) > 100_000:
                self._state_names.clear()
            found = self.actors.find(text)
            known = self._state_names[text] = len(found) == 1 and found[0].start == 0 and found[0].end == len(text) \
                and found[0].kind != "group"
        return known

    def sources(self, s: str, taken: list[Statement], previous, people, date_spans=()) -> list[Statement]:
        """'al termine di un briefing del National Intelligence Service', 'una dichiarazione della
        Commissione militare': a named source of the sentence without a verb of saying."""
        out = []
        if not self.source_gate(s):
            return out
        for m in self.source_re.finditer(s):
            np_start = m.end()
            stop = self.agent_stop_re.search(s[np_start:])
            np_end = np_start + stop.start()
            # "a statement carried by KCNA on 28 April": the date is when, not who
            np_end = min([ds for ds, _ in date_spans if np_start < ds < np_end] + [np_end])
            np = s[np_start:np_end]
            if not NAME_TOKEN.match(np.split()[0] if np.split() else "") or \
                    any(np.strip() in st.speaker.text or st.speaker.text in np for st in taken):
                continue  # "secondo le stime del NIS" is read already
            speaker = self._resolve(np, previous, people)
            if speaker is None:
                continue
            content = (min(np_end + 1, len(s)), len(s))
            if not s[content[0]:content[1]].strip(" ,.;:"):
                continue
            # "In a statement by KCNA, Kim said ...": the document carries a speaker's words; the
            # speaker's statement is the row
            if any(content[0] <= st.zone[0] and st.zone[0] - content[0] < 60 and not st.according_to for st in taken):
                continue
            out.append(Statement(speaker, "claim", m.start(), np_end, (m.start(), np_end), content, False, True))
        return out


def _copy(sp: Speaker) -> Speaker:
    return Speaker(sp.text, sp.type, None, sp.country)


@cache
def reader(code: str) -> SpeechReader:
    return SpeechReader(lang.load(code))
