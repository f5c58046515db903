"""`seedtables run` as on a fresh machine: an empty Prefect home (the local server creates its
database first) on a busy machine; and a run killed with SIGKILL takes its processes (Prefect's
server, the process pool's workers) with it."""
import os
import shutil
import signal
import subprocess
import sys
import time

import psutil
import pytest

from tests.conftest import ROOT, SEED

STARTING = "starting Prefect's local server"


def fresh_env(tmp_path):
    """The environment of a first run on a new machine: an empty Prefect home, no server."""
    home = tmp_path / "prefect-home"
    home.mkdir()
    unset = ("PREFECT_API_URL", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS")
    return {k: v for k, v in os.environ.items() if k not in unset} | {"PREFECT_HOME": str(home)}


def run_command(seeds, datasets):
    return [sys.executable, "-m", "seedtables.cli", "run", "--seeds", str(seeds), "--datasets", str(datasets)]


def alive(p: psutil.Process) -> bool:
    try:
        return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def cmdline(p: psutil.Process) -> list[str]:
    """A process's command line; none for one that has ended since it was listed (a short-lived
    child may be a zombie by the time it is asked)."""
    try:
        return p.cmdline()
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return []


@pytest.fixture
def busy_machine():
    """Two processes burning a core each (this machine's CI has two)."""
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        yield
    finally:
        for b in burners:
            b.kill()
            b.wait()


def test_first_run_on_a_busy_fresh_machine(tmp_path, busy_machine):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    started = time.monotonic()
    # (Popen, not run: the server's command line names the run's pid, which a finished run no longer has)
    proc = subprocess.Popen(run_command(seeds, tmp_path / "datasets"), cwd=ROOT, env=fresh_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stdout, stderr = proc.communicate(timeout=300)
    took = time.monotonic() - started
    output = stdout + stderr
    assert proc.returncode == 0, output
    assert "published v1.0.0" in stdout, output
    assert output.count(STARTING) == 1 and "first run on this machine" in stderr, output
    for noise in ("Traceback", "ERROR", "CancelledError", "Exception in thread"):
        assert noise not in output, output
    # the server stopped with the run
    leftovers = [p.pid for p in psutil.process_iter(["cmdline"])
                 if "seedtables.prefect_api" in (p.info["cmdline"] or []) and str(proc.pid) in p.info["cmdline"]]
    assert not leftovers, f"server processes left behind: {leftovers}"
    print(f"first run on an empty Prefect home, two busy cores: {took:.0f} s")


def test_a_killed_run_leaves_no_process_behind(tmp_path):
    # enough seeds to extract on a process pool (flows/pipeline.py PROCESS_POOL_MIN); each differs
    # by a line, so none is a duplicate of another
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = SEED.read_bytes()
    for i in range(320):
        (seeds / f"{SEED.stem}_{i:03d}.txt").write_bytes(text + f"\nVariante {i}.\n".encode())
    datasets = tmp_path / "datasets"
    cache = datasets / ".cache"
    with open(tmp_path / "output.txt", "wb") as out:
        proc = subprocess.Popen(run_command(seeds, datasets), cwd=ROOT, env=fresh_env(tmp_path),
                                stdout=out, stderr=subprocess.STDOUT)
    run = psutil.Process(proc.pid)
    try:
        # wait until the workers extract into the cache
        deadline = time.monotonic() + 240
        while True:
            assert proc.poll() is None, (tmp_path / "output.txt").read_text()
            assert time.monotonic() < deadline, "no process-pool worker wrote to the cache"
            processes = run.children(recursive=True)
            workers = [p for p in processes if "spawn_main" in " ".join(cmdline(p))]
            if workers and any(cache.rglob("*.pkl")):
                break
            time.sleep(0.1)
        processes = run.children(recursive=True)
        assert any("seedtables.prefect_api" in cmdline(p) for p in processes)  # the server
        # and no second one: Prefect starts its own (python -m uvicorn) in any thread of the run
        # that lacks the server's address, e.g. the one forwarding the workers' events
        assert not [p.pid for p in processes if "uvicorn" in cmdline(p)]
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    killed = time.monotonic()
    while any(alive(p) for p in processes) and time.monotonic() - killed < 10:
        time.sleep(0.1)
    left = [(p.pid, " ".join(cmdline(p))[:100]) for p in processes if alive(p)]
    assert not left, f"processes alive 10 s after the run was killed: {left}"

    def snapshot():
        return {(p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in cache.rglob("*")}

    before = snapshot()
    time.sleep(2)
    assert snapshot() == before, "the cache changed after the run died"
    assert 0 < len([p for p in before if p[0].endswith(".pkl")]) < 320  # killed mid-extraction
