"""The Prefect flow: discover seeds, extract them in batches, validate, publish.

Orchestration only: every step is a plain function in seedtables/ or validation/."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, task, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from seedtables.publish import PublishLocked, PublishResult, publish
from seedtables.seeds import discover
from seedtables.steps import BatchResult, Reject, assemble, batches, extract_batch
from validation.validate import ValidationError, ValidationReport, validate_release

BATCH_SIZE = 50


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


@task(name="extract-batch")
def extract_task(paths: list[str], cache_dir: str | None) -> BatchResult:
    return extract_batch(paths, cache_dir)


@task(name="validate")
def validate_task(frames) -> ValidationReport:
    return validate_release(frames)


@task(name="publish")
def publish_task(frames, datasets: str, extra: dict, rejects: list[dict]) -> PublishResult | str:
    """The release, or the lock's message when another run is publishing: an expected outcome,
    reported to the user rather than logged as a failed task with its traceback."""
    try:
        return publish(frames, datasets, extra, rejects)
    except PublishLocked as err:
        return str(err)


@flow(name="seedtables", log_prints=False)
def seedtables_flow(seeds: str = "seeds", datasets: str = "datasets", batch_size: int = BATCH_SIZE,
                    incremental: bool = True) -> RunSummary:
    """Seeds in, a validated release out; with `incremental`, seeds extracted before by the
    same code come from the cache in datasets/.cache."""
    paths = discover(seeds)
    cache_dir = str(Path(datasets) / ".cache") if incremental else None
    futures = extract_task.map(batches(paths, batch_size), cache_dir=unmapped(cache_dir))
    results = [f.result() for f in futures]
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
