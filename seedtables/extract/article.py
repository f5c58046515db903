"""One seed in, its rows for the four fact tables out. Reads sentence by sentence, carrying
actors and places within a paragraph (codebook section 6), and gives every row its
evidence span, attribution, date interval and a stable record_id."""
from __future__ import annotations

import gc
import hashlib
import json
import re
from functools import cache

from seedtables import lang
from seedtables.extract import actors, audit, casualties, deployments, places, supplies
from seedtables.extract.context import Carry, Ctx, lexicon, read_sentence
from seedtables.extract.speech import Statement
from seedtables.seeds import Seed
from seedtables.text import Sentence, matchable, sentences

EXTRACTORS = {"deployments": deployments.extract, "casualties": casualties.extract,
              "supply_shares": supplies.extract}
TABLES = ("deployments", "casualties", "supply_shares", "statements")
# the figures a fact row was read from, by table: matched to the numbers of its sentence
FIGURES = {"deployments": ("count_low", "count_best", "count_high"),
           "casualties": ("count_low", "count_best", "count_high"),
           "supply_shares": ("quantity", "share")}


# what makes a row the same fact from one release to the next: its seed, its sentence with the
# figures masked, and its key fields; offsets are not part of it (an edit elsewhere in the article
# moves them), nor the figures (a corrected count is the same fact, changed)
IDENTITY = {
    "deployments": ("sender", "host", "action", "force"),
    "casualties": ("party", "casualty_type", "personnel"),
    "supply_shares": ("supplier", "recipient", "item"),
    "statements": ("speaker", "speech_act"),
}


DIGITS = re.compile(r"\d+")
# json.dumps(key, ensure_ascii=False), the ids' serialisation, with one encoder (dumps builds a new
# one at every call that sets an option)
_JSON = json.JSONEncoder(ensure_ascii=False)


def masked_sentence(text: str, figures: list[tuple[int, int]]) -> str:
    """The sentence with every figure (a number the reader found, in digits or words, with its
    qualifier) and every other digit run replaced by '#', spaces collapsed: what stays when a
    count is corrected ("3.000" -> "13.000", "tremila" -> "quattromila")."""
    out, last = [], 0
    for a, b in sorted(figures):
        if a >= last:
            out += [text[last:a], "#"]
            last = b
    out.append(text[last:])
    return " ".join(DIGITS.sub("#", "".join(out)).split())


def record_id(table: str, row: dict, masked: str, occurrence: int = 1) -> str:
    """Same seed, masked sentence and key fields -> same id, run after run and release after
    release; `occurrence` tells apart the same fact read twice (a sentence the article repeats)."""
    key = [table, row["seed_id"], masked, *(row.get(k) for k in IDENTITY[table])]
    digest = hashlib.sha256(_JSON.encode(key).encode()).hexdigest()[:16]
    suffix = f"-{occurrence}" if occurrence > 1 else ""
    return f"{row['seed_id']}:{table[:3]}:{digest}{suffix}"


def _content(row: dict) -> tuple:
    return tuple(sorted(row.items()))


def _figures_used(ctx: Ctx, rows: list[tuple[str, dict, int, tuple[int, int] | None]]
                  ) -> dict[tuple[int, int], tuple[str, dict]]:
    """The numbers of the sentence that fact rows were read from (span in the sentence -> the
    table and row): the number a row says it was read from, else, of the numbers whose value it
    holds, the one nearest its trigger word at `pos` ("100 km from Bangassou, where more than 100
    civilians were killed")."""
    out: dict[tuple[int, int], tuple[str, dict]] = {}
    for table, row, pos, span in rows:
        if span is not None and span not in out and any((q.num_start, q.end) == span for q in ctx.quantities):
            out[span] = (table, row)  # "Altri due militanti ... in due diversi scontri": the first two
            continue
        # a share is a fraction, as a percentage's quantity holds it ("53%" holds 0.53)
        values = set()
        for col in FIGURES[table]:
            v = row.get(col)
            if v is not None:
                values.add((col == "share", round(float(v), 6)))
                if col == "share":  # a share listed bare after a first one: "Egitto (21)" is 21 %
                    values.add((False, round(float(v) * 100, 6)))
        if not values:
            continue
        # a share and the sum it amounts to are two numbers: "63% of its arms imports, amounting to $5.28 billion"
        groups = [values]
        if row.get("share") is not None and row.get("quantity") is not None:
            amount = {(False, round(float(row["quantity"]), 6))}
            groups = [values - amount, amount]
        for group in groups:
            for q in sorted(ctx.quantities, key=lambda q: (abs(q.num_start - pos), q.num_start)):
                span = (q.num_start, q.end)
                held = {(q.percent, round(float(x), 6)) for x in (q.low, q.best, q.high, q.value) if x is not None}
                if span not in out and held & group:
                    out[span] = (table, row)
                    if len(group) == 1 or q.qualifier != "range":
                        break
    return out


