"""Where extraction time goes, per reader and per extractor, on synthetic seeds.

    python -m uv run --frozen python -m benchmarks.profile [--n 300] [--seed 0]

Prints each reader's and each table extractor's share of single-core extraction time on the
same sentences, then cProfile's top functions; the numbers behind the speed notes in the README.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synth import synthesize

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    from seedtables import lang
    from seedtables.extract import actors, dates, numbers, places, speech
    from seedtables.extract.article import EXTRACTORS, extract_seed
    from seedtables.extract.context import Carry, read_sentence
    from seedtables.seeds import read_seed
    from seedtables.text import sentences

    with tempfile.TemporaryDirectory() as tmp:
        seeds = [read_seed(p, lang.available()) for p in synthesize(args.n, Path(tmp), CORPUS, args.seed)]
    for s in seeds[:20]:
        extract_seed(s)
    started = time.perf_counter()
    for s in seeds:
        extract_seed(s)
    total = time.perf_counter() - started
    print(f"{args.n} articles in {total:.2f} s: {args.n / total:.0f} articles/s on one core\n")

    sents = [(s.language, x) for s in seeds for x in sentences(s.text, s.title_start)]
    pub = (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    parts = {
        "actors": lambda c, x: actors.reader(c).find(x.text),
        "places": lambda c, x: places.reader(c).find(x.text),
        "numbers": lambda c, x: numbers.reader(c).find(x.text),
        "dates": lambda c, x: dates.reader(c).find(x.text, pub[0]),
        "speech": lambda c, x: speech.reader(c).read(x.text, [], []),
    }
    ctxs = [(c, read_sentence(c, x, pub, Carry(), Carry())) for c, x in sents]
    for name, fn in EXTRACTORS.items():
        parts[f"extract {name}"] = (lambda f: (lambda c, ctx: f(ctx)))(fn)
    print(f"{'part':24s} {'seconds':>8s} {'share':>6s}")
    for name, fn in parts.items():
        items = ctxs if name.startswith("extract") else sents
        started = time.perf_counter()
        for c, x in items:
            fn(c, x)
        spent = time.perf_counter() - started
        print(f"{name:24s} {spent:8.3f} {spent / total:6.0%}")

    prof = cProfile.Profile()
    prof.enable()
    for s in seeds:
        extract_seed(s)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(15)
    print("\n" + "\n".join(line for line in out.getvalue().splitlines() if line.strip())[-3000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
