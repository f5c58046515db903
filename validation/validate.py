"""Validate a whole release (all five tables) before anything is published."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import pandera.polars as pa
import polars as pl

from validation.columns import ALL_TABLES, FACT_TABLES
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

    def describe(self) -> str:
        """Every failure case, one per line, never cut: the row or value at fault in full."""
        parts = []
        for table, cases in self.failures.items():
            parts.append(f"table {table}: {cases.height} failure case(s)")
            for c in cases.iter_rows(named=True):
                row = "" if c["index"] is None else f" row {c['index']}"
                parts.append(f"  check {c['check']} on {c['column']}{row}: {c['failure_case']}")
        return "\n".join(parts)


def _row_values(frame: pl.DataFrame, index: int, table: str) -> str:
    row = frame.row(index, named=True)
    if table == "seeds":
        row.pop("text", None)  # the article itself is in the seed file; its other fields identify it
    return json.dumps(row, ensure_ascii=False, default=str)


def failures_by_seed(frames: dict[str, pl.DataFrame], report: ValidationReport
                     ) -> tuple[dict[str, str], ValidationReport]:
    """Split a report's failures into those of single rows, by the seed each row came from
    (seed_id -> one line naming the table, check, value and the whole row), and the rest: checks
    of a whole table or column (a missing column, a wrong type), which no seed can be blamed for."""
    by_seed: dict[str, list[str]] = {}
    rest = ValidationReport(rows=dict(report.rows))
    for table, cases in report.failures.items():
        frame = frames[table]
        tied = cases.filter(pl.col("index").is_not_null())
        untied = cases.filter(pl.col("index").is_null())
        if untied.height:
            rest.failures[table] = untied
        for case in tied.iter_rows(named=True):
            idx = int(case["index"])
            if idx >= frame.height:
                continue
            seed_id = frame["seed_id"][idx]
            where = "" if case["column"] in (table, None) else f" on column {case['column']}"
            value = "" if case["schema_context"] == "DataFrameSchema" else f" (value {case['failure_case']!r})"
            by_seed.setdefault(seed_id, []).append(
                f"{table} row failed check {case['check']}{where}{value}: {_row_values(frame, idx, table)}")
    problems = {sid: "validation: " + " | ".join(dict.fromkeys(msgs)) for sid, msgs in by_seed.items()}
    return problems, rest


def validate_withholding(frames: dict[str, pl.DataFrame]
                         ) -> tuple[dict[str, pl.DataFrame], ValidationReport, dict[str, str]]:
    """Validate; a seed any of whose rows fails is withheld with all its rows (seed_id -> problem)
    and the rest validated again. The report is clean unless a failure is tied to no single seed:
    those stop the publish."""
    withheld: dict[str, str] = {}
    while True:
        report = validate_release(frames)
        problems, rest = failures_by_seed(frames, report)
        if rest.failures or not problems:
            return frames, report, withheld
        withheld.update(problems)
        drop = list(problems)
        frames = {t: f.filter(~pl.col("seed_id").is_in(drop)) for t, f in frames.items()}


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
    dangling = _dangling_numbers(frames)
    if dangling.height:
        report.failures["numbers"] = pl.concat([report.failures["numbers"], dangling], how="vertical_relaxed") \
            if "numbers" in report.failures else dangling
    return report


def _dangling_numbers(frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Failure cases (Pandera's columns) for used numbers whose fact row is not in its table."""
    ids = pl.concat([frames[t].select("record_id", pl.lit(t).alias("fact_table")) for t in FACT_TABLES
                     if t in frames])
    numbers = frames["numbers"].with_row_index("index")
    bad = numbers.filter(pl.col("outcome") == "used").join(
        ids.rename({"record_id": "fact_record_id"}), on=["fact_table", "fact_record_id"], how="anti")
    return bad.select(pl.col("fact_record_id").alias("failure_case"), pl.lit("DataFrameSchema").alias("schema_context"),
                      pl.lit("fact_record_id").alias("column"), pl.lit("fact_record_id_in_fact_table").alias("check"),
                      pl.lit(0, pl.Int32).alias("check_number"), pl.col("index").cast(pl.Int32))
