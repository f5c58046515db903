"""Load a published table into a notebook in one line, checked against its release.

    from seedtables import load
    df = load("casualties")                       # latest release under ./datasets
    df = load("casualties", version="v1.1.0")     # a given release
    df = load("statements", root="https://example.org/seedtables/datasets")

The file's sha256 must equal the hash in the release's datapackage.json: a file changed
after publication is refused, never read.

Reads stay inside the release root: a version must be "latest" or vX.Y.Z, the latest
pointer must hold such a name, and a resource path must be a plain file name in the
release folder. On disk (file:// URLs included) the final path is also resolved, so a
symlink leading out of the root is refused. CSV columns are typed from the resource's
Table Schema, never guessed. Every refusal is a LoadError (a ValueError) whose message
is one line naming what was looked for and what exists.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import polars as pl

DEFAULT_ROOT = "datasets"
ENV_ROOT = "SEEDTABLES_DATASETS"
LATEST = "latest"
PACKAGE_FILE = "datapackage.json"
FORMATS = ("parquet", "csv")
# The folder names seedtables.publish writes; ASCII digits, and fullmatch so no trailing newline slips through.
VERSION = re.compile(r"v[0-9]+\.[0-9]+\.[0-9]+")
# A file directly in the release folder: no separator, no leading dot, no URL scheme, no %-escape.
FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
SHA256 = re.compile(r"sha256:[0-9a-f]{64}")
URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
# Table Schema types a CSV column can be read as; Frictionless defaults for booleans and missing values.
CSV_TYPES = {"string": pl.String, "any": pl.String, "integer": pl.Int64, "number": pl.Float64,
             "boolean": pl.Boolean, "date": pl.Date}
TRUE_VALUES = ["true", "True", "TRUE", "1"]
FALSE_VALUES = ["false", "False", "FALSE", "0"]
MISSING_VALUES = [""]


class LoadError(ValueError):
    """A table could not be loaded; the message is one line meant for people."""

    def __str__(self) -> str:  # plain text even through KeyError, which would quote it
        return str(self.args[0]) if self.args else ""


class UnsafePath(LoadError):
    """A version, latest pointer, resource path or symlink that would lead outside the release root."""


class ReleaseNotFound(LoadError):
    """No datasets folder, release or latest pointer where it was looked for."""


class BadRelease(LoadError):
    """A datapackage.json or data file that cannot be read as the release it claims to be."""


class UnknownTable(LoadError, KeyError):
    """The release has no such table (a KeyError too, as load() raised before)."""


class IntegrityError(LoadError):
    """A release file does not match the hash its datapackage.json records."""


def _show(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "..."


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(x) for x in name[1:].split("."))


class _Disk:
    """A datasets folder on disk: every read must resolve to a file under it."""

    def __init__(self, folder: Path):
        self.folder = folder

    def where(self, *parts: str) -> str:
        return str(self.folder.joinpath(*parts))

    def get(self, *parts: str) -> bytes | None:
        """The file's bytes, or None when it does not exist."""
        path = self.folder.joinpath(*parts)
        real = _resolve(path)
        if not real.is_relative_to(self.folder):
            raise UnsafePath(f"{path} leads to {real}, outside {self.folder}: refusing to read it")
        try:  # O_NOFOLLOW: no symlink swapped in since resolve()
            fd = os.open(real, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, "rb") as f:
                return f.read()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as err:
            raise LoadError(f"cannot read {path}: {err.strerror}") from None

    def releases(self) -> list[str]:
        names = [p.name for p in self.folder.iterdir() if VERSION.fullmatch(p.name) and (p / PACKAGE_FILE).is_file()]
        return sorted(names, key=_version_key)

    def listing(self) -> str:
        return f"releases: {', '.join(self.releases()) or 'none'}"

    def no_release(self, version: str, note: str) -> ReleaseNotFound:
        folder = " (its folder exists but has no datapackage.json)" if (self.folder / version).is_dir() else ""
        return ReleaseNotFound(f"no release {version}{note} under {self.folder}{folder}; {self.listing()}")


