"""The benchmark: speed and memory of seedtables, side by side with the baselines a user might
reach for, on the same synthetic texts, in one run.

    python -m uv run --frozen --group bench python -m benchmarks.run [--sizes 100,1000,10000] [--seed 0]

It measures extraction throughput on one core (articles/s) and, on the same texts in the same
process, `dateparser.search_dates` (dates alone) and a spaCy blank-language tokenizer pass;
then the full `seedtables run` wall time from nothing to a published release at each size,
an incremental run (one new seed among the largest set already published), and the peak
memory of each run's whole process tree. Results go to benchmarks/results.md, with the
machine they ran on, and into the README between its benchmark markers.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from benchmarks.synth import synthesize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
RESULTS = ROOT / "benchmarks" / "results.md"
README = ROOT / "README.md"
START, END = "<!-- benchmark:start -->", "<!-- benchmark:end -->"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    mem = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0) / 2**20
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, Python {platform.python_version()}, {platform.system()}"


def _tree_rss(root: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
            parents[int(d.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            rss[int(d.name)] = int((d / "statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parents.items() if pp == p and c not in tree]
        tree.update(kids)
        frontier += kids
    return sum(rss.get(p, 0) for p in tree)


def timed_run(args: list[str], env: dict) -> tuple[float, int, str]:
    """Wall time, peak memory of the process tree, and stdout of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - started
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    return elapsed, peak[0], out


@contextmanager
def running_server(home: Path):
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_UI_ENABLED": "false",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    proc = subprocess.Popen([str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


BATCH = 10  # articles per turn in the side-by-side comparison


def rate(fn, texts, *args) -> float:
    started = time.perf_counter()
    for t in texts:
        fn(t, *args)
    return len(texts) / (time.perf_counter() - started)


def extraction_rates(paths: list[Path], sample: int) -> dict[str, float]:
    """Articles/s on one core: ours on all `paths`; ours, dateparser and spaCy on the first `sample`."""
    import dateparser.search
    import spacy

    from seedtables import lang
    from seedtables.extract.article import extract_seed
    from seedtables.seeds import read_seed

    seeds = [read_seed(p, lang.available()) for p in paths]
    for s in seeds[:20]:  # warm: packs loaded, patterns compiled
        extract_seed(s)
    out = {"ours_all": rate(extract_seed, seeds)}
    few = seeds[:sample]
    nlp = {code: spacy.blank(code) for code in {s.language for s in few}}
    for s in few[:5]:
        nlp[s.language].tokenizer(s.text)
        dateparser.search.search_dates(s.text, languages=[s.language])
    # extraction alone, without reading files or detecting language, is what the others do too.
    # The three take turns on the same small batches, so that a machine's load, which drifts
    # over seconds on a shared host, weighs on each alike and their ratio holds
    fns = {"ours_sample": extract_seed, "spacy": lambda s: nlp[s.language].tokenizer(s.text),
           "dateparser": lambda s: dateparser.search.search_dates(s.text, languages=[s.language])}
    spent = dict.fromkeys(fns, 0.0)
    for i in range(0, len(few), BATCH):
        batch = few[i:i + BATCH]
        for name, fn in fns.items():
            spent[name] += len(batch) / rate(fn, batch)
    out.update({name: len(few) / seconds for name, seconds in spent.items()})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--seed", type=int, default=0, help="the synthetic corpus's random seed")
    parser.add_argument("--sample", type=int, default=200, help="articles for the side-by-side baselines")
    parser.add_argument("--no-readme", action="store_true", help="do not update the README's table")
    args = parser.parse_args(argv)
    sizes = sorted(int(x) for x in args.sizes.split(","))
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    cli = [sys.executable, "-m", "seedtables.cli"]
    with tempfile.TemporaryDirectory(prefix="seedtables-bench-") as tmp:
        tmp = Path(tmp)
        print(f"synthesizing {sizes[-1]} seeds (seed {args.seed}) ...", flush=True)
        paths = synthesize(sizes[-1], tmp / "all", CORPUS, args.seed)
        print("extraction throughput on one core, and the baselines on the same texts ...", flush=True)
        rates = extraction_rates(paths[:1000], args.sample)
        runs = []
        for n in sizes:
            folder = tmp / f"seeds_{n}"
            folder.mkdir()
            for p in paths[:n]:
                os.link(p, folder / p.name)
            datasets = tmp / f"datasets_{n}"
            print(f"seedtables run on {n} seeds ...", flush=True)
            wall, peak, out = timed_run([*cli, "run", "--seeds", str(folder), "--datasets", str(datasets)], env)
            runs.append((f"full run, {n:,} seeds, from nothing to a published release", wall, peak))
        n = sizes[-1]
        extra = synthesize(1, tmp / "new", CORPUS, args.seed + 1)[0]
        shutil.copy(extra, tmp / f"seeds_{n}" / "synth_new.txt")
        print(f"incremental run: 1 new seed among {n} ...", flush=True)
        wall, peak, out = timed_run([*cli, "run", "--seeds", str(tmp / f"seeds_{n}"),
                                     "--datasets", str(tmp / f"datasets_{n}")], env)
        assert "files extracted now: 1," in out, out
        runs.append((f"incremental run, 1 new seed among {n:,} (temporary Prefect server started)", wall, peak))
        # scheduled runs go to a running server (README, "Scheduled runs"): no server start
        with running_server(tmp / "prefect") as url:
            extra = synthesize(1, tmp / "new2", CORPUS, args.seed + 2)[0]
            shutil.copy(extra, tmp / f"seeds_{n}" / "synth_new2.txt")
            print(f"incremental run against a running Prefect server: 1 new seed among {n + 1} ...", flush=True)
            wall, peak, out = timed_run([*cli, "run", "--seeds", str(tmp / f"seeds_{n}"),
                                         "--datasets", str(tmp / f"datasets_{n}")], {**env, "PREFECT_API_URL": url})
            assert "files extracted now: 1," in out, out
            runs.append((f"incremental run, 1 new seed among {n + 1:,} (Prefect server already running)", wall, peak))

    lines = [f"Machine: {machine()}. Synthetic seeds from the dev corpus, random seed {args.seed}; "
             f"baselines on the same {args.sample} articles in the same process.", "",
             "| measure | seedtables | baseline | seedtables / baseline |", "|---|---:|---:|---:|",
             f"| extraction, 1 core, 1,000 articles | {rates['ours_all']:.0f} articles/s | | |",
             f"| extraction vs `dateparser.search_dates` (dates alone) | {rates['ours_sample']:.0f} articles/s | "
             f"{rates['dateparser']:.1f} articles/s | {rates['ours_sample'] / rates['dateparser']:.1f}x |",
             f"| extraction vs spaCy blank tokenizer (tokens alone) | {rates['ours_sample']:.0f} articles/s | "
             f"{rates['spacy']:.0f} articles/s | {rates['ours_sample'] / rates['spacy']:.2f}x |"]
    lines += [f"| {name} | {wall:.1f} s, peak {peak / 2**20:.0f} MiB | | |" for name, wall, peak in runs]
    table = "\n".join(lines) + "\n"
    RESULTS.write_text("# Benchmark results\n\n`python -m uv run --frozen --group bench python -m benchmarks.run`"
                       "\n\n" + table, encoding="utf-8")
    print(table)
    if not args.no_readme and START in README.read_text():
        text = README.read_text()
        head, rest = text.split(START, 1)
        README.write_text(head + START + "\n" + table + END + rest.split(END, 1)[1], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
