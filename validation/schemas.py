"""One Pandera DataFrameModel (Polars backend) per published table.

Fields come from columns.toml (types, enums, code formats, nullability, bounds); number
columns are finite; the rules that span columns are the checks below. Fact tables are
validated with `seed_span`, the text their seed holds at [char_start, char_end) (null when
the seed is unknown), so the foreign key (seed_id in seeds) and provenance
(text[char_start:char_end] == evidence) are checked row by row like everything else.
"""
from __future__ import annotations

import datetime as dt

import pandera.polars as pa
import polars as pl

from validation.columns import Column, tables

PY_TYPES = {"string": str, "actor": str, "iso3166_2": str, "enum": str, "integer": int,
            "number": float, "boolean": bool, "date": dt.date}


def _field(col: Column, key: str):
    kwargs: dict = {"nullable": col.nullable, "description": col.description}
    if col.vocabulary:
        kwargs["isin"] = list(col.vocabulary)
    if col.pattern:
        kwargs["str_matches"] = col.pattern
    if col.name == key:
        kwargs["unique"] = True
    if col.minimum is not None:
        kwargs["ge"] = col.minimum
    if col.maximum is not None:
        kwargs["le"] = col.maximum
    return pa.Field(**kwargs)


def qualifier_bounds(prefix: str) -> pl.Expr:
    """Codebook section 4: the qualifier fixes which of low/best/high are set, and how."""
    q, lo, best, hi = (pl.col(f"{prefix}_{s}" if prefix else s) for s in ("qualifier", "low", "best", "high"))
    exponent = lo.cast(pl.Float64).log10()
    power_of_ten = (exponent - exponent.round()).abs() < 1e-9
    rules = {
        "exact": lo.is_not_null() & (lo == best) & (best == hi),
        "approx": lo.is_null() & best.is_not_null() & hi.is_null(),
        "over": lo.is_not_null() & (lo == best) & hi.is_null(),
        "under": lo.is_null() & best.is_not_null() & (best == hi),
        "range": lo.is_not_null() & best.is_null() & hi.is_not_null() & (lo <= hi),
        "vague": lo.is_not_null() & (lo > 0) & power_of_ten & best.is_null() & hi.is_null(),
    }
    rules["at_least"], rules["at_most"] = rules["over"], rules["under"]
    expr = pl.when(q.is_null()).then(lo.is_null() & best.is_null() & hi.is_null())
    for name, rule in rules.items():
        expr = expr.when(q == name).then(rule)
    return expr.otherwise(False).fill_null(False)


def _paired_null(value: str, qualifier: str) -> pl.Expr:
    return pl.col(value).is_null() == pl.col(qualifier).is_null()


def _model(table: str) -> type[pa.DataFrameModel]:
    t = tables()[table]
    names = set(t.names)
    annotations, attrs = {}, {}
    for col in t.columns:
        annotations[col.name] = PY_TYPES[col.kind]
        attrs[col.name] = _field(col, t.primary_key)

    checks = {}
    for col in t.columns:
        if col.kind == "number":  # no inf, -inf or NaN: a bound alone lets NaN through in some engines
            checks[f"{col.name}_is_finite"] = pl.col(col.name).is_finite().fill_null(True)
    if t.spans_text:
        annotations["seed_span"] = str
        attrs["seed_span"] = pa.Field(nullable=True, description="the seed's text at the row's span, for validation")
        checks["seed_id_in_seeds"] = pl.col("seed_span").is_not_null()
        checks[f"{t.span_column}_matches_text"] = (pl.col("seed_span") == pl.col(t.span_column)).fill_null(False) & (
            pl.col("char_end") > pl.col("char_start"))
    if t.is_fact:
        checks["date_start_le_date_end"] = (pl.col("date_start") <= pl.col("date_end")).fill_null(True)
        checks["dates_both_or_neither"] = pl.col("date_start").is_null() == pl.col("date_end").is_null()
        checks["date_text_iff_text_basis"] = pl.col("date_text").is_null() == (pl.col("date_basis") == "publication")
    if table == "seeds":
        checks["published_start_le_end"] = pl.col("published_start") <= pl.col("published_end")
        checks["n_chars_is_text_length"] = pl.col("text").str.len_chars() == pl.col("n_chars")
    if table == "numbers":
        used, aside = pl.col("outcome") == "used", pl.col("outcome") == "set_aside"
        checks["reason_iff_set_aside"] = pl.col("reason").is_not_null() == aside
        checks["fact_iff_used"] = (pl.col("fact_table").is_not_null() == used) & (
            pl.col("fact_record_id").is_not_null() == used)
    if t.counts:
        checks["count_qualifier_bounds"] = qualifier_bounds(t.counts)
    if not t.is_fact and {"date_start", "date_end"} <= names:
        checks["date_start_le_date_end"] = (pl.col("date_start") <= pl.col("date_end")).fill_null(True)
    if table == "claims":
        checks["first_published_le_last"] = pl.col("first_published") <= pl.col("last_published")
        checks["n_seeds_le_n_reports"] = pl.col("n_seeds") <= pl.col("n_reports")
        checks["record_ids_counted"] = pl.col("record_ids").str.count_matches(" ") + 1 == pl.col("n_reports")
    if table == "estimates":
        checks["qualifier_bounds"] = qualifier_bounds("")
        checks["value_is_best_else_low_else_high"] = pl.col("value") == pl.coalesce("best", "low", "high")
        checks["n_seeds_le_n_reports"] = pl.col("n_seeds") <= pl.col("n_reports")
        checks["period_holds_dates"] = ((pl.col("period_start") <= pl.col("date_start"))
                                        & (pl.col("date_end") <= pl.col("period_end"))).fill_null(True)
        checks["unit_iff_quantity"] = pl.col("unit").is_null() == (pl.col("measure") != "quantity")
    if {"share", "share_qualifier"} <= names:
        checks["share_qualifier_iff_share"] = _paired_null("share", "share_qualifier")
        checks["quantity_qualifier_iff_quantity"] = _paired_null("quantity", "quantity_qualifier")
        checks["quantity_unit_iff_quantity"] = _paired_null("quantity", "quantity_unit")

    for name, expr in checks.items():
        def check(cls, data, _expr=expr) -> pl.LazyFrame:
            return data.lazyframe.select(_expr)
        check.__name__ = name
        attrs[name] = pa.dataframe_check(name=name)(check)

    attrs["__annotations__"] = annotations
    attrs["Config"] = type("Config", (), {"strict": True, "ordered": True, "coerce": False,
                                          "name": table, "description": t.description})
    class_name = "".join(part.title() for part in table.split("_"))
    return type(class_name, (pa.DataFrameModel,), attrs)


Deployments = _model("deployments")
Casualties = _model("casualties")
SupplyShares = _model("supply_shares")
Statements = _model("statements")
Seeds = _model("seeds")
Numbers = _model("numbers")
Claims = _model("claims")
Estimates = _model("estimates")

MODELS: dict[str, type[pa.DataFrameModel]] = {
    "deployments": Deployments, "casualties": Casualties, "supply_shares": SupplyShares,
    "statements": Statements, "numbers": Numbers, "seeds": Seeds, "claims": Claims, "estimates": Estimates,
}
