"""Write a release: DIR/vX.Y.Z/<table>.parquet|csv + datapackage.json, write-once and atomic.

A release is built in a hidden staging folder beside its final place and renamed into
place at the end, so a crash leaves the previous release intact and no half-written
folder that looks like a release. A lock keeps two runs from interleaving.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from seedtables.changes import CHANGES, changes_markdown, diff, read_release, rebuild_changelog
from seedtables.history import first_releases, stamp
from validation.columns import ALL_TABLES, tables

VERSION_DIR = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")
LATEST = "latest"
PACKAGE_NAME = "seedtables"
# the title CITATION.cff and .zenodo.json give, after "seedtables: " (tests/test_citation.py)
CITATION_TITLE = "deployments, casualties, supply shares and statements read from news articles about armed conflict"


# a run may retract at most this share of the previous release's seeds unless told to
MAX_REMOVED_SHARE = 0.5


class PublishLocked(RuntimeError):
    pass


class RemovalRefused(RuntimeError):
    """The run would retract more of the published seeds than allowed: likely a mistake
    (a wrong folder, a failed mount, files re-saved badly), so nothing is published."""

    def __init__(self, removed: list[str], total: int, previous: str, share: float):
        self.removed, self.total = removed, total
        shown = ", ".join(removed[:10]) + (f" and {len(removed) - 10} more" if len(removed) > 10 else "")
        super().__init__(f"this run would retract {len(removed)} of the {total} seeds published in {previous} "
                         f"(more than {share:.0%}): {shown}; nothing was published. If that is intended, "
                         f"run again with --allow-removals")


@dataclass(frozen=True)
class PublishResult:
    version: str | None  # None when nothing changed
    path: Path | None
    previous: str | None
    bump: str | None  # major / minor / None
    changes: object = None  # seedtables.changes.ReleaseDiff of a new release

    @property
    def changed(self) -> bool:
        return self.version is not None


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def releases(datasets: Path) -> list[tuple[int, int, int]]:
    out = []
    for p in datasets.glob("v*"):
        m = VERSION_DIR.match(p.name)
        if m and p.is_dir() and (p / "datapackage.json").exists():
            out.append(tuple(int(x) for x in m.groups()))
    return sorted(out)


def latest_version(datasets: Path) -> str | None:
    names = version_names(datasets)
    return names[-1] if names else None


def version_names(datasets: Path) -> list[str]:
    """The releases on disk, oldest first: ["v1.0.0", "v1.1.0", ...]."""
    return ["v{}.{}.{}".format(*r) for r in releases(datasets)]


# the order rows are written in: by seed and place in its text, or by what a derived table is about
SORT_KEYS = {"seeds": ["seed_id"], "claims": ["fact_table", "claim_id"],
             "estimates": ["fact_table", "quantity_id", "value", "estimate_id"]}


def sort_frame(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    return frame.sort(SORT_KEYS.get(table, ["seed_id", "char_start", "char_end", "record_id"]))


def write_table(frame: pl.DataFrame, folder: Path, table: str) -> None:
    """Parquet and CSV with fixed writer options: same rows, same bytes."""
    pq.write_table(frame.to_arrow(), folder / f"{table}.parquet", compression="zstd", compression_level=3,
                   use_dictionary=False, write_statistics=True, data_page_size=1 << 20)
    frame.write_csv(folder / f"{table}.csv", date_format="%Y-%m-%d", null_value="", line_terminator="\n")


def table_schema(table: str) -> dict:
    t = tables()[table]
    schema: dict = {"fields": [c.frictionless() for c in t.columns], "primaryKey": [t.primary_key],
                    "missingValues": [""]}
    if t.spans_text:
        schema["foreignKeys"] = [{"fields": ["seed_id"], "reference": {"resource": "seeds", "fields": ["seed_id"]}}]
    return schema


REJECTS_SCHEMA = {"fields": [
    {"name": "file", "type": "string", "description": "The seed file's name."},
    {"name": "stage", "type": "string", "description": "Where it was set aside: read (the file is no readable "
     "seed), duplicate (same bytes as a kept seed), extract (reading its rows crashed), validate (a row of it "
     "failed a check; it is withheld with all its rows).",
     "constraints": {"enum": ["read", "duplicate", "extract", "validate"]}},
    {"name": "problem", "type": "string", "description": "Why it was set aside: the check or exception, with the "
     "offending values in full."}], "missingValues": [""]}


def rejects_frame(rejects: list[dict]) -> pl.DataFrame:
    schema = {"file": pl.String, "stage": pl.String, "problem": pl.String}
    return pl.DataFrame([{k: r.get(k) for k in schema} for r in rejects or []], schema=schema,
                        orient="row").sort("file", "stage", "problem")


def datapackage(version: str, folder: Path, frames: dict[str, pl.DataFrame], extra: dict) -> dict:
    resources = []
    for table in ALL_TABLES:
        t = tables()[table]
        for fmt, mediatype in (("parquet", "application/vnd.apache.parquet"), ("csv", "text/csv")):
            path = folder / f"{table}.{fmt}"
            res = {"name": table if fmt == "parquet" else f"{table}_csv", "path": path.name,
                   "title": t.title, "description": t.description, "format": fmt, "mediatype": mediatype,
                   "bytes": path.stat().st_size, "hash": f"sha256:{sha256_file(path)}",
                   "rows": frames[table].height, "schema": table_schema(table)}
            if fmt == "csv":
                res["encoding"] = "utf-8"
                res["schema"] = {**res["schema"], "foreignKeys": [
                    {**fk, "reference": {**fk["reference"], "resource": "seeds_csv"}}
                    for fk in res["schema"].get("foreignKeys", [])]}
            resources.append(res)
    path = folder / "rejects.csv"
    resources.append({"name": "rejects", "path": path.name, "title": "Rejected seeds",
                      "description": "Seed files set aside by this run, with the problem found.",
                      "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "bytes": path.stat().st_size,
                      "hash": f"sha256:{sha256_file(path)}", "rows": frames["rejects"].height,
                      "schema": REJECTS_SCHEMA})
    return {"profile": "data-package", "name": PACKAGE_NAME, "title": "seedtables",
            "description": "Deployments, casualties, supply shares and statements read from news articles "
                           "about armed conflict, each row traced to its sentence.",
            "version": version.lstrip("v"), "licenses": [{"name": "CC-BY-4.0", "path":
                                                           "https://creativecommons.org/licenses/by/4.0/"}],
            "citation": citation(version), "resources": resources, **extra}


def citation(version: str) -> dict:
    """How to cite this release: the title, authors and licence of CITATION.cff (and .zenodo.json,
    for archiving with a DOI), with the release's own version."""
    text = (f"seedtables maintainers. seedtables: {CITATION_TITLE}. Version {version.lstrip('v')}. "
            "Licensed under CC-BY-4.0.")
    return {"title": f"seedtables: {CITATION_TITLE}", "version": version.lstrip("v"),
            "authors": ["seedtables maintainers"], "license": "CC-BY-4.0", "cite_as": text,
            "cff": "CITATION.cff"}


