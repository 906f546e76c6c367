"""The timeline of one woman: every kind of entry, newest first, register changes included."""

from __future__ import annotations

import datetime as dt

from app import register
from app.events import record_event
from app.methods import MethodForm, start_method
from app.procedures import record_check, record_procedure
from app.timeline import timeline
from db import changes
from db.models_services import Visit
from tests.conftest import TODAY, woman


def test_timeline_merges_everything_newest_first(worker):
    card = register.add_woman(worker, woman(current_status="condom", registered_date=dt.date(2024, 1, 1)), today=TODAY)
    start_method(worker, card.uuid, MethodForm("pill", start_date=dt.date(2024, 6, 1), counselled=True,
                                                methods_explained=["pill", "iud"], own_choice=True), today=TODAY)
    record_procedure(worker, card.uuid, "implant_insertion", dt.date(2025, 1, 10), implant_type="jadelle",
                     place="乡卫生院", today=TODAY)
    record_check(worker, card.uuid, "rh_check", dt.date(2025, 3, 1), result="未见异常", today=TODAY)
    record_event(worker, card.uuid, "status_declared", dt.date(2025, 4, 1), {"status": "waiting"}, today=TODAY)
    changes.insert(Visit, worker.actor, person=card.person_id, date=dt.date(2025, 2, 20), visitor="wang",
                   visit_type="implant_followup", findings="恢复良好")
    form = register.form_of(register.card_by_uuid(card.uuid))
    form.phone = "13900139000"
    register.update_woman(worker, card.uuid, form, today=TODAY)

    entries = timeline(card.uuid)
    dates = [e.date for e in entries]
    assert dates == sorted(dates, reverse=True)
    kinds = {e.kind for e in entries}
    assert kinds == {"method_start", "method_stop", "procedure", "check", "event", "visit", "register"}
    implant = next(e for e in entries if e.kind == "procedure")
    assert "2030-01-10" in implant.detail and "乡卫生院" in implant.detail
    pill = next(e for e in entries if e.kind == "method_start" and "口服药" in e.title)
    assert "本人自主选择" in pill.detail and "宫内节育器" in pill.detail
    phone = [e for e in entries if e.kind == "register" and "联系电话" in e.detail]
    assert len(phone) == 1 and "13900139000" in phone[0].detail and phone[0].by == "wang"
    # The status cache and the switch's end of the old episode are not register lines of their own.
    assert not any("当前避孕" in e.detail for e in entries)
    assert [e.title for e in entries if e.kind == "register"].count("登记入册") == 1
    assert any(e.kind == "method_stop" and "避孕套" in e.title for e in entries)


def test_exit_by_event_is_one_entry(worker):
    card = register.add_woman(worker, woman(registered_date=dt.date(2020, 1, 1)), today=TODAY)
    record_event(worker, card.uuid, "moved_out", dt.date(2026, 10, 1), {"destination": "广东省东莞市"}, today=TODAY)
    entries = timeline(card.uuid)
    (moved,) = [e for e in entries if e.kind == "event"]
    assert moved.title == "迁出" and "广东省东莞市" in moved.detail
    assert not any("注销" in e.detail for e in entries if e.kind == "register")


def test_registration_is_dated_by_its_registration_date(worker):
    import datetime as dt

    from app import register
    from app.timeline import timeline
    from tests.conftest import TODAY, woman

    card = register.add_woman(worker, woman(registered_date=dt.date(2010, 1, 1)), today=TODAY)
    entry = next(e for e in timeline(card.uuid) if e.source_table == "woman_card")
    assert entry.date == dt.date(2010, 1, 1)
    assert "录入于" in entry.detail
