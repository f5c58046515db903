"""The pipeline's steps as plain functions: load and extract seeds, assemble the tables.
The Prefect flow (flows/pipeline.py) only orchestrates these."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from seedtables import lang
from seedtables.cache import ExtractionCache, seed_key
from seedtables.claims import assign_claims
from seedtables.extract.article import extract_seed
from seedtables.history import first_releases, stamp
from seedtables.publish import planned_version, version_names
from seedtables.seeds import SEED_SUFFIX, SeedError, read_seed
from validation.columns import ROW_TABLES, to_frame

# where in the pipeline a seed was set aside (the `stage` column of rejects.csv)
STAGES = ("read", "duplicate", "extract", "validate")


@dataclass
class Reject:
    path: str
    problem: str
    stage: str = "read"

    def row(self) -> dict:
        return {"file": Path(self.path).name, "stage": self.stage, "problem": self.problem}

    @property
    def order(self) -> tuple[str, str, str]:
        """How rejects are listed: by file, then stage and problem."""
        return Path(self.path).name, self.stage, self.problem


def _crash(err: Exception) -> str:
    """An unexpected exception as one line: its type, message and where it was raised."""
    import traceback

    frames = traceback.extract_tb(err.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno}, in {frames[-1].name})" if frames else ""
    return f"{type(err).__name__}: {err}{where}"


@dataclass
class BatchResult:
    seeds: list[dict] = field(default_factory=list)
    rows: dict[str, list[dict]] = field(default_factory=lambda: {t: [] for t in ROW_TABLES})
    rejects: list[Reject] = field(default_factory=list)
    extracted: int = 0  # seeds read and extracted in this run
    cached: int = 0  # seeds whose rows came from the cache
    frames: dict[str, pl.DataFrame] | None = None  # the rows as contract frames, once framed

    def framed(self) -> BatchResult:
        """The rows as typed frames: compact to send between processes and cheap to concatenate.
        A seed whose rows cannot be framed (a value no column type holds) is withheld, alone."""
        try:
            self.frames = {t: to_frame(t, self.rows[t]) for t in ROW_TABLES}
        except Exception:  # noqa: BLE001 (find the seed at fault, then frame the rest)
            self._withhold_unframeable()
            self.frames = {t: to_frame(t, self.rows[t]) for t in ROW_TABLES}
        self.rows = {t: [] for t in ROW_TABLES}
        return self

    def _withhold_unframeable(self) -> None:
        bad: dict[str, str] = {}
        for t in ROW_TABLES:
            for row in self.rows[t]:
                if row["seed_id"] in bad:
                    continue
                try:
                    to_frame(t, [row])
                except Exception as err:  # noqa: BLE001
                    values = {k: v for k, v in row.items() if k not in ("evidence",)}
                    bad[row["seed_id"]] = f"a {t} row has a value no column can hold ({_crash(err)}); row: {values}"
        self.withhold(bad, "extract")

    def withhold(self, problems: dict[str, str], stage: str) -> None:
        """Set these seeds (seed_id -> problem) aside with all their rows."""
        if not problems:
            return
        self.rejects += [Reject(sid + SEED_SUFFIX, problem, stage) for sid, problem in sorted(problems.items())]
        self.seeds = [s for s in self.seeds if s["seed_id"] not in problems]
        for t in ROW_TABLES:
            self.rows[t] = [r for r in self.rows[t] if r["seed_id"] not in problems]


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
        try:
            rows = extract_seed(seed)
        except Exception as err:  # noqa: BLE001 (one seed's crash must not stop the others)
            out.rejects.append(Reject(str(path), f"extraction failed: {_crash(err)}", "extract"))
            continue
        out.seeds.append(seed.row())
        for table, table_rows in rows.items():
            out.rows[table].extend(table_rows)
        out.extracted += 1
        if store is not None and key:
            store.put(key, {"seed": seed.row(), "rows": rows})
    return out


def assemble(results: list[BatchResult], published: set[str] | frozenset[str] = frozenset(),
             datasets: Path | str | None = None) -> tuple[dict[str, pl.DataFrame], list[Reject]]:
    """Batches -> one frame per table (contract columns and types) and the rejects.
    Of seeds with the same bytes one is kept: the one already `published` in the previous
    release, else the first by name; the others are rejected as its duplicates. The frames
    are complete (see prepare) for a release into `datasets`."""
    seeds, parts, rejects = [], {t: [] for t in ROW_TABLES}, []
    for r in results:
        if r.frames is None:
            r.framed()
    all_seeds = [s for r in results for s in r.seeds]
    keeper: dict[str, str] = {}
    for s in sorted(all_seeds, key=lambda s: (s["seed_id"] not in published, s["seed_id"])):
        keeper.setdefault(s["sha256"], s["seed_id"])
    dropped: set[str] = set()
    for r in sorted(results, key=lambda r: [s["seed_id"] for s in r.seeds][:1] or [""]):
        rejects += r.rejects
        for s in sorted(r.seeds, key=lambda s: s["seed_id"]):
            first = keeper[s["sha256"]]
            if first != s["seed_id"]:
                rejects.append(Reject(s["seed_id"] + ".txt", f"duplicate of {first}.txt (same sha256)", "duplicate"))
                dropped.add(s["seed_id"])
                continue
            seeds.append(s)
        frames = r.frames
        for t in ROW_TABLES:
            parts[t].append(frames[t])
    out = {t: pl.concat([to_frame(t, []), *parts[t]], how="vertical").filter(~pl.col("seed_id").is_in(list(dropped)))
           for t in ROW_TABLES}
    out["seeds"] = to_frame("seeds", seeds)
    return prepare(out, datasets), sorted(rejects, key=lambda r: r.order)


def prepare(frames: dict[str, pl.DataFrame], datasets: Path | str | None = None) -> dict[str, pl.DataFrame]:
    """The fact rows with their `first_release` (the release on disk in `datasets` that first
    published them, else the one these frames would become) and their claims: the whole
    release as validation checks it."""
    if datasets is not None and Path(datasets).is_dir():
        history, version = first_releases(datasets, version_names(Path(datasets))), planned_version(datasets)
    else:
        history, version = {}, "v1.0.0"
    return assign_claims(stamp(frames, history, version))


def number_outcomes(numbers: pl.DataFrame) -> dict[str, int]:
    """How many numbers were used, set aside and left unread."""
    counts = dict(numbers.group_by("outcome").len().iter_rows()) if numbers.height else {}
    return {o: counts.get(o, 0) for o in ("used", "set_aside", "unread")}


def numbers_line(outcomes: dict[str, int]) -> str:
    total = sum(outcomes.values())
    share = f" ({outcomes.get('unread', 0) / total:.1%} of {total:,})" if total else ""
    return (f"numbers: {outcomes.get('used', 0):,} used, {outcomes.get('set_aside', 0):,} set aside, "
            f"{outcomes.get('unread', 0):,} unread{share}")


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
