"""load() and package() on copies of the committed releases: reads stay inside the release root (on disk,
file:// and http://), CSV is typed by the Table Schema, and every refusal is a one-line LoadError naming what exists."""
import functools
import hashlib
import http.server
import json
import shutil
import threading
from pathlib import Path

import polars as pl
import pytest

from seedtables import load
from seedtables.loading import (
    BadRelease,
    IntegrityError,
    LoadError,
    ReleaseNotFound,
    UnknownTable,
    UnsafePath,
    package,
    resolve_version,
)
from tests.conftest import ROOT

COMMITTED = ROOT / "datasets"
RELEASES = ["v1.0.0", "v1.1.0", "v1.2.0"]
TABLES = ["casualties", "deployments", "seeds", "statements", "supply_shares"]


@pytest.fixture
def datasets(tmp_path, monkeypatch):
    """tmp_path/datasets: three committed releases, `latest` naming the last of them; a decoy release beside
    it, outside the root."""
    monkeypatch.delenv("SEEDTABLES_DATASETS", raising=False)
    root = tmp_path / "datasets"
    root.mkdir()
    for name in RELEASES:
        shutil.copytree(COMMITTED / name, root / name)
    (root / "latest").write_text(RELEASES[-1] + "\n")
    shutil.copytree(COMMITTED / "v1.2.0", tmp_path / "outside" / "v9.9.9")
    return root


def rewrite_package(release: Path, change) -> None:
    path = release / "datapackage.json"
    pkg = json.loads(path.read_text())
    change(pkg)
    path.write_text(json.dumps(pkg))


def rewrite_file(release: Path, name: str, change) -> None:
    """Change a release file and record its new hash, as a publisher would have."""
    path = release / name
    path.write_bytes(change(path.read_bytes()))
    digest = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()

    def rehash(pkg):
        for res in pkg["resources"]:
            if res["path"] == name:
                res["hash"], res["bytes"] = digest, path.stat().st_size
    rewrite_package(release, rehash)


def set_path(table: str, path: str):
    def change(pkg):
        next(r for r in pkg["resources"] if r["name"] == table)["path"] = path
    return change


def one_line(err: pytest.ExceptionInfo) -> str:
    text = str(err.value)
    assert isinstance(err.value, LoadError) and isinstance(err.value, ValueError) and "\n" not in text
    return text


@pytest.fixture
def http_root(datasets):
    """datasets served over http://127.0.0.1, with the paths requested."""
    requested: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self):
            requested.append(self.path)
            super().do_GET()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(Handler, directory=str(datasets.parent)))
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/datasets", requested
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


# -- reading -----------------------------------------------------------------------------------------------------


def test_csv_and_parquet_give_equal_typed_frames(datasets):
    assert (datasets / "latest").read_text().strip() == "v1.2.0" == resolve_version(datasets)
    for table in TABLES:
        parquet, csv = load(table, root=datasets), load(table, root=datasets, format="csv")
        assert parquet.height > 0 and csv.schema == parquet.schema and csv.equals(parquet), table
    statements = load("statements", root=datasets, format="csv")
    assert statements.schema["direct_quote"] == pl.Boolean and statements.schema["date_start"] == pl.Date
    assert load("supply_shares", root=datasets, format="csv").schema["share"] == pl.Float64
    casualties = load("casualties", version="v1.0.0", root=datasets, format="csv")
    assert casualties.schema["count_low"] == pl.Int64 and casualties["count_low"].null_count() > 0  # "" -> null
    assert load("rejects", root=datasets, format="csv").schema == {"file": pl.String, "problem": pl.String}


def test_file_url_and_http_roots_load_the_same(datasets, http_root):
    url, requested = http_root
    expected = load("casualties", root=datasets)
    assert load("casualties", root=datasets.as_uri()).equals(expected)
    assert load("casualties", root=url, format="csv").equals(expected)
    assert package("v1.1.0", url) == package("v1.1.0", datasets)
    assert requested[:3] == ["/datasets/latest", "/datasets/v1.2.0/datapackage.json", "/datasets/v1.2.0/casualties.csv"]


def test_a_string_column_keeps_its_leading_zeros_in_csv(datasets):
    release = datasets / "v1.2.0"
    old = load("seeds", root=datasets)["seed_id"][0]
    rewrite_file(release, "seeds.csv", lambda raw: raw.replace(f"\n{old},".encode(), b"\n0123,", 1))
    seeds = load("seeds", root=datasets, format="csv")
    assert seeds["seed_id"].to_list() == ["0123"] and seeds.schema["seed_id"] == pl.String
    assert seeds.drop("seed_id").equals(load("seeds", root=datasets).drop("seed_id"))