class _Url:
    """A datasets folder served over HTTP(S); the names joined to it are checked before any request."""

    def __init__(self, url: str):
        self.url = url.rstrip("/")

    def where(self, *parts: str) -> str:
        return "/".join([self.url, *parts])

    def get(self, *parts: str) -> bytes | None:
        url = self.where(*parts)
        try:
            with urllib.request.urlopen(url, timeout=60) as resp:  # noqa: S310 (the user's root, checked names)
                return resp.read()
        except urllib.error.HTTPError as err:
            if err.code in (404, 410):
                return None
            raise LoadError(f"cannot read {url}: HTTP {err.code} {err.reason}") from None
        except (urllib.error.URLError, OSError) as err:
            raise LoadError(f"cannot reach {url}: {getattr(err, 'reason', err)}") from None

    def listing(self) -> str:
        return "releases cannot be listed over HTTP"

    def no_release(self, version: str, note: str) -> ReleaseNotFound:
        return ReleaseNotFound(f"no release {version}{note} at {self.url}: "
                               f"{self.where(version, PACKAGE_FILE)} was not found ({self.listing()})")


def _resolve(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError) as err:  # a symlink loop
        raise LoadError(f"cannot resolve {path}: {err}") from None


def _given_root(root: str | os.PathLike | None) -> tuple[str, str]:
    """The root as given, and where it came from (for the message when it is missing)."""
    if root:
        return os.fspath(root), f"from root={os.fspath(root)!r}"
    if os.environ.get(ENV_ROOT):
        return os.environ[ENV_ROOT], f"from ${ENV_ROOT}={os.environ[ENV_ROOT]!r}"
    return DEFAULT_ROOT, f"the default ./{DEFAULT_ROOT}, relative to the current folder"


def _source(root: str | os.PathLike | None) -> _Disk | _Url:
    given, origin = _given_root(root)
    scheme = URL_SCHEME.match(given)
    if scheme is None:
        return _open_disk(Path(given), origin)
    kind = scheme.group().lower()
    if kind in ("http://", "https://"):
        return _Url(given)
    if kind == "file://":  # read as a folder, so symlinks are checked as on disk
        return _open_disk(_file_url_path(given), origin)
    raise LoadError(f"root {given!r} is a {kind[:-3]} URL; load() reads a folder, or a file://, http:// or https:// URL")


def _file_url_path(url: str) -> Path:
    parts = urllib.parse.urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise LoadError(f"root {url!r} names host {parts.netloc!r}; a file:// URL must be local (file:///path)")
    return Path(urllib.request.url2pathname(parts.path))


def _open_disk(folder: Path, origin: str) -> _Disk:
    resolved = _resolve(folder)
    if not resolved.is_dir():
        what = "is not a folder" if resolved.exists() else "does not exist"
        raise ReleaseNotFound(f"no datasets folder at {resolved}: it {what} ({origin}); "
                              f"point load() at one with root=<folder or URL> or ${ENV_ROOT}")
    return _Disk(resolved)


def _check_version(version: object) -> str:
    if isinstance(version, str) and (version == LATEST or VERSION.fullmatch(version)):
        return version
    raise UnsafePath(f"version must be {LATEST!r} or a release name like v1.2.0, not {_show(version)}: refusing it")


def _follow_latest(src: _Disk | _Url) -> str:
    where = src.where(LATEST)
    raw = src.get(LATEST)
    if raw is None:
        raise ReleaseNotFound(f"no {LATEST} pointer at {where}; {src.listing()}; pass version='vX.Y.Z'")
    try:
        name = raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        name = ""
    if not VERSION.fullmatch(name):
        raise UnsafePath(f"{where} should hold a release name like v1.2.0, not {_show(raw)}: refusing to follow it")
    return name


def _parse_package(raw: bytes, where: str) -> dict:
    try:
        pkg = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadRelease(f"{where} is not UTF-8 text") from None
    except json.JSONDecodeError as err:
        raise BadRelease(f"{where} is not valid JSON: {err.msg} at line {err.lineno}, column {err.colno}") from None
    if not isinstance(pkg, dict) or not isinstance(pkg.get("resources"), list):
        raise BadRelease(f"{where} has no resources list")
    return pkg


