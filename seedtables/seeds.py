"""Read seed articles (codebook section 1): header date, title, language, hash."""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

HEADER = re.compile(r"^ ?date\s+(?P<date>\S+)\s*(?P<title>.*)$")
DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?$")


class SeedError(ValueError):
    """A seed that cannot be read; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str):
        super().__init__(f"{Path(path).name}: {problem}")
        self.path, self.problem = str(path), problem


@dataclass(frozen=True)
class Seed:
    seed_id: str
    path: str
    text: str
    title: str
    title_start: int  # offset of the title in text
    published_start: dt.date
    published_end: dt.date
    published_precision: str
    language: str
    sha256: str

    @property
    def body_start(self) -> int:
        nl = self.text.find("\n")
        return len(self.text) if nl < 0 else nl + 1

    def row(self) -> dict:
        return {"seed_id": self.seed_id, "title": self.title, "published_start": self.published_start,
                "published_end": self.published_end, "published_precision": self.published_precision,
                "language": self.language, "sha256": self.sha256, "n_chars": len(self.text),
                "text": self.text}


def parse_date(value: str) -> tuple[dt.date, dt.date, str]:
    """'2025-02' -> (2025-02-01, 2025-02-28, 'month'); '2025-02-03' -> a day. ValueError if impossible."""
    m = DATE.match(value)
    if not m:
        raise ValueError(f"header date {value!r} is not YYYY-MM or YYYY-MM-DD")
    y, mo = int(m["y"]), int(m["m"])
    if not 1 <= mo <= 12:
        raise ValueError(f"header date {value!r} has no month {mo}")
    if m["d"]:
        try:
            day = dt.date(y, mo, int(m["d"]))
        except ValueError as err:
            raise ValueError(f"header date {value!r} is impossible ({err})") from None
        return day, day, "day"
    return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month"


def detect_language(text: str) -> str:
    """ISO 639-1 code, offline: py3langid ships its model inside the package."""
    import py3langid

    return py3langid.classify(text[:3000])[0]  # an article's opening is plenty, and time grows with length


def read_seed(path: Path | str, languages: set[str] | None = None) -> Seed:
    """Read and check one seed; raise SeedError naming the file and the problem."""
    path = Path(path)
    raw = path.read_bytes()
    if not raw.strip():
        raise SeedError(path, "the file is empty")
    if b"\x00" in raw:
        raise SeedError(path, "the file is binary (it holds NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SeedError(path, f"the file is not UTF-8 (byte {err.start}: {raw[err.start:err.start + 1]!r})") from None
    if text.startswith("\ufeff"):
        raise SeedError(path, "the file starts with a byte-order mark; save it as UTF-8 without BOM")
    first = text.split("\n", 1)[0].rstrip("\r")
    header = HEADER.match(first)
    if not header:
        raise SeedError(path, f"the first line is not a header ' date YYYY-MM Title': {first[:60]!r}")
    try:
        start, end, precision = parse_date(header["date"])
    except ValueError as err:
        raise SeedError(path, str(err)) from None
    title = header["title"].strip()
    body = text[len(first):].strip()
    if not title and not body:
        raise SeedError(path, "the article has a header but no title and no body")
    language = detect_language(f"{title}\n{body}")
    if languages is not None and language not in languages:
        raise SeedError(path, f"language {language!r} has no language pack (have: {', '.join(sorted(languages))})")
    return Seed(
        seed_id=path.stem, path=str(path), text=text, title=title,
        title_start=header.start("title") + (len(header["title"]) - len(header["title"].lstrip())),
        published_start=start, published_end=end, published_precision=precision,
        language=language, sha256=hashlib.sha256(raw).hexdigest(),
    )


def discover(seeds_dir: Path | str) -> list[Path]:
    """Every seeds/*.txt, in a stable order."""
    return sorted(Path(seeds_dir).glob("*.txt"))