def test_a_csv_cell_that_is_not_its_type_is_named(datasets):
    release = datasets / "v1.2.0"
    rewrite_file(release, "casualties.csv", lambda raw: raw.replace(b",2025-", b",2025-13-", 1))
    with pytest.raises(BadRelease) as err:
        load("casualties", root=datasets, format="csv")
    assert "casualties.csv: column 'date_start' holds '2025-13-" in one_line(err) and "not a date" in str(err.value)
    rewrite_file(release, "statements.csv", lambda raw: raw.replace(b",false\n", b",true\n", 1))
    assert load("statements", root=datasets, format="csv")["direct_quote"].to_list()[:1] == [True]
    rewrite_file(release, "statements.csv", lambda raw: raw.replace(b",true\n", b",maybe\n", 1))
    with pytest.raises(BadRelease) as err:
        load("statements", root=datasets, format="csv")
    assert one_line(err).endswith("statements.csv: column 'direct_quote' holds 'maybe' on data row 1, "
                                  "which is not a boolean")


def test_a_root_that_is_a_symlink_is_followed(datasets, tmp_path):
    (tmp_path / "link").symlink_to(datasets, target_is_directory=True)
    assert load("seeds", root=tmp_path / "link").equals(load("seeds", root=datasets))


# -- confinement ---------------------------------------------------------------------------------------------------

BAD_VERSIONS = ["../outside/v9.9.9", "/tmp/x", "v1.0.0/../../x", "v1.2.0/", "v1.2.0\n", "1.2.0", "", "..", None]


@pytest.mark.parametrize("version", BAD_VERSIONS)
def test_a_version_that_is_not_a_release_name_is_refused(datasets, version):
    for root in (datasets, datasets.as_uri()):
        with pytest.raises(UnsafePath) as err:
            load("casualties", version=version, root=root)
        assert "must be 'latest' or a release name like v1.2.0" in one_line(err)
        with pytest.raises(UnsafePath):
            package(version, root)


@pytest.mark.parametrize("pointer", ["../outside/v9.9.9", "/tmp/x/v9.9.9", "v1.2.0/../../outside/v9.9.9", "v1.2.0 x"])
def test_a_latest_pointer_holding_a_path_is_refused(datasets, pointer):
    (datasets / "latest").write_text(pointer + "\n")
    for root in (datasets, datasets.as_uri()):
        with pytest.raises(UnsafePath) as err:
            load("casualties", root=root)
        assert f"{datasets / 'latest'} should hold a release name like v1.2.0, not " in one_line(err)


BAD_RESOURCE_PATHS = ["../../../../etc/hostname", "/etc/hostname", "sub/../../x.parquet", "sub/casualties.parquet",
                      "https://example.org/casualties.parquet", "..", ".hidden", "..%2f..%2fetc%2fhostname", ["a", "b"]]


@pytest.mark.parametrize("path", BAD_RESOURCE_PATHS)
def test_a_resource_path_outside_the_release_is_refused_before_reading(datasets, path):
    rewrite_package(datasets / "v1.2.0", set_path("casualties", path))
    for root in (datasets, datasets.as_uri()):
        for table in ("casualties", "seeds"):  # the whole package is refused, not only the bad resource
            with pytest.raises(UnsafePath) as err:
                load(table, root=root)
            assert "resource 'casualties' has path" in one_line(err) and "not a plain file name" in str(err.value)


def test_http_refuses_traversal_without_requesting_it(datasets, http_root):
    url, requested = http_root
    rewrite_package(datasets / "v1.2.0", set_path("casualties", "../../../../etc/hostname"))
    with pytest.raises(UnsafePath):
        load("casualties", root=url)
    with pytest.raises(UnsafePath):
        load("casualties", version="../outside/v9.9.9", root=url)
    (datasets / "latest").write_text("../outside/v9.9.9")
    with pytest.raises(UnsafePath):
        load("casualties", root=url)
    assert requested == ["/datasets/latest", "/datasets/v1.2.0/datapackage.json", "/datasets/latest"]


def test_a_symlink_leading_out_of_the_root_is_refused(datasets, tmp_path):
    outside = tmp_path / "outside" / "v9.9.9"
    release = datasets / "v1.2.0"
    (release / "seeds.parquet").unlink()
    (release / "seeds.parquet").symlink_to(outside / "seeds.parquet")  # same bytes: only the place is wrong
    with pytest.raises(UnsafePath) as err:
        load("seeds", root=datasets)
    assert f"leads to {outside / 'seeds.parquet'}, outside {datasets}" in one_line(err)
    assert load("casualties", root=datasets).height > 0
    shutil.rmtree(release)
    release.symlink_to(outside, target_is_directory=True)  # a whole release folder
    with pytest.raises(UnsafePath, match="outside"):
        load("casualties", root=datasets.as_uri())
    (datasets / "latest").unlink()
    (datasets / "latest").symlink_to(tmp_path / "outside" / "v9.9.9" / "CHANGES.md")
    with pytest.raises(UnsafePath, match="outside"):
        resolve_version(datasets)


