"""Nothing a user or a bad file does may break, empty or leak a release: a mistyped seeds folder,
a seed that crashes the extractor or fails validation, an edited figure, a duplicate saved under
an earlier name, FIFOs, links and odd encodings, and every CLI mistake."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from seedtables.changes import diff, read_release
from seedtables.extract import article
from seedtables.publish import RemovalRefused, publish, published_seeds
from seedtables.seeds import MAX_SEED_BYTES, SeedError, SeedsFolderError, read_seed, scan
from seedtables.steps import assemble, extract_batch
from tests.conftest import DATA, ROOT, SEED
from validation.validate import validate_release, validate_withholding

EN = DATA / "en_wagner_sudan.txt"


def frames_of(*paths, published=frozenset()):
    return assemble([extract_batch([str(p) for p in paths])], published)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """The releases, pointer and changelog byte for byte (not the extraction cache or the lock file)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.relative_to(folder).parts[0] not in (".cache", ".lock")}


def run_cli(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, "-m", "seedtables.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600, env=env)


# 1. refuse to publish from nothing ---------------------------------------------------------------

def test_a_missing_or_non_folder_seeds_path_is_an_error_not_an_empty_release(tmp_path):
    with pytest.raises(SeedsFolderError, match="does not exist"):
        scan(tmp_path / "nope")
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(SeedsFolderError, match="not a folder"):
        scan(tmp_path / "file.txt")


def test_cli_run_on_a_missing_folder_leaves_the_release_byte_identical(tmp_path):
    datasets = tmp_path / "datasets"
    shutil.copytree(ROOT / "datasets", datasets, ignore=shutil.ignore_patterns(".cache", ".lock"))
    before = tree_bytes(datasets)
    proc = run_cli("run", "--seeds", str(tmp_path / "nonexistent"), "--datasets", str(datasets))
    assert proc.returncode == 2
    assert proc.stdout == "" and proc.stderr.count("\n") == 1 and "does not exist" in proc.stderr
    assert tree_bytes(datasets) == before


def test_retracting_more_than_half_the_published_seeds_is_refused(tmp_path):
    datasets = tmp_path / "datasets"
    publish(frames_of(SEED, EN)[0], datasets)
    before = tree_bytes(datasets)
    with pytest.raises(RemovalRefused, match=r"retract 1 of the 2 seeds published in v1.0.0.*--allow-removals") \
            as err:
        publish(frames_of(SEED)[0], datasets, max_removed_share=0.4)
    assert err.value.removed == ["en_wagner_sudan"]
    assert tree_bytes(datasets) == before
    allowed = publish(frames_of(SEED)[0], datasets, max_removed_share=None)
    assert allowed.changes.seeds_removed == ["en_wagner_sudan"]
    changes = (allowed.path / "CHANGES.md").read_text()
    assert "seeds retracted (in v1.0.0, not in this release): 1 (en_wagner_sudan)" in changes


# 2. one seed never stops the others --------------------------------------------------------------

def test_a_seed_that_crashes_the_extractor_is_withheld_alone(tmp_path, monkeypatch):
    real = article.extract_seed

    def fragile(seed):
        if seed.seed_id == "en_wagner_sudan":
            raise KeyError("ruſſi")
        return real(seed)

    monkeypatch.setattr("seedtables.steps.extract_seed", fragile)
    frames, rejects = frames_of(SEED, EN)
    assert [(Path(r.path).name, r.stage) for r in rejects] == [("en_wagner_sudan.txt", "extract")]
    assert "extraction failed: KeyError: 'ruſſi' (at test_robust.py" in rejects[0].problem
    assert frames["seeds"]["seed_id"].to_list() == [SEED.stem] and frames["casualties"].height > 0


def test_a_row_no_column_can_hold_withholds_its_seed_alone(monkeypatch):
    real = article.extract_seed

    def overflowing(seed):
        rows = real(seed)
        if seed.seed_id == "en_wagner_sudan":
            rows["casualties"][0]["count_best"] = 10 ** 20  # beyond Int64
        return rows

    monkeypatch.setattr("seedtables.steps.extract_seed", overflowing)
    frames, rejects = frames_of(SEED, EN)
    assert [(Path(r.path).name, r.stage) for r in rejects] == [("en_wagner_sudan.txt", "extract")]
    assert "100000000000000000000" in rejects[0].problem  # the offending value in full
    assert frames["seeds"]["seed_id"].to_list() == [SEED.stem]
    assert validate_release(frames).ok


def test_a_row_failing_a_schema_check_withholds_its_seed_alone():
    frames, _ = frames_of(SEED, EN)
    sup = frames["supply_shares"]
    bad = sup.filter(pl.col("seed_id") == SEED.stem)["record_id"][0]
    frames["supply_shares"] = sup.with_columns(
        quantity=pl.when(pl.col("record_id") == bad).then(12.0).otherwise(pl.col("quantity")),
        quantity_qualifier=pl.when(pl.col("record_id") == bad).then(pl.lit("exact"))
        .otherwise(pl.col("quantity_qualifier")),
        quantity_unit=pl.when(pl.col("record_id") == bad).then(None).otherwise(pl.col("quantity_unit")))
    kept, report, withheld = validate_withholding(frames)
    assert report.ok
    assert list(withheld) == [SEED.stem]
    assert "check quantity_unit_iff_quantity" in withheld[SEED.stem] and bad in withheld[SEED.stem]
    assert kept["seeds"]["seed_id"].to_list() == ["en_wagner_sudan"]
    assert all(set(f["seed_id"].to_list()) <= {"en_wagner_sudan"} for f in kept.values() if "seed_id" in f.columns)
    # the claims are derived again from the rows kept: none leads to the withheld seed
    assert set(kept["claims"]["first_seed"]) <= {"en_wagner_sudan"}


def test_a_failure_no_seed_can_be_blamed_for_stops_the_publish():
    frames, _ = frames_of(SEED)
    frames["casualties"] = frames["casualties"].drop("personnel")  # a whole column gone
    _, report, withheld = validate_withholding(frames)
    assert not report.ok and not withheld
    assert "personnel" in report.describe()


# 4. stable identity ------------------------------------------------------------------------------

SIEGE = (" date 2025-06 Sudan, assedio di El Fasher\n\n"
         "Le Forze di supporto rapido hanno intensificato l'assedio di El Fasher, nel Darfur settentrionale.\n\n"
         "Secondo le Nazioni Unite, almeno 3.000 civili sono stati uccisi in città da maggio. Altri 1.200 sono "
         "rimasti feriti nei bombardamenti della settimana scorsa, ha detto un portavoce.\n")


def test_a_corrected_figure_is_one_changed_row_and_edits_elsewhere_keep_ids(tmp_path):
    seed = tmp_path / "seeds" / "siege.txt"
    seed.parent.mkdir()
    seed.write_text(SIEGE, encoding="utf-8")
    datasets = tmp_path / "datasets"
    publish(frames_of(seed)[0], datasets)
    old = read_release(datasets / "v1.0.0")
    assert old["casualties"]["count_low"].to_list() == [3000, 1200]
    header, body = SIEGE.split("\n", 1)
    seed.write_text(header + "\nAggiornato alle 18.\n" + body.replace("3.000", "13.000"), encoding="utf-8")
    publish(frames_of(seed)[0], datasets)
    new = read_release(datasets / "v1.1.0")
    d = diff(old, new)
    cas = d.tables["casualties"]
    assert (cas.added, cas.removed) == ([], [])
    assert sorted(sorted(fields) for _, fields in cas.changed) == [
        ["char_end", "char_start"],  # the next sentence only moved
        # the corrected row: its figure changed, so it reports another claim
        ["char_end", "char_start", "claim_id", "count_best", "count_low", "evidence"]]
    assert new["casualties"]["count_low"].to_list() == [13000, 1200]
    for t in ("deployments", "supply_shares", "statements"):
        assert (d.tables[t].added, d.tables[t].removed) == ([], []), t


def test_of_byte_identical_seeds_the_published_one_stays(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / "b_original.txt")
    datasets = tmp_path / "datasets"
    publish(frames_of(*sorted(seeds.iterdir()))[0], datasets)
    shutil.copy(SEED, seeds / "a_copy.txt")  # sorts first
    frames, rejects = frames_of(*sorted(seeds.iterdir()), published=published_seeds(datasets))
    assert frames["seeds"]["seed_id"].to_list() == ["b_original"]
    assert [(Path(r.path).name, r.stage, r.problem) for r in rejects] == [
        ("a_copy.txt", "duplicate", "duplicate of b_original.txt (same sha256)")]
    assert publish(frames, datasets).version is None or not diff(
        read_release(datasets / "v1.0.0"), frames).tables["casualties"].removed


# 5/6. only regular files inside the folder; odd files ---------------------------------------------

def test_fifos_links_out_folders_and_other_names_are_listed_as_skipped(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    os.mkfifo(seeds / "x.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text(" date 2025-01 secret first line\n\nroot:x:0:0", encoding="utf-8")
    (seeds / "link_out.txt").symlink_to(secret)
    (seeds / "link_in.txt").symlink_to(seeds / SEED.name)
    (seeds / "notes.md").write_text("# notes")
    (seeds / "LOUD.TXT").write_text(" date 2025-01 T\n\nText.")
    (seeds / "sub").mkdir()
    found = scan(seeds)
    assert [p.name for p in found.paths] == [SEED.name, "link_in.txt"]
    reasons = dict(found.skipped)
    assert set(reasons) == {"x.txt", "link_out.txt", "notes.md", "LOUD.TXT", "sub"}
    assert "FIFO" in reasons["x.txt"] and "outside" in reasons["link_out.txt"]
    assert "'.TXT'" in reasons["LOUD.TXT"] and "folder" in reasons["sub"]
    with pytest.raises(SeedError, match="not a regular file"):
        read_seed(seeds / "x.txt")  # never blocks on the FIFO


def test_odd_encodings_line_endings_and_sizes_get_a_clear_reading(tmp_path):
    text = " date 2025-03 Attacco su Kharkiv\n\nUn attacco con droni ha ucciso tre civili a Kharkiv.\n"
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    with pytest.raises(SeedError, match="UTF-16"):
        read_seed(utf16)
    utf16le = tmp_path / "utf16le.txt"
    utf16le.write_bytes(text.encode("utf-16-le"))
    with pytest.raises(SeedError, match="UTF-16"):
        read_seed(utf16le)
    cr = tmp_path / "cr.txt"
    cr.write_bytes(text.replace("\n", "\r").encode())
    seed = read_seed(cr, {"it", "en"})
    assert seed.title == "Attacco su Kharkiv" and len(seed.text) == len(text)
    big = tmp_path / "big.txt"
    big.write_bytes(text.encode() + b"x" * MAX_SEED_BYTES)
    with pytest.raises(SeedError, match="MB; a seed is one article of at most"):
        read_seed(big)


def test_a_short_article_in_a_language_with_a_pack_is_not_taken_for_a_neighbour(tmp_path):
    short = tmp_path / "short.txt"
    short.write_text(" date 2025-03 Gaza, 40 morti\n\nRaid su Rafah.\n", encoding="utf-8")
    assert read_seed(short, {"it", "en"}).language == "it"
    german = tmp_path / "de.txt"
    german.write_text(" date 2025-03 Krieg\n\nDer Krieg in der Ukraine dauert an, sagte der Minister am Montag.\n",
                      encoding="utf-8")
    with pytest.raises(SeedError, match="no language pack"):
        read_seed(german, {"it", "en"})


def test_an_empty_version_folder_does_not_block_later_releases(tmp_path):
    datasets = tmp_path / "datasets"
    publish(frames_of(SEED)[0], datasets)
    (datasets / "v1.1.0").mkdir()  # left by hand, or by a tool that died
    result = publish(frames_of(SEED, EN)[0], datasets)
    assert result.version == "v1.2.0" and (datasets / "latest").read_text().strip() == "v1.2.0"


# every CLI mistake is one line and exit code 2 -------------------------------------------------------

@pytest.mark.parametrize("args,message", [
    (["run", "--seeds", "/nonexistent"], "does not exist"),
    (["run", "--bogus"], "unrecognized arguments"),
    (["extract", "/nonexistent.txt"], "no such file"),
    (["extract", "seeds"], "is a folder"),
    (["eval", "/nonexistent"], "does not exist"),
    (["diff", "v0.0.1", "latest"], "no release v0.0.1"),
    (["frobnicate"], "invalid choice"),
])
def test_cli_mistakes_are_one_line_and_exit_2(args, message):
    proc = run_cli(*args)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_refuses_no_readable_seed_and_mass_retraction_unless_allowed(tmp_path):
    datasets = tmp_path / "datasets"
    three = [SEED, EN, tmp_path / "siege.txt"]
    three[2].write_text(SIEGE, encoding="utf-8")
    publish(frames_of(*three)[0], datasets)
    before = tree_bytes(datasets)

    bom = tmp_path / "bom"
    bom.mkdir()
    for p in three:  # every seed re-saved with a byte-order mark
        (bom / p.name).write_bytes(b"\xef\xbb\xbf" + p.read_bytes())
    proc = run_cli("run", "--seeds", str(bom), "--datasets", str(datasets))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "no readable seed" in proc.stderr and "Traceback" not in proc.stderr
    assert tree_bytes(datasets) == before

    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(SEED, one)
    proc = run_cli("run", "--seeds", str(one), "--datasets", str(datasets))
    assert proc.returncode == 1 and "would retract 2 of the 3 seeds published in v1.0.0" in proc.stderr, proc.stderr
    assert tree_bytes(datasets) == before

    proc = run_cli("run", "--seeds", str(one), "--datasets", str(datasets), "--allow-removals")
    assert proc.returncode == 0, proc.stderr
    assert "published v1.1.0" in proc.stdout and "seeds retracted: 2 (en_wagner_sudan, siege)" in proc.stdout
    for stream in (proc.stdout, proc.stderr):
        assert "Traceback" not in stream and "ERROR" not in stream
