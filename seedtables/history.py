"""What earlier releases published: the release that first carried each fact row.

A row's `first_release` is the oldest release on disk whose table holds its record_id, so a
row retracted and published again keeps its first date. Releases from before the column
existed count by their record_ids alone."""
from __future__ import annotations

from pathlib import Path

import polars as pl

from validation.columns import FACT_TABLES


def first_releases(datasets: Path | str, versions: list[str]) -> dict[str, pl.DataFrame]:
    """table -> frame of (record_id, first_release) over the releases `versions`, oldest first."""
    datasets = Path(datasets)
    out: dict[str, pl.DataFrame] = {}
    for table in FACT_TABLES:
        parts = []
        for version in versions:
            path = datasets / version / f"{table}.parquet"
            if not path.exists():
                continue
            names = pl.read_parquet_schema(path)
            frame = pl.read_parquet(path, columns=["record_id", *(["first_release"] if "first_release" in names
                                                                    else [])])
            if "first_release" not in frame.columns:
                frame = frame.with_columns(first_release=pl.lit(version))
            parts.append(frame.select("record_id", "first_release"))
        schema = {"record_id": pl.String, "first_release": pl.String}
        out[table] = pl.concat(parts).unique("record_id", keep="first", maintain_order=True) if parts \
            else pl.DataFrame(schema=schema)
    return out


def stamp(frames: dict[str, pl.DataFrame], history: dict[str, pl.DataFrame], version: str
          ) -> dict[str, pl.DataFrame]:
    """The fact tables with `first_release`: from `history` for rows published before, else
    `version`, the release these frames are about to become."""
    out = dict(frames)
    for table in FACT_TABLES:
        frame = frames[table].drop("first_release", strict=False)
        known = history.get(table)
        if known is None or known.height == 0:
            stamped = frame.with_columns(first_release=pl.lit(version, pl.String))
        else:
            stamped = frame.join(known, on="record_id", how="left", maintain_order="left").with_columns(
                pl.col("first_release").fill_null(version))
        out[table] = stamped.select(frames[table].columns) if "first_release" in frames[table].columns \
            else stamped
    return out
