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

from seedtables.publish import MAX_REMOVED_SHARE, PublishLocked, PublishResult, RemovalRefused, publish, published_seeds
from seedtables.seeds import SEED_SUFFIX, SeedsFolderError, discover, scan
from seedtables.site import SITE
from seedtables.site import build as build_site
from seedtables.steps import BatchResult, Reject, assemble, batches, extract_batch, number_outcomes, numbers_line, uncached
from validation.columns import DERIVED_TABLES, FACT_TABLES
from validation.validate import ValidationReport, validate_withholding

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
    refused: str | None = None  # why nothing could be published (no seeds folder, no readable seed, removals)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # entries of the seeds folder that are no seed
    numbers: dict[str, int] = field(default_factory=dict)  # outcome -> how many numbers of the seeds' bodies
    site: str | None = None  # the release site's index page, when this run built it
    site_error: str | None = None  # why the site could not be built (the release stands)

    @property
    def seeds_added(self) -> list[str]:
        return self.published.changes.seeds_added if self.published and self.published.changed else []

    @property
    def seeds_retracted(self) -> list[str]:
        return self.published.changes.seeds_removed if self.published and self.published.changed else []

    @property
    def withheld(self) -> list[Reject]:
        """Seeds read but set aside because extracting or validating them failed."""
        return [r for r in self.rejects if r.stage in ("extract", "validate")]

    @property
    def validation_failed(self) -> bool:
        return self.validation is not None and not self.validation.ok


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
        from seedtables.prefect_api import die_with_parent

        # the workers die with this process, even when it is killed: no orphans extracting into the cache
        return ProcessPoolTaskRunner(max_workers=os.cpu_count(), initializer=die_with_parent, initargs=(os.getpid(),))
    return ThreadPoolTaskRunner(max_workers=1)


@task(name="validate", **TASK_OPTIONS)
def validate_task(frames) -> tuple[dict, ValidationReport, dict[str, str]]:
    return validate_withholding(frames)


@task(name="publish", **TASK_OPTIONS)
def publish_task(frames, datasets: str, extra: dict, rejects: list[dict], max_removed_share: float | None,
                 note: str | None) -> PublishResult | tuple[str, str]:
    """The release, or (outcome, message) when the lock is held or the removals are refused:
    expected outcomes, reported to the user rather than logged as a failed task with a traceback."""
    try:
        return publish(frames, datasets, extra, rejects, max_removed_share, note)
    except PublishLocked as err:
        return "locked", str(err)
    except RemovalRefused as err:
        return "refused", str(err)


@task(name="site", **TASK_OPTIONS)
def site_task(datasets: str) -> tuple[str | None, str | None]:
    """The release site beside the releases (DATASETS/site), so that a published folder is
    browsable as it is; a failure is reported, and the release stands."""
    try:
        return str(build_site(datasets) / "index.html"), None
    except Exception as err:  # noqa: BLE001 (the release is published; the site is its view)
        return None, f"{type(err).__name__}: {err}"


