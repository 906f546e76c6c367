"""Visits due from a woman's services: recompute, cancellation, repeating rules, supplies,
and the bulk recompute equal to the per-woman one."""

from __future__ import annotations

import datetime as dt

from app import due
from app.due import DueFilter, due_counts, due_list, recompute_all, recompute_for_person
from app.events import record_event
from app.procedures import record_procedure
from app.register import add_woman, exit_woman
from app.visits import VisitForm, record_visit
from db.models_services import DueVisit
from tests.conftest import woman

T = dt.date(2026, 11, 22)
REG = dt.date(2020, 1, 1)


def _card(admin, **kw):
    return add_woman(admin, woman(current_status="no_method", **kw), today=REG)


def _open(person_id, prefix=""):
    return sorted(
        (d.rule_code, d.occurrence, d.due_date)
        for d in DueVisit.select().where((DueVisit.person == person_id) & (DueVisit.status == "open"))
        if d.rule_code.startswith(prefix)
    )


def test_iud_insertion_schedule_and_list(admin):
    card = _card(admin)
    record_procedure(admin, card.uuid, "iud_insertion", dt.date(2026, 10, 1), today=T)
    codes = [c for c, _, _ in _open(card.person_id, "iud")]
    assert codes == ["iud_insertion.12m", "iud_insertion.1m", "iud_insertion.3m", "iud_insertion.6m"]
    rows = due_list(DueFilter(view="missed", visit_type="iud_followup"), T)
    assert [r.rule_code for r in rows] == ["iud_insertion.1m"] and rows[0].state == "missed"
    assert rows[0].card_uuid == card.uuid and rows[0].group_number == 1
    # Registered in 2020 without an RH check: this year's yearly check has been missed too.
    assert due_counts(T)["missed"] == 2
    assert due_list(DueFilter(view="all", visit_type="rh_check"), T)[0].visit_type == "rh_check"
    assert due_list(DueFilter(view="all", group_number=2), T) == []


def test_removal_cancels_insertion_items_and_starts_its_own(admin):
    card = _card(admin)
    record_procedure(admin, card.uuid, "iud_insertion", dt.date(2026, 6, 1), today=T)
    record_procedure(admin, card.uuid, "iud_removal", dt.date(2026, 11, 1), today=T)
    assert _open(card.person_id, "iud_insertion") == []
    assert [c for c, _, _ in _open(card.person_id, "iud_removal")] == ["iud_removal.1"]


def test_pregnancy_outcome_ends_monthly_care_and_starts_postpartum(admin):
    card = _card(admin)
    record_event(admin, card.uuid, "pregnancy_registered", dt.date(2026, 6, 1), today=T)
    monthly = _open(card.person_id, "pregnancy")
    assert monthly and all(o >= 1 for _, o, _ in monthly)
    # Repeats monthly up to today + 60 days while she is pregnant.
    assert max(d for _, _, d in monthly) > T
    record_event(admin, card.uuid, "pregnancy_outcome", dt.date(2026, 11, 20),
                 {"outcome": "live_birth", "child_name": "李小宝", "child_sex": "F"}, today=T)
    assert _open(card.person_id, "pregnancy") == []
    assert [c for c, _, _ in _open(card.person_id, "birth")] == ["birth.1w", "birth.28d", "birth.42d"]


def test_exit_cancels_open_items_and_keeps_done_ones(admin):
    card = _card(admin)
    record_procedure(admin, card.uuid, "iud_insertion", dt.date(2026, 10, 1), today=T)
    record_visit(admin, VisitForm(card.uuid, dt.date(2026, 10, 30), "iud_followup"), today=T)
    exit_woman(admin, card.uuid, "moved_out", dt.date(2026, 11, 15))
    recompute_for_person(card.person_id, T)
    assert _open(card.person_id) == []
    done = DueVisit.select().where((DueVisit.person == card.person_id) & (DueVisit.status == "done"))
    assert [d.rule_code for d in done] == ["iud_insertion.1m"]


