"""Who said what: speech verbs and attributions ("secondo X", "according to X") in a sentence,
their speaker (name, role, type, country), content, quotation and the span that dates the
saying. Statements also give fact rows their `attributed_to`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from seedtables import lang
from seedtables.extract import actors as actors_mod
from seedtables.lang import alternation, bounded, expand_all

ACTS = ("claim", "confirm", "deny", "urge", "warn", "condemn", "announce", "promise", "threaten")
CLAUSE_BREAK = re.compile(r"[,;:«»“”\"]")
NAME_TOKEN = re.compile(r"^[A-ZÀ-Ý][\w’'.-]*$")


@dataclass
class Speaker:
    text: str
    type: str  # person / organization
    role: str | None
    country: str | None


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
        self.verb_res = [(act, re.compile(bounded(alternation(sp.get(act, []), escape=False)), re.IGNORECASE))
                         for act in ACTS]
        self.according_re = re.compile(bounded(alternation(sp.get("according_to", []))), re.IGNORECASE)
        tail = alternation([*sp.get("auxiliaries", []), *sp.get("adverbs", []), "non", "not", "si"])
        self.tail_re = re.compile(rf"(?:\s+(?:{tail}))+\s*$", re.IGNORECASE)
        self.negation_re = re.compile(
            r"(?<![\w])(?:non|not|né|never|mai|n't)(?:\s+(?:ha|hanno|ha mai|have|has|had|did|does|do))?\s*$|n't\s*$",
            re.IGNORECASE)
        self.articles = sorted(pack["articles"], key=len, reverse=True)
        self.skip_re = re.compile(rf"^(?:(?:{alternation(pack.get('skip_words', []))})[\s,]+)+", re.IGNORECASE)
        self.pronouns = {p.lower() for p in pack.get("pronoun_subjects", [])}
        self.person_nouns = {w.lower() for w in sp.get("person_nouns", [])}
        self.role_words = sorted({*sp.get("role_words", []), *[w.capitalize() for w in sp.get("role_words", [])]},
                                 key=len, reverse=True)
        self.role_re = re.compile(bounded(alternation(self.role_words)))
        # lower-case words that may open a speaker's name ("le autorità ucraine", "US officials")
        self.heads = {w.lower() for w in expand_all(sp.get("speaker_heads", []))}
        self.descriptions = {kind: {w.lower() for w in words} for kind, words in sp.get("descriptions", {}).items()}
        self.quote_res = [re.compile(q) for q in sp.get("quotes", [])]
        self.clause_re = re.compile(rf"^[\s,:]*(?:(?:{alternation(pack.get('clause_words', []))})\b\s*)?", re.IGNORECASE)
        self.passive_re = re.compile(rf"^\s*(?:{alternation(pack.section('supplies').get('from', []))})\s+", re.IGNORECASE)
        self.actors = actors_mod.reader(pack.code)
        self.impersonal_re = re.compile(r"(?:^|\s)(?:si|it|is|are|was|were|been|be)\s*$", re.IGNORECASE)
        self.indefinite = {a.lower() for a in pack["articles"]} - {"the", "il", "lo", "la", "i", "gli", "le", "l'"}
        self.leading_prep_re = re.compile(
            rf"^(?:al termine|in|nel|nella|durante|dopo|citing|citando|during|after|at|in a|speaking|parlando|"
            rf"{alternation(self.indefinite)})\b", re.IGNORECASE)

    # -- noun phrases --------------------------------------------------------
    def strip_article(self, s: str) -> str:
        s = s.strip(" ,")
        for a in self.articles:
            if s.lower().startswith(a) and (a.endswith("'") or s[len(a):len(a) + 1] == " "):
                return s[len(a):].strip()
        return s

    def speaker_from_np(self, np: str) -> Speaker | None:
        np = self.skip_re.sub("", np.strip(" ,.")).strip()
        np = self.strip_article(np)
        if not np or len(np.split()) > 14:
            return None
        tokens = np.split()
        # a person's name: the trailing run of capitalised tokens that are not role words and
        # not part of an actor's or organisation's name ("Corea del Sud", "Casa Bianca")
        taken = [(a.start, a.end) for a in self.actors.find(np)]
        taken += [(m.start(), m.end()) for m in self.actors.org_re.finditer(np)]
        name_tokens: list[str] = []
        pos = len(np)
        for tok in reversed(tokens):
            pos = np.rfind(tok, 0, pos)
            bare = tok.rstrip(",")
            if not NAME_TOKEN.match(bare) or self.role_re.fullmatch(bare) or bare in self.actors.names \
                    or bare in self.actors.org_country or bare.isupper() \
                    or any(a <= pos < b for a, b in taken):
                break
            name_tokens.insert(0, bare)
        name = " ".join(name_tokens)
        country = self.actors.country_of(np)
        if name and (len(name_tokens) >= 2 or name in self.actors.person_country or len(tokens) > 1):
            role = " ".join(tokens[: len(tokens) - len(name_tokens)]).strip() or None
            role = self.strip_article(role) if role else None
            return Speaker(name, "person", role or None, country)
        head = tokens[0].lower().strip(",")
        two = " ".join(tokens[:2]).lower()
        is_person = head in self.person_nouns or two in self.person_nouns or any(
            t.lower() in self.person_nouns for t in tokens[1:3] if not NAME_TOKEN.match(t))
        if name and name in self.actors.person_country:
            is_person = True
        role = None
        if is_person:
            m = self.role_re.search(np)
            role = m.group(0) if m else None
        return Speaker(np, "person" if is_person else "organization", role, country)

    def is_description(self, np: str) -> str | None:
        """'l'agenzia', 'il leader nordcoreano', 'the agency' -> the kind of speaker it stands for."""
        words = self.strip_article(np).lower().split()
        if not words or any(NAME_TOKEN.match(w) for w in self.strip_article(np).split()[1:2]):
            return None
        for kind, nouns in self.descriptions.items():
            if words[0] in nouns:
                return kind
        return None

    # -- the statements of one sentence ----------------------------------------
    def quotes(self, s: str) -> list[tuple[int, int]]:
        out = []
        for rx in self.quote_res:
            out += [(m.start(), m.end()) for m in rx.finditer(s)]
        return out

    def read(self, s: str, previous: list[Statement], date_spans: list[tuple[int, int]]) -> list[Statement]:
        verbs = []
        for act, rx in self.verb_res:
            for m in rx.finditer(s):
                verbs.append((m.start(), m.end(), act))
        verbs.sort(key=lambda v: (v[0], -(v[1] - v[0])))
        dedup = []
        for v in verbs:
            if not dedup or v[0] >= dedup[-1][1]:
                dedup.append(v)
        verbs = dedup
        out: list[Statement] = []
        quotes = self.quotes(s)

        def inside_quote(pos: int) -> bool:
            return any(a < pos < b for a, b in quotes)

        for m in self.according_re.finditer(s):
            if inside_quote(m.start()):
                continue
            rest = s[m.end():]
            stop = re.search(r",|;|\.\s*$|$", rest)
            np = rest[: stop.start()]
            bare = self.strip_article(np)
            if not bare or not (NAME_TOKEN.match(bare.split()[0]) or bare.split()[0].lower() in
                                {*self.person_nouns, *self.heads}):
                continue
            speaker = self._resolve(np, previous + out)
            if speaker is None:
                continue
            np_end = m.end() + stop.start()
            if m.start() < 3:  # "Secondo X, ...": X speaks about the rest of the sentence
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
            next_verb = verbs[i + 1][0] if i + 1 < len(verbs) else len(s)
            speaker, zone_start = self._subject(s, vs, ve, previous + out, date_spans)
            if speaker is None:
                continue
            cstart = ve + self.clause_re.match(s[ve:]).end()
            for ds, de in date_spans:  # "said on 18 October that ..."
                if ve <= ds <= cstart + 4 and de < next_verb:
                    cstart = de + self.clause_re.match(s[de:]).end()
            content = (cstart, next_verb)
            if len(s[content[0]:content[1]].split()) < 2:
                # inverted order ("..., President Zelensky announced") or a quote before the verb
                q = [(a, b) for a, b in quotes if b <= vs]
                content = q[-1] if q else (0, max(0, zone_start - 1))
            text = s[content[0]:content[1]].strip(" ,.;:")
            if not text:
                continue
            direct = any(content[0] <= b and a <= content[1] for a, b in quotes)
            out.append(Statement(speaker, act, vs, ve, (zone_start, cstart), content, direct))
        out.sort(key=lambda st: st.verb_start)
        return out

    def _subject(self, s: str, vs: int, ve: int, previous: list[Statement], date_spans):
        """The speaker of the verb at s[vs:ve] and where the speaking clause starts."""
        after = s[ve:]
        m = self.passive_re.match(after)
        date_after = next(((ds, de) for ds, de in date_spans if ve <= ds <= ve + 5), None)
        if date_after and not m:
            m2 = self.passive_re.match(s[date_after[1]:])
            if m2:
                m, after = m2, s[date_after[1]:]
        if m:  # "segnalati il 5 novembre dal ministro ...": the agent speaks
            np = after[m.end():]
            stop = re.search(r",|;|\.|\s(?:che|that|e|and)\s|$", np)
            sp = self._resolve(np[: stop.start()], previous)
            if sp:
                return sp, 0
        end = vs
        tail = self.tail_re.search(s[:end])
        if tail:
            end = tail.start()
        if self.impersonal_re.search(s[:vs]) and not re.search(r"\S\s+(?:has|have|had)\s*$", s[:vs]):
            return None, 0
        # walk left over comma-separated segments, skipping appositives and prepositional phrases
        pos, segment, role_hint = end, "", None
        for i in range(4):
            cut = max((m.end() for m in CLAUSE_BREAK.finditer(s, 0, pos)), default=0)
            segment = s[cut:pos].strip()
            seg_clean = self._strip_dates(segment, cut, date_spans)
            # between commas, "a Telegram channel ...", "citing the NIS" are appositions: look further left
            if seg_clean and (i == 0 or not self.leading_prep_re.match(seg_clean)):
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
        seg_start = s.find(segment, 0, end + 1) if segment else end
        # the saying's zone: its own clause, and a sentence-initial date standing alone before
        # it ("On 28 October, however, NATO ... confirmed")
        clause = max((m.end() for m in CLAUSE_BREAK.finditer(s, 0, seg_start)), default=0) if segment else seg_start
        zone_start = min(seg_start, clause)
        if clause > 0 and not self._strip_dates(s[:clause], 0, date_spans).strip(" ,"):
            zone_start = 0
        np = self._strip_dates(segment, seg_start, date_spans)
        speaker = self._resolve(np, previous)
        if speaker and role_hint and speaker.type == "person" and not speaker.role:
            speaker.role = role_hint
        return speaker, max(0, zone_start)

    def _strip_dates(self, segment: str, seg_start: int, date_spans) -> str:
        out = segment
        for ds, de in sorted(date_spans, reverse=True):
            a, b = ds - seg_start, de - seg_start
            if a >= 0 and b <= len(segment) + 1:
                out = out[:a] + out[b:]
        out = re.sub(r"^(?:il|on|in|a|nel|nella|all'|alla|al)\s+(?=[,\s]*$)", "", out.strip(), flags=re.IGNORECASE)
        out = re.sub(r"^(?:(?:il|lo|on|in|a|nel|nella|all'|alla|al)\s+)(?=(?:il|lo|la|i|gli|le|l'|the)\b)", "",
                     out.strip(), flags=re.IGNORECASE)
        out = re.sub(r"^(?:il|on|in|a|al|all'|alla|nel|nella)\s*(?=[A-ZÀ-Ý])", "", out.strip())
        return self.skip_re.sub("", out.strip(" ,")).strip()

    def _resolve(self, np: str, previous: list[Statement]) -> Speaker | None:
        np = np.strip(" ,")
        if not np or np.lower() in self.pronouns:
            return _copy(previous[-1].speaker) if previous else None
        kind = self.is_description(np)
        if kind:
            for st in reversed(previous):
                if st.speaker.type == kind:
                    return _copy(st.speaker)
        first = self.strip_article(np).split()[0] if self.strip_article(np) else ""
        if first and first[0].islower() and first.lower() not in self.person_nouns \
                and first.lower() not in self.heads:
            return None
        return self.speaker_from_np(np)


def _copy(sp: Speaker) -> Speaker:
    return Speaker(sp.text, sp.type, None, sp.country)


@cache
def reader(code: str) -> SpeechReader:
    return SpeechReader(lang.load(code))
