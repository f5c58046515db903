"""The column contract (columns.toml) as Python objects, and what derives from it."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl

COLUMNS_FILE = Path(__file__).with_name("columns.toml")

# Actor codes: ISO 3166-1 alpha-3 for states, NATO/EU/UN, or an armed group's name in upper case.
ACTOR_PATTERN = r"^[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*$"
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

    @property
    def dtype(self) -> type[pl.DataType]:
        return POLARS_TYPES[self.kind]

    @property
    def pattern(self) -> str | None:
        return {"actor": ACTOR_PATTERN, "iso3166_2": ISO3166_2_PATTERN}.get(self.kind)

    def frictionless(self) -> dict:
        field = {"name": self.name, "type": FRICTIONLESS_TYPES[self.kind], "description": self.description}
        constraints: dict = {}
        if not self.nullable:
            constraints["required"] = True
        if self.vocabulary:
            constraints["enum"] = list(self.vocabulary)
        if self.pattern:
            constraints["pattern"] = self.pattern
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

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def polars_schema(self) -> dict[str, type[pl.DataType]]:
        return {c.name: c.dtype for c in self.columns}

    @property
    def primary_key(self) -> str:
        return "record_id" if self.is_fact else "seed_id"


@cache
def tables() -> dict[str, Table]:
    raw = tomllib.loads(COLUMNS_FILE.read_text(encoding="utf-8"))
    vocab = {k: tuple(v) for k, v in raw["vocabularies"].items()}

    def column(spec: dict) -> Column:
        return Column(spec["name"], spec["kind"], spec["nullable"], spec["description"],
                      vocab[spec["vocabulary"]] if "vocabulary" in spec else None)

    out = {}
    for name, spec in raw["tables"].items():
        is_fact = spec.get("fact_table", True)
        cols = [column(c) for c in raw["fact_columns"]] if is_fact else []
        cols += [column(c) for c in spec["columns"]]
        out[name] = Table(name, spec["title"], spec["description"], tuple(cols), is_fact, spec.get("counts"))
    return out


FACT_TABLES = ("deployments", "casualties", "supply_shares", "statements")
ALL_TABLES = (*FACT_TABLES, "seeds")


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
            kind = f"enum: {', '.join(c.vocabulary)}" if c.vocabulary else c.kind
            lines.append(f"| `{c.name}` | {kind} | {'yes' if c.nullable else 'no'} | {c.description} |")
        lines.append("")
    return "\n".join(lines)
