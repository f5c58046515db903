"""Claims and rival estimates: the same fact reported by many articles, and the competing
figures for one quantity (docs/claims.md).

A claim is the fact rows of any seeds that report the same thing: the same table and key
fields, the same figure, the same source, and date intervals that overlap (chained: a row
overlapping any row of the claim joins it). Every fact row gets its claim's `claim_id`; the
`claims` table has one row per claim and the `estimates` table puts the claims that give a
figure for one quantity and period side by side. Nothing here sums or averages across
sources: every value is one the rows hold, or a count or ratio of them.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

import polars as pl

from seedtables import lang
from seedtables.extract.numbers import with_qualifier
from validation.columns import FACT_TABLES, to_frame

# the fields that say what a claim is about, per table (docs/claims.md says why these)
KEYS = {
    "casualties": ("party", "personnel", "casualty_type"),
    "deployments": ("sender", "host", "action"),
    "supply_shares": ("supplier", "recipient", "item"),
    "statements": ("speaker_country", "speech_act"),
}
# qualifiers that give the same bounds for the same figure: "about 300" and "300" name one
# figure, "over 300" and "at least 300" another
FAMILY = {"exact": "point", "approx": "point", "over": "lower", "at_least": "lower", "under": "upper",
          "at_most": "upper", "range": "range", "vague": "vague"}
UNATTRIBUTED = "unattributed"
NON_WORD = re.compile(r"[^\w]+")


def _hash(prefix: str, parts: list) -> str:
    return prefix + hashlib.sha256(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()[:16]


@cache
def _articles() -> frozenset[str]:
    """Every language pack's articles, folded and without their apostrophe ("l'" -> "l")."""
    return frozenset(NON_WORD.sub("", lang.fold(a)) for code in lang.available() for a in lang.load(code)["articles"])


def normalise(text: str | None) -> str:
    """A name or text compared across articles: folded, punctuation as spaces, leading articles
    dropped. "l'intelligence sudcoreana" and "Intelligence sudcoreana," give the same."""
    if not text:
        return ""
    words = NON_WORD.sub(" ", lang.fold(text)).split()
    while words and words[0] in _articles():
        words = words[1:]
    return " ".join(words)


@cache
def _known_sources() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every alias of knowledge/sources.toml and every person of people.toml,
    folded, and the name each stands for."""
    names = {normalise(alias): key for key, aliases in lang.knowledge("sources")["aliases"].items()
             for alias in aliases}
    for people in lang.knowledge("people").values():
        for person in people:
            names.setdefault(normalise(person), normalise(person).split()[-1])
    names.pop("", None)
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")
    return rx, names


def _own_names(text: str, country: str | None) -> str:
    """`text` without the words that name `country` itself ("South Korea's", "sudcoreana"): the
    source's country is compared on its own."""
    if not country:
        return text
    from seedtables.extract import actors

    spans = sorted({(a.start, a.end) for code in sorted(lang.available()) for a in actors.reader(code).find(text)
                    if a.code == country}, reverse=True)
    for a, b in spans:
        text = text[:a] + " " + text[b:]
    return text


@lru_cache(maxsize=1 << 16)  # a release names the same few sources on thousands of rows
def source_name(attributed_to: str | None, country: str | None) -> str:
    """The name a source is compared by: a known body's or person's ("nis", "zelensky"), else
    its name without its country's words, folded, without articles or punctuation."""
    if not attributed_to:
        return ""
    rx, names = _known_sources()
    m = rx.search(normalise(attributed_to))
    if m:
        return names[m.group(0)]
    return normalise(_own_names(attributed_to, country)) or normalise(attributed_to)


def source_of(attributed_to: str | None, country: str | None) -> str:
    """The normalised source: its actor code and its name, or 'unattributed'."""
    parts = [p for p in (country, source_name(attributed_to, country)) if p]
    return " ".join(parts) if parts else UNATTRIBUTED


def figure(table: str, row: dict) -> list | None:
    """What makes two rows' figures the same (None: the row has none): the qualifier's family
    and the bound it fixes; a share or amount is one value with its qualifier."""
    if table in ("casualties", "deployments"):
        q = row["count_qualifier"]
        if q is None:
            return None
        family = FAMILY.get(q, q)  # an unknown qualifier (a row validation withholds) stays itself
        if family == "range":
            return [family, row["count_low"], row["count_high"]]
        return [family, row[{"point": "count_best", "lower": "count_low", "upper": "count_high",
                             "vague": "count_low"}.get(family, "count_best")]]
    if table == "supply_shares":
        share = [FAMILY.get(row["share_qualifier"]), row["share"]] if row["share"] is not None else None
        amount = [FAMILY.get(row["quantity_qualifier"]), row["quantity"], row["quantity_unit"]] \
            if row["quantity"] is not None else None
        return [share, amount] if share or amount else None
    return [normalise(row["speaker"]), normalise(row["content"])]  # statements: who, and what was said


