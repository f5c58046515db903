"""What changed between two releases, row by row (by `record_id`), and the changelog.

Each release folder holds its own CHANGES.md, written with the release before it is moved
into place; datasets/CHANGELOG.md is rebuilt from them, newest first, so it can never
disagree with the releases on disk."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from validation.columns import ALL_TABLES, DERIVED_TABLES, ROW_TABLES, tables

CHANGES = "CHANGES.md"
# the tables whose rows a changelog counts, each by its primary key
LISTED = (*ROW_TABLES, *DERIVED_TABLES)
CHANGELOG = "CHANGELOG.md"


@dataclass
class TableDiff:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[tuple[str, dict[str, tuple]]] = field(default_factory=list)  # id, field -> (old, new)
    # rows removed and added with the same content: only their record_id changed (old id, new id)
    rekeyed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass
class ReleaseDiff:
    seeds_added: list[str]
    seeds_removed: list[str]
    tables: dict[str, TableDiff]


def read_release(folder: Path | str) -> dict[str, pl.DataFrame]:
    folder = Path(folder)
    return {t: pl.read_parquet(folder / f"{t}.parquet") for t in ALL_TABLES if (folder / f"{t}.parquet").exists()}


def _table_diff(old: pl.DataFrame | None, new: pl.DataFrame, key: str) -> TableDiff:
    """Ids added and removed (anti-joins), and rows changed: whole-row hashes compared by id,
    then field by field only for the rows that differ (releases hold hundreds of thousands)."""
    if old is None:
        return TableDiff(added=sorted(new[key].to_list()))
    out = TableDiff(added=sorted(new.join(old.select(key), on=key, how="anti")[key].to_list()),
                    removed=sorted(old.join(new.select(key), on=key, how="anti")[key].to_list()))
    cols = [c for c in new.columns if c in old.columns and c != key]
    hashed = [f.select(key, pl.struct(cols).hash().alias("_h")) for f in (old, new)]
    if out.added and out.removed:
        gone = hashed[0].filter(pl.col(key).is_in(out.removed)).unique("_h", keep="first")
        came = hashed[1].filter(pl.col(key).is_in(out.added)).unique("_h", keep="first")
        pairs = gone.join(came, on="_h").sort(key)
        out.rekeyed = list(zip(pairs[key].to_list(), pairs[f"{key}_right"].to_list(), strict=True))
    differ = hashed[0].join(hashed[1], on=key).filter(pl.col("_h") != pl.col("_h_right"))[key]
    if differ.len():
        a = {r[key]: r for r in old.filter(pl.col(key).is_in(differ.implode())).to_dicts()}
        b = {r[key]: r for r in new.filter(pl.col(key).is_in(differ.implode())).to_dicts()}
        for rid in sorted(a):
            fields = {c: (a[rid].get(c), b[rid].get(c)) for c in sorted(a[rid].keys() | b[rid].keys())
                      if a[rid].get(c) != b[rid].get(c)}
            if fields:
                out.changed.append((rid, fields))
    return out


def diff(old: dict[str, pl.DataFrame] | None, new: dict[str, pl.DataFrame]) -> ReleaseDiff:
    old = old or {}
    old_seeds = set(old["seeds"]["seed_id"].to_list()) if "seeds" in old else set()
    new_seeds = set(new["seeds"]["seed_id"].to_list())
    diffs = {t: _table_diff(old.get(t), new[t], tables()[t].primary_key) for t in LISTED if t in new}
    diffs["seeds"] = _table_diff(old.get("seeds"), new["seeds"], "seed_id")
    return ReleaseDiff(sorted(new_seeds - old_seeds), sorted(old_seeds - new_seeds), diffs)


def changes_markdown(version: str, previous: str | None, bump: str, d: ReleaseDiff, rejects: list[dict],
                     note: str | None = None) -> str:
    """The changelog entry of one release."""
    lines = [f"## {version}", "", f"- {bump} release; previous: {previous or 'none'}"]
    lines.append(f"- seeds added: {len(d.seeds_added)}" + (f" ({', '.join(d.seeds_added)})" if d.seeds_added else ""))
    if d.seeds_removed:
        lines.append(f"- seeds retracted (in {previous}, not in this release): {len(d.seeds_removed)} "
                     f"({', '.join(d.seeds_removed)})")
    if note:
        lines += ["", note.strip()]
    lines += ["", "| table | added | removed | changed | re-keyed |", "|---|---:|---:|---:|---:|"]
    for t in LISTED:
        if t not in d.tables:
            continue
        td = d.tables[t]
        lines.append(f"| {t} | {len(td.added)} | {len(td.removed)} | {len(td.changed)} | {len(td.rekeyed)} |")
    if any(d.tables[t].rekeyed for t in ROW_TABLES if t in d.tables):
        lines += ["", "Re-keyed rows were removed and added with the same content under a new `record_id`; they "
                      "are counted in both 'removed' and 'added'."]
    if rejects:
        lines += ["", f"Seeds set aside ({len(rejects)}), listed in rejects.csv:"]
        lines += [f"- {r['file']} ({r.get('stage') or 'read'}): {r['problem']}" for r in rejects]
    return "\n".join(lines) + "\n"


def rebuild_changelog(datasets: Path, versions: list[str]) -> None:
    """datasets/CHANGELOG.md from every release's CHANGES.md, newest first; written atomically."""
    parts = ["# Changelog", "", "Every release of the seedtables dataset, newest first. "
             "`seedtables diff vA vB` lists the rows behind these counts.", ""]
    for v in reversed(versions):
        f = datasets / v / CHANGES
        parts.append(f.read_text(encoding="utf-8") if f.exists() else f"## {v}\n\n- (no change record)\n")
    tmp = datasets / f".{CHANGELOG}.{os.getpid()}.tmp"
    tmp.write_text("\n".join(parts), encoding="utf-8")
    os.replace(tmp, datasets / CHANGELOG)


