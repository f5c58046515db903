"""A static site for the releases in a datasets folder: what researchers look at before they
download. Built from the release folders alone, browsable from disk (file://) or any static
host, with no server and no network: the JavaScript it needs ships with it.

    seedtables site [--datasets DIR] [--out DIR]

- index.html: every release, newest first: build date, rows per table, changelog entry and
  downloads with size and sha256;
- <version>/tables/<table>.html: the column dictionary and the rows, paged and searchable;
- <version>/seeds/<seed>.html: the article with every row's evidence highlighted and its unread
  numbers marked;
- <version>/changes.html: the row-level diff with the release before, as `seedtables diff`;
- <version>/estimates.html: rival figures per quantity, as charts.

Table, seed, estimates pages are built for the latest release; every release has its changes.
The same release folder gives the same bytes."""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import shutil
from pathlib import Path

import polars as pl
from jinja2 import Environment, FileSystemLoader, select_autoescape

from seedtables.changes import CHANGES, diff, evidence_of, format_diff, read_release
from seedtables.publish import sha256_file, version_names
from validation.columns import FACT_TABLES, tables

ASSETS = Path(__file__).with_name("site_assets")
SITE = "site"  # the site's folder beside the releases
DIFF_LIMIT = 500  # rows per kind and table on a changes page; `seedtables diff` lists them all
CHARTS_MAX = 200  # quantities drawn on the estimates page, those with most claims first


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(ASSETS / "templates"), autoescape=select_autoescape(["html"]),
                       keep_trailing_newline=True)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _size(n: int) -> str:
    if n < 1000:
        return f"{n:,} B"
    for unit in ("kB", "MB"):
        n /= 1000
        if n < 1000:
            return f"{n:,.1f} {unit}"
    return f"{n / 1000:,.1f} GB"


