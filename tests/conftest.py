from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_a2b66a124bb8fab2.txt"
DATA = Path(__file__).parent / "data"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

# The session runs against a Prefect home of its own, empty at the start as on a fresh machine
# (a developer's warm home hid a first run's slow start-up), and no server from the environment.
# Set before anything imports Prefect, which reads its settings at import; exported, so every
# `seedtables run` the tests start inherits it. tests/test_serve.py starts servers with homes of their own.
if "prefect" in sys.modules:
    raise RuntimeError("tests/conftest.py must run before Prefect is imported: it sets PREFECT_HOME")
PREFECT_HOME = Path(tempfile.mkdtemp(prefix="seedtables-tests-prefect-home-"))
os.environ["PREFECT_HOME"] = str(PREFECT_HOME)
for _var in ("PREFECT_API_URL", "PREFECT_PROFILE", "PREFECT_PROFILES_PATH", "PREFECT_API_DATABASE_CONNECTION_URL"):
    os.environ.pop(_var, None)


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(PREFECT_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def seed():
    from seedtables.seeds import read_seed

    return read_seed(SEED)


@pytest.fixture(scope="session")
def seed_rows(seed):
    from seedtables.extract.article import extract_seed

    return extract_seed(seed)