def test_repeating_yearly_keeps_only_the_current_occurrence(admin):
    card = _card(admin)
    record_procedure(admin, card.uuid, "iud_insertion", dt.date(2021, 5, 1), today=T)
    items = _open(card.person_id, "iud")
    # 1m/3m/6m and earlier yearly occurrences were superseded by later windows that opened.
    # The fifth yearly visit (due 2026-04-30) was missed; the sixth comes within 60 days of its window.
    assert [(c, o) for c, o, _ in items] == [("iud_insertion.12m", 5)]
    assert items[0][2] == dt.date(2026, 4, 30)
    record_visit(admin, VisitForm(card.uuid, dt.date(2026, 5, 10), "iud_followup"), today=T)
    # Once it is done, the next one after the last done one is there, beyond the horizon.
    assert [(c, o) for c, o, _ in _open(card.person_id, "iud")] == [("iud_insertion.12m", 6)]


def test_supply_end_counts_pill_cycles(admin):
    card = _card(admin)
    record_visit(admin, VisitForm(card.uuid, dt.date(2026, 11, 1), "other", supply_kind="pill", supply_quantity=3),
                 today=T)
    rows = [d for d in DueVisit.select().where(DueVisit.person == card.person_id) if d.visit_type == "pill_resupply"]
    assert len(rows) == 1
    assert rows[0].due_date == dt.date(2026, 11, 1) + dt.timedelta(days=3 * 28)
    assert rows[0].window_start == rows[0].due_date - dt.timedelta(days=7)
    # A later handing-over restarts the schedule.
    record_visit(admin, VisitForm(card.uuid, dt.date(2026, 11, 20), "other", supply_kind="pill",
                                  supply_quantity=1), today=T)
    rows = [d.due_date for d in DueVisit.select().where(
        (DueVisit.person == card.person_id) & (DueVisit.visit_type == "pill_resupply"))]
    assert rows == [dt.date(2026, 11, 20) + dt.timedelta(days=28)]


def test_bulk_recompute_equals_per_person(tmp_path):
    from app.demo import create_demo
    from db.schema import open_sqlite

    create_demo(tmp_path / "demo.db", 150, today=T)
    db = open_sqlite(tmp_path / "demo.db")
    try:
        def snapshot():
            return sorted(
                (d.person_id, d.rule_code, d.source_uuid, d.occurrence, d.due_date, d.window_start,
                 d.window_end, d.status, d.visit_id)
                for d in DueVisit.select()
            )

        bulk = snapshot()
        assert any(s[7] == "done" for s in bulk) and any(s[7] == "open" for s in bulk)
        people = {s[0] for s in bulk}
        for pid in people:
            recompute_for_person(pid, T)
        assert snapshot() == bulk
        recompute_all(T)
        assert snapshot() == bulk
        assert due.due_counts(T)["today"] > 0
    finally:
        db.close()


def test_due_rows_show_her_current_name_phone_household_and_group(admin):
    """The items carry what the list shows of her; any change to it reaches them (triggers),
    whichever path makes the change."""
    from db import changes
    from db.models import Household, Person, VillageGroup

    card = _card(admin, phone="13800138000")
    record_procedure(admin, card.uuid, "iud_insertion", dt.date(2026, 10, 1), today=T)

    def shown():
        rows = due_list(DueFilter(view="all"), T)
        assert rows
        return {(r.card_uuid, r.name, r.phone, r.group_number, r.household_number) for r in rows}

    person = Person.get_by_id(card.person_id)
    household = Household.get_by_id(person.household_id)
    assert shown() == {(card.uuid, person.name, "13800138000", 1, household.number)}
    changes.update(person, admin.actor, name="张秀兰", phone="13900139000")
    other = VillageGroup.get(VillageGroup.number == 3)
    changes.update(household, admin.actor, number="0999", group=other)
    assert shown() == {(card.uuid, "张秀兰", "13900139000", 3, "0999")}
    changes.update(VillageGroup.get_by_id(other.id), admin.actor, number=33)
    assert shown() == {(card.uuid, "张秀兰", "13900139000", 33, "0999")}
    assert [r.name for r in due_list(DueFilter(view="all", group_number=33), T)][:1] == ["张秀兰"]
