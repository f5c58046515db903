"""Validate a whole release (all five tables) before anything is published."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandera.polars as pa
import polars as pl

from validation.columns import ALL_TABLES
from validation.schemas import MODELS


@dataclass
class ValidationReport:
    failures: dict[str, pl.DataFrame] = field(default_factory=dict)  # table -> failure cases
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> pl.DataFrame:
        """One row per table: rows checked, failures, status (the run's validation table)."""
        return pl.DataFrame(
            [{"table": t, "rows": self.rows.get(t, 0),
              "failures": 0 if t not in self.failures else self.failures[t].height,
              "status": "fail" if t in self.failures else "pass"} for t in ALL_TABLES]
        )

    def describe(self, limit: int = 20) -> str:
        parts = []
        for table, cases in self.failures.items():
            shown = cases.select("column", "check", "index", "failure_case").head(limit)
            with pl.Config(tbl_rows=limit, fmt_str_lengths=80, tbl_width_chars=160):
                parts.append(f"table {table}: {cases.height} failure case(s)\n{shown}")
        return "\n".join(parts)


class ValidationError(Exception):
    def __init__(self, report: ValidationReport):
        super().__init__("validation failed; nothing was published\n" + report.describe())
        self.report = report


def with_seed_span(frame: pl.DataFrame, seeds: pl.DataFrame) -> pl.DataFrame:
    """Add `seed_span`: the seed's text at [char_start, char_end) (null when the seed is unknown),
    keeping row order. Streamed, so whole article texts are never copied onto every row."""
    texts = seeds.lazy().select("seed_id", pl.col("text").alias("_text")).unique("seed_id", keep="first")
    span = pl.col("_text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
    return (frame.lazy().join(texts, on="seed_id", how="left", maintain_order="left")
            .with_columns(seed_span=span).drop("_text").collect(engine="streaming"))


def validate_release(frames: dict[str, pl.DataFrame]) -> ValidationReport:
    """Check every table with its model (lazy=True: all failures, not the first)."""
    report = ValidationReport()
    for table in ALL_TABLES:
        frame = frames[table]
        report.rows[table] = frame.height
        checked = frame if table == "seeds" else with_seed_span(frame, frames["seeds"])
        try:
            MODELS[table].validate(checked, lazy=True)
        except pa.errors.SchemaErrors as err:
            report.failures[table] = err.failure_cases
    return report
