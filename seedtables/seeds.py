"""Read seed articles (codebook section 1): header date, title, language, hash."""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

HEADER = re.compile(r"^ ?date\s+(?P<date>\S+)\s*(?P<title>.*)$")
DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?$")
SEED_SUFFIX = ".txt"
# The longest news articles are ~100 KB; a file 20 times that is no article (a dump, a book,
# a log) and would take minutes to read.
MAX_SEED_BYTES = 2_000_000
# A lone CR (old Mac line endings) is a line break; replacing it by LF keeps every offset.
LONE_CR = re.compile(r"\r(?!\n)")


class SeedsFolderError(ValueError):
    """The seeds folder itself is unusable (missing, not a folder): nothing can be published from it."""


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


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, languages: set[str] | None = None) -> str:
    """ISO 639-1 code, offline: py3langid ships its model inside the package.

    With `languages` (those with a pack), a pack language wins when the detector is unsure:
    on a two-line article the top guess is often a neighbour ("lij", "eo" for Italian) at low
    probability, while a confident guess ("de" at 0.98) is kept and rejected upstream."""
    ranked = _identifier().rank(text[:3000])  # an article's opening is plenty, and time grows with length
    top, p_top = ranked[0]
    if not languages or top in languages:
        return top
    best, p_best = next(((lang, p) for lang, p in ranked if lang in languages), (top, p_top))
    return best if p_top < 0.5 or p_best >= p_top / 10 else top


def _read_regular(path: Path) -> bytes:
    """The file's bytes, refusing what is no regular file (a FIFO would block forever) and
    anything over the size limit, without reading it."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise SeedError(path, "no such file") from None
    if stat.S_ISDIR(os.fstat(fd).st_mode):
        os.close(fd)
        raise SeedError(path, "is a folder, not a seed file")
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise SeedError(path, "is not a regular file (a FIFO, socket or device); only regular files are read")
        if st.st_size > MAX_SEED_BYTES:
            raise SeedError(path, f"the file is {st.st_size / 1e6:.1f} MB; a seed is one article of at most "
                                  f"{MAX_SEED_BYTES / 1e6:.0f} MB")
        return f.read(MAX_SEED_BYTES + 1)


def _utf16(raw: bytes) -> bool:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    # without a byte-order mark: ASCII-range text in UTF-16 has a NUL in every other byte
    sample = raw[:2000]
    return len(sample) >= 8 and max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.4 * len(sample) / 2


def read_seed(path: Path | str, languages: set[str] | None = None) -> Seed:
    """Read and check one seed; raise SeedError naming the file and the problem."""
    path = Path(path)
    raw = _read_regular(path)
    if not raw.strip():
        raise SeedError(path, "the file is empty")
    if _utf16(raw):
        raise SeedError(path, "the file is UTF-16; save it as UTF-8 without BOM")
    if b"\x00" in raw:
        raise SeedError(path, "the file is binary (it holds NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise SeedError(path, f"the file is not UTF-8 (byte {err.start}: {raw[err.start:err.start + 1]!r})") from None
    if text.startswith("\ufeff"):
        raise SeedError(path, "the file starts with a byte-order mark; save it as UTF-8 without BOM")
    text = LONE_CR.sub("\n", text)
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
    language = detect_language(f"{title}\n{body}", languages)
    if languages is not None and language not in languages:
        raise SeedError(path, f"language {language!r} has no language pack (have: {', '.join(sorted(languages))})")
    return Seed(
        seed_id=path.stem, path=str(path), text=text, title=title,
        title_start=header.start("title") + (len(header["title"]) - len(header["title"].lstrip())),
        published_start=start, published_end=end, published_precision=precision,
        language=language, sha256=hashlib.sha256(raw).hexdigest(),
    )


@dataclass
class Scan:
    """What a seeds folder holds: the seed files to read, and every other entry with the reason
    it is not read (listed in the run summary, never ignored in silence)."""
    paths: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)


def _skip_reason(entry: Path, root: Path) -> str | None:
    if entry.is_symlink():
        target = entry.resolve()
        if not target.is_relative_to(root):
            return "a symbolic link leading outside the seeds folder"
    try:
        st = entry.stat()
    except OSError as err:
        return f"cannot be read ({err.strerror})"
    if stat.S_ISDIR(st.st_mode):
        return "a folder (seeds are the *.txt files directly in the seeds folder)"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file (a FIFO, socket or device)"
    if entry.suffix != SEED_SUFFIX:
        if entry.suffix.lower() == SEED_SUFFIX:
            return f"the extension is {entry.suffix!r}; seeds end in lower-case {SEED_SUFFIX!r}"
        return f"not a {SEED_SUFFIX} file"
    return None


def scan(seeds_dir: Path | str) -> Scan:
    """The seed files of a folder, in a stable order: regular *.txt files directly inside it (no
    FIFOs, nothing a symbolic link leads to outside it). SeedsFolderError when the folder is
    missing or not a folder: a mistyped path must never read as "every seed was removed"."""
    root = Path(seeds_dir)
    if not root.exists():
        raise SeedsFolderError(f"the seeds folder {str(root)!r} does not exist")
    if not root.is_dir():
        raise SeedsFolderError(f"the seeds path {str(root)!r} is not a folder")
    resolved = root.resolve()
    out = Scan()
    for entry in sorted(root.iterdir()):
        reason = _skip_reason(entry, resolved)
        if reason:
            out.skipped.append((entry.name, reason))
        else:
            out.paths.append(entry)
    return out


def discover(seeds_dir: Path | str) -> list[Path]:
    """The seed files of a folder, in a stable order (see scan)."""
    return scan(seeds_dir).paths
