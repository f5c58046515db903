"""`seedtables`: run the pipeline, look at one article's rows or a release's rival estimates,
score against gold."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

QUIET_PREFECT = {
    # Prefect's analytics and telemetry fail offline; keep runs quiet and local.
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
    "PREFECT_CLI_PROMPT": "false",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_INTERNAL_LEVEL": "ERROR",
    "PREFECT_TASKS_REFRESH_CACHE": "false",
    # a local Dask cluster's comms may close mid-send as it shuts down; distributed logs that as
    # a traceback though nothing failed (task errors reach the run through Prefect, not these logs)
    "DASK_LOGGING__DISTRIBUTED": "critical",
    "DASK_LOGGING__TORNADO": "critical",
}


def quiet_prefect() -> None:
    for k, v in QUIET_PREFECT.items():
        os.environ.setdefault(k, v)
    # with the dev group installed, trio (under Prefect) registers its random generator with
    # Hypothesis, which warns of it on every run: noise, nothing a user can act on
    warnings.filterwarnings("ignore", message="It looks like `register_random` was passed")


def cmd_run(args) -> int:
    quiet_prefect()
    from seedtables.prefect_api import PrefectUnavailable, prefect_api

    try:
        with prefect_api() as api:  # the local server, unless PREFECT_API_URL names one, starts now
            from flows.pipeline import seedtables_flow  # imports while the server starts

            with api.in_use():
                return _run(args, seedtables_flow)
    except PrefectUnavailable as err:
        print(f"seedtables: {err}", file=sys.stderr)
        return 1


def _run(args, seedtables_flow) -> int:
    summary = seedtables_flow(seeds=str(args.seeds), datasets=str(args.datasets),
                              incremental=not getattr(args, "full", False), dask=getattr(args, "dask", None),
                              allow_removals=getattr(args, "allow_removals", False), note=getattr(args, "note", None))
    if summary.locked:  # the flow reports the lock as an outcome (flows/pipeline.py publish_task)
        print(f"seedtables: {summary.locked}", file=sys.stderr)
        return 3
    if summary.refused and not summary.seeds_read and not summary.rejects:
        print(f"seedtables: {summary.refused}", file=sys.stderr)
        return 1
    print(f"seeds: {summary.seeds_read} read, {len(summary.rejects)} set aside; files extracted now: "
          f"{summary.extracted}, from cache: {summary.cached}")
    _print_skipped(summary.skipped)
    withheld = summary.withheld
    if withheld:
        print(f"{len(withheld)} seed{'s' if len(withheld) != 1 else ''} withheld: "
              + "; ".join(f"{Path(r.path).name}: {r.problem}" for r in withheld))
    for r in summary.rejects:
        if r not in withheld:
            print(f"  rejected {Path(r.path).name}: {r.problem}")
    print("rows: " + ", ".join(f"{t} {n}" for t, n in summary.rows.items()))
    if summary.numbers:
        from seedtables.steps import numbers_line

        print(numbers_line(summary.numbers))
    if summary.validation_failed:
        print("seedtables: validation failed on checks no single seed can be blamed for; nothing was published\n"
              + summary.validation.describe(), file=sys.stderr)
        return 1
    if summary.refused:
        print(f"seedtables: {summary.refused}", file=sys.stderr)
        return 1
    pub = summary.published
    if pub.changed:
        print(f"published {pub.version} ({pub.bump}; previous: {pub.previous or 'none'}) in {pub.path}; "
              f"seeds added: {len(summary.seeds_added)}")
        if summary.seeds_retracted:
            print(f"seeds retracted: {len(summary.seeds_retracted)} ({', '.join(summary.seeds_retracted)})")
    else:
        print(f"unchanged: the latest release {pub.previous} already holds these tables; nothing published")
    if summary.site:
        print(f"site: {summary.site}")
    if summary.site_error:
        print(f"seedtables: the release site could not be built: {summary.site_error}", file=sys.stderr)
    return 0


def _print_skipped(skipped: list[tuple[str, str]], shown: int = 5) -> None:
    if not skipped:
        return
    names = "; ".join(f"{name} ({why})" for name, why in skipped[:shown])
    more = f"; and {len(skipped) - shown} more" if len(skipped) > shown else ""
    print(f"skipped {len(skipped)} entr{'ies' if len(skipped) != 1 else 'y'} that are no seed: {names}{more}")


def cmd_extract(args) -> int:
    import polars as pl

    from seedtables import lang
    from seedtables.extract.article import extract_seed
    from seedtables.seeds import SeedError, read_seed
    from validation.columns import to_frame

    try:
        seed = read_seed(args.file, lang.available())
    except SeedError as err:
        print(f"seedtables: {err}", file=sys.stderr)
        return 2
    print(f"{seed.seed_id}  language={seed.language}  published={seed.published_start}..{seed.published_end}")
    print(f"title: {seed.title}\n")
    show = {
        "deployments": ["sender", "host", "location_adm1", "force", "action", "purpose", "count_best",
                        "count_qualifier", "attributed_country", "date_start", "date_end", "evidence"],
        "casualties": ["party", "personnel", "casualty_type", "count_low", "count_best", "count_high",
                       "count_qualifier", "location_adm1", "date_start", "evidence"],
        "supply_shares": ["supplier", "recipient", "item", "item_text", "share", "quantity", "quantity_unit",
                          "attributed_country", "evidence"],
        "statements": ["speaker", "speaker_type", "speaker_role", "speaker_country", "speech_act",
                       "direct_quote", "date_start", "content"],
    }
    rows = extract_seed(seed)
    with pl.Config(tbl_rows=200, fmt_str_lengths=60, tbl_width_chars=220, tbl_hide_dataframe_shape=True):
        for table, cols in show.items():
            frame = to_frame(table, rows[table]).sort("char_start")
            print(f"{table}: {frame.height} rows")
            if frame.height:
                print(frame.select(cols))
            print()
    _print_numbers(seed.text, rows["numbers"])
    return 0


def _print_numbers(text: str, numbers: list[dict], width: int = 50) -> None:
    """The numbers' outcomes, and every unread number in its context: what to look at first."""
    from seedtables.steps import numbers_line

    outcomes = {o: sum(n["outcome"] == o for n in numbers) for o in ("used", "set_aside", "unread")}
    print(numbers_line(outcomes))
    for n in numbers:
        if n["outcome"] == "unread":
            a, b = n["char_start"], n["char_end"]
            before = text[max(0, a - width):a].rsplit("\n", 1)[-1]
            after = text[b:b + width].split("\n", 1)[0]
            print(f"  unread @{a}: ...{before}[{text[a:b]}]{after}...")