def _json(value) -> str:
    """JSON to embed in a page: sorted, and safe inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":"))
    return text.replace("</", "<\\/")


def _release_info(datasets: Path, version: str, href_root: str) -> dict:
    folder = datasets / version
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    built = dt.datetime.fromtimestamp((folder / "datapackage.json").stat().st_mtime, dt.UTC).strftime("%Y-%m-%d")
    resources = package["resources"]
    counts = [(r["name"], r["rows"]) for r in resources if r.get("format") == "parquet"]
    downloads = [{"name": r["path"], "href": f"{href_root}{version}/{r['path']}", "size": _size(r["bytes"]),
                  "sha256": r["hash"].split(":", 1)[1]} for r in resources]
    downloads.append({"name": "datapackage.json", "href": f"{href_root}{version}/datapackage.json",
                      "size": _size((folder / "datapackage.json").stat().st_size),
                      "sha256": sha256_file(folder / "datapackage.json")})
    changes = (folder / CHANGES).read_text(encoding="utf-8") if (folder / CHANGES).exists() else "(no change record)"
    n_seeds = next((r["rows"] for r in resources if r["name"] == "seeds"), 0)
    return {"version": version, "built": built, "counts": counts, "downloads": downloads, "changes": changes,
            "n_seeds": n_seeds, "browsable": False}


def build(datasets: Path | str, out: Path | str | None = None) -> Path:
    """Build the site for the releases in `datasets` into `out` (default: DATASETS/site)."""
    datasets = Path(datasets)
    versions = version_names(datasets)
    if not versions:
        raise FileNotFoundError(f"no release in {datasets}")
    out = Path(out) if out is not None else datasets / SITE
    staging = out.with_name(f".{out.name}.building-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        _build(datasets, versions, staging, out)
        if out.exists():
            shutil.rmtree(out)
        os.replace(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out


def _build(datasets: Path, versions: list[str], site: Path, out: Path) -> None:
    env = _env()
    # links from the site's top folder to the release files, however far the site is from them
    to_datasets = os.path.relpath(datasets.resolve(), out.resolve()).replace(os.sep, "/") + "/"
    shutil.copytree(ASSETS / "static", site / "static")
    releases = [_release_info(datasets, v, to_datasets) for v in reversed(versions)]
    latest = versions[-1]
    releases[0]["browsable"] = True
    frames = read_release(datasets / latest)
    info = _nav(latest, frames)
    _write(site / "index.html", env.get_template("index.html").render(
        title="releases", root="", release=info, releases=releases))
    _tables(env, site, datasets, latest, frames, info, to_datasets)
    _seeds(env, site, latest, frames, info)
    previous = None  # (version, frames): each release is read once, as the new side then the old
    for v in versions:
        current = frames if v == latest else read_release(datasets / v)
        _changes(env, site, v, current, previous, info if v == latest else None)
        previous = (v, current)
    if "estimates" in frames:
        _estimates(env, site, frames, info)


def _nav(version: str, frames: dict[str, pl.DataFrame]) -> dict:
    names = [t for t in tables() if t in frames]
    return {"version": version, "tables": [{"name": t} for t in names], "has_estimates": "estimates" in frames}


def _tables(env, site: Path, datasets: Path, version: str, frames: dict, info: dict, to_datasets: str) -> None:
    contract = tables()
    for name, frame in frames.items():
        t = contract[name]
        shown = [c for c in frame.columns if not (name == "seeds" and c == "text")]  # the article is its own page
        rows = frame.select(shown).to_dicts()
        _write(site / version / "data" / f"{name}.js",
               f"window.SEEDTABLES_DATA = window.SEEDTABLES_DATA || {{}};\n"
               f"window.SEEDTABLES_DATA[{_json(name)}] = {_json(rows)};\n")
        columns = [{"name": c.name, "kind": f"enum: {', '.join(c.vocabulary)}" if c.vocabulary else c.kind,
                    "null": "yes" if c.nullable else "no", "description": c.description} for c in t.columns]
        page = {"name": name, "title": t.title, "description": t.description, "rows": frame.height,
                "columns": columns, "column_names": shown, "seed_link": "seed_id" in frame.columns,
                "parquet": f"../../{to_datasets}{version}/{name}.parquet",
                "csv": f"../../{to_datasets}{version}/{name}.csv"}
        _write(site / version / "tables" / f"{name}.html", env.get_template("table.html").render(
            title=f"{name} {version}", root="../../", release=info, table=page))


def _marked(text: str, spans: list[tuple[int, int, str]], unread: list[tuple[int, int]]) -> str:
    """The article as HTML: every stretch covered by evidence spans in a <mark> naming their rows,
    unread numbers in a span of their own. Offsets are Python str indexes, as in the tables."""
    cuts = sorted({0, len(text), *(a for a, _, _ in spans), *(b for _, b, _ in spans),
                   *(a for a, _ in unread), *(b for _, b in unread)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        piece = html.escape(text[a:b], quote=False)
        if any(ua <= a and b <= ub for ua, ub in unread):
            piece = f'<span class="unread" title="unread number">{piece}</span>'
        ids = sorted({rid for sa, sb, rid in spans if sa <= a and b <= sb})
        if ids:
            piece = f'<mark data-rows="{html.escape(" ".join(ids))}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def _seeds(env, site: Path, version: str, frames: dict, info: dict) -> None:
    seeds = frames["seeds"].sort("seed_id")
    spans: dict[str, list[tuple[int, int, str]]] = {}
    details: dict[str, dict[str, dict]] = {}
    for table in FACT_TABLES:
        if table not in frames:
            continue
        for row in frames[table].to_dicts():
            rid = row["record_id"]
            spans.setdefault(row["seed_id"], []).append((row["char_start"], row["char_end"], rid))
            fields = {k: v for k, v in row.items() if v is not None and k not in ("seed_id", "evidence")}
            details.setdefault(row["seed_id"], {})[rid] = {"table": table, "fields": fields}
    unread: dict[str, list[tuple[int, int]]] = {}
    if "numbers" in frames:
        for row in frames["numbers"].filter(pl.col("outcome") == "unread").select(
                "seed_id", "char_start", "char_end").iter_rows():
            unread.setdefault(row[0], []).append((row[1], row[2]))
    listing = []
    template = env.get_template("seed.html")
    for s in seeds.iter_rows(named=True):
        sid = s["seed_id"]
        n = len(details.get(sid, {}))
        page = {"seed_id": sid, "title": s["title"], "published": str(s["published_start"]),
                "language": s["language"], "rows": n,
                "html": _marked(s["text"], spans.get(sid, []), unread.get(sid, [])),
                "rows_json": _json(details.get(sid, {}))}
        _write(site / version / "seeds" / f"{sid}.html", template.render(
            title=s["title"], root="../../", release=info, seed=page))
        listing.append({"seed_id": sid, "title": s["title"], "published": str(s["published_start"]),
                        "language": s["language"], "rows": n})
    _write(site / version / "seeds" / "index.html", env.get_template("seeds.html").render(
        title=f"seeds {version}", root="../../", release=info, seeds=listing))


def _changes(env, site: Path, version: str, new: dict, previous: tuple[str, dict] | None, info: dict | None) -> None:
    old = previous[1] if previous else None
    d = diff(old, new)
    evidence = evidence_of(old or {}, new)
    limited = any(len(td.added) > DIFF_LIMIT or len(td.removed) > DIFF_LIMIT or len(td.changed) > DIFF_LIMIT
                  for td in d.tables.values())
    text = format_diff(previous[0] if previous else "nothing", version, d, evidence, DIFF_LIMIT)
    _write(site / version / "changes.html", env.get_template("changes.html").render(
        title=f"changes {version}", root="../", release=info, version=version,
        previous=previous[0] if previous else None, text=text,
        limited=limited, limit=DIFF_LIMIT))


def _estimates(env, site: Path, frames: dict, info: dict) -> None:
    from seedtables.views import figure_text, period_text, source_label, subject

    est = frames["estimates"]
    total = est["quantity_id"].n_unique()
    rivals = est.filter(pl.col("n_claims") > 1).sort("n_claims", "fact_table", "period_start", "quantity_id", "value",
                                                      "claim_id", descending=[True, False, False, False, False, False],
                                                      nulls_last=True)
    quantities, charts = [], []
    for part in rivals.partition_by("quantity_id", maintain_order=True):
        rows = part.to_dicts()
        head = rows[0]
        claims = []
        for r in rows:
            source = source_label(r)
            claims.append({"source": source, "figure": figure_text(r), "dates": period_text(r["date_start"], r["date_end"]),
                           "n_seeds": r["n_seeds"],
                           "label": f"{source[:28]} · {r['date_start'] or ''}", "value": r["value"],
                           "low": r["low"] if r["low"] is not None else r["value"],
                           "high": r["high"] if r["high"] is not None else r["value"]})
        quantities.append({"title": subject(head), "period": period_text(head["period_start"], head["period_end"]),
                           "claims": claims})
        unit = {"count": "people or forces", "share": "share (0-1)"}.get(head["measure"], head["unit"] or "amount")
        charts.append({"unit": unit, "claims": [{k: c[k] for k in ("label", "value", "low", "high")} for c in claims]})
    shown = min(len(quantities), CHARTS_MAX)
    _write(site / info["version"] / "estimates.html", env.get_template("estimates.html").render(
        title=f"estimates {info['version']}", root="../", release=info, quantities=quantities, total=total,
        shown=shown, charts_json=_json(charts[:shown])))
