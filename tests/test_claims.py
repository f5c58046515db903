"""Claims and rival estimates on articles written for these tests (tests/data/claims): one
civilian toll in Sudan in May 2025 repeated by three articles in two languages, disputed by the
army in three (one of those three among them), the same figure from another source, the UN's own revision, and the UN's
toll for another month."""
from __future__ import annotations

import json
import shutil

import polars as pl
import pytest

from seedtables import cli
from seedtables.claims import source_of
from seedtables.history import first_releases
from seedtables.publish import publish
from seedtables.steps import assemble, extract_batch
from tests.conftest import DATA, SEED
from validation.validate import validate_release

CLAIMS = DATA / "claims"
SUDAN = sorted(CLAIMS.glob("*.txt"))


def frames_of(*paths, datasets=None):
    return assemble([extract_batch([str(p) for p in paths])], datasets=datasets)[0]


@pytest.fixture(scope="module")
def sudan():
    return frames_of(*SUDAN)


def tolls(frames) -> pl.DataFrame:
    return frames["casualties"].filter((pl.col("party") == "SDN") & (pl.col("personnel") == "civilian")
                                       & (pl.col("casualty_type") == "killed"))


def claim_of(frames, seed_id: str, count: int) -> str:
    """The claim of a seed's toll: its headline, where it restates the toll, is the same claim."""
    ids = tolls(frames).filter((pl.col("seed_id") == seed_id) & (pl.col("count_best") == count))["claim_id"]
    assert ids.n_unique() == 1, (seed_id, count, tolls(frames))
    return ids[0]


def test_the_same_toll_in_three_articles_and_two_languages_is_one_claim(sudan):
    repeated = {claim_of(sudan, s, 120) for s in ("en_sudan_un_toll", "it_sudan_onu_bilancio", "en_sudan_army_disputes")}
    assert len(repeated) == 1
    claim = sudan["claims"].filter(pl.col("claim_id") == repeated.pop()).row(0, named=True)
    # five reports: the three articles' sentences and two headlines restating them
    assert (claim["n_reports"], claim["n_seeds"], claim["source"]) == (5, 3, "UN ohchr")
    assert (claim["count_low"], claim["count_qualifier"]) == (120, "at_least")
    # first and last by publication date: 20 May and 25 May
    assert (claim["first_seed"], claim["last_seed"]) == ("en_sudan_un_toll", "en_sudan_army_disputes")
    assert str(claim["first_published"]) == "2025-05-20" and str(claim["last_published"]) == "2025-05-25"
    rows = tolls(sudan).filter(pl.col("claim_id") == claim["claim_id"])
    assert sorted(claim["record_ids"].split()) == sorted(rows["record_id"].to_list())


def test_the_army_figure_is_one_claim_in_english_and_italian(sudan):
    # "the Sudanese army", "the Sudanese armed forces", "l'esercito sudanese": one source
    army = {claim_of(sudan, s, 40) for s in ("en_sudan_army_disputes", "en_sudan_army_repeats", "it_sudan_esercito_cifra")}
    assert len(army) == 1
    claim = sudan["claims"].filter(pl.col("claim_id") == army.pop()).row(0, named=True)
    assert (claim["n_seeds"], claim["source"], claim["first_seed"]) == (3, "SDN army", "en_sudan_army_disputes")


def test_another_source_figure_or_month_is_never_the_same_claim(sudan):
    un_may = claim_of(sudan, "en_sudan_un_toll", 120)
    assert claim_of(sudan, "en_sudan_rsf_same_figure", 120) != un_may  # same figure, the RSF says it
    assert claim_of(sudan, "it_sudan_onu_aggiorna", 150) != un_may  # the UN, another figure
    assert claim_of(sudan, "en_sudan_un_july", 120) != un_may  # the UN, the same figure for July
    assert claim_of(sudan, "en_sudan_army_disputes", 40) != un_may
    assert sudan["claims"]["claim_id"].is_unique().all()


def test_estimates_set_each_rival_figure_once_side_by_side(sudan):
    may = sudan["estimates"].filter((pl.col("party") == "SDN") & (pl.col("casualty_type") == "killed")
                                    & (pl.col("period_start").cast(pl.String) == "2025-05-01"))
    assert may["quantity_id"].n_unique() == 1 and may["claim_id"].is_unique().all()
    got = sorted((r["source"], r["qualifier"], r["value"], r["n_seeds"], r["is_lowest"], r["is_highest"])
                 for r in may.iter_rows(named=True))
    assert got == [("RSF rapid support forces", "at_least", 120.0, 1, False, False),
                   ("SDN army", "exact", 40.0, 3, True, False),
                   ("UN ohchr", "at_least", 120.0, 3, False, False),
                   ("UN ohchr", "exact", 150.0, 1, False, True)]
    assert set(may["n_claims"]) == {4}
    un = may.filter(pl.col("value") == 150).row(0, named=True)
    assert un["ratio_to_lowest"] == pytest.approx(150 / 40) and un["ratio_to_highest"] == 1.0
    # July is another period: the UN's July toll has no rival
    july = sudan["estimates"].filter(pl.col("period_start").cast(pl.String) == "2025-07-01")
    assert july.height == 1 and july["n_claims"][0] == 1