def _not_counted_dead(ctx: Ctx, deployments: list[dict], casualties: list[dict]) -> list[dict]:
    """The deployment rows whose count is not a casualty row's: forces counted as dead or wounded
    are a toll, not a deployment ("300 North Korean soldiers sent to Russia had been killed",
    "killed more than 200 Hezbollah fighters")."""
    if not deployments or not casualties:
        return deployments
    dead = set(_figures_used(ctx, [("casualties", r, r["_pos"], r.get("_span")) for r in casualties]))
    return [r for r in deployments if not set(_figures_used(ctx, [("deployments", r, r["_pos"], None)])) & dead]


def number_record_id(seed_id: str, masked: str, index: int) -> str:
    """A number is named by its sentence (figures masked) and its place among the sentence's numbers."""
    digest = hashlib.sha256(_JSON.encode(["numbers", seed_id, masked, index]).encode()).hexdigest()
    return f"{seed_id}:num:{digest[:16]}"


def _number_rows(seed: Seed, ctx: Ctx, masked: str, used: dict) -> list[dict]:
    rows = []
    for i, n in enumerate(audit.audit_sentence(seed.language, ctx, set(used))):
        # the audit calls a number used when a claimed span overlaps it ("cento" in "0 per cento")
        link = next((v for (a, b), v in used.items() if a <= n.start < b or n.start <= a < n.end), None) \
            if n.outcome == "used" else None
        rows.append({"seed_id": seed.seed_id, "char_start": ctx.sentence.start + n.start,
                     "char_end": ctx.sentence.start + n.end, "text": ctx.sentence.text[n.start:n.end], "value": n.value,
                     "outcome": n.outcome, "reason": n.reason, "fact_table": link[0] if link else None,
                     "_fact": link[1] if link else None, "_masked": masked, "_index": i})
    return rows


def _date_columns(ctx: Ctx, expr) -> dict:
    if expr is None:
        start, end = ctx.publication
        precision = "day" if start == end else "month"
        return {"date_start": start, "date_end": end, "date_precision": precision,
                "date_text": None, "date_basis": "publication"}
    return {"date_start": expr.date_start, "date_end": expr.date_end, "date_precision": expr.precision,
            "date_text": expr.text, "date_basis": "text"}


def _common(seed: Seed, ctx: Ctx) -> dict:
    return {"seed_id": seed.seed_id, "evidence": ctx.sentence.text, "char_start": ctx.sentence.start,
            "char_end": ctx.sentence.end}


def _statement_row(seed: Seed, ctx: Ctx, st: Statement) -> dict:
    content = ctx.sentence.text[st.content[0]:st.content[1]].strip(" ,.;:")
    return {**_common(seed, ctx), "attributed_to": None, "attributed_country": None,
            **_date_columns(ctx, ctx.statement_date(st)),
            "speaker": st.speaker.text, "speaker_type": st.speaker.type, "speaker_role": st.speaker.role,
            "speaker_country": st.speaker.country, "speech_act": st.act, "content": content,
            "direct_quote": st.direct_quote}


