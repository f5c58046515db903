"""Deployments: forces of one actor sent to, deployed in, or redeployed in another's
territory or war (codebook section 3)."""
from __future__ import annotations

from seedtables.extract.context import Ctx

SPECIFIC_FIRST = ("special_forces", "engineers", "advisers", "pilots", "workers", "troops")


def _sender_near(ctx: Ctx, start: int, end: int) -> str | None:
    """The actor written with the force noun: 'soldati nordcoreani', 'North Korean troops',
    'truppe di Pyongyang', 'Germany's brigade'."""
    best = None
    for a in ctx.actors:
        gap = a.start - end if a.start >= end else start - a.end
        if gap < 0 or gap > 25 or ctx.in_speaker_zone(a.start, a.end) \
                or any(p.start <= a.start < p.end for p in ctx.places):
            continue  # "truppe nella regione russa di Kursk": the place's adjective, not the sender
        between = ctx.text[min(a.end, end):max(a.start, start)]
        if any(ch in between for ch in ",;:") or ctx.lex.destination_re.search(between):
            continue
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

    cands = [a for a in ctx.actors if a.end <= ts and not ctx.in_speaker_zone(a.start, a.end)
             and (named(a) or demonym_subject(a))
             and not any(p.start <= a.start < p.end for p in ctx.places)]
    return cands[0].code if cands else None


def _pronoun_subject(ctx: Ctx, ts: int) -> bool:
    """'They are now stationed ...', 'Sono ora schierati ...': the subject is the forces of the
    sentence before."""
    before = ctx.text[ctx.clause_start(ts):ts]
    return bool(ctx.lex.bare_subject_re.fullmatch(before))


def extract(ctx: Ctx) -> list[dict]:
    rows, seen = [], set()
    lex, s = ctx.lex, ctx.text
    triggers = []
    for action, rx in lex.actions:
        for m in rx.finditer(s):
            if all(m.end() <= t[1] or m.start() >= t[2] for t in triggers):
                triggers.append((action, m.start(), m.end()))
    # a force word inside an item's name is no force: "fighter jets", "caccia"
    items = [(m.start(), m.end()) for m in lex.item_re.finditer(s)]
    forces = [m for m in lex.force_re.finditer(s) if not any(a <= m.start() < b for a, b in items)]
    for action, ts, te in sorted(triggers, key=lambda t: t[1]):
        if ctx.is_non_factual(ts, te):
            continue
        if forces:
            nearest = min(forces, key=lambda m: min(abs(m.start() - te), abs(ts - m.end())))
            if abs(nearest.start() - ts) > 120:
                continue
            np_forces = [m for m in forces if abs(m.start() - nearest.start()) <= 40]
            kinds = {lex.forces[m.group(0).lower()] for m in np_forces}
            force = next(k for k in SPECIFIC_FIRST if k in kinds or k == "troops")
            force_start, force_end = nearest.start(), nearest.end()
            sender = _sender_near(ctx, force_start, force_end)
            st = ctx.attribution(force_start)
            if sender is None and st and lex.own_re.search(s[max(0, force_start - 12):force_start]):
                sender = st.speaker.country  # "secondo lo stato maggiore ucraino, le sue unità ...": the speaker's side
            sender = sender or _subject_sender(ctx, ts, force_start) or ctx.speaker_as_subject(ts) \
                or ctx.carry.sender or ctx.title.sender
        elif ctx.carry.sender and _pronoun_subject(ctx, ts):
            force, force_start, force_end, sender = ctx.carry.force or "troops", ts, ts, ctx.carry.sender
        else:
            continue
        place = ctx.place_near(te)
        if place and place.country and place.country == sender:
            continue  # forces at home ("Malian soldiers ... near Tinzaouaten"): no deployment
        host = place.country if place and place.country else None
        if host is None:
            others = [a for a in ctx.actors if a.code != sender and a.start >= ts
                      and not ctx.in_speaker_zone(a.start, a.end)]
            host = others[0].code if others else None
        if host is None:
            carried = ctx.carry.place.country if ctx.carry.place else None
            host = next((h for h in (ctx.carry.host, carried, ctx.title.host) if h and h != sender), None)
        if not sender or not host or sender == host:
            continue
        if place is None and ctx.carry.place and ctx.carry.place.country == host:
            place = ctx.carry.place
        count = _count(ctx, force_start, ts, te) if forces else None
        purpose = next((p for p, rx in lex.purposes if rx.search(s)), "unknown")
        key = (sender, host, action, place.adm1 if place else None, count.value if count else None)
        if key in seen or (action == "presence" and (*key[:2], "deploy", *key[3:]) in seen):
            continue  # "erano arrivati 7.000 militari, addestrati in ...": the presence adds nothing
        seen.add(key)
        low, best, high = count.bounds() if count else (None, None, None)
        rows.append({
            "_pos": ts, "sender": sender, "host": host,
            "location": place.text if place else None, "location_adm1": place.adm1 if place else None,
            "force": force, "action": action, "purpose": purpose,
            "count_low": low, "count_best": best, "count_high": high,
            "count_qualifier": count.qualifier if count else None,
        })
        ctx.carry.sender, ctx.carry.host, ctx.carry.force = sender, host, force
    return rows


def _count(ctx: Ctx, force_start: int, ts: int, te: int):
    """The number of forces: the quantity right before the force noun, else one in the clause."""
    qs = [q for q in ctx.numbers_free() if not q.percent]
    clause = ctx.clause_start(min(force_start, ts))
    best = None
    for q in qs:
        if q.weak:
            continue
        if q.end <= force_start and force_start - q.end <= 45:
            d = force_start - q.end
        elif q.start >= clause and abs(q.start - ts) <= 80:
            d = 50 + abs(q.start - ts)
        else:
            continue
        if best is None or d < best[0]:
            best = (d, q)
    return best[1] if best else None
