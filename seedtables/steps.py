"""The pipeline's steps as plain functions: load and extract seeds, assemble the tables.
The Prefect flow (flows/pipeline.py) only orchestrates these."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from seedtables import lang
from seedtables.cache import ExtractionCache, seed_key
from seedtables.extract.article import TABLES, extract_seed
from seedtables.seeds import SeedError, read_seed
from validation.columns import FACT_TABLES, to_frame


@dataclass
class Reject:
    path: str
    problem: str

    def row(self) -> dict:
        return {"file": Path(self.path).name, "problem": self.problem}


@dataclass
class BatchResult:
    seeds: list[dict] = field(default_factory=list)
    rows: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in TABLES})
    rejects: list[Reject] = field(default_factory=list)
    extracted: int = 0  # seeds read and extracted in this run
    cached: int = 0  # seeds whose rows came from the cache
    frames: dict[str, pl.DataFrame] | None = None  # the rows as contract frames, once framed

    def framed(self) -> BatchResult:
        """The rows as typed frames: compact to send between processes and cheap to concatenate."""
        self.frames = {t: to_frame(t, self.rows[t]) for t in FACT_TABLES}
        self.rows = {t: [] for t in TABLES}
        return self


def extract_batch(paths: list[str], cache_dir: str | None = None) -> BatchResult:
    """Read and extract a batch of seeds; a bad seed is set aside with its reason. With a
    cache, a seed whose name and bytes were extracted before by the same code is not read again."""
    out = BatchResult()
    languages = lang.available()
    store = ExtractionCache(cache_dir) if cache_dir else None
    for path in paths:
        key = None
        if store is not None:
            try:
                key = seed_key(Path(path).name, Path(path).read_bytes())
            except OSError:
                key = None  # read_seed below names the problem
            hit = store.get(key) if key else None
            if hit is not None:
                out.seeds.append(hit["seed"])
                for table, rows in hit["rows"].items():
                    out.rows[table].extend(rows)
                out.cached += 1
                continue
        try:
            seed = read_seed(path, languages)
        except SeedError as err:
            out.rejects.append(Reject(err.path, err.problem))
            continue
        except OSError as err:
            out.rejects.append(Reject(str(path), f"cannot be read ({err.strerror})"))
            continue
        rows = extract_seed(seed)
        out.seeds.append(seed.row())
        for table, table_rows in rows.items():
            out.rows[table].extend(table_rows)
        out.extracted += 1
        if store is not None and key:
            store.put(key, {"seed": seed.row(), "rows": rows})
    return out


def assemble(results: list[BatchResult]) -> tuple[dict[str, pl.DataFrame], list[Reject]]:
    """Batches -> one frame per table (contract columns and types) and the rejects.
    A seed whose bytes repeat an earlier seed's is rejected as a duplicate."""
    seeds, parts, rejects = [], {t: [] for t in FACT_TABLES}, []
    by_hash: dict[str, str] = {}
    dropped: set[str] = set()
    for r in sorted(results, key=lambda r: [s["seed_id"] for s in r.seeds][:1] or [""]):
        rejects += r.rejects
        for s in sorted(r.seeds, key=lambda s: s["seed_id"]):
            first = by_hash.setdefault(s["sha256"], s["seed_id"])
            if first != s["seed_id"]:
                rejects.append(Reject(s["seed_id"] + ".txt", f"duplicate of {first}.txt (same sha256)"))
                dropped.add(s["seed_id"])
                continue
            seeds.append(s)
        frames = r.frames or {t: to_frame(t, r.rows[t]) for t in FACT_TABLES}
        for t in FACT_TABLES:
            parts[t].append(frames[t])
    out = {t: pl.concat([to_frame(t, []), *parts[t]], how="vertical").filter(~pl.col("seed_id").is_in(list(dropped)))
           for t in FACT_TABLES}
    out["seeds"] = to_frame("seeds", seeds)
    return out, sorted(rejects, key=lambda r: Path(r.path).name)


def uncached(paths: list[Path], cache_dir: str | None) -> int:
    """How many seeds a run must extract (not in the cache): decides whether a process pool pays."""
    if not cache_dir:
        return len(paths)
    store = ExtractionCache(cache_dir)
    n = 0
    for p in paths:
        try:
            n += not store.has(seed_key(Path(p).name, Path(p).read_bytes()))
        except OSError:
            n += 1
    return n


def batches(paths: list[Path], size: int) -> list[list[str]]:
    paths = [str(p) for p in paths]
    return [paths[i:i + size] for i in range(0, len(paths), size)]