# -- errors that name what exists --------------------------------------------------------------------------------


def test_an_unknown_version_lists_the_releases(datasets, http_root):
    with pytest.raises(ReleaseNotFound) as err:
        load("casualties", version="v9.9.9", root=datasets)
    assert one_line(err) == f"no release v9.9.9 under {datasets}; releases: v1.0.0, v1.1.0, v1.2.0"
    (datasets / "latest").write_text("v3.0.0\n")
    with pytest.raises(ReleaseNotFound) as err:
        load("casualties", root=datasets)
    assert one_line(err).startswith(f"no release v3.0.0 (named by {datasets / 'latest'}) under {datasets}; releases: v1")
    url, _ = http_root
    with pytest.raises(ReleaseNotFound) as err:
        load("casualties", version="v9.9.9", root=url)
    assert one_line(err) == (f"no release v9.9.9 at {url}: {url}/v9.9.9/datapackage.json was not found "
                             "(releases cannot be listed over HTTP)")


def test_a_missing_latest_pointer_lists_the_releases(datasets):
    (datasets / "latest").unlink()
    with pytest.raises(ReleaseNotFound) as err:
        load("casualties", root=datasets)
    assert one_line(err) == (f"no latest pointer at {datasets / 'latest'}; releases: v1.0.0, v1.1.0, v1.2.0; "
                             "pass version='vX.Y.Z'")
    assert load("casualties", version="v1.2.0", root=datasets).height > 0


def test_a_missing_datasets_folder_says_where_it_looked(tmp_path, monkeypatch):
    monkeypatch.delenv("SEEDTABLES_DATASETS", raising=False)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ReleaseNotFound) as err:
        load("casualties")
    text = one_line(err)
    assert f"no datasets folder at {tmp_path / 'datasets'}: it does not exist (the default ./datasets" in text
    assert "root=" in text and "$SEEDTABLES_DATASETS" in text
    monkeypatch.setenv("SEEDTABLES_DATASETS", str(tmp_path / "elsewhere"))
    with pytest.raises(ReleaseNotFound) as err:
        package()
    assert f"from $SEEDTABLES_DATASETS='{tmp_path / 'elsewhere'}'" in one_line(err)


@pytest.mark.parametrize("content,problem", [
    (b"{not json", "is not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2"),
    (b'{"name": "seedtables"}', "has no resources list"),
    (b'{"resources": {"casualties": {}}}', "has no resources list"),
    (b'{"resources": [{"path": "x.csv"}]}', "resource 0 has no name"),
    (b"\xff\xfe", "is not UTF-8 text"),
])
def test_a_malformed_datapackage_says_which_file_and_what_is_wrong(datasets, content, problem):
    path = datasets / "v1.2.0" / "datapackage.json"
    path.write_bytes(content)
    with pytest.raises(BadRelease) as err:
        load("casualties", root=datasets)
    expected = f"{path}: {problem}" if problem.startswith("resource") else f"{path} {problem}"
    assert one_line(err) == expected


def test_a_release_folder_without_its_datapackage(datasets):
    (datasets / "v1.2.0" / "datapackage.json").unlink()
    with pytest.raises(ReleaseNotFound) as err:
        load("casualties", version="v1.2.0", root=datasets)
    assert one_line(err) == (f"no release v1.2.0 under {datasets} (its folder exists but has no datapackage.json); "
                             "releases: v1.0.0, v1.1.0")


def test_an_unknown_table_lists_the_tables(datasets):
    with pytest.raises(UnknownTable) as err:
        load("nope", root=datasets)
    assert isinstance(err.value, KeyError)
    assert one_line(err) == f"release v1.2.0 has no table 'nope' in parquet; it has {', '.join(TABLES)}"
    with pytest.raises(UnknownTable, match=r"no table 'rejects' in parquet \(it is there in csv: format='csv'\)"):
        load("rejects", root=datasets)
    with pytest.raises(LoadError, match="format must be 'parquet' or 'csv', not 'xlsx'"):
        load("casualties", root=datasets, format="xlsx")


def test_a_changed_or_missing_file_is_refused(datasets):
    path = datasets / "v1.2.0" / "statements.csv"
    path.write_bytes(path.read_bytes().replace(b"false\n", b"true\n", 1))
    with pytest.raises(IntegrityError) as err:
        load("statements", root=datasets, format="csv")
    assert "v1.2.0/statements.csv does not match its datapackage.json" in one_line(err) and "refusing" in str(err.value)
    path.unlink()
    with pytest.raises(BadRelease) as err:
        load("statements", root=datasets, format="csv")
    assert one_line(err) == f"{path} is listed in v1.2.0/datapackage.json but missing"