def _chains(spans: list[tuple]) -> list[list[int]]:
    """Indexes of `spans` (start, end, ...) grouped by chained overlap of [start, end]; spans
    without dates form one group of their own."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0] is None, spans[i][0] or 0, spans[i][1] or 0,
                                                      spans[i][2:]))
    groups: list[list[int]] = []
    end = None
    for i in order:
        start, stop = spans[i][0], spans[i][1]
        if start is None:
            if not groups or spans[groups[-1][0]][0] is not None:
                groups.append([])
            groups[-1].append(i)
            continue
        if groups and end is not None and start <= end:
            groups[-1].append(i)
            end = max(end, stop)
        else:
            groups.append([i])
            end = stop
    return groups


def assign_claims(frames: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The fact tables with `claim_id` set, and the `claims` and `estimates` tables."""
    published = dict(zip(frames["seeds"]["seed_id"].to_list(), frames["seeds"]["published_start"].to_list(),
                         strict=True))
    titles = dict(zip(frames["seeds"]["seed_id"].to_list(), frames["seeds"]["title"].to_list(), strict=True))
    out = dict(frames)
    claim_rows: list[dict] = []
    for table in FACT_TABLES:
        frame = frames[table]
        rows = frame.to_dicts()
        sources = _sources(table, rows, titles)
        groups: dict[str, list[int]] = {}
        for i, row in enumerate(rows):
            key = [table, [row[k] for k in KEYS[table]], figure(table, row), sources[i]]
            groups.setdefault(json.dumps(key, ensure_ascii=False, default=str), []).append(i)
        ids: list[str | None] = [None] * len(rows)
        for key, members in groups.items():
            spans = [(rows[i]["date_start"], rows[i]["date_end"], rows[i]["record_id"]) for i in members]
            for chain in _chains(spans):
                chained = [members[c] for c in chain]
                anchor = min((rows[i]["date_start"] for i in chained if rows[i]["date_start"]), default=None)
                claim_id = _hash("c-", [json.loads(key), anchor])
                for i in chained:
                    ids[i] = claim_id
                claim_rows.append(_claim_row(table, claim_id, [rows[i] for i in chained], published,
                                             sources[chained[0]]))
        out[table] = frame.with_columns(claim_id=pl.Series("claim_id", ids, dtype=pl.String))
    out["claims"] = to_frame("claims", claim_rows)
    out["estimates"] = to_frame("estimates", estimate_rows(claim_rows))
    return out


def _sources(table: str, rows: list[dict], titles: dict[str, str]) -> list[str]:
    """Each row's source; a headline restating a row of its own article's body ("Sudan: UN says
    at least 120 civilians killed" over "..., according to the UN human rights office") takes the
    body row's source when it names none or the same country's: it is the same claim."""
    sources = [source_of(r["attributed_to"], r["attributed_country"]) for r in rows]
    facts = [json.dumps([r["seed_id"], [r[k] for k in KEYS[table]], figure(table, r)], default=str) for r in rows]
    headline = [r["evidence"] in (titles.get(r["seed_id"]) or "") for r in rows]
    body: dict[str, int] = {}
    for i, fact in enumerate(facts):
        if not headline[i]:
            body.setdefault(fact, i)
    for i, r in enumerate(rows):
        j = body.get(facts[i]) if headline[i] else None
        if j is not None and (r["attributed_to"] is None or r["attributed_country"] == rows[j]["attributed_country"]):
            sources[i] = sources[j]
    return sources


