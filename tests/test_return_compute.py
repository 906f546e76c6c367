"""The return of the hand-built village (tests/return_village.py) for October 2026: every figure
worked out by hand, then reproducibility, logic checks, period close and corrections."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import procedures
from app.returns import store
from app.returns.checks import run_checks
from app.returns.compute import compute_return
from app.returns.periods import PeriodError, parse
from app.returns.status_bulk import statuses_on
from app.status import status_on
from db.models import Person, WomanCard
from tests.conftest import SITE, TODAY
from tests.return_village import build

OCT = parse("2026-10")

# Worked out by hand from the village's story (tests/return_village.py).
EXPECTED = {
    # On the register on 10-31, aged 15–49: A B C D E F G I M (H is 50, J died, K came in November).
    "women_15_49": 9,
    # F is single; M married on 10-03.
    "married_15_49": 8,
    # F and I are in-migrants, G an out-migrant, the other six resident.
    "residence.resident": 6, "residence.in_migrant": 2, "residence.out_migrant": 1, "residence.family_away": 0,
    "married_residence.resident": 6, "married_residence.in_migrant": 1, "married_residence.out_migrant": 1,
    "marriages": 1, "marriages.first": 1, "marriages.remarriage": 0,  # M
    "births": 1, "births.sex.F": 1, "births.sex.M": 0, "births.sex.unknown": 0,  # E's daughter
    "births.order.1": 1, "births.order.2": 0, "births.order.3plus": 0,
    # Mid-period (10-16) population: the 12 women (J died later, I came on 10-08) + E's child.
    "population_mid": 13, "crude_birth_rate": 76.9,  # 1 / 13 × 1000
    "sex_ratio_at_birth": 0.0,  # 0 boys ÷ 1 girl × 100
    "deaths": 1, "moved_in": 1, "moved_out": 0,  # J; I
    # Status on 10-31: A, C iud; B pill; G sterilised; I infertile; D stopped, E gave birth, M none.
    "status.iud": 2, "status.pill": 1, "status.female_sterilisation": 1, "status.no_method": 3,
    "status.infertile": 1, "status.pregnant": 0, "status.waiting": 0, "status.total": 8,
    "users": 4, "cpr": 50.0,  # 4 / 8
    "mix.iud": 50.0, "mix.pill": 25.0, "mix.female_sterilisation": 25.0, "mix.condom": 0.0,
    # B switched condom → pill (counselled); C's IUD is her first method.
    "new_acceptors": 2, "new_acceptors.first_ever": 1, "new_acceptors.switching": 1,
    "new_acceptors.method.iud": 1, "new_acceptors.method.pill": 1,
    "new_acceptors.counselled": 1, "informed_choice_rate": 50.0,
    "discontinuations": 1, "discontinuations.reason.wants_child": 1, "switches": 1,  # D; B
    "procedure.iud_insertion": 1, "procedure.iud_removal": 0,  # C
    # Due in October: E postpartum (10-20, done 10-19), I in-migrant (10-23, done 10-25),
    # M newly-wed (10-18, not visited).
    "followup.due": 3, "followup.done": 2, "followup_rate": 66.7,
    "check.rh_check": 2, "check.pre_pregnancy": 0,  # A and F in October
    "rh_checked_12m": 1, "rh_check_coverage": 12.5,  # A only (B's was 2025-09-01): 1 / 8
    "id.valid": 8, "id.invalid": 1, "id_rate": 88.9,  # M has no ID number: 8 / 9
}


@pytest.fixture
def village(admin):
    return build(admin)


def _uuid(card_uuid: str) -> str:
    return WomanCard.get(WomanCard.uuid == card_uuid).person.uuid


def test_every_figure_of_the_hand_built_village(village):
    ret = compute_return(OCT, SITE, today=TODAY)
    values = ret.values()
    wrong = {k: (values.get(k), v) for k, v in EXPECTED.items() if values.get(k) != v}
    assert wrong == {}


def test_drill_down_names_the_people_counted(village):
    figs = compute_return(OCT, SITE, today=TODAY).figures()
    assert set(figs["status.iud"].people) == {_uuid(village["A"]), _uuid(village["C"])}
    assert figs["new_acceptors.switching"].people == [_uuid(village["B"])]
    assert figs["discontinuations.reason.wants_child"].people == [_uuid(village["D"])]
    child = Person.get(Person.name == "刘小花")
    assert figs["births.sex.F"].people == [child.uuid]
    assert figs["id.invalid"].people == [_uuid(village["M"])]
    assert _uuid(village["H"]) not in figs["women_15_49"].people
    assert len(figs["women_15_49"].people) == figs["women_15_49"].value


def test_every_period_type(village):
    for code, start, end in [("2026Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
                             ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
                             ("FY2026", dt.date(2025, 10, 1), dt.date(2026, 9, 30)),
                             ("FY2026H1", dt.date(2025, 10, 1), dt.date(2026, 3, 31))]:
        ret = compute_return(parse(code), SITE, today=TODAY)
        assert (ret.period.start, ret.period.end) == (start, end)
    # FY2026 ends 2026-09-30: before the October events; E was pregnant then.
    fy = compute_return(parse("FY2026"), SITE, today=TODAY).values()
    # Married on 09-30: A B C D E G H I J (H still 49, J alive, M not yet married).
    assert fy["status.pregnant"] == 1 and fy["births"] == 0 and fy["married_15_49"] == 9
    # The calendar year holds E's pregnancy registration and her birth.
    assert compute_return(parse("2026"), SITE, today=TODAY).value("births") == 1


def test_future_period_refused(village):
    with pytest.raises(PeriodError, match="尚未开始"):
        compute_return(parse("2026-12"), SITE, today=TODAY)


def test_past_period_recomputes_identically_after_later_entries(village, admin):
    before = compute_return(OCT, SITE, today=TODAY)
    # November entries do not touch October.
    procedures.record_check(admin, village["B"], "rh_check", dt.date(2026, 11, 10), today=TODAY)
    procedures.record_procedure(admin, village["A"], "iud_removal", dt.date(2026, 11, 12), today=TODAY)
    after = compute_return(OCT, SITE, today=TODAY)
    assert store.differences(before, after) == []
    assert after.values() == before.values()


def test_checks_pass_for_a_consistent_village(village):
    failed = [c.code for c in run_checks(compute_return(OCT, SITE, today=TODAY)) if not c.ok]
    assert failed == []


def test_checks_name_the_offending_records(village):
    ret = compute_return(OCT, SITE, today=TODAY)
    figs = ret.figures()
    figs["births.sex.F"].value = 0  # a sum that does not add up
    ret.evidence["paid_without_approval"] = ["pay-1"]
    results = {c.code: c for c in run_checks(ret)}
    assert not results["births_by_sex"].ok and "相差1" in results["births_by_sex"].message
    assert not results["payments_approved"].ok and results["payments_approved"].uuids == ["pay-1"]


def test_close_needs_an_explanation_when_checks_fail(village, admin):
    ret = compute_return(OCT, SITE, today=TODAY)
    ret.figures()["status.iud"].value = 5
    with pytest.raises(store.ReturnError, match="须填写说明"):
        store.close_return(admin, ret)
    row = store.close_return(admin, ret, explanation="县里要求先报，下月更正", formats=["pdf"])
    assert row.explanation == "县里要求先报，下月更正" and row.period == "2026-10"
    with pytest.raises(store.ReturnError, match="已经关账"):
        store.close_return(admin, compute_return(OCT, SITE, today=TODAY), explanation="x")


def test_late_entry_shown_as_difference_and_corrected_next_month(village, admin):
    prepared = store.prepare(OCT, SITE, today=TODAY)
    store.close_return(admin, prepared.ret, formats=["json"])
    assert store.prepare(OCT, SITE, today=TODAY).differences == []
    # Entered after the close, dated in October: G's RH check on 10-15.
    procedures.record_check(admin, village["G"], "rh_check", dt.date(2026, 10, 15), today=TODAY)
    again = store.prepare(OCT, SITE, today=TODAY)
    assert again.closed is not None and again.ret.value("check.rh_check") == 2  # the sent one, unchanged
    diff = {c.code: (c.sent, c.now) for c in again.differences}
    assert diff["check.rh_check"] == (2, 3) and diff["rh_checked_12m"] == (1, 2)
    nov = store.prepare(parse("2026-11"), SITE, today=TODAY)
    corr = {(c.period, c.code): c for c in nov.ret.corrections}
    assert corr[("2026-10", "check.rh_check")].now == 3
    assert corr[("2026-10", "check.rh_check")].added == [_uuid(village["G"])]
    # Once November (carrying the correction) is closed, the correction is not reported again.
    store.close_return(admin, nov.ret, explanation="本月尚未结束")
    assert store.corrections_for(parse("2026-12"), SITE, TODAY) == []


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from app.demo import create_demo
    from db.schema import open_sqlite

    path = tmp_path_factory.mktemp("ret") / "demo.db"
    create_demo(path, 300, seed=3, today=TODAY)
    db = open_sqlite(path)
    yield db
    db.close()


@settings(derandomize=True, max_examples=8, deadline=None)
@given(st.dates(dt.date(2024, 1, 1), TODAY))
def test_bulk_status_agrees_with_status_on(demo_db, day):
    ids = [c.person_id for c in WomanCard.select(WomanCard.person).where(WomanCard.voided == False)]  # noqa: E712
    bulk = statuses_on(ids, day)
    assert bulk == {pid: status_on(pid, day) for pid in ids}