def _check_resources(pkg: dict, where: str) -> None:
    """Every resource named and at a plain file name, before any of them is read."""
    for i, res in enumerate(pkg["resources"]):
        if not isinstance(res, dict) or not isinstance(res.get("name"), str):
            raise BadRelease(f"{where}: resource {i} has no name")
        path = res.get("path")
        if not isinstance(path, str) or not FILE_NAME.fullmatch(path):
            raise UnsafePath(f"{where}: resource {res['name']!r} has path {_show(path)}, "
                             "not a plain file name in the release folder: refusing it")


def _release(src: _Disk | _Url, version: object) -> tuple[str, dict]:
    """The release's name and its checked datapackage.json."""
    requested = _check_version(version)
    name = _follow_latest(src) if requested == LATEST else requested
    raw = src.get(name, PACKAGE_FILE)
    if raw is None:
        raise src.no_release(name, f" (named by {src.where(LATEST)})" if requested == LATEST else "")
    where = src.where(name, PACKAGE_FILE)
    pkg = _parse_package(raw, where)
    _check_resources(pkg, where)
    return name, pkg


def resolve_version(root: str | os.PathLike | None, version: str = LATEST) -> str:
    """The release name `version` stands for: itself, or what the latest pointer holds."""
    requested = _check_version(version)
    return _follow_latest(_source(root)) if requested == LATEST else requested


def package(version: str = LATEST, root: str | os.PathLike | None = None) -> dict:
    """The release's datapackage.json, its resource paths checked."""
    return _release(_source(root), version)[1]


def _tables(pkg: dict) -> dict[str, dict[str, dict]]:
    """{format: {table: resource}}; a CSV twin is named <table>_csv, a CSV-only table keeps its name."""
    out: dict[str, dict[str, dict]] = {fmt: {} for fmt in FORMATS}
    for res in pkg["resources"]:
        fmt = res.get("format") or res["path"].rpartition(".")[2]
        if isinstance(fmt, str) and fmt in out:
            out[fmt][res["name"].removesuffix("_csv") if fmt == "csv" else res["name"]] = res
    return out


def _pick(pkg: dict, table: str, fmt: str, version: str) -> dict:
    tables = _tables(pkg)
    if table in tables[fmt]:
        return tables[fmt][table]
    other = next((f for f in FORMATS if table in tables[f]), None)
    hint = f" (it is there in {other}: format={other!r})" if other else ""
    raise UnknownTable(f"release {version} has no table {table!r} in {fmt}{hint}; "
                       f"it has {', '.join(sorted(tables[fmt])) or 'none'}")


def _check_hash(data: bytes, res: dict, version: str, where: str) -> None:
    expected = res.get("hash")
    if not isinstance(expected, str) or not SHA256.fullmatch(expected):
        raise BadRelease(f"{where} has no sha256 hash in its datapackage.json ({_show(expected)}): refusing to load it")
    digest = "sha256:" + hashlib.sha256(data).hexdigest()
    if digest != expected:
        raise IntegrityError(f"{version}/{res['path']} does not match its datapackage.json "
                             f"(sha256 {digest[7:19]}..., expected {expected[7:19]}...): refusing to load it")


def _fields(res: dict, where: str) -> tuple[list[dict], list[str]]:
    schema = res.get("schema")
    fields = schema.get("fields") if isinstance(schema, dict) else None
    if not isinstance(fields, list) or not all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in fields):
        raise BadRelease(f"{where}: its datapackage.json resource has no schema fields to type the columns with")
    missing = schema.get("missingValues", MISSING_VALUES)
    if not isinstance(missing, list) or not all(isinstance(m, str) for m in missing):
        raise BadRelease(f"{where}: its schema's missingValues is not a list of strings")
    return fields, missing


def _date_format(field: dict, where: str) -> str:
    fmt = field.get("format", "default")
    if fmt == "default":
        return "%Y-%m-%d"
    if isinstance(fmt, str) and "%" in fmt:
        return fmt
    raise LoadError(f"{where}: column {field['name']!r} has date format {_show(fmt)}, which load(format='csv') "
                    "does not read; use format='parquet'")


