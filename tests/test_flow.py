"""The Prefect flow end to end on real files: publish, re-run unchanged, byte-identical."""
import json
import shutil
import subprocess
import sys

import polars as pl
import pytest

from seedtables.publish import sha256_file
from tests.conftest import DATA, ROOT, SEED


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "seedtables.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def seeds_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("seeds")
    shutil.copy(SEED, d)
    shutil.copy(DATA / "en_wagner_sudan.txt", d)
    (d / "zz_bad_date.txt").write_text(" date 2025-13 Titolo\n\nTesto.", encoding="utf-8")
    (d / "zz_dup.txt").write_bytes(SEED.read_bytes())
    return d


@pytest.fixture(scope="module")
def first_run(seeds_dir, tmp_path_factory):
    datasets = tmp_path_factory.mktemp("datasets")
    proc = run_cli("run", "--seeds", str(seeds_dir), "--datasets", str(datasets))
    return datasets, proc


def test_run_publishes_a_release(first_run):
    datasets, proc = first_run
    assert proc.returncode == 0, proc.stderr
    assert "published v1.0.0" in proc.stdout
    assert "seeds: 2 read, 2 set aside; files extracted now: 3, from cache: 0" in proc.stdout
    assert "zz_bad_date.txt: header date '2025-13' has no month 13" in proc.stdout
    assert "zz_dup.txt: duplicate of 000_a2b66a124bb8fab2.txt" in proc.stdout
    # quiet: no tracebacks, no ERROR lines, no telemetry noise
    for stream in (proc.stdout, proc.stderr):
        assert "Traceback" not in stream and "ERROR" not in stream and "CancelledError" not in stream
    assert (datasets / "latest").read_text().strip() == "v1.0.0"


def test_release_files_and_datapackage(first_run):
    datasets, _ = first_run
    rel = datasets / "v1.0.0"
    package = json.loads((rel / "datapackage.json").read_text())
    assert package["version"] == "1.0.0"
    names = {r["name"] for r in package["resources"]}
    for table in ("deployments", "casualties", "supply_shares", "statements", "seeds"):
        assert {table, f"{table}_csv"} <= names
    for res in package["resources"]:
        path = rel / res["path"]
        assert res["bytes"] == path.stat().st_size
        assert res["hash"] == f"sha256:{sha256_file(path)}"
        frame = pl.read_parquet(path) if res["format"] == "parquet" else pl.read_csv(path)
        assert res["rows"] == frame.height
        assert [f["name"] for f in res["schema"]["fields"]] == frame.columns
    seeds = pl.read_parquet(rel / "seeds.parquet")
    assert seeds["seed_id"].to_list() == ["000_a2b66a124bb8fab2", "en_wagner_sudan"]
    cas = pl.read_parquet(rel / "casualties.parquet")
    assert set(cas["seed_id"]) <= set(seeds["seed_id"])
    dep = next(r for r in package["resources"] if r["name"] == "deployments")
    assert dep["schema"]["primaryKey"] == ["record_id"]
    assert dep["schema"]["foreignKeys"][0]["reference"]["resource"] == "seeds"
    force = next(f for f in dep["schema"]["fields"] if f["name"] == "force")
    assert "special_forces" in force["constraints"]["enum"]


def test_rerun_publishes_nothing(first_run, seeds_dir):
    datasets, _ = first_run
    proc = run_cli("run", "--seeds", str(seeds_dir), "--datasets", str(datasets))
    assert proc.returncode == 0, proc.stderr
    assert "unchanged" in proc.stdout
    assert "files extracted now: 0, from cache: 3" in proc.stdout  # incremental: nothing is read again
    assert sorted(p.name for p in datasets.glob("v*")) == ["v1.0.0"]


def test_same_input_gives_byte_identical_release(first_run, seeds_dir, tmp_path):
    datasets, _ = first_run
    proc = run_cli("run", "--seeds", str(seeds_dir), "--datasets", str(tmp_path))
    assert proc.returncode == 0 and "published v1.0.0" in proc.stdout, proc.stderr
    for f in sorted((datasets / "v1.0.0").iterdir()):
        assert f.read_bytes() == (tmp_path / "v1.0.0" / f.name).read_bytes(), f.name


def test_new_seed_gives_a_minor_release(first_run, seeds_dir, tmp_path):
    datasets = tmp_path / "ds"
    shutil.copytree(first_run[0], datasets)
    more = tmp_path / "seeds"
    shutil.copytree(seeds_dir, more)
    shutil.copy(ROOT.parent / "shared" / "corpus" / "dev" / "008_601bdb368cbdb0a5.txt", more)
    before = {p.name: p.read_bytes() for p in more.iterdir()}
    proc = run_cli("run", "--seeds", str(more), "--datasets", str(datasets))
    assert proc.returncode == 0, proc.stderr
    assert "published v1.1.0 (minor; previous: v1.0.0)" in proc.stdout
    assert "files extracted now: 1, from cache: 3" in proc.stdout and "seeds added: 1" in proc.stdout
    assert (datasets / "v1.0.0" / "datapackage.json").exists()  # releases are write-once
    assert {p.name: p.read_bytes() for p in more.iterdir()} == before  # seeds/ is never touched
    new = pl.read_parquet(datasets / "v1.1.0" / "casualties.parquet")
    assert "008_601bdb368cbdb0a5" in set(new["seed_id"])
    log = (datasets / "CHANGELOG.md").read_text()
    assert log.index("## v1.1.0") < log.index("## v1.0.0")
    assert "seeds added: 1 (008_601bdb368cbdb0a5)" in log
    assert "zz_bad_date.txt (read): header date '2025-13' has no month 13" in log
    rejects = pl.read_csv(datasets / "v1.1.0" / "rejects.csv")
    assert rejects["file"].to_list() == ["zz_bad_date.txt", "zz_dup.txt"]
    diff = run_cli("diff", "v1.0.0", "latest", "--datasets", str(datasets))
    assert diff.returncode == 0 and "+ seed 008_601bdb368cbdb0a5" in diff.stdout
    assert "+ 008_601bdb368cbdb0a5:cas:" in diff.stdout
    again = run_cli("run", "--seeds", str(more), "--datasets", str(datasets))
    assert "unchanged" in again.stdout and sorted(p.name for p in datasets.glob("v*")) == ["v1.0.0", "v1.1.0"]
