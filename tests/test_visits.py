"""Recording a follow-up visit: who, checks on dates and exits, closing the right item,
supplies starting a resupply schedule, the change log."""

from __future__ import annotations

import datetime as dt

import pytest

from app.auth import Session
from app.procedures import record_procedure
from app.register import RegisterError, add_woman, exit_woman
from app.visits import VisitForm, record_visit
from db import changes
from db.models_services import DueVisit, Visit
from tests.conftest import woman

T = dt.date(2026, 11, 22)
REG = dt.date(2020, 1, 1)


@pytest.fixture
def card(admin):
    c = add_woman(admin, woman(current_status="no_method"), today=REG)
    record_procedure(admin, c.uuid, "iud_insertion", dt.date(2026, 10, 1), today=T)
    return c


def _item(person_id, code):
    return DueVisit.get((DueVisit.person == person_id) & (DueVisit.rule_code == code))


def test_visit_in_window_closes_the_item_and_logs(worker, card):
    visit = record_visit(worker, VisitForm(card.uuid, dt.date(2026, 11, 10), "iud_followup", findings=" 正常 "),
                         today=T)
    assert visit.visitor == "wang" and visit.findings == "正常"
    item = _item(card.person_id, "iud_insertion.1m")
    assert item.status == "done" and item.visit_id == visit.id
    assert [e.op for e in changes.history(Visit, visit.uuid)] == ["insert"]


def test_due_id_picks_the_item_and_must_match(admin, card):
    item = _item(card.person_id, "iud_insertion.1m")
    with pytest.raises(RegisterError) as err:
        record_visit(admin, VisitForm(card.uuid, dt.date(2026, 11, 20), "iud_followup", due_id=item.id), today=T)
    assert err.value.problems[0].field == "due_id"
    record_visit(admin, VisitForm(card.uuid, dt.date(2026, 11, 1), "iud_followup", due_id=item.id), today=T)
    assert _item(card.person_id, "iud_insertion.1m").status == "done"


def test_visit_outside_any_window_closes_nothing(admin, card):
    record_visit(admin, VisitForm(card.uuid, dt.date(2026, 11, 20), "iud_followup"), today=T)
    assert _item(card.person_id, "iud_insertion.1m").status == "open"


@pytest.mark.parametrize("day, field", [(dt.date(2026, 11, 23), "date"), (dt.date(2019, 12, 31), "date")])
def test_refuses_future_and_before_registration(admin, card, day, field):
    with pytest.raises(RegisterError) as err:
        record_visit(admin, VisitForm(card.uuid, day, "iud_followup"), today=T)
    assert field in {p.field for p in err.value.problems}


def test_refuses_unknown_type_bad_supply_and_exited_woman(admin, card):
    with pytest.raises(RegisterError) as err:
        record_visit(admin, VisitForm(card.uuid, T, "gossip"), today=T)
    assert err.value.problems[0].field == "visit_type"
    with pytest.raises(RegisterError) as err:
        record_visit(admin, VisitForm(card.uuid, T, "other", supply_kind="pill", supply_quantity=0), today=T)
    assert err.value.problems[0].field == "supply_quantity"
    exit_woman(admin, card.uuid, "moved_out", dt.date(2026, 11, 1))
    with pytest.raises(RegisterError):
        record_visit(admin, VisitForm(card.uuid, dt.date(2026, 10, 30), "iud_followup"), today=T)


def test_injection_starts_next_dose(admin, card):
    record_visit(admin, VisitForm(card.uuid, dt.date(2026, 11, 1), "other", supply_kind="dmpa", supply_quantity=1),
                 today=T)
    item = DueVisit.get((DueVisit.person == card.person_id) & (DueVisit.visit_type == "injection_due"))
    assert item.rule_code == "injection_dmpa.next" and item.due_date == dt.date(2026, 11, 1) + dt.timedelta(days=91)


def test_view_only_role_cannot_record(db_path, card):
    from app.auth import PERMISSIONS, PermissionDenied

    assert "edit_rules" in PERMISSIONS and "worker" not in PERMISSIONS["edit_rules"]
    nobody = Session("x", "x", "guest", "V001")
    with pytest.raises((PermissionDenied, KeyError)):
        record_visit(nobody, VisitForm(card.uuid, T, "other"), today=T)
