"""Supply shares: material, money or help one actor gives another, with shares and
quantities; one row per item (codebook section 3)."""
from __future__ import annotations

import re

from seedtables.extract.actors import Actor
from seedtables.extract.context import Ctx


def extract(ctx: Ctx) -> list[dict]:
    lex, s = ctx.lex, ctx.text
    verbs = [(m.start(), m.end(), False) for m in lex.supply_verbs.finditer(s)]
    verbs += [(m.start(), m.end(), True) for m in lex.receive_verbs.finditer(s)]
    verbs.sort()
    rows, seen = [], set()
    for i, (vs, ve, receive) in enumerate(verbs):
        if ctx.is_non_factual(vs, ve):
            continue
        scope_end = verbs[i + 1][0] if i + 1 < len(verbs) else len(s)
        items = [m for m in lex.item_re.finditer(s, ve, scope_end)]
        if not items:
            # "i proiettili nordcoreani coprono ...": the item may stand before the verb as its subject
            items = [m for m in lex.item_re.finditer(s, ctx.clause_start(vs), vs)]
        if not items:
            continue
        supplier, recipient = _parties(ctx, vs, ve, receive)
        if not supplier or not recipient or supplier == recipient:
            continue
        shares = [q for q in ctx.numbers_free() if q.percent and q.start >= ctx.clause_start(vs)]
        for m in items:
            item = lex.items[m.group(0).lower()]
            if (supplier, recipient, item) in seen:
                continue
            share = next((q for q in shares if q.end <= m.start() and m.start() - q.end < 40), None)
            share_of = _share_of(ctx, share) if share else None
            quantity, unit = _quantity(ctx, m.start())
            seen.add((supplier, recipient, item))
            rows.append({
                "_pos": m.start(), "supplier": supplier, "recipient": recipient, "item": item,
                "item_text": m.group(0),
                "share": round(share.value, 6) if share else None,
                "share_qualifier": share.qualifier if share else None, "share_of": share_of,
                "quantity": quantity.value if quantity else None, "quantity_unit": unit if quantity else None,
                "quantity_qualifier": quantity.qualifier if quantity else None,
            })
        ctx.carry.supplier, ctx.carry.recipient = supplier, recipient
    return rows


def _parties(ctx: Ctx, vs: int, ve: int, receive: bool) -> tuple[str | None, str | None]:
    s = ctx.text
    free = [a for a in ctx.actors if not ctx.in_speaker_zone(a.start, a.end)]
    before = [a for a in free if a.end <= vs and a.start >= ctx.clause_start(vs) - 1] or \
             [a for a in free if a.end <= vs]
    after = [a for a in free if a.start >= ve]
    after += [Actor(p.start, p.end, p.country, "place", p.text) for p in ctx.places  # "spedito in Russia"
              if p.start >= ve and p.country and p.is_country and not any(x.start == p.start for x in after)]
    after.sort(key=lambda a: a.start)
    subject = before[0].code if before else None
    if receive:
        source = next((a.code for a in after if ctx.lex.from_re.search(s[max(0, a.start - 12):a.start])), None)
        source = source or next((a.code for a in after if a.code != subject), None)
        return source or ctx.carry.supplier, subject or ctx.carry.recipient
    supplier = subject or ctx.carry.supplier or ctx.title.supplier
    recipient = next((a.code for a in after if a.code != supplier), None)
    return supplier, recipient or ctx.carry.recipient or ctx.title.recipient


def _share_of(ctx: Ctx, share) -> str | None:
    rest = ctx.text[share.end:]
    m = ctx.lex.share_of_re.match(rest)
    if not m:
        return None
    phrase = re.split(r"[,;.]|\s(?:e|and|che|that)\s", rest[m.end():], maxsplit=1)[0]
    return phrase.strip() or None


def _quantity(ctx: Ctx, item_start: int):
    """'20.000 container di munizioni', '72 miliardi di euro in aiuti', '$20 billion'."""
    lex = ctx.lex
    for q in sorted(ctx.numbers_free(), key=lambda q: abs(item_start - q.end)):
        if q.percent or q.weak or q.end > item_start or item_start - q.end > 45:
            continue
        after = ctx.text[q.end:]
        cur = lex.currency_re.match(after) or re.search(r"[$€£]", q.text)  # "72 miliardi di euro", "$20 billion"
        if cur:
            sym = cur.group(0).strip().split()[-1]
            return q, lex.currencies.get(sym.lower(), lex.currencies.get(sym, sym.upper()))
        unit = lex.unit_re.match(after)
        if unit:
            return q, lex.units[unit.group(0).strip().lower()]
    return None, None