def evidence_of(*releases: dict[str, pl.DataFrame]) -> dict[str, str]:
    """record_id -> the text a row stands for (a fact's evidence, a number as written), over
    the tables of the releases given: what `format_diff` shows beside each id."""
    out: dict[str, str] = {}
    for frames in releases:
        for f in frames.values():
            text = "evidence" if "evidence" in f.columns else "text" if "text" in f.columns else None
            if "record_id" in f.columns and text:
                out.update(zip(f["record_id"].to_list(), f[text].to_list(), strict=True))
    return out


def format_diff(old_name: str, new_name: str, d: ReleaseDiff, evidence: dict[str, str] | None = None,
                limit: int | None = None) -> str:
    """Row-level differences for people: ids added and removed, and for changed rows the fields."""
    evidence = evidence or {}
    out = [f"{old_name} -> {new_name}"]
    out.append(f"seeds added: {len(d.seeds_added)}; removed: {len(d.seeds_removed)}")
    for s in d.seeds_added:
        out.append(f"  + seed {s}")
    for s in d.seeds_removed:
        out.append(f"  - seed {s}")
    for t in LISTED:
        if t not in d.tables:
            continue
        td = d.tables[t]
        rekeyed = f" ({len(td.rekeyed)} of them re-keyed: same content, new record_id)" if td.rekeyed else ""
        out.append(f"\n{t}: {len(td.added)} added, {len(td.removed)} removed, {len(td.changed)} changed{rekeyed}")
        for sign, ids in (("+", td.added), ("-", td.removed)):
            for rid in ids[:limit]:
                out.append(f"  {sign} {rid}  {evidence.get(rid, '')[:70]}")
        for rid, fields in td.changed[:limit]:
            out.append(f"  ~ {rid}")
            for c, (a, b) in fields.items():
                out.append(f"      {c}: {a!r} -> {b!r}")
    return "\n".join(out)
