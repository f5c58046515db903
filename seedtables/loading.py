"""Load a published table into a notebook in one line, checked against its release.

    from seedtables import load
    df = load("casualties")                       # latest release under ./datasets
    df = load("casualties", version="v1.1.0")     # a given release
    df = load("statements", root="https://example.org/seedtables/datasets")

The file's sha256 must equal the hash in the release's datapackage.json: a file changed
after publication is refused, never read.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import urllib.request
from pathlib import Path

import polars as pl

DEFAULT_ROOT = "datasets"


class IntegrityError(ValueError):
    """A release file does not match the hash its datapackage.json records."""


def _is_url(root: str) -> bool:
    return root.startswith(("http://", "https://", "file://"))


def _fetch(root: str, name: str) -> bytes:
    if _is_url(root):
        with urllib.request.urlopen(f"{root.rstrip('/')}/{name}", timeout=60) as resp:  # noqa: S310 (user's URL)
            return resp.read()
    return (Path(root) / name).read_bytes()


def resolve_version(root: str, version: str) -> str:
    if version != "latest":
        return version
    return _fetch(root, "latest").decode("utf-8").strip()


def _root(root: str | os.PathLike | None) -> str:
    return str(root or os.environ.get("SEEDTABLES_DATASETS", DEFAULT_ROOT))


def package(version: str = "latest", root: str | os.PathLike | None = None) -> dict:
    """The release's datapackage.json."""
    root = _root(root)
    return json.loads(_fetch(root, f"{resolve_version(root, version)}/datapackage.json"))


def load(table: str, version: str = "latest", root: str | os.PathLike | None = None,
         format: str = "parquet") -> pl.DataFrame:
    """One table of one release as a Polars DataFrame (`.to_pandas()` for pandas users).

    `root` is a datasets folder on disk or its URL (default: $SEEDTABLES_DATASETS or ./datasets);
    `version` is "latest" or "vX.Y.Z"; `format` is "parquet" or "csv"."""
    root = _root(root)
    version = resolve_version(root, version)
    pkg = package(version, root)
    name = table if format == "parquet" else f"{table}_csv"
    res = next((r for r in pkg["resources"] if r["name"] == name), None)
    if res is None:
        known = sorted({r["name"].removesuffix("_csv") for r in pkg["resources"]})
        raise KeyError(f"release {version} has no table {table!r} in {format}; it has {', '.join(known)}")
    data = _fetch(root, f"{version}/{res['path']}")
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    if digest != res["hash"]:
        raise IntegrityError(f"{version}/{res['path']} does not match its datapackage.json "
                             f"(sha256 {digest[7:19]}..., expected {res['hash'][7:19]}...): refusing to load it")
    if format == "parquet":
        return pl.read_parquet(io.BytesIO(data))
    return pl.read_csv(io.BytesIO(data), try_parse_dates=True)
