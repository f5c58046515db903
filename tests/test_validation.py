"""Each table's model accepts the real release and rejects each kind of bad frame."""
import datetime as dt

import polars as pl
import pytest

from seedtables.steps import assemble, extract_batch
from tests.conftest import SEED
from validation.columns import columns_markdown, tables
from validation.validate import validate_release


@pytest.fixture(scope="module")
def frames():
    frames, rejects = assemble([extract_batch([str(SEED)])])
    assert not rejects
    return frames


def broken(frames, table, **changes):
    """A copy of the release with the first row of `table` changed."""
    out = dict(frames)
    f = frames[table]
    out[table] = f.with_columns(**{c: pl.when(pl.int_range(pl.len()) == 0).then(pl.lit(v, dtype=f.schema[c]))
                                     .otherwise(pl.col(c)) for c, v in changes.items()})
    return out


def test_real_release_is_valid(frames):
    report = validate_release(frames)
    assert report.ok, report.describe()
    assert report.summary()["status"].to_list() == ["pass"] * 8


@pytest.mark.parametrize("table,changes,check", [
    ("deployments", {"force": "tanks"}, "isin"),
    ("deployments", {"sender": "north korea"}, "str_matches"),
    ("deployments", {"location_adm1": "RUKRS"}, "str_matches"),
    ("casualties", {"count_qualifier": "approx", "count_low": 5}, "count_qualifier_bounds"),
    ("casualties", {"count_qualifier": "exact", "count_high": 1}, "count_qualifier_bounds"),
    ("deployments", {"count_qualifier": "vague", "count_low": 30, "count_best": None, "count_high": None},
     "count_qualifier_bounds"),
    ("supply_shares", {"share": 1.5, "share_qualifier": "exact"}, "less_than_or_equal_to"),
    ("supply_shares", {"share": None, "share_qualifier": "approx"}, "share_qualifier_iff_share"),
    ("statements", {"date_start": dt.date(2030, 1, 1)}, "date_start_le_date_end"),
    ("statements", {"speech_act": "shouted"}, "isin"),
    ("statements", {"seed_id": "no_such_seed"}, "seed_id_in_seeds"),
    ("casualties", {"char_start": 3}, "evidence_matches_text"),
    ("supply_shares", {"evidence": "testo inventato"}, "evidence_matches_text"),
    ("seeds", {"n_chars": 7}, "n_chars_is_text_length"),
    ("seeds", {"published_precision": "week"}, "isin"),
])
def test_schema_rejects(frames, table, changes, check):
    report = validate_release(broken(frames, table, **changes))
    assert not report.ok
    cases = report.failures[table]
    assert cases.filter(pl.col("check").str.contains(check, literal=True)).height >= 1, cases
    assert 0 in cases["index"].to_list()
    assert table in report.describe()


def test_duplicate_record_id_is_rejected(frames):
    f = frames["statements"]
    dup = dict(frames, statements=pl.concat([f, f.head(1)]))
    cases = validate_release(dup).failures["statements"]
    assert "field_uniqueness" in cases["check"].to_list() or "unique" in " ".join(cases["check"].to_list())


def test_missing_column_is_rejected(frames):
    cases = validate_release(dict(frames, casualties=frames["casualties"].drop("party"))).failures["casualties"]
    assert "party" in cases["failure_case"].to_list()


def test_columns_described_once():
    doc = columns_markdown()
    for t in tables().values():
        for c in t.columns:
            assert f"`{c.name}`" in doc


def test_column_docs_are_generated_from_the_contract():
    from tests.conftest import ROOT

    assert (ROOT / "docs" / "columns.md").read_text(encoding="utf-8") == columns_markdown() + "\n", \
        "regenerate docs/columns.md from validation/columns.toml"