def _title_carry(code: str, seed: Seed, first: Sentence | None, home: str | None,
                 found_places: list | None = None, group=None, force_group=None) -> tuple[Carry, Ctx | None, dict]:
    """What the title (the `first` sentence) says, for sentences that leave an actor or place
    out; `home` is the country the article is about (home_country). Also the title's reading
    and rows, which are the title sentence's own: it is read once."""
    carry = Carry(home=home, group=group, force_group=force_group)
    if first is None:
        return carry, None, {}
    # the title reads with the article's country and group as its context, nothing carried
    ctx = read_sentence(code, first, (seed.published_start, seed.published_end), Carry(),
                        Carry(home=home, group=group, force_group=force_group), found_places)
    rows = {table: extract(ctx) for table, extract in EXTRACTORS.items()}
    if rows["casualties"]:  # "Niger, 7 soldati uccisi": whose dead the body's bare counts are
        # (the largest figure's: "8 morti e 25 feriti, tra cui 3 americani" are mostly not Americans)
        main = max(reversed(rows["casualties"]), key=lambda r: r["count_best"] or r["count_low"] or 0)
        carry.party, carry.personnel = main["party"], main["personnel"]
    carry.sender, carry.host = ctx.carry.sender, ctx.carry.host
    if carry.sender is None and (force := lexicon(code).force_re.search(ctx.text)) is not None:
        # forces the title names with their people, though it sends them nowhere: "Ciad, l'esercito
        # francese restituisce l'ultima base", whose the body's bare "180 soldati" are
        named = deployments.sender_near(ctx, force.start(), force.end(), False)
        carry.sender = named if lang.is_state(named) else None
    carry.supplier, carry.recipient = ctx.carry.supplier, ctx.carry.recipient
    # the item the title names, even with no flow of its own: "Arms transfers to Qatar"
    item = lexicon(code).item_re.search(ctx.text)
    carry.item = ctx.carry.item or (lexicon(code).items[lang.fold(item.group(0))] if item else None)
    carry.place = next((p for p in ctx.places if not p.is_country), None)
    carry.remember_people(ctx)
    return carry, ctx, rows


def home_country(code: str, text: str, read: list[tuple[str, list]], title: str = "") -> str | None:
    """The country an article is about: the one its places (and the states its title names)
    name most (`read`: each sentence with its places); failing places, the state its names (or
    capitals) name most. The earliest wins a tie."""
    reader = places.reader(code)
    # a title that opens on a state's name ("Niger, oltre 70 soldati uccisi", "Mali: ...") says
    # where the story is, as a dateline would; a state named elsewhere in it may be the attacker
    named = [a.code for a in actors.reader(code).find(title) if a.kind == "state" and len(a.code) == 3
             and not title[:a.start].strip() and re.match(r"\s*[,:–-]", title[a.end:])]
    home = reader.home(read, named=named)
    if home:
        return home
    votes: dict[str, list[tuple[int]]] = {}
    lex = lexicon(code)
    for a in actors.reader(code).find(text):
        # (an organisation's seat is no sign: "un'azienda con sede a Londra"; nor is an attacker:
        # "US strikes killed 38 people", "Israele ha colpito Beirut")
        if a.kind in ("state", "capital") and len(a.code) == 3 and not reader.is_seat(text, a.start) \
                and not lex.attack_after_re.match(text[a.end:a.end + 60]) \
                and not lex.attack_agent_re.search(text, max(0, a.start - 80), a.start):
            votes.setdefault(a.code, []).append((a.start,))
    # a town's name is the weakest sign ("Horn", "Aden" are towns too): it counts last
    return places.most_named(votes) or reader.home(read, towns=True)


def main_group(code: str, text: str, contractors: bool = False) -> str | None:
    """The armed group the article names most, the earliest on a tie: whose a bare "rebels" or
    "attackers" are when no sentence names one (with `contractors`, military companies count too:
    whose forces "the company" deploys)."""
    backer = lexicon(code).backer_before_re
    votes: dict[str, list[tuple[int]]] = {}
    for a in actors.reader(code).find(text):
        # "backed by Rwanda", "Al-Qaeda affiliate Al Shabab": the backer is no side of the fighting,
        # nor are contractors, who fight for the state
        if lang.is_armed_group(a.code) and (contractors or not lang.is_contractor(a.code)) \
                and not backer.search(text[max(0, a.start - 30):a.start]) \
                and not lexicon(code).backer_after_re.match(text, a.end):
            votes.setdefault(a.code, []).append((a.start,))
    return places.most_named(votes)


