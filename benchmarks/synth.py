"""Synthesize realistic seeds from the dev corpus, deterministically from a seed number.

Each synthetic article takes a real header and 2-4 real paragraphs of one language,
recombined from different articles, and varies what the pipeline reads: every number is
redrawn at its own magnitude and written in its own format, month names are moved to other
CLDR months, day numbers redrawn, and country names swapped for other countries of the same
language pack. The texts stay plausible news prose, so the extraction does its full work.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

from babel import Locale

from seedtables.seeds import HEADER

SWAP = {  # countries swapped among themselves, as each language writes them
    "it": ["Russia", "Ucraina", "Iran", "Bielorussia", "Siria", "Sudan", "Mali", "Libia", "Georgia", "Armenia"],
    "en": ["Russia", "Ukraine", "Iran", "Belarus", "Syria", "Sudan", "Mali", "Libya", "Georgia", "Armenia"],
}
NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d+)(?![\w])")


def _articles(corpus: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """language -> [(title, paragraphs)] from the corpus's .txt files."""
    from seedtables.seeds import detect_language

    out: dict[str, list[tuple[str, list[str]]]] = {}
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        header, _, body = text.partition("\n")
        m = HEADER.match(header)
        if not m:
            continue
        paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
        out.setdefault(detect_language(text), []).append((m.group("title"), paragraphs))
    return out


def _vary_number(rng: random.Random, factor: float, m: re.Match) -> str:
    raw = m.group(1)
    if m.string[m.end():m.end() + 2].lstrip().startswith(("%", "per")):
        return str(rng.randint(5, 95))  # a percentage stays one
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 4 and digits.startswith(("19", "20")):
        return raw  # a year: keep the timeline plausible
    if int(digits) <= 31 and len(raw) <= 2:  # likely a day of the month: stay a valid one
        return str(rng.randint(1, 28))
    value = max(1, int(int(digits) * factor))
    if len(raw) > len(digits):  # keep the thousands separator the text used
        sep = raw[len(raw) - 4]
        return f"{value:,}".replace(",", sep)
    return str(value)


def _vary(rng: random.Random, text: str, lang: str, months: list[str]) -> str:
    factor = rng.uniform(0.5, 1.8)  # one scale per paragraph keeps "between X and Y" in order
    text = NUMBER.sub(lambda m: _vary_number(rng, factor, m), text)
    month_re = re.compile(r"\b(" + "|".join(map(re.escape, months)) + r")\b")
    text = month_re.sub(lambda m: rng.choice(months), text)
    names = SWAP[lang]
    swap = dict(zip(names, rng.sample(names, len(names)), strict=True))
    return re.sub(r"\b(" + "|".join(names) + r")\b", lambda m: swap[m.group(1)], text)


def synthesize(n: int, out: Path, corpus: Path, seed: int = 0) -> list[Path]:
    """Write n seeds into `out` (synth_00000.txt ...); the same n and seed give the same files."""
    rng = random.Random(seed)
    pools = _articles(corpus)
    langs = sorted(pools)
    months = {lang: list(Locale(lang).months["format"]["wide"].values()) for lang in langs}
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        lang = langs[i % len(langs)]
        title, _ = rng.choice(pools[lang])
        paragraphs = [p for _, ps in rng.sample(pools[lang], min(3, len(pools[lang]))) for p in ps]
        body = rng.sample(paragraphs, min(len(paragraphs), rng.randint(2, 4)))
        year, month = rng.choice([2023, 2024, 2025]), rng.randint(1, 12)
        text = f" date {year}-{month:02d} {_vary(rng, title, lang, months[lang])}\n\n" + \
            "\n\n".join(_vary(rng, p, lang, months[lang]) for p in body) + "\n"
        path = out / f"synth_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
