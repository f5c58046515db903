"""The libraries issue 10 suggests, measured against what seedtables does, in one run:

1. number words: our reader (seedtables/extract/numbers.py) against text2num's alpha2digit;
2. many-keyword matching: the trie regex lang.alternation() builds for the ~700 actor names,
   against an Aho-Corasick automaton (ahocorasick-rs, leftmost-longest, word bounds checked).

    python -m uv run --frozen --group bench python -m benchmarks.libraries [FOLDER]

FOLDER (default: the dev corpus) gives the sentences for the second comparison. The tables are
printed and written to benchmarks/libraries.md.

The phrases are written for this benchmark, in the forms conflict news uses: number words, digits
with either locale's separators, digits with scale words ("12mila", "2,7 milioni"), approximate
and vague nouns ("una trentina", "dozens"). For each phrase a reader is right when the first number
it finds has the expected value. text2num rewrites number words as digits; its output is then
read with the locale's separators, which is the most a caller could get from it.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

# (language, phrase, expected value of its first number, class)
PHRASES = [
    ("en", "twenty-three soldiers were killed", 23, "words"),
    ("en", "one hundred and five civilians died", 105, "words"),
    ("en", "two thousand three hundred troops", 2300, "words"),
    ("en", "seventeen people were wounded", 17, "words"),
    ("en", "forty-one bodies were found", 41, "words"),
    ("en", "nine hundred fighters", 900, "words"),
    ("en", "three million people", 3_000_000, "words"),
    ("it", "ventitré soldati sono stati uccisi", 23, "words"),
    ("it", "centocinque civili sono morti", 105, "words"),
    ("it", "duemilatrecento militari", 2300, "words"),
    ("it", "diciassette persone sono rimaste ferite", 17, "words"),
    ("it", "quarantuno corpi", 41, "words"),
    ("it", "novecento combattenti", 900, "words"),
    ("it", "tre milioni di persone", 3_000_000, "words"),
    ("en", "12,000 soldiers", 12_000, "digits"),
    ("en", "1.5 million people", 1_500_000, "scale"),
    ("en", "$2.4 billion in aid", 2_400_000_000, "scale"),
    ("it", "12.000 soldati", 12_000, "digits"),
    ("it", "12mila soldati", 12_000, "scale"),
    ("it", "2,7 milioni di sfollati", 2_700_000, "scale"),
    ("it", "3 mila agenti", 3_000, "scale"),
    ("it", "una trentina di civili", 30, "approx"),
    ("it", "un centinaio di terroristi", 100, "approx"),
    ("en", "a dozen villagers", 12, "approx"),
    ("en", "dozens of people", 10, "vague"),  # codebook 4: vague counts are the order named
    ("it", "centinaia di vittime", 100, "vague"),
]


LINES: list[str] = []


def say(line: str = "") -> None:
    print(line)
    LINES.extend(line.split("\n"))


def ours(language: str, phrase: str) -> float | None:
    from seedtables.extract.numbers import reader

    found = reader(language).find(phrase)
    return found[0].best if found and found[0].best is not None else (found[0].value if found else None)


def text2num(language: str, phrase: str) -> float | None:
    from text_to_num import alpha2digit

    out = alpha2digit(phrase, language)
    group, dec = (",", ".") if language == "en" else (".", ",")
    m = re.search(r"\d[\d.,]*", out)
    if not m:
        return None
    digits = m.group(0).rstrip(".,").replace(group, "").replace(dec, ".")
    try:
        return float(digits)
    except ValueError:
        return None


def keyword_matching(folder: Path) -> None:
    import ahocorasick_rs as ac

    from seedtables.extract.actors import reader
    from seedtables.text import sentences

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    sents = [s.text for t in texts for s in sentences(t, 0)]
    word = re.compile(r"[\w-]")
    say(f"\nactor names in {len(sents):,} sentences of {folder}\n")
    say("| language | names | trie regex | Aho-Corasick | same matches |")
    say("|---|---:|---:|---:|---|")
    for code in ("en", "it"):
        r = reader(code)
        auto = ac.AhoCorasick(sorted(r.names), matchkind=ac.MatchKind.LeftmostLongest)

        def regex_spans(s: str, r=r) -> list[tuple[int, int]]:
            return [m.span() for m in r.name_re.finditer(s)]

        def ac_spans(s: str, auto=auto) -> list[tuple[int, int]]:
            return [(a, b) for _, a, b in auto.find_matches_as_indexes(s)
                    if (a == 0 or not word.match(s[a - 1])) and (b == len(s) or not word.match(s[b]))]

        timings = {}
        for name, fn in (("regex", regex_spans), ("ac", ac_spans)):
            started = time.perf_counter()
            spans = [fn(s) for s in sents]
            timings[name] = (time.perf_counter() - started, spans)
        same = timings["regex"][1] == timings["ac"][1]
        per = {k: v[0] / len(sents) * 1e6 for k, v in timings.items()}
        say(f"| {code} | {len(r.names)} | {per['regex']:.1f} µs/sentence | {per['ac']:.1f} µs/sentence | {same} |")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"
    readers = {"seedtables": ours, "text2num": text2num}
    classes = sorted({c for *_, c in PHRASES})
    say(f"{len(PHRASES)} phrases, Italian and English\n")
    say("| reader | " + " | ".join(classes) + " | all | phrases/s |")
    say("|---|" + "---:|" * (len(classes) + 2))
    for name, read in readers.items():
        right = {c: 0 for c in classes}
        for language, phrase, expected, cls in PHRASES:
            got = read(language, phrase)
            right[cls] += got is not None and abs(got - expected) < 1e-6 * max(1, expected)
        totals = {c: sum(1 for *_, k in PHRASES if k == c) for c in classes}
        for _ in range(2):  # warm
            for language, phrase, *_ in PHRASES:
                read(language, phrase)
        started, n = time.perf_counter(), 0
        while time.perf_counter() - started < 1.0:
            for language, phrase, *_ in PHRASES:
                read(language, phrase)
            n += len(PHRASES)
        rate = n / (time.perf_counter() - started)
        cells = " | ".join(f"{right[c]}/{totals[c]}" for c in classes)
        say(f"| {name} | {cells} | {sum(right.values())}/{len(PHRASES)} | {rate:,.0f} |")
    keyword_matching(folder)
    out = Path(__file__).resolve().parent / "libraries.md"
    out.write_text("# Libraries measured against seedtables' own readers\n\n"
                   "`python -m uv run --frozen --group bench python -m benchmarks.libraries`\n\n"
                   + "\n".join(LINES).replace(str(folder), folder.name) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
