"""Operating the dataset without Prefect: bad input, the change record, write-once atomic
releases (a publisher really killed mid-write), the lock, loading with hash checks, and the
example notebook."""
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import polars as pl
import pytest

from seedtables import load
from seedtables.changes import diff, read_release
from seedtables.loading import IntegrityError
from seedtables.publish import PublishLocked, latest_version, locked, publish
from seedtables.steps import assemble, extract_batch
from tests.conftest import DATA, ROOT, SEED

NOTEBOOK = ROOT / "notebooks" / "casualties.ipynb"


def frames_of(*paths, cache=None):
    return assemble([extract_batch([str(p) for p in paths], cache)])


BAD_INPUTS = [
    ("empty.txt", b"", "is empty"),
    ("no_header.txt", b"La Russia ha inviato truppe.\n", "not a header"),
    ("bad_month.txt", b" date 2025-13 Titolo\n\nTesto.", "has no month 13"),
    ("bad_day.txt", b" date 2025-02-30 Titolo\n\nTesto.", "2025-02-30"),
    ("latin1.txt", " date 2025-01 Città\n\nLa città è stata colpita.".encode("latin-1"), "not UTF-8"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
]


@pytest.mark.parametrize("name,raw,problem", BAD_INPUTS)
def test_each_bad_input_is_rejected_by_name_and_the_rest_publishes(tmp_path, name, raw, problem):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    (seeds / name).write_bytes(raw)
    frames, rejects = frames_of(*sorted(seeds.iterdir()))
    assert [(Path(r.path).name, problem in r.problem) for r in rejects] == [(name, True)], rejects
    assert frames["seeds"]["seed_id"].to_list() == [SEED.stem]
    assert frames["casualties"].height > 0
    result = publish(frames, tmp_path / "datasets", rejects=[r.row() for r in rejects])
    out = pl.read_csv(result.path / "rejects.csv")
    assert out["file"].to_list() == [name] and problem in out["problem"][0]
    assert (seeds / name).read_bytes() == raw  # the pipeline never changes a seed


def test_duplicate_and_rowless_seeds(tmp_path):
    dup = tmp_path / "zz_copy.txt"
    dup.write_bytes(SEED.read_bytes())
    quiet = tmp_path / "quiet.txt"
    quiet.write_text(" date 2025-03 Meteo\n\nDomani pioverà su tutta la penisola.\n", encoding="utf-8")
    frames, rejects = frames_of(SEED, dup, quiet)
    assert [(Path(r.path).name, r.problem) for r in rejects] == [
        ("zz_copy.txt", f"duplicate of {SEED.name} (same sha256)")]
    # a seed with no facts is processed: it is in the seeds table with no rows elsewhere
    assert "quiet" in frames["seeds"]["seed_id"].to_list()
    assert all("quiet" not in f["seed_id"].to_list() for t, f in frames.items() if t != "seeds" and "seed_id" in f.columns)


def test_cache_reuses_rows_and_a_changed_seed_is_read_again(tmp_path):
    seed = tmp_path / "s.txt"
    shutil.copy(DATA / "en_wagner_sudan.txt", seed)
    cache = str(tmp_path / "cache")
    first = extract_batch([str(seed)], cache)
    again = extract_batch([str(seed)], cache)
    assert (first.extracted, first.cached, again.extracted, again.cached) == (1, 0, 0, 1)
    assert again.rows == first.rows and again.seeds == first.seeds
    seed.write_text(seed.read_text(encoding="utf-8") + "\nRussia has sent 50 advisers to Sudan.\n", encoding="utf-8")
    changed = extract_batch([str(seed)], cache)
    assert (changed.extracted, changed.cached) == (1, 0)
    assert len(changed.rows["deployments"]) > len(first.rows["deployments"])


def test_changelog_and_diff_by_record_id(tmp_path):
    datasets = tmp_path / "datasets"
    v1 = publish(frames_of(SEED)[0], datasets)
    v2 = publish(frames_of(SEED, DATA / "en_wagner_sudan.txt")[0], datasets)
    assert (v1.version, v2.version, v2.bump) == ("v1.0.0", "v1.1.0", "minor")
    d = diff(read_release(datasets / "v1.0.0"), read_release(datasets / "v1.1.0"))
    assert d.seeds_added == ["en_wagner_sudan"] and not d.seeds_removed
    for t in ("deployments", "casualties", "supply_shares", "statements"):
        assert not d.tables[t].removed and not d.tables[t].changed
        assert all(rid.startswith("en_wagner_sudan:") for rid in d.tables[t].added)
    log = (datasets / "CHANGELOG.md").read_text()
    assert log.index("## v1.1.0") < log.index("## v1.0.0") and "seeds added: 1 (en_wagner_sudan)" in log
    # a changed count is a changed row, not a removal and an addition
    frames = read_release(datasets / "v1.1.0")
    frames["casualties"] = frames["casualties"].with_columns(
        pl.when(pl.int_range(pl.len()) == 0).then(pl.col("count_best") + 1).otherwise(pl.col("count_best"))
        .alias("count_best"))
    changed = diff(read_release(datasets / "v1.1.0"), frames).tables["casualties"]
    assert (len(changed.added), len(changed.removed), len(changed.changed)) == (0, 0, 1)
    assert "count_best" in changed.changed[0][1]


def test_a_removed_column_is_a_major_release_a_new_row_minor(tmp_path, monkeypatch):
    import seedtables.publish as pub

    datasets = tmp_path / "datasets"
    frames = frames_of(SEED)[0]
    publish(frames, datasets)
    real = pub.table_schema

    def without_direct_quote(table):  # the contract loses a column
        schema = real(table)
        if table == "statements":
            schema = {**schema, "fields": [f for f in schema["fields"] if f["name"] != "direct_quote"]}
        return schema

    monkeypatch.setattr(pub, "table_schema", without_direct_quote)
    frames["statements"] = frames["statements"].drop("direct_quote")
    result = publish(frames, datasets)
    assert (result.version, result.bump) == ("v2.0.0", "major")
    assert "major release; previous: v1.0.0" in (datasets / "v2.0.0" / "CHANGES.md").read_text()


KILLER = textwrap.dedent("""
    import sys, time
    import seedtables.publish as pub
    from seedtables.steps import assemble, extract_batch
    real = pub.write_table
    def slow(frame, folder, table):  # stand in for a big table: the kill lands mid-write
        real(frame, folder, table)
        print("writing", table, flush=True)
        time.sleep(30)
    pub.write_table = slow
    frames, _ = assemble([extract_batch(sys.argv[2:])])
    pub.publish(frames, sys.argv[1])
""")


def test_a_run_killed_mid_publish_leaves_the_previous_release(tmp_path):
    datasets = tmp_path / "datasets"
    publish(frames_of(SEED)[0], datasets)
    before = {p.name: p.read_bytes() for p in (datasets / "v1.0.0").iterdir()}
    proc = subprocess.Popen([sys.executable, "-c", KILLER, str(datasets), str(SEED), str(DATA / "en_wagner_sudan.txt")],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().startswith("writing")  # it is inside publish, holding the lock
    assert any(datasets.glob(".staging-*"))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert latest_version(datasets) == "v1.0.0"
    assert sorted(p.name for p in datasets.iterdir() if not p.name.startswith(".")) == [
        "CHANGELOG.md", "latest", "v1.0.0"]
    assert (datasets / "latest").read_text().strip() == "v1.0.0"
    assert {p.name: p.read_bytes() for p in (datasets / "v1.0.0").iterdir()} == before
    # the next run cleans the dead run's staging folder and publishes normally
    result = publish(frames_of(SEED, DATA / "en_wagner_sudan.txt")[0], datasets)
    assert result.version == "v1.1.0" and not any(datasets.glob(".staging-*"))


def test_two_publishers_cannot_interleave(tmp_path):
    datasets = tmp_path / "datasets"
    frames = frames_of(SEED)[0]
    with locked(datasets):
        with pytest.raises(PublishLocked, match="another seedtables run is publishing"):
            publish(frames, datasets)
        cli = subprocess.run([sys.executable, "-m", "seedtables.cli", "run", "--seeds", str(SEED.parent),
                              "--datasets", str(datasets)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert cli.returncode == 3 and "another seedtables run is publishing" in cli.stderr
    assert "Traceback" not in cli.stderr
    assert publish(frames, datasets).version == "v1.0.0"


def test_load_checks_hashes_from_disk_and_url(tmp_path):
    datasets = tmp_path / "datasets"
    publish(frames_of(SEED)[0], datasets)
    cas = load("casualties", root=datasets)
    assert cas.height > 0 and cas.equals(load("casualties", version="v1.0.0", root=datasets.as_uri()))
    assert load("casualties", root=datasets, format="csv").height == cas.height
    with pytest.raises(KeyError, match="no table 'nope'"):
        load("nope", root=datasets)
    # a file changed after publication is refused
    path = datasets / "v1.0.0" / "casualties.parquet"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="refusing"):
        load("casualties", root=datasets)


def test_the_example_notebook_runs(tmp_path, monkeypatch):
    """Every code cell runs, in order, against a fresh release; the plot has points."""
    import matplotlib

    matplotlib.use("Agg")
    datasets = tmp_path / "datasets"
    publish(frames_of(SEED, *sorted((ROOT.parent / "shared" / "corpus" / "dev").glob("00[1-4]*.txt")))[0], datasets)
    monkeypatch.setenv("SEEDTABLES_DATASETS", str(datasets))
    monkeypatch.chdir(tmp_path)
    cells = [c for c in json.loads(NOTEBOOK.read_text())["cells"] if c["cell_type"] == "code"]
    scope: dict = {}
    started = time.monotonic()
    for cell in cells:
        exec(compile("".join(cell["source"]), str(NOTEBOOK), "exec"), scope)
    assert time.monotonic() - started < 60
    assert scope["nk"].height >= 3 and set(scope["nk"]["casualty_type"]) >= {"killed", "killed_or_wounded"}
    assert scope["ax"].get_title().startswith("Reported North Korean casualties")
    # the rival estimates chart: one series per source
    assert scope["rivals"].height >= 1 and scope["fig2"]._suptitle.get_text().startswith("Rival estimates by source")
    assert sum(len(panel.get_legend().get_texts()) for panel in scope["axes"][0]) == \
        scope["rivals"].select("casualty_type", "source").n_unique()
