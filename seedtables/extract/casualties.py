"""Casualties: people killed, wounded, captured or missing; a row needs a number
(codebook sections 3 and 4)."""
from __future__ import annotations

import re

from seedtables.extract.context import Ctx

AFTER_FILLER = re.compile(r"^[\s,]*(?:(?:a|an|the|i|gli|le|altri|altre|other|another|di|of|at|ben)\s+)*$", re.IGNORECASE)


def extract(ctx: Ctx) -> list[dict]:
    lex, s = ctx.lex, ctx.text
    triggers = []
    for ctype, rx in lex.casualty:
        for m in rx.finditer(s):
            if all(m.end() <= t[1] or m.start() >= t[2] for t in triggers):
                triggers.append((ctype, m.start(), m.end()))
    triggers.sort(key=lambda t: t[1])
    qs = [q for q in ctx.numbers_free() if not q.percent]
    trigger_spans = [(t[1], t[2]) for t in triggers]
    cands = []
    for ti, (_, ts, te) in enumerate(triggers):
        for qi, q in enumerate(qs):
            if q.weak and not _counts_people(ctx, q):
                continue
            if q.end <= ts:
                between = s[q.end:ts]
                if any(a > q.end and b <= ts for a, b in trigger_spans) or len(between) > 90:
                    continue
                strong = len(between) < 60 and not re.search(r"[;]|\s(?:e|and|ed)\s", between)
                cands.append((0 if strong else 2, len(between), ti, qi))
            elif q.start >= te:
                between = s[te:q.start]
                if any(a >= te and b <= q.start for a, b in trigger_spans) or len(between) > 60:
                    continue
                strong = bool(AFTER_FILLER.match(between))
                cands.append((1 if strong else 3, len(between), ti, qi))
    cands.sort()
    used_t, used_q, pairs = set(), set(), []
    for _, _, ti, qi in cands:
        if ti in used_t or qi in used_q or ctx.is_non_factual(*triggers[ti][1:]):
            continue
        used_t.add(ti)
        used_q.add(qi)
        pairs.append((ti, qi))
    rows: list[dict] = []
    for ti, qi in sorted(pairs, key=lambda p: qs[p[1]].start):  # in reading order, for inheritance
        ctype, ts, te = triggers[ti]
        row = _row(ctx, ctype, ts, qs[qi], rows, trigger_spans)
        if row["party"] is not None:  # whose people is not said anywhere: no row rather than a guess
            rows.append(row)
    return rows


def _counts_people(ctx: Ctx, q) -> bool:
    """'un soldato', 'one North Korean soldier': a weak number counts only people."""
    words = [w.strip(",.;") for w in ctx.text[q.end:q.end + 40].split()[:3]]
    return any(ctx.lex.military_re.fullmatch(w) or ctx.lex.civilian_re.fullmatch(w) for w in words)


def _row(ctx: Ctx, ctype: str, pos: int, q, previous: list[dict], trigger_spans) -> dict:
    s = ctx.text
    # the counted noun phrase: from the number to the next comma or casualty word ("84 Wagner
    # mercenaries", "300 soldati nordcoreani erano stati uccisi")
    np_end = min([m.start() for m in re.finditer(r"[,;]", s) if m.start() > q.end]
                 + [a for a, _ in trigger_spans if a > q.end] + [q.end + 45, len(s)])
    np = (q.end, np_end)
    party = next((a.code for a in ctx.actors if np[0] <= a.start < np[1]
                  and not ctx.in_speaker_zone(a.start, a.end)
                  and not ctx.lex.from_re.search(s[max(0, a.start - 12):a.start])), None)
    np_text = s[q.end:np_end]
    personnel = "civilian" if ctx.lex.civilian_re.search(np_text[:40]) else \
        "military" if ctx.lex.military_re.search(np_text[:40]) else None
    if party is None and previous:
        party = previous[-1]["party"]
        personnel = personnel or previous[-1]["personnel"]
    place = ctx.place_near(pos)
    if party is None and personnel == "civilian":
        st = ctx.attribution(pos)
        party = (place.country if place else None) or \
            (ctx.carry.party if ctx.carry.personnel == "civilian" else None) or (st.speaker.country if st else None)
    if party is None:
        subj = [a for a in ctx.actors if a.end <= pos and a.start >= ctx.clause_start(pos)
                and not ctx.in_speaker_zone(a.start, a.end)]
        party = subj[-1].code if subj else (ctx.carry.party or ctx.title.party)
    personnel = personnel or (ctx.carry.personnel if party == ctx.carry.party else None) or "military"
    if place is None and ctx.carry.place and (party is None or ctx.carry.place.country in (party, ctx.carry.host)):
        place = ctx.carry.place
    low, best, high = q.bounds()
    return {"_pos": pos, "party": party, "personnel": personnel, "casualty_type": ctype,
            "location": place.text if place else None, "location_adm1": place.adm1 if place else None,
            "count_low": low, "count_best": best, "count_high": high, "count_qualifier": q.qualifier}
