"""Unread numbers on any folder of seeds: the measure of extraction recall that needs no gold.

    python -m uv run --frozen python -m benchmarks.unread FOLDER [--list N] [--by-seed]

Every number of every seed's body ends used (a fact row's figure), set aside with a reason, or
unread (see seedtables/extract/audit.py). This prints the counts, the unread rate, the reasons,
and with --list the first N unread numbers in their sentences (the miss list to work from).
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path


def audit_folder(folder: Path):
    from seedtables import lang
    from seedtables.extract.article import extract_seed
    from seedtables.seeds import SeedError, read_seed, scan

    languages = lang.available()
    numbers, rejected, texts = [], [], {}
    for path in scan(folder).paths:
        try:
            seed = read_seed(path, languages)
        except SeedError as err:
            rejected.append(str(err))
            continue
        texts[seed.seed_id] = seed.text
        numbers += [{**n, "language": seed.language} for n in extract_seed(seed)["numbers"]]
    return numbers, rejected, texts


def context(text: str, start: int, end: int, width: int = 70) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return (text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--list", type=int, default=0, metavar="N", help="show the first N unread numbers")
    parser.add_argument("--by-seed", action="store_true", help="unread numbers per seed")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"unread: {args.folder} is not a folder", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    numbers, rejected, texts = audit_folder(args.folder)
    took = time.perf_counter() - t0
    total = len(numbers)
    outcomes = collections.Counter(n["outcome"] for n in numbers)
    print(f"{len(texts)} seeds ({len(rejected)} rejected) in {took:.1f} s; numbers: {total:,} "
          f"({outcomes['used']:,} used, {outcomes['set_aside']:,} set aside, {outcomes['unread']:,} unread)")
    if total:
        print(f"unread: {outcomes['unread'] / total:.1%} of all numbers")
        for code in sorted({n["language"] for n in numbers}):
            sub = [n for n in numbers if n["language"] == code]
            print(f"  {code}: {sum(n['outcome'] == 'unread' for n in sub) / len(sub):.1%} unread of {len(sub):,}")
    reasons = collections.Counter(n["reason"] for n in numbers if n["outcome"] == "set_aside")
    if reasons:
        print("set aside by reason: " + ", ".join(f"{r} {c}" for r, c in reasons.most_common()))
    if args.by_seed:
        per = collections.Counter(n["seed_id"] for n in numbers if n["outcome"] == "unread")
        for sid, c in per.most_common():
            print(f"  {sid}: {c} unread")
    shown = [n for n in numbers if n["outcome"] == "unread"][:args.list]
    for n in shown:
        print(f"- {n['seed_id']} @{n['char_start']}: {context(texts[n['seed_id']], n['char_start'], n['char_end'])}")
    for r in rejected:
        print(f"rejected: {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