def cmd_eval(args) -> int:
    """Run the pipeline on a gold folder into a temporary directory and print the scorer's report."""
    gold = Path(args.gold_dir)
    scorer = Path(args.scorer) if args.scorer else gold.parent / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        args.seeds, args.datasets = gold, Path(tmp)
        if cmd_run(args) != 0:
            return 1
        from seedtables.publish import latest_version

        release = Path(tmp) / latest_version(Path(tmp))
        extra = ["--verbose"] if args.verbose else []
        return subprocess.call([sys.executable, str(scorer), "score", str(gold), str(release), *extra])


def cmd_diff(args) -> int:
    """Row-level differences between two releases, by record_id."""
    from seedtables.changes import diff, evidence_of, format_diff, read_release
    from seedtables.publish import latest_version

    root = Path(args.datasets)
    names = [latest_version(root) if v == "latest" else v for v in (args.old, args.new)]
    for v in names:
        if not v or not (root / v / "datapackage.json").exists():
            print(f"seedtables: no release {v} in {root}", file=sys.stderr)
            return 2
    old, new = (read_release(root / v) for v in names)
    print(format_diff(names[0], names[1], diff(old, new), evidence_of(old, new), args.limit))
    return 0


def cmd_estimates(args) -> int:
    """Rival estimates of one release, grouped by quantity and period."""
    from seedtables.loading import LoadError, load
    from seedtables.views import FILTERS, filter_estimates, format_estimates

    try:
        frame = load("estimates", args.version, root=args.datasets)
    except LoadError as err:
        print(f"seedtables: {err}", file=sys.stderr)
        return 2
    chosen = filter_estimates(frame, {k: getattr(args, k) for k in FILTERS}, args.rivals)
    print(format_estimates(chosen, args.limit))
    return 0


def cmd_site(args) -> int:
    """Build the release site from the releases in --datasets."""
    from seedtables.site import build

    try:
        out = build(args.datasets, args.out)
    except FileNotFoundError as err:
        print(f"seedtables: {err}", file=sys.stderr)
        return 2
    print(f"site built in {out}; open {out / 'index.html'} in a browser (no server needed)")
    return 0


def cmd_serve(args) -> int:
    """Serve the flow on a schedule; runs need a Prefect server (see README)."""
    quiet_prefect()
    if not os.environ.get("PREFECT_API_URL"):
        print("seedtables: schedules need a running Prefect server. Start one with `prefect server start` and "
              "set PREFECT_API_URL=http://127.0.0.1:4200/api (see README, 'Scheduled runs').", file=sys.stderr)
        return 2
    from flows.pipeline import seedtables_flow

    schedule = {"cron": args.cron} if args.cron else {"interval": args.interval}
    print(f"serving deployment 'seedtables/{args.name}' ({', '.join(f'{k} {v}' for k, v in schedule.items())}) "
          f"on seeds {args.seeds.resolve()} -> {args.datasets.resolve()}; Ctrl-C stops it")
    # one run at a time: a run slower than the interval would otherwise start another beside it,
    # each in its own process, and on a small machine they pile up faster than any finishes
    seedtables_flow.serve(name=args.name, parameters={"seeds": str(args.seeds.resolve()),
                                                      "datasets": str(args.datasets.resolve())},
                          pause_on_shutdown=True, print_starting_message=False, limit=1, **schedule)
    return 0


