"""The Prefect flow: discover seeds, extract them in batches, validate, publish.

Orchestration only: every step is a plain function in seedtables/ or validation/."""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, task, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from seedtables.publish import PublishLocked, PublishResult, publish
from seedtables.seeds import discover
from seedtables.steps import BatchResult, Reject, assemble, batches, extract_batch, uncached
from validation.validate import ValidationError, ValidationReport, validate_release

BATCH_SIZE = 100
# below this many seeds to extract, starting worker processes costs more than it saves
PROCESS_POOL_MIN = 300


@dataclass
class RunSummary:
    seeds_read: int
    rows: dict[str, int]
    rejects: list[Reject] = field(default_factory=list)
    published: PublishResult | None = None
    validation: ValidationReport | None = None
    extracted: int = 0
    cached: int = 0
    locked: str | None = None  # another run held the datasets lock: nothing was published

    @property
    def seeds_added(self) -> list[str]:
        return self.published.changes.seeds_added if self.published and self.published.changed else []


# The steps are deterministic and the run is incremental on its own (seedtables.cache); Prefect's
# input-hashing cache would hash whole tables for nothing.
TASK_OPTIONS = {"cache_policy": NO_CACHE, "persist_result": False}


@task(name="extract-batch", **TASK_OPTIONS)
def extract_task(paths: list[str], cache_dir: str | None) -> BatchResult:
    return extract_batch(paths, cache_dir).framed()


@flow(name="seedtables-extract", log_prints=False)
def extract_flow(seeds: str, batch_size: int, cache_dir: str | None) -> list[BatchResult]:
    """The seeds' batches, mapped over whatever task runner the caller chose. It takes the
    folder rather than the file list: flow parameters are stored by the API and must stay small."""
    futures = extract_task.map(batches(discover(seeds), batch_size), cache_dir=unmapped(cache_dir))
    return [f.result() for f in futures]


def task_runner(to_extract: int, dask: str | None = None):
    """Threads for a few seeds; a process pool on every core for many (extraction is CPU-bound);
    a Dask cluster when asked ("local" starts one on this machine)."""
    if dask:
        from prefect_dask import DaskTaskRunner

        if dask == "local":
            return DaskTaskRunner(cluster_kwargs={"n_workers": os.cpu_count() or 1, "threads_per_worker": 1,
                                                  "processes": True, "dashboard_address": None})
        return DaskTaskRunner(address=dask)
    if to_extract >= PROCESS_POOL_MIN and (os.cpu_count() or 1) > 1:
        return ProcessPoolTaskRunner(max_workers=os.cpu_count())
    return ThreadPoolTaskRunner(max_workers=1)


@task(name="validate", **TASK_OPTIONS)
def validate_task(frames) -> ValidationReport:
    return validate_release(frames)


@task(name="publish", **TASK_OPTIONS)
def publish_task(frames, datasets: str, extra: dict, rejects: list[dict]) -> PublishResult | str:
    """The release, or the lock's message when another run is publishing: an expected outcome,
    reported to the user rather than logged as a failed task with its traceback."""
    try:
        return publish(frames, datasets, extra, rejects)
    except PublishLocked as err:
        return str(err)


@flow(name="seedtables", log_prints=False)
def seedtables_flow(seeds: str = "seeds", datasets: str = "datasets", batch_size: int = BATCH_SIZE,
                    incremental: bool = True, dask: str | None = None) -> RunSummary:
    """Seeds in, a validated release out; with `incremental`, seeds extracted before by the
    same code come from the cache in datasets/.cache; `dask` names a Dask scheduler
    ("local" for a cluster on this machine) to extract on."""
    paths = discover(seeds)
    cache_dir = str(Path(datasets) / ".cache") if incremental else None
    to_extract = uncached(paths, cache_dir)
    runner = task_runner(to_extract, dask)
    if isinstance(runner, ThreadPoolTaskRunner):
        # in one process, a task per batch is only overhead: a few large batches do
        batch_size = max(batch_size, math.ceil(len(paths) / 4))
    results = extract_flow.with_options(task_runner=runner)(seeds, batch_size, cache_dir)
    frames, rejects = assemble(results)
    report = validate_task(frames)
    summary = RunSummary(frames["seeds"].height, {t: f.height for t, f in frames.items() if t != "seeds"},
                         rejects, None, report, sum(r.extracted for r in results), sum(r.cached for r in results))
    if not report.ok:
        _artifacts(summary)
        raise ValidationError(report)
    extra = {"sources": [{"title": f"{r['seed_id']}.txt", "hash": f"sha256:{r['sha256']}"}
                         for r in frames["seeds"].select("seed_id", "sha256").to_dicts()]}
    published = publish_task(frames, datasets, extra, [r.row() for r in rejects])
    if isinstance(published, str):
        summary.locked = published
    else:
        summary.published = published
    _artifacts(summary)
    return summary


def _artifacts(summary: RunSummary) -> None:
    """A markdown summary and the validation table, kept with the flow run in Prefect."""
    version = summary.published.version if summary.published and summary.published.changed else \
        ("not published: " + summary.locked if summary.locked else "unchanged")
    lines = ["# seedtables run", "", f"- seeds read: {summary.seeds_read} (extracted {summary.extracted}, "
             f"from cache {summary.cached})", f"- seeds added: {len(summary.seeds_added)}", f"- release: {version}",
             *[f"- {t}: {n} rows" for t, n in summary.rows.items()], f"- rejects: {len(summary.rejects)}"]
    lines += [f"  - {Path(r.path).name}: {r.problem}" for r in summary.rejects]
    create_markdown_artifact("\n".join(lines), key="run-summary", description="seedtables run summary")
    if summary.validation is not None:
        create_table_artifact(summary.validation.summary().to_dicts(), key="validation",
                              description="validation results per table")
