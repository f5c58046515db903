"""The column contract (columns.toml) as Python objects, and what derives from it."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl

COLUMNS_FILE = Path(__file__).with_name("columns.toml")

# Actor codes: ISO 3166-1 alpha-3 for states, NATO/EU/UN, or an armed group's common name in upper
# case, its words parted as the name parts them ("AL-SHABAAB", "BOKO HARAM", "AFRICA CORPS")
ACTOR_PATTERN = r"^[A-Z0-9]*[A-Z][A-Z0-9]*(?:[- _][A-Z0-9]+)*$"  # (a letter somewhere in the first word: "3R")
ISO3166_2_PATTERN = r"^[A-Z]{2}-[A-Z0-9]{1,3}$"

POLARS_TYPES = {
    "string": pl.String, "actor": pl.String, "iso3166_2": pl.String, "enum": pl.String,
    "integer": pl.Int64, "number": pl.Float64, "boolean": pl.Boolean, "date": pl.Date,
}
FRICTIONLESS_TYPES = {
    "string": "string", "actor": "string", "iso3166_2": "string", "enum": "string",
    "integer": "integer", "number": "number", "boolean": "boolean", "date": "date",
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    nullable: bool
    description: str
    vocabulary: tuple[str, ...] | None = None
    minimum: int | float | None = None  # inclusive bounds of an integer or number column
    maximum: int | float | None = None
    regex: str | None = None  # a format a string column's values must have (columns.toml `pattern`)

    @property
    def dtype(self) -> type[pl.DataType]:
        return POLARS_TYPES[self.kind]

    @property
    def pattern(self) -> str | None:
        return {"actor": ACTOR_PATTERN, "iso3166_2": ISO3166_2_PATTERN}.get(self.kind, self.regex)

    def frictionless(self) -> dict:
        field = {"name": self.name, "type": FRICTIONLESS_TYPES[self.kind], "description": self.description}
        constraints: dict = {}
        if not self.nullable:
            constraints["required"] = True
        if self.vocabulary:
            constraints["enum"] = list(self.vocabulary)
        if self.pattern:
            constraints["pattern"] = self.pattern
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        if self.maximum is not None:
            constraints["maximum"] = self.maximum
        if constraints:
            field["constraints"] = constraints
        return field


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    is_fact: bool
    counts: str | None  # prefix of the low/best/high/qualifier columns, if any
    key: str = "record_id"  # the primary key
    span_column: str | None = None  # the column that must equal the seed's text at [char_start, char_end)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def polars_schema(self) -> dict[str, type[pl.DataType]]:
        return {c.name: c.dtype for c in self.columns}

    @property
    def primary_key(self) -> str:
        return self.key

    @property
    def spans_text(self) -> bool:
        """Rows point into their seed's text (fact tables' evidence, the numbers' text)."""
        return self.span_column is not None


@cache
def _contract() -> dict:
    return tomllib.loads(COLUMNS_FILE.read_text(encoding="utf-8"))


@cache
def limits() -> dict[str, int | float]:
    """The named bounds of what can be true ([limits] in columns.toml)."""
    return dict(_contract()["limits"])


def _bound(kind: str, value: int | float | str | None) -> int | float | None:
    """A column's bound as written in its spec (a number or the name of a limit), in the column's type."""
    if value is None:
        return None
    value = limits()[value] if isinstance(value, str) else value
    return int(value) if kind == "integer" else float(value)


@cache
def tables() -> dict[str, Table]:
    raw = _contract()
    vocab = {k: tuple(v) for k, v in raw["vocabularies"].items()}

    def column(spec: dict) -> Column:
        return Column(spec["name"], spec["kind"], spec["nullable"], spec["description"],
                      vocab[spec["vocabulary"]] if "vocabulary" in spec else None,
                      _bound(spec["kind"], spec.get("minimum")), _bound(spec["kind"], spec.get("maximum")),
                      spec.get("pattern"))

    out = {}
    for name, spec in raw["tables"].items():
        is_fact = spec.get("fact_table", True)
        cols = [column(c) for c in raw["fact_columns"]] if is_fact else []
        cols += [column(c) for c in spec["columns"]]
        out[name] = Table(name, spec["title"], spec["description"], tuple(cols), is_fact, spec.get("counts"),
                          spec.get("primary_key", "record_id" if is_fact else "seed_id"),
                          spec.get("span_column", "evidence" if is_fact else None))
    return out


FACT_TABLES = ("deployments", "casualties", "supply_shares", "statements")
# tables whose rows come from the seeds' text: the fact tables and the audit of their numbers
ROW_TABLES = (*FACT_TABLES, "numbers")
# tables derived from the fact rows of all seeds together (seedtables/claims.py)
DERIVED_TABLES = ("claims", "estimates")
ALL_TABLES = (*ROW_TABLES, "seeds", *DERIVED_TABLES)

# The largest count of people and the largest amount a row may hold; the number reader uses
# these, so that what it reads and what validation accepts cannot drift apart.
COUNT_MAX: int = int(limits()["people"])
QUANTITY_MAX: float = float(limits()["amount"])


def empty_frame(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=tables()[table].polars_schema)


def to_frame(table: str, rows: list[dict]) -> pl.DataFrame:
    """Rows (dicts) to a frame with exactly the contract's columns, order and types."""
    t = tables()[table]
    return pl.DataFrame([{c: r.get(c) for c in t.names} for r in rows], schema=t.polars_schema, orient="row")


def columns_markdown() -> str:
    """The column reference for the README/docs, generated from the contract."""
    lines = ["# Columns", "", "Generated from `validation/columns.toml`; do not edit by hand.", ""]
    for t in tables().values():
        lines += [f"## {t.name}", "", t.description, "", "| column | type | null | description |",
                  "|---|---|---|---|"]
        for c in t.columns:
            kind = f"enum: {', '.join(c.vocabulary)}" if c.vocabulary else c.kind + _range_text(c)
            lines.append(f"| `{c.name}` | {kind} | {'yes' if c.nullable else 'no'} | {c.description} |")
        lines.append("")
    return "\n".join(lines)


def _range_text(c: Column) -> str:
    def fmt(v: int | float) -> str:
        return f"{int(v):,}" if float(v).is_integer() else str(v)

    finite = ", finite" if c.kind == "number" else ""
    if c.minimum is not None and c.maximum is not None:
        return f" in [{fmt(c.minimum)}, {fmt(c.maximum)}]{finite}"
    if c.minimum is not None:
        return f" ≥ {fmt(c.minimum)}{finite}"
    if c.maximum is not None:
        return f" ≤ {fmt(c.maximum)}{finite}"
    return finite
