"""The Prefect flow: discover seeds, extract them in batches, validate, publish.

Orchestration only: every step is a plain function in seedtables/ or validation/."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from seedtables.publish import PublishResult, publish
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


@task(name="extract-batch")
def extract_task(paths: list[str]) -> BatchResult:
    return extract_batch(paths)


@task(name="validate")
def validate_task(frames) -> ValidationReport:
    return validate_release(frames)


@task(name="publish")
def publish_task(frames, datasets: str, extra: dict) -> PublishResult:
    return publish(frames, datasets, extra)


@flow(name="seedtables", log_prints=False)
def seedtables_flow(seeds: str = "seeds", datasets: str = "datasets", batch_size: int = BATCH_SIZE) -> RunSummary:
    paths = discover(seeds)
    futures = extract_task.map(batches(paths, batch_size))
    frames, rejects = assemble([f.result() for f in futures])
    report = validate_task(frames)
    summary = RunSummary(frames["seeds"].height, {t: f.height for t, f in frames.items() if t != "seeds"},
                         rejects, None, report)
    if not report.ok:
        _artifacts(summary)
        raise ValidationError(report)
    extra = {"sources": [{"title": f"{r['seed_id']}.txt", "hash": f"sha256:{r['sha256']}"}
                         for r in frames["seeds"].select("seed_id", "sha256").to_dicts()]}
    summary.published = publish_task(frames, datasets, extra)
    _artifacts(summary)
    return summary


def _artifacts(summary: RunSummary) -> None:
    """A markdown summary and the validation table, kept with the flow run in Prefect."""
    version = summary.published.version if summary.published and summary.published.changed else "unchanged"
    lines = ["# seedtables run", "", f"- seeds read: {summary.seeds_read}", f"- release: {version}",
             *[f"- {t}: {n} rows" for t, n in summary.rows.items()], f"- rejects: {len(summary.rejects)}"]
    lines += [f"  - {Path(r.path).name}: {r.problem}" for r in summary.rejects]
    create_markdown_artifact("\n".join(lines), key="run-summary", description="seedtables run summary")
    if summary.validation is not None:
        create_table_artifact(summary.validation.summary().to_dicts(), key="validation",
                              description="validation results per table")