def test_ids_stay_when_an_unrelated_seed_is_added(sudan):
    more = frames_of(*SUDAN, SEED)
    for table, key in (("casualties", "record_id"), ("claims", "claim_id"), ("estimates", "estimate_id")):
        before = sudan[table].filter(pl.col("party") == "SDN") if table != "casualties" else tolls(sudan)
        after = more[table].filter(pl.col(key).is_in(before[key].implode()))
        assert after.height == before.height, table
    assert set(tolls(more)["claim_id"]) == set(tolls(sudan)["claim_id"])


def test_sources_are_compared_by_one_name_across_spellings_and_languages():
    assert source_of("South Korea's National Intelligence Service", "KOR") == source_of("NIS", "KOR") == "KOR nis"
    assert source_of("il presidente ucraino Volodymyr Zelensky", "UKR") == source_of("Zelensky", "UKR") == "UKR zelensky"
    assert source_of("the Sudanese army", "SDN") == source_of("l'esercito sudanese", "SDN") == "SDN army"
    assert source_of("the Sudanese army", "SDN") != source_of("the Sudanese army", "TCD")
    assert source_of(None, None) == "unattributed"
    assert source_of("local officials", None) == "local officials"


def test_the_tables_agree_on_claims_or_the_release_fails(sudan):
    assert validate_release(sudan).ok
    broken = dict(sudan, claims=sudan["claims"].filter(pl.col("claim_id") != claim_of(sudan, "en_sudan_un_toll", 120)))
    report = validate_release(broken)
    assert not report.ok and "claim_id_in_claims" in report.describe()


def test_first_release_is_kept_through_later_releases(tmp_path):
    datasets = tmp_path / "datasets"
    first = publish(frames_of(*SUDAN[:3], datasets=datasets), datasets)
    second = publish(frames_of(*SUDAN, datasets=datasets), datasets)
    assert (first.version, second.version, second.bump) == ("v1.0.0", "v1.1.0", "minor")
    old = pl.read_parquet(datasets / "v1.0.0" / "casualties.parquet")
    new = pl.read_parquet(datasets / "v1.1.0" / "casualties.parquet")
    assert set(old["first_release"]) == {"v1.0.0"}
    kept = new.filter(pl.col("record_id").is_in(old["record_id"].implode()))
    assert kept.height == old.height and set(kept["first_release"]) == {"v1.0.0"}
    assert set(new.filter(~pl.col("record_id").is_in(old["record_id"].implode()))["first_release"]) == {"v1.1.0"}
    # the new resources are listed, typed and hashed in the datapackage like the others
    package = json.loads((datasets / "v1.1.0" / "datapackage.json").read_text())
    names = {r["name"] for r in package["resources"]}
    assert {"claims", "claims_csv", "estimates", "estimates_csv"} <= names


def test_a_release_from_before_first_release_counts_by_its_record_ids(tmp_path):
    datasets = tmp_path / "datasets"
    publish(frames_of(*SUDAN[:2], datasets=datasets), datasets)
    shutil.move(datasets / "v1.0.0", datasets / "v0.9.0")
    old = pl.read_parquet(datasets / "v0.9.0" / "casualties.parquet").drop("first_release")
    old.write_parquet(datasets / "v0.9.0" / "casualties.parquet")
    history = first_releases(datasets, ["v0.9.0"])["casualties"]
    assert set(history["first_release"]) == {"v0.9.0"} and history.height == old.height


def test_estimates_command_prints_rival_figures_by_source(tmp_path, capsys):
    datasets = tmp_path / "datasets"
    publish(frames_of(*SUDAN, datasets=datasets), datasets)
    assert cli.main(["estimates", "--datasets", str(datasets), "--party", "SDN", "--type", "killed", "--rivals"]) == 0
    out = capsys.readouterr().out
    assert "casualties: SDN civilian killed (count) · 2025-05-01..2025-05-31 · 4 claims" in out
    lines = [line for line in out.splitlines() if line.startswith("  ") and "source" not in line]
    assert len(lines) == 4 and "July" not in out
    assert any("Sudanese army (SDN)" in line and " 40 " in f"{line} " for line in lines)
    assert any("at least 120" in line and "UN human rights office (UN)" in line for line in lines)
    assert cli.main(["estimates", "--datasets", str(tmp_path / "none")]) == 2