class _Parser(argparse.ArgumentParser):
    """A usage mistake is one line on stderr and exit code 2 (argparse prints the whole usage)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _usage_error(args) -> str | None:
    """Mistakes in the arguments, found before anything starts (one line each)."""
    for name in ("seeds", "gold_dir"):
        folder = getattr(args, name, None)
        if folder is None:
            continue
        what = "seeds folder" if name == "seeds" else "gold folder"
        if not folder.exists():
            return f"the {what} {str(folder)!r} does not exist"
        if not folder.is_dir():
            return f"the {what} {str(folder)!r} is not a folder"
    datasets = getattr(args, "datasets", None)
    if datasets is not None and datasets.exists() and not datasets.is_dir():
        return f"the datasets path {str(datasets)!r} is not a folder"
    if args.command == "eval" and args.scorer is None and not (args.gold_dir.parent / "score.py").exists():
        return f"no scorer at {args.gold_dir.parent / 'score.py'}; pass --scorer"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="seedtables", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="extract, validate and publish a release from the seeds")
    run.add_argument("--seeds", type=Path, default=Path("seeds"))
    run.add_argument("--datasets", type=Path, default=Path("datasets"))
    run.add_argument("--full", action="store_true", help="extract every seed again instead of reusing the cache")
    run.add_argument("--dask", metavar="ADDRESS", default=None,
                     help="extract on a Dask cluster: a scheduler address, or 'local' for one on this machine")
    run.add_argument("--allow-removals", action="store_true",
                     help="publish even if more than half of the previous release's seeds would be retracted")
    run.add_argument("--note", default=None, help="a sentence for the release's CHANGES.md: why it was made")
    run.set_defaults(func=cmd_run)
    serve = sub.add_parser("serve", help="serve the flow on a schedule against a Prefect server")
    serve.add_argument("--seeds", type=Path, default=Path("seeds"))
    serve.add_argument("--datasets", type=Path, default=Path("datasets"))
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--cron", help="a cron expression, e.g. '*/15 * * * *'")
    when.add_argument("--interval", type=int, default=3600, help="seconds between runs (default 3600)")
    serve.add_argument("--name", default="scheduled", help="the deployment's name")
    serve.set_defaults(func=cmd_serve)
    df = sub.add_parser("diff", help="row-level differences between two releases (by record_id)")
    df.add_argument("old", help="vX.Y.Z or latest")
    df.add_argument("new", help="vX.Y.Z or latest")
    df.add_argument("--datasets", type=Path, default=Path("datasets"))
    df.add_argument("--limit", type=int, default=None, help="at most this many rows per kind and table")
    df.set_defaults(func=cmd_diff)
    es = sub.add_parser("estimates", help="rival figures for one quantity, side by side, by source")
    es.add_argument("--datasets", type=Path, default=None, help="a datasets folder or URL (default: ./datasets)")
    es.add_argument("--version", default="latest", help="vX.Y.Z or latest")
    from seedtables.views import FILTERS

    for option, column in FILTERS.items():
        es.add_argument(f"--{option}", default=None, help=f"only rows whose {column} is this")
    es.add_argument("--rivals", action="store_true", help="only quantities with more than one claim")
    es.add_argument("--limit", type=int, default=None, help="at most this many quantities")
    es.set_defaults(func=cmd_estimates)
    site = sub.add_parser("site", help="build the static release site (browsable from disk or any web host)")
    site.add_argument("--datasets", type=Path, default=Path("datasets"))
    site.add_argument("--out", type=Path, default=None, help="where to build it (default: DATASETS/site)")
    site.set_defaults(func=cmd_site)
    ex = sub.add_parser("extract", help="print the rows extracted from one article")
    ex.add_argument("file", type=Path)
    ex.set_defaults(func=cmd_extract)
    ev = sub.add_parser("eval", help="run on a gold folder and print the scorer's report")
    ev.add_argument("gold_dir", type=Path)
    ev.add_argument("--scorer", type=Path, default=None, help="score.py (default: beside the gold folder)")
    ev.add_argument("--verbose", action="store_true")
    ev.set_defaults(func=cmd_eval)
    args = parser.parse_args(argv)
    mistake = _usage_error(args)
    if mistake:
        print(f"seedtables: {mistake}", file=sys.stderr)
        return 2
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