@cache
def _debris(code: str) -> re.Pattern:
    return lang.load(code).regex_start("boilerplate")


def is_debris(text: str, sentence, debris: re.Pattern) -> bool:
    """A line of the scraped page that is not the article ("Leggi anche: ...", "Photo: Reuters",
    "Subscribe"): its sentences give no rows and carry nothing."""
    line = text[sentence.line_start:sentence.line_end]
    m = debris.match(line)
    # a longer line opening so is prose ("Video footage showed ..."), unless a colon or a dash
    # marks the phrase as a label ("Leggi anche: ...", "Photo - Reuters")
    return bool(m) and (len(line) < 80 or line[m.end():m.end() + 3].lstrip()[:1] in (":", "-", "|", "–"))


def extract_seed(seed: Seed) -> dict[str, list[dict]]:
    code = seed.language
    pack = lang.load(code)
    # "on Feb. 18": a month's abbreviation ends no sentence; a full name spelled alike does ("in late May.")
    abbreviations = frozenset(lang.fold(a) for a in pack.get("abbreviations", [])) \
        | (frozenset(pack.month_abbreviations) - frozenset(pack.months))
    publication = (seed.published_start, seed.published_end)
    debris = _debris(code)
    debris_lines: dict[int, bool] = {}  # line start -> whether the line is debris: read once per line
    kept = []
    for sent in sentences(seed.text, seed.title_start, abbreviations):
        if sent.paragraph and sent.line_start not in debris_lines:
            debris_lines[sent.line_start] = is_debris(seed.text, sent, debris)
        if not (sent.paragraph and debris_lines[sent.line_start]):
            kept.append(sent)
    # places are read once, before the rest: the article's country needs them all
    place_reader = places.reader(code)
    text = matchable(seed.text)  # what the readers match; rows quote seed.text
    found_places = [place_reader.find(text[sent.start:sent.end]) for sent in kept]
    title_sentence = next((sent for sent in kept if not sent.paragraph), None)
    home = home_country(code, text, [(text[sent.start:sent.end], found)
                                     for sent, found in zip(kept, found_places, strict=True)],
                        text[title_sentence.start:title_sentence.end] if title_sentence else "")
    title_places = next((f for sent, f in zip(kept, found_places, strict=True) if sent is title_sentence), None)
    title, title_ctx, title_rows = _title_carry(code, seed, title_sentence, home, title_places,
                                                cache(lambda: main_group(code, text)),
                                                cache(lambda: main_group(code, text, contractors=True)))
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    numbers: list[dict] = []
    carry, paragraph = Carry(people=title.people, senders=[title.sender] if title.sender else [],
                             deployed=[(title.sender, title.host)] if title.sender and title.host else []), None
    masked: dict[int, str] = {}  # sentence start -> the sentence with its figures masked
    previous_text = ""
    listing = False  # in the lines of a list a paragraph ending on a colon opens
    for sent, sent_places in zip(kept, found_places, strict=True):
        if sent.paragraph != paragraph:
            # the short lines of a list ("Tra le armi consegnate ci sono:", then "900 lanciamissili
            # Panzerfaust 3", ...) go on with the paragraph that opens it: its flow, its sides
            listing = (listing or _opens_list(previous_text)) and _list_line(sent.text)
            if not listing:
                carry = carry.next_paragraph()
            carry.listing, paragraph = listing, sent.paragraph
        previous_text = sent.text
        own = sent is title_sentence  # read already, with nothing to carry from
        ctx = title_ctx if own else read_sentence(code, sent, publication, carry, title, sent_places)
        masked[sent.start] = masked_sentence(sent.text, [(q.start, q.end) for q in ctx.quantities])
        for st in ctx.statements:
            out["statements"].append(_statement_row(seed, ctx, st))
        found = {table: title_rows[table] if own else extract(ctx) for table, extract in EXTRACTORS.items()}
        found["deployments"] = _not_counted_dead(ctx, found["deployments"], found["casualties"])
        fact_rows = []
        for table, rows in found.items():
            for row in rows:
                pos = row.pop("_pos")
                span = row.pop("_span", None)
                st = ctx.attribution(pos)
                full = {**_common(seed, ctx), "attributed_to": st.speaker.text if st else None,
                        "attributed_country": st.speaker.country if st else None,
                        **_date_columns(ctx, ctx.date_for(pos)), **row}
                out[table].append(full)
                fact_rows.append((table, full, pos, span))
        if sent.paragraph:  # the body's numbers; the header restates the lead
            numbers += _number_rows(seed, ctx, masked[sent.start], _figures_used(ctx, fact_rows))
        carry.statements.extend(ctx.statements)
        carry.remember_people(ctx)
        # an origin ("diffuso da Seul"), a speaker's place or a land crossed ("on Ukrainian soil") is
        # not where the story is
        where = [p for p in ctx.places if not ctx.in_speaker_zone(p.start, p.end) and not ctx.after_from(p.start)
                 and not p.land]
        specific = [p for p in where if not p.is_country]
        if specific:
            carry.place = specific[-1]
        elif where:
            carry.place = where[-1]
        if out["casualties"] and out["casualties"][-1]["char_start"] == sent.start:
            carry.party = out["casualties"][-1]["party"]
            carry.personnel = out["casualties"][-1]["personnel"]
            carry.soldiers.extend(r["party"] for r in out["casualties"] if r["char_start"] == sent.start
                                  and r["personnel"] == "military" and lang.is_state(r["party"]))
    for table, rows in out.items():
        if text is not seed.text:
            for row in rows:
                _verbatim(row, seed.text, text)
        unique = {}
        for row in rows:  # the same fact read twice from one sentence is one row
            unique.setdefault(_content(row), row)
        seen: dict[str, int] = {}
        for row in unique.values():
            mask = masked[row["char_start"]]
            base = record_id(table, row, mask)
            seen[base] = seen.get(base, 0) + 1
            row["record_id"] = base if seen[base] == 1 else f"{base}-{seen[base]}"  # as record_id() says
        for row in rows:  # a duplicate read carries the id of the row it repeats (for the numbers table)
            if "record_id" not in row:
                row["record_id"] = unique[_content(row)]["record_id"]
        out[table] = list(unique.values())
    out["numbers"] = _finish_numbers(numbers)
    _settle(code)
    return out


