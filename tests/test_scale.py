"""Beyond one process: the same flow on a local Dask cluster (prefect-dask) and on a process
pool gives byte-for-byte the release of the default run."""
import shutil
import subprocess
import sys

import pytest

from tests.conftest import DATA, ROOT, SEED

DEV = ROOT.parent / "shared" / "corpus" / "dev"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "seedtables.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=900)


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    d = tmp_path_factory.mktemp("seeds")
    for p in [SEED, DATA / "en_wagner_sudan.txt", *sorted(DEV.glob("0*.txt"))[1:6]]:
        shutil.copy(p, d)
    return d


@pytest.fixture(scope="module")
def default_release(seeds, tmp_path_factory):
    out = tmp_path_factory.mktemp("default")
    proc = run_cli("run", "--seeds", str(seeds), "--datasets", str(out))
    assert proc.returncode == 0, proc.stderr
    return out / "v1.0.0"


def same_bytes(a, b):
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_local_dask_cluster_gives_the_same_bytes(seeds, default_release, tmp_path):
    proc = run_cli("run", "--seeds", str(seeds), "--datasets", str(tmp_path), "--dask", "local")
    assert proc.returncode == 0, proc.stderr
    assert "published v1.0.0" in proc.stdout
    assert "Traceback" not in proc.stderr and "ERROR" not in proc.stderr
    same_bytes(default_release, tmp_path / "v1.0.0")


def test_process_pool_gives_the_same_bytes(seeds, default_release, tmp_path, monkeypatch):
    # force the process pool on a small set (it normally starts at PROCESS_POOL_MIN seeds)
    code = ("import sys, flows.pipeline as p; p.PROCESS_POOL_MIN = 1; from seedtables.cli import main; "
            "sys.exit(main(sys.argv[1:]))")
    proc = subprocess.run([sys.executable, "-c", code, "run", "--seeds", str(seeds), "--datasets", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    same_bytes(default_release, tmp_path / "v1.0.0")