def planned_resources() -> list[dict]:
    """The resources every release has, with their schemas: what its version bump depends on."""
    out = [{"name": name, "schema": table_schema(table)} for table in ALL_TABLES for name in (table, f"{table}_csv")]
    return [*out, {"name": "rejects", "schema": REJECTS_SCHEMA}]


def planned_version(datasets: Path | str) -> str:
    """The version the next release into `datasets` will have, if its content differs."""
    datasets = Path(datasets)
    previous = latest_version(datasets)
    return _next_release(datasets, previous, _package(datasets, previous))[0]


def _package(datasets: Path, version: str | None) -> dict | None:
    return json.loads((datasets / version / "datapackage.json").read_text()) if version else None


def _next_release(datasets: Path, previous: str | None, old: dict | None) -> tuple[str, str]:
    """The next version and its bump: schemas are fixed by the contract, so they are known
    before any file is written; folder names already taken are skipped."""
    return next_version(previous, old, {"resources": planned_resources()}, {p.name for p in datasets.glob("v*")})


def _schema_signature(package: dict) -> dict:
    return {r["name"]: [(f["name"], f["type"]) for f in r["schema"]["fields"]] for r in package["resources"]}


def _content_hashes(package: dict) -> dict:
    return {r["name"]: r["hash"] for r in package["resources"]}


def next_version(previous: str | None, old: dict | None, new: dict, taken: set[str] = frozenset()
                 ) -> tuple[str, str]:
    """SemVer per the Frictionless 'Data Package Version' recipe: schema change -> major,
    data change -> minor. A name in `taken` (a folder that is no release: empty, or left by
    hand) is skipped rather than overwritten or failed on."""
    if previous is None or old is None:
        major, minor, bump = 1, 0, "major"
    else:
        major, minor, _ = (int(x) for x in VERSION_DIR.match(previous).groups())
        before, after = _schema_signature(old), _schema_signature(new)
        # a resource removed, or a column added, removed, renamed or retyped, breaks users' code;
        # a new resource does not
        if any(name not in after or after[name] != fields for name, fields in before.items()):
            major, minor, bump = major + 1, 0, "major"
        else:
            minor, bump = minor + 1, "minor"
    while f"v{major}.{minor}.0" in taken:
        minor += 1
    return f"v{major}.{minor}.0", bump


