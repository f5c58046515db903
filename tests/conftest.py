from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_a2b66a124bb8fab2.txt"
DATA = Path(__file__).parent / "data"

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


@pytest.fixture(scope="session")
def seed():
    from seedtables.seeds import read_seed

    return read_seed(SEED)


@pytest.fixture(scope="session")
def seed_rows(seed):
    from seedtables.extract.article import extract_seed

    return extract_seed(seed)