def _typed(field: dict, where: str) -> pl.Expr:
    """The expression turning the column's text into its Table Schema type; unparsable cells become null."""
    kind = field.get("type", "string")
    col = pl.col(field["name"])
    if kind not in CSV_TYPES:
        raise LoadError(f"{where}: column {field['name']!r} has type {_show(kind)}, which load(format='csv') "
                        "does not read; use format='parquet'")
    if kind == "boolean":
        true, false = field.get("trueValues", TRUE_VALUES), field.get("falseValues", FALSE_VALUES)
        return pl.when(col.is_in(true)).then(True).when(col.is_in(false)).then(False).otherwise(None).cast(pl.Boolean)
    if kind == "date":
        return col.str.to_date(_date_format(field, where), strict=False)
    return col.cast(CSV_TYPES[kind], strict=False)


def _first_bad_cell(text: pl.DataFrame, typed: pl.DataFrame, fields: list[dict], where: str) -> None:
    """A cell that is not missing but did not parse is an error, never a silent null."""
    for field in fields:
        name = field["name"]
        bad = (text[name].is_not_null() & typed[name].is_null()).arg_true()
        if bad.len():
            row = bad[0]
            raise BadRelease(f"{where}: column {name!r} holds {_show(text[name][row])} on data row {row + 1}, "
                             f"which is not a {field.get('type', 'string')}")


def _csv_text(data: bytes, res: dict, where: str) -> bytes:
    encoding = res.get("encoding", "utf-8")
    try:
        return data.decode(encoding).encode("utf-8")
    except (UnicodeDecodeError, LookupError):
        raise BadRelease(f"{where} is not {encoding} text") from None


def _read_csv(data: bytes, res: dict, where: str) -> pl.DataFrame:
    """CSV typed by the resource's Table Schema: every cell read as text, missingValues made null, then cast."""
    fields, missing = _fields(res, where)
    names = [f["name"] for f in fields]
    text = pl.read_csv(_csv_text(data, res, where), infer_schema=False, empty_string_is_null=False)
    if text.columns != names:
        raise BadRelease(f"{where}: its columns {', '.join(text.columns)} do not match its schema's {', '.join(names)}")
    text = text.with_columns(pl.when(pl.col(n).is_in(missing)).then(None).otherwise(pl.col(n)).alias(n) for n in names)
    typed = text.select(_typed(f, where).alias(f["name"]) for f in fields)
    _first_bad_cell(text, typed, fields, where)
    return typed


def _decode(data: bytes, res: dict, fmt: str, where: str) -> pl.DataFrame:
    try:
        return pl.read_parquet(io.BytesIO(data)) if fmt == "parquet" else _read_csv(data, res, where)
    except pl.exceptions.PolarsError as err:
        first = (str(err).splitlines() or [type(err).__name__])[0]
        raise BadRelease(f"cannot read {where} as {fmt}: {first}") from None


def load(table: str, version: str = LATEST, root: str | os.PathLike | None = None,
         format: str = "parquet") -> pl.DataFrame:
    """One table of one release as a Polars DataFrame (`.to_pandas()` for pandas users).

    `root` is a datasets folder on disk or its URL (default: $SEEDTABLES_DATASETS or ./datasets);
    `version` is "latest" or "vX.Y.Z"; `format` is "parquet" or "csv" (typed by the release's Table Schema).
    Raises a LoadError subclass, with a one-line message, when the table cannot be loaded safely."""
    if format not in FORMATS:
        raise LoadError(f"format must be 'parquet' or 'csv', not {_show(format)}")
    src = _source(root)
    version, pkg = _release(src, version)
    res = _pick(pkg, table, format, version)
    where = src.where(version, res["path"])
    data = src.get(version, res["path"])
    if data is None:
        raise BadRelease(f"{where} is listed in {version}/{PACKAGE_FILE} but missing")
    _check_hash(data, res, version, where)
    return _decode(data, res, format, where)
