"""Release tables as text for people: the rival estimates, one block per quantity and period."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # polars is imported where a frame is handled: the CLI parser needs FILTERS only
    import polars as pl

# what `seedtables estimates` filters on: option -> column
FILTERS = {"table": "fact_table", "party": "party", "personnel": "personnel", "type": "casualty_type",
           "sender": "sender", "host": "host", "action": "action", "supplier": "supplier",
           "recipient": "recipient", "item": "item"}
WORDS = {"exact": "", "approx": "about ", "over": "over ", "at_least": "at least ", "under": "under ",
         "at_most": "at most "}


def _number(value: float, measure: str) -> str:
    if measure == "share":
        return f"{value * 100:g}%"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def figure_text(row: dict) -> str:
    """'about 300', 'over 3,000', '11,000-12,000', '50%', 'hundreds (100+)', '1,500,000 shells'."""
    q, measure = row["qualifier"], row["measure"]
    if q == "range":
        text = f"{_number(row['low'], measure)}-{_number(row['high'], measure)}"
    elif q == "vague":
        text = f"{_number(row['low'], measure)}+ (vague)"
    else:
        text = WORDS[q] + _number(row["value"], measure)
    return f"{text} {row['unit']}" if row.get("unit") else text


def _ratio(x: float | None) -> str:
    return "" if x is None else f"{x:.3g}"


def period_text(start, end) -> str:
    if start is None:
        return "undated"
    return str(start) if start == end else f"{start}..{end}"


# how a quantity reads: "PRK military killed", "PRK deploy -> RUS"
SUBJECT = {"casualties": ("party", "personnel", "casualty_type"), "deployments": ("sender", "action", "->", "host"),
           "supply_shares": ("supplier", "item", "->", "recipient")}


def subject(row: dict) -> str:
    """'casualties: PRK military killed (count)': the quantity an estimates row is about."""
    parts = [k if k == "->" else str(row[k]) for k in SUBJECT[row["fact_table"]] if k == "->" or row[k] is not None]
    return f"{row['fact_table']}: {' '.join(parts)} ({row['measure']})"


def source_label(row: dict) -> str:
    """'NIS (KOR)', 'regional authorities', 'unattributed': a claim's source as written."""
    if not row["attributed_to"]:
        return "unattributed"
    return f"{row['attributed_to']} ({row['attributed_country']})" if row["attributed_country"] else row["attributed_to"]


def filter_estimates(frame: pl.DataFrame, filters: dict[str, str | None], rivals_only: bool = False) -> pl.DataFrame:
    import polars as pl

    for option, value in filters.items():
        if value:
            frame = frame.filter(pl.col(FILTERS[option]) == value)
    if rivals_only:
        frame = frame.filter(pl.col("n_claims") > 1)
    return frame


def format_estimates(frame: pl.DataFrame, limit: int | None = None) -> str:
    """The estimates, grouped by quantity and period, each claim on a line: source, figure,
    dates, seeds, and its ratio to the lowest and highest figure of the period."""
    import polars as pl

    if frame.height == 0:
        return "no estimates match"
    frame = frame.sort("fact_table", "period_start", "quantity_id", "value", "claim_id", nulls_last=True)
    blocks = []
    for quantity in frame["quantity_id"].unique(maintain_order=True).to_list()[:limit]:
        rows = frame.filter(pl.col("quantity_id") == quantity).to_dicts()
        head = rows[0]
        lines = [f"{subject(head)} · {period_text(head['period_start'], head['period_end'])} · "
                 f"{head['n_claims']} claim{'s' if head['n_claims'] != 1 else ''}"]
        table = [("source", "figure", "dates", "seeds", "x lowest", "x highest")]
        for r in rows:
            table.append((source_label(r)[:40], figure_text(r), period_text(r["date_start"], r["date_end"]),
                          str(r["n_seeds"]), _ratio(r["ratio_to_lowest"]), _ratio(r["ratio_to_highest"])))
        widths = [max(len(t[i]) for t in table) for i in range(len(table[0]))]
        for t in table:
            cells = [c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(t, widths, strict=True))]
            lines.append("  " + "  ".join(cells).rstrip())
        blocks.append("\n".join(lines))
    more = frame["quantity_id"].n_unique() - len(blocks)
    tail = [f"... and {more} more quantit{'ies' if more != 1 else 'y'} (--limit)"] if more > 0 else []
    return "\n\n".join(blocks + tail)