def _opens_list(text: str) -> bool:
    """Whether a sentence ends on a colon: the paragraph opens a list of lines."""
    return text.rstrip().endswith(":")


def _list_line(text: str) -> bool:
    """Whether a paragraph is one short line of a list: a count and its items, no sentence."""
    return len(text) <= 160 and "\n" not in text.strip()


_SETTLED: set[str] = set()


def _settle(code: str) -> None:
    """Once a language's first article is read, its packs and compiled readers are built and live
    as long as the process: tens of thousands of objects that the cyclic collector would otherwise
    walk again and again, for nothing. Frozen out of its sight (gc.freeze), extraction runs about
    a tenth faster (benchmarks/run.py)."""
    if code not in _SETTLED:
        _SETTLED.add(code)
        gc.collect()  # what is garbage now is freed, not frozen
        gc.freeze()


def _verbatim(row: dict, original: str, matched: str) -> None:
    """A row's words as the article writes them: what a reader cut from the matchable text
    (a speaker, a place, a date) is cut again from the seed's, where it stands."""
    for key, value in row.items():
        if key != "evidence" and isinstance(value, str) and "'" in value:
            at = matched.find(value, row["char_start"], row["char_end"])
            at = at if at >= 0 else matched.find(value)
            if at >= 0:
                row[key] = original[at:at + len(value)]


def _finish_numbers(numbers: list[dict]) -> list[dict]:
    seen: dict[str, int] = {}
    for n in numbers:
        base = number_record_id(n["seed_id"], n.pop("_masked"), n.pop("_index"))
        seen[base] = seen.get(base, 0) + 1
        n["record_id"] = base if seen[base] == 1 else f"{base}-{seen[base]}"
        fact = n.pop("_fact")
        n["fact_record_id"] = fact["record_id"] if fact else None
    return numbers