@flow(name="seedtables", log_prints=False)
def seedtables_flow(seeds: str = "seeds", datasets: str = "datasets", batch_size: int = BATCH_SIZE,
                    incremental: bool = True, dask: str | None = None, allow_removals: bool = False,
                    note: str | None = None) -> RunSummary:
    """Seeds in, a validated release out; with `incremental`, seeds extracted before by the
    same code come from the cache in datasets/.cache; `dask` names a Dask scheduler
    ("local" for a cluster on this machine) to extract on. Nothing is published from a
    missing folder or one with no readable seed, nor a release retracting more than half the
    previous one's seeds unless `allow_removals`; a seed that fails is withheld alone."""
    try:
        found = scan(seeds)
    except SeedsFolderError as err:
        return _finish(RunSummary(0, {}, refused=f"{err}; nothing was published"))
    paths = found.paths
    cache_dir = str(Path(datasets) / ".cache") if incremental else None
    to_extract = uncached(paths, cache_dir)
    runner = task_runner(to_extract, dask)
    if isinstance(runner, ThreadPoolTaskRunner):
        # in one process, a task per batch is only overhead: a few large batches do
        batch_size = max(batch_size, math.ceil(len(paths) / 4))
    results = extract_flow.with_options(task_runner=runner)(seeds, batch_size, cache_dir) if paths else []
    frames, rejects = assemble(results, published_seeds(datasets), datasets)
    frames, report, withheld = validate_task(frames)
    rejects = sorted([*rejects, *(Reject(sid + SEED_SUFFIX, problem, "validate") for sid, problem in withheld.items())],
                     key=lambda r: r.order)
    summary = RunSummary(frames["seeds"].height, {t: f.height for t, f in frames.items()
                                                  if t in (*FACT_TABLES, *DERIVED_TABLES)},
                         rejects, None, report, sum(r.extracted for r in results), sum(r.cached for r in results),
                         skipped=found.skipped, numbers=number_outcomes(frames["numbers"]))
    if not report.ok:
        return _finish(summary)
    if frames["seeds"].height == 0:
        summary.refused = (f"no readable seed in {seeds} ({len(paths)} seed file(s), {len(rejects)} set aside); "
                           "nothing was published")
        return _finish(summary)
    extra = {"sources": [{"title": f"{r['seed_id']}{SEED_SUFFIX}", "hash": f"sha256:{r['sha256']}"}
                         for r in frames["seeds"].select("seed_id", "sha256").to_dicts()]}
    published = publish_task(frames, datasets, extra, [r.row() for r in rejects],
                             None if allow_removals else MAX_REMOVED_SHARE, note)
    if isinstance(published, tuple):
        outcome, message = published
        summary.locked, summary.refused = (message, None) if outcome == "locked" else (None, message)
    else:
        summary.published = published
        if published.changed or not (Path(datasets) / SITE / "index.html").exists():
            summary.site, summary.site_error = site_task(datasets)
    return _finish(summary)


def _finish(summary: RunSummary) -> RunSummary:
    """Leave the run's record in Prefect: a markdown summary, the validation table and, when a
    seed was withheld or nothing could be published, a warning."""
    pub = summary.published
    version = pub.version if pub and pub.changed else \
        ("not published: " + (summary.locked or summary.refused) if summary.locked or summary.refused else
         "not published: validation failed" if summary.validation_failed else "unchanged")
    lines = ["# seedtables run", "", f"- seeds read: {summary.seeds_read} (extracted {summary.extracted}, "
             f"from cache {summary.cached})", f"- seeds added: {len(summary.seeds_added)}",
             f"- seeds retracted: {len(summary.seeds_retracted)}", f"- release: {version}",
             *[f"- {t}: {n} rows" for t, n in summary.rows.items()], f"- {numbers_line(summary.numbers)}",
             f"- rejects: {len(summary.rejects)}"]
    lines += [f"  - {Path(r.path).name} ({r.stage}): {r.problem}" for r in summary.rejects]
    lines += [f"- retracted: {s}" for s in summary.seeds_retracted]
    lines += [f"- skipped (no seed): {name}: {why}" for name, why in summary.skipped]
    create_markdown_artifact("\n".join(lines), key="run-summary", description="seedtables run summary")
    if summary.validation is not None:
        create_table_artifact(summary.validation.summary().to_dicts(), key="validation",
                              description="validation results per table")
    warnings = [f"- {Path(r.path).name} withheld ({r.stage}): {r.problem}" for r in summary.withheld]
    if summary.refused:
        warnings.insert(0, f"- {summary.refused}")
    if summary.site_error:
        warnings.append(f"- the release site could not be built: {summary.site_error}")
    if summary.validation_failed:
        warnings.insert(0, "- validation failed; nothing was published:\n\n```\n"
                           + summary.validation.describe() + "\n```")
    if warnings:
        create_markdown_artifact("# seedtables warnings\n\n" + "\n".join(warnings), key="warnings",
                                 description="seeds withheld, or why nothing was published")
    return summary