def _mode(values: Iterable):
    """The value most rows give; of equals, the one given first."""
    values = list(values)  # hashable: strings, numbers, None and tuples of them
    if len(values) == 1:
        return values[0]
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def _claim_row(table: str, claim_id: str, rows: list[dict], published: dict, source: str) -> dict:
    rows = sorted(rows, key=lambda r: (published[r["seed_id"]], r["seed_id"], r["char_start"], r["record_id"]))
    seeds = list(dict.fromkeys(r["seed_id"] for r in rows))
    first, last = seeds[0], max(seeds, key=lambda s: (published[s], s))
    out = {"claim_id": claim_id, "fact_table": table, **{k: rows[0][k] for k in KEYS[table]},
           "source": source,
           "attributed_to": _mode(r["attributed_to"] for r in rows),
           "attributed_country": _mode(r["attributed_country"] for r in rows),
           "date_start": min((r["date_start"] for r in rows if r["date_start"]), default=None),
           "date_end": max((r["date_end"] for r in rows if r["date_end"]), default=None),
           "n_reports": len(rows), "n_seeds": len(seeds), "first_seed": first, "last_seed": last,
           "first_published": published[first], "last_published": published[last],
           "record_ids": " ".join(sorted(r["record_id"] for r in rows))}
    if table in ("casualties", "deployments"):
        cols = ("count_low", "count_best", "count_high", "count_qualifier")
        out.update(zip(cols, _mode(tuple(r[c] for c in cols) for r in rows), strict=True))
    elif table == "supply_shares":
        cols = ("share", "share_qualifier", "quantity", "quantity_unit", "quantity_qualifier")
        out.update(zip(cols, _mode(tuple(r[c] for c in cols) for r in rows), strict=True))
    else:
        out.update(speaker=_mode(r["speaker"] for r in rows), content=rows[0]["content"])
    return out


def _measures(claim: dict) -> list[tuple[str, str | None, str, float | None, float | None, float | None]]:
    """The figures a claim gives: (measure, unit, qualifier, low, best, high). A share or amount
    written as a range keeps only its upper end in supply_shares, so it has no bounds to set
    side by side and gives none."""
    table = claim["fact_table"]
    if table in ("casualties", "deployments"):
        if claim["count_qualifier"] is None:
            return []
        return [("count", None, claim["count_qualifier"],
                 *(None if claim[c] is None else float(claim[c]) for c in ("count_low", "count_best", "count_high")))]
    out = []
    if table == "supply_shares":
        for measure, value, qualifier, unit in (("share", claim["share"], claim["share_qualifier"], None),
                                                ("quantity", claim["quantity"], claim["quantity_qualifier"],
                                                 claim["quantity_unit"])):
            if value is not None and qualifier in FAMILY and qualifier != "range" and math.isfinite(value):
                out.append((measure, unit, qualifier, *with_qualifier(value, qualifier)))
    return out


def estimate_rows(claims: list[dict]) -> list[dict]:
    """For each quantity (table, key fields, measure, unit) and period, its claims side by side."""
    by_quantity: dict[str, list[tuple[dict, tuple]]] = {}
    for claim in claims:
        for m in _measures(claim):
            key = json.dumps([claim["fact_table"], [claim[k] for k in KEYS[claim["fact_table"]]], m[0], m[1]],
                             ensure_ascii=False)
            by_quantity.setdefault(key, []).append((claim, m))
    out = []
    for key, members in by_quantity.items():
        spans = [(c["date_start"], c["date_end"], c["claim_id"]) for c, _ in members]
        for chain in _chains(spans):
            rivals = [members[i] for i in chain]
            period_start = min((c["date_start"] for c, _ in rivals if c["date_start"]), default=None)
            period_end = max((c["date_end"] for c, _ in rivals if c["date_end"]), default=None)
            quantity_id = _hash("q-", [json.loads(key), period_start])
            # the figure compared: best, else the lower bound, else the upper
            values = [next(v for v in (m[4], m[3], m[5]) if v is not None) for _, m in rivals]
            lowest, highest = min(values), max(values)
            table, keys, measure, unit = json.loads(key)
            for (claim, m), value in zip(rivals, values, strict=True):
                out.append({
                    "estimate_id": _hash("e-", [quantity_id, claim["claim_id"]]), "quantity_id": quantity_id,
                    "fact_table": table, **dict(zip(KEYS[table], keys, strict=True)), "measure": measure,
                    "unit": unit, "period_start": period_start, "period_end": period_end, "n_claims": len(rivals),
                    "claim_id": claim["claim_id"], "source": claim["source"],
                    "attributed_to": claim["attributed_to"], "attributed_country": claim["attributed_country"],
                    "qualifier": m[2], "low": m[3], "best": m[4], "high": m[5], "value": value,
                    "date_start": claim["date_start"], "date_end": claim["date_end"],
                    "n_seeds": claim["n_seeds"], "n_reports": claim["n_reports"],
                    "is_lowest": value == lowest, "is_highest": value == highest,
                    "ratio_to_lowest": value / lowest if lowest else None,
                    "ratio_to_highest": value / highest if highest else None})
    return out
