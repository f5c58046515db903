"""A served, scheduled deployment on a real local Prefect server (SQLite), as the README
runs it: a seed dropped into the folder becomes a new minor release with its CHANGELOG entry
and run artifacts, and a run with nothing new publishes nothing."""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

NEW_SEED = ROOT.parent / "shared" / "corpus" / "dev" / "008_601bdb368cbdb0a5.txt"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(check, timeout: float, what: str):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = check()
        if value:
            return value
        time.sleep(1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def api(url: str, path: str, body: dict | None = None):
    req = urllib.request.Request(f"{url}{path}", data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Content-Type": "application/json"}, method="POST" if body else "GET")
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


@pytest.fixture
def server(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_UI_ENABLED": "false",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_API_URL": url}
    proc = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def healthy():
        try:
            return api(url, "/health") is True
        except OSError:
            return False

    try:
        wait_for(healthy, 120, "the Prefect server")
        yield url, env
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def test_served_deployment_picks_up_a_new_seed(server, tmp_path):
    url, env = server
    seeds, datasets = tmp_path / "seeds", tmp_path / "datasets"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    serve = subprocess.Popen([str(BIN / "seedtables"), "serve", "--seeds", str(seeds), "--datasets", str(datasets),
                              "--interval", "5"], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        wait_for(lambda: (datasets / "v1.0.0").exists(), 240, "the first scheduled release")
        shutil.copy(NEW_SEED, seeds)
        wait_for(lambda: (datasets / "v1.1.0").exists(), 120, "a release with the new seed")
        changes = (datasets / "v1.1.0" / "CHANGES.md").read_text()
        assert "minor release; previous: v1.0.0" in changes and f"seeds added: 1 ({NEW_SEED.stem})" in changes
        # the changelog is written after the release folder is in place: wait for it too
        wait_for(lambda: "## v1.1.0" in (datasets / "CHANGELOG.md").read_text(), 60, "the changelog of v1.1.0")

        def summaries():
            found = api(url, "/artifacts/filter", {"artifacts": {"key": {"any_": ["run-summary"]}},
                                                   "sort": "CREATED_DESC", "limit": 50})
            return [a["data"] for a in found]

        # the release folder is written before the run records its summary: wait for the record
        wait_for(lambda: any("release: v1.1.0" in s and "seeds added: 1" in s for s in summaries()), 60,
                 "the run summary of v1.1.0")
        # later runs find nothing new: they say so and publish nothing
        wait_for(lambda: any("release: unchanged" in s and "from cache 2" in s for s in summaries()), 120,
                 "an unchanged run after the new seed")
        assert sorted(p.name for p in datasets.glob("v*")) == ["v1.0.0", "v1.1.0"]
        validation = api(url, "/artifacts/filter", {"artifacts": {"key": {"any_": ["validation"]}}, "limit": 1})
        assert validation and validation[0]["type"] == "table"
    finally:
        os.killpg(serve.pid, signal.SIGINT)
        try:
            out, err = serve.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(serve.pid, signal.SIGKILL)
            out, err = serve.communicate()
    assert "serving deployment 'seedtables/scheduled'" in out
    assert "Traceback" not in out


def test_serve_without_a_server_says_how_to_start_one(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    proc = subprocess.run([str(BIN / "seedtables"), "serve", "--interval", "60"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "prefect server start" in proc.stderr and "PREFECT_API_URL" in proc.stderr
