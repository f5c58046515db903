"""Validate a whole release (all five tables) before anything is published."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import pandera.polars as pa
import polars as pl

from validation.columns import ALL_TABLES, DERIVED_TABLES, FACT_TABLES, empty_frame, tables
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
        if "seed_id" not in frame.columns:  # a table of claims across seeds: no one seed is at fault
            rest.failures[table] = cases
            continue
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


def validate_withholding(frames: dict[str, pl.DataFrame], derive=None
                         ) -> tuple[dict[str, pl.DataFrame], ValidationReport, dict[str, str]]:
    """Validate; a seed any of whose rows fails is withheld with all its rows (seed_id -> problem)
    and the rest validated again. Then the tables derived from all seeds' rows (claims and
    estimates) are derived again, by `derive` (default: seedtables.claims.assign_claims), from
    the rows that passed, and checked: a bad row withholds its seed, never the release. The
    report is clean unless a failure is tied to no single seed: those stop the publish."""
    if derive is None:
        from seedtables.claims import assign_claims as derive
    withheld: dict[str, str] = {}
    derived = {t: frames[t] for t in DERIVED_TABLES if t in frames}
    frames = {t: f for t, f in frames.items() if t not in DERIVED_TABLES}
    while True:
        report = validate_release(frames, [t for t in ALL_TABLES if t not in DERIVED_TABLES])
        problems, rest = failures_by_seed(frames, report)
        if rest.failures or not problems:
            break
        withheld.update(problems)
        drop = list(problems)
        frames = {t: f.filter(~pl.col("seed_id").is_in(drop)) for t, f in frames.items()}
    if not report.ok:  # a table is broken as a whole: nothing to derive from, nothing publishes
        return {**frames, **{t: empty_frame(t) for t in DERIVED_TABLES}}, report, withheld
    # the derived tables given were derived from these very rows unless a seed was withheld
    frames = derive(frames) if withheld or len(derived) < len(DERIVED_TABLES) else {**frames, **derived}
    final = validate_release(frames, list(DERIVED_TABLES))  # the other tables passed above
    final.rows = {**report.rows, **final.rows}
    return frames, final, withheld


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


def validate_release(frames: dict[str, pl.DataFrame], which: list[str] | None = None) -> ValidationReport:
    """Check every table (or those `which` names) with its model (lazy=True: all failures, not
    the first), and that the tables agree with each other."""
    report = ValidationReport()
    for table in ALL_TABLES if which is None else which:
        frame = frames[table]
        report.rows[table] = frame.height
        checked = with_seed_span(frame, frames["seeds"]) if tables()[table].spans_text else frame
        try:
            MODELS[table].validate(checked, lazy=True)
        except pa.errors.SchemaErrors as err:
            report.failures[table] = err.failure_cases
    # the tables must agree with each other
    cross = [("numbers", _dangling_numbers(frames))] + ([("claims", _unmatched_claims(frames))] if "claims" in frames
                                                        else [])
    for table, cases in cross:
        if cases.height:
            report.failures[table] = pl.concat([report.failures[table], cases], how="vertical_relaxed") \
                if table in report.failures else cases
    return report


def _dangling_numbers(frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Failure cases (Pandera's columns) for used numbers whose fact row is not in its table."""
    ids = pl.concat([frames[t].select("record_id", pl.lit(t).alias("fact_table")) for t in FACT_TABLES
                     if t in frames])
    numbers = frames["numbers"].with_row_index("index")
    bad = numbers.filter(pl.col("outcome") == "used").join(
        ids.rename({"record_id": "fact_record_id"}), on=["fact_table", "fact_record_id"], how="anti")
    return _cases(bad.with_columns(check=pl.lit("fact_record_id_in_fact_table")), "fact_record_id")


def _unmatched_claims(frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Failure cases for claim_ids that are in a fact table or estimates and not in claims, or
    in claims and on no fact row: the tables must agree on what was claimed."""
    rows = pl.concat([frames[t].select("claim_id") for t in FACT_TABLES if t in frames]).unique()
    claims = frames["claims"].select("claim_id")
    missing = pl.concat([rows, frames["estimates"].select("claim_id").unique()]).unique().join(
        claims, on="claim_id", how="anti").with_columns(check=pl.lit("claim_id_in_claims"))
    empty = claims.join(rows, on="claim_id", how="anti").with_columns(check=pl.lit("claim_has_rows"))
    return _cases(pl.concat([missing, empty]).sort("claim_id"), "claim_id")


def _cases(bad: pl.DataFrame, column: str) -> pl.DataFrame:
    """Failure cases in Pandera's columns for a cross-table check: `bad` holds the offending
    `column` values, the `check` each failed and, where a row is to blame, its `index`."""
    index = pl.col("index").cast(pl.Int32) if "index" in bad.columns else pl.lit(None, pl.Int32).alias("index")
    return bad.select(pl.col(column).alias("failure_case"), pl.lit("DataFrameSchema").alias("schema_context"),
                      pl.lit(column).alias("column"), "check", pl.lit(0, pl.Int32).alias("check_number"), index)