def published_seeds(datasets: Path | str) -> set[str]:
    """The seed_ids of the latest release (empty before the first)."""
    datasets = Path(datasets)
    previous = latest_version(datasets)
    if previous is None:
        return set()
    return set(pl.read_parquet(datasets / previous / "seeds.parquet", columns=["seed_id"])["seed_id"].to_list())


def check_removals(datasets: Path, previous: str | None, seeds: pl.DataFrame, max_share: float | None) -> None:
    """Refuse a release that would retract more than `max_share` of the previous release's seeds."""
    if previous is None or max_share is None:
        return
    before = published_seeds(datasets)
    removed = sorted(before - set(seeds["seed_id"].to_list()))
    if before and len(removed) > max_share * len(before):
        raise RemovalRefused(removed, len(before), previous, max_share)


@contextmanager
def locked(datasets: Path):
    """One publisher at a time: a second run fails fast with a clear message."""
    datasets.mkdir(parents=True, exist_ok=True)
    with open(datasets / ".lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PublishLocked(f"another seedtables run is publishing into {datasets}; try again when it ends") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _write_pointer(datasets: Path, version: str) -> None:
    tmp = datasets / f".{LATEST}.tmp"
    tmp.write_text(version + "\n", encoding="utf-8")
    os.replace(tmp, datasets / LATEST)


def _repair(datasets: Path, latest: str) -> None:
    """A run killed between moving a release in and writing the pointer or changelog leaves
    them behind; the release folders are the truth, so bring both back in line."""
    pointer = datasets / LATEST
    if not pointer.exists() or pointer.read_text(encoding="utf-8").strip() != latest:
        _write_pointer(datasets, latest)
    rebuild_changelog(datasets, version_names(datasets))


def publish(frames: dict[str, pl.DataFrame], datasets: Path | str, extra: dict | None = None,
            rejects: list[dict] | None = None, max_removed_share: float | None = MAX_REMOVED_SHARE,
            note: str | None = None) -> PublishResult:
    """Write the frames, the rejects and the change record as a new release, unless they equal
    the latest release's content. Refuses (RemovalRefused) to retract more than
    `max_removed_share` of the previous release's seeds; None allows any. `note` is written
    into CHANGES.md, to say why a release was made. Each fact row's `first_release` is set here,
    under the lock, from the releases on disk: what validation saw planned the same unless
    another run published in between."""
    datasets = Path(datasets)
    with locked(datasets):
        for stale in datasets.glob(".staging-*"):  # left by a run killed mid-publish; we hold the lock
            shutil.rmtree(stale, ignore_errors=True)
        previous = latest_version(datasets)
        check_removals(datasets, previous, frames["seeds"], max_removed_share)
        old = _package(datasets, previous)
        staging = datasets / f".staging-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        try:
            version, bump = _next_release(datasets, previous, old)
            frames = stamp(frames, first_releases(datasets, version_names(datasets)), version)
            frames = {t: sort_frame(t, frames[t]) for t in ALL_TABLES}
            for table in ALL_TABLES:
                write_table(frames[table], staging, table)
            frames["rejects"] = rejects_frame(rejects or [])
            frames["rejects"].write_csv(staging / "rejects.csv", null_value="", line_terminator="\n")
            probe = datapackage("v0.0.0", staging, frames, extra or {})
            if old is not None and _content_hashes(old) == _content_hashes(probe) \
                    and _schema_signature(old) == _schema_signature(probe):
                _repair(datasets, previous)
                return PublishResult(None, None, previous, None)
            package = datapackage(version, staging, frames, extra or {})
            changes = diff(read_release(datasets / previous) if previous else None, frames)
            (staging / CHANGES).write_text(changes_markdown(version, previous, bump, changes,
                                                            frames["rejects"].to_dicts(), note), encoding="utf-8")
            (staging / "datapackage.json").write_text(
                json.dumps(package, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")
            final = datasets / version
            os.rename(staging, final)  # atomic on one file system: the release appears whole
            _write_pointer(datasets, version)
            rebuild_changelog(datasets, version_names(datasets))
            return PublishResult(version, final, previous, bump, changes)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
