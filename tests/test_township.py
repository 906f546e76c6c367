"""Township services on a township database holding three villages' rows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app import register
from app.register import RegisterError
from app.register_query import RegisterFilter, count, fetch_page
from app.township import duplicates, submissions, transfers
from app.township.villages import TownshipError, is_township, villages
from db.models_township import TransferRequest
from tests.conftest import TODAY
from tests.township_data import SHARED_ID, village_session

pytest_plugins = ["tests.township_data"]


def test_villages_and_kind(township):
    assert is_township()
    assert [(v.code, v.name) for v in villages()] == [("V001", "红旗村"), ("V002", "向阳村"), ("V003", "东风村")]


def test_register_filter_by_village(township, cards):
    everyone = fetch_page(RegisterFilter(scope="all"), today=TODAY)
    assert {r.site_code for r in everyone} == {"V001", "V002", "V003"}
    v1 = fetch_page(RegisterFilter(site_code="V001", scope="all"), today=TODAY)
    assert {r.card_uuid for r in v1} == {cards["a_dup"], cards["a_nb"], cards["a_solo"]}
    assert count(RegisterFilter(site_code="V003"), today=TODAY) == 2


def test_township_cannot_edit_a_village_card(township, cards):
    form = register.form_of(register.card_by_uuid(cards["a_solo"]))
    with pytest.raises(RegisterError, match="V001"):
        register.update_woman(township, cards["a_solo"], dataclasses.replace(form, phone="13900000000"), today=TODAY)
    with pytest.raises(RegisterError, match="只能由该站点修改"):
        register.exit_woman(township, cards["a_solo"], "moved_out", TODAY)
    with pytest.raises(RegisterError):
        register.void_woman(township, cards["a_solo"], "录入错误")
    card = register.card_by_uuid(cards["a_solo"])
    assert card.exit_reason is None and not card.voided and card.row_version == 1
    # The owner still can.
    register.update_woman(village_session("V001"), cards["a_solo"], dataclasses.replace(form, phone="13900000000"),
                          today=TODAY)
    assert register.card_by_uuid(cards["a_solo"]).person.phone == "13900000000"


def test_duplicates_by_id_and_by_name_birth(township, cards):
    groups = duplicates.find_duplicates()
    by_kind = {g.kind: g for g in groups}
    assert len(groups) == 2
    assert by_kind["id_number"].key == SHARED_ID
    assert {m.card_uuid for m in by_kind["id_number"].members} == {cards["a_dup"], cards["b_dup"]}
    assert by_kind["id_number"].sites == ("V001", "V002")
    nb = by_kind["name_birth"]
    assert nb.key == "李娜 1992-01-03"
    assert {m.site_code for m in nb.members} == {"V001", "V003"}
    assert {m.village for m in nb.members} == {"红旗村", "东风村"}
    # Same ID in two villages is also same name+birth: it is not listed twice.
    assert not any(g.kind == "name_birth" and g.key.startswith("张秀英") for g in groups)


def test_exited_card_is_no_longer_a_duplicate(township, cards):
    register.exit_woman(village_session("V002"), cards["b_dup"], "moved_out", TODAY)
    assert [g.kind for g in duplicates.find_duplicates()] == ["name_birth"]


def test_duplicates_in_one_village_are_not_cross_village(township, cards):
    # A voided card in another village does not count either.
    register.void_woman(village_session("V003"), cards["c_nb"], "录入错误")
    assert [g.kind for g in duplicates.find_duplicates()] == ["id_number"]


def test_transfer_workflow(township, cards):
    req = transfers.request_transfer(township, cards["a_solo"], "V002", note="嫁到向阳村", today=TODAY)
    assert req.site_code == "T001" and req.status == "open" and req.id_number
    assert (req.from_name, req.to_name) == ("红旗村", "向阳村")  # the villages do not know each other's names
    view = transfers.transfer_progress(req.uuid)
    assert view.progress == "waiting_both" and view.from_village == "红旗村" and view.to_village == "向阳村"
    with pytest.raises(TownshipError, match="进行中"):
        transfers.request_transfer(township, cards["a_solo"], "V003", today=TODAY)
    # Steps are each village's own: the township and the wrong village are refused.
    with pytest.raises(TownshipError, match="红旗村"):
        transfers.carry_out_transfer(township, req.uuid, TODAY)
    with pytest.raises(TownshipError, match="向阳村"):
        transfers.receive_transfer(village_session("V001"), req.uuid, 1, "0103", today=TODAY)
    assert [v.uuid for v in transfers.pending_here(village_session("V001"))] == [req.uuid]

    transfers.carry_out_transfer(village_session("V001"), req.uuid, TODAY)
    card_a = register.card_by_uuid(cards["a_solo"])
    assert card_a.exit_reason == "transferred" and card_a.exit_date == TODAY
    assert card_a.person.moved_out_date == TODAY
    assert transfers.transfer_progress(req.uuid).progress == "waiting_in"
    with pytest.raises(TownshipError, match="转出"):
        transfers.carry_out_transfer(village_session("V001"), req.uuid, TODAY)
    assert transfers.close_finished(township, today=TODAY) == 0

    new = transfers.receive_transfer(village_session("V002"), req.uuid, 2, "0150", today=TODAY)
    assert new.site_code == "V002" and new.person.id_number == req.id_number
    assert new.person.household.group.number == 2 and new.person.name == "王芳"
    assert new.residence == "resident" and new.registered_date == TODAY
    assert transfers.transfer_progress(req.uuid).in_card_uuid == new.uuid
    assert transfers.pending_here(village_session("V002")) == []

    assert transfers.close_finished(township, today=TODAY) == 1
    done = TransferRequest.get(TransferRequest.uuid == req.uuid)
    assert done.status == "completed" and done.closed_date == TODAY and done.row_version == 2
    with pytest.raises(TownshipError, match="已完成"):
        transfers.receive_transfer(village_session("V002"), req.uuid, 2, "0150", today=TODAY)


def test_transfer_of_a_duplicate_needs_only_the_exit(township, cards):
    req = transfers.request_transfer(township, cards["a_dup"], "V002", today=TODAY)
    assert req.to_card_uuid == cards["b_dup"]
    view = transfers.transfer_progress(req.uuid)
    assert view.progress == "waiting_out" and view.in_card_uuid == cards["b_dup"]
    with pytest.raises(TownshipError, match="已在本村登记册上"):
        transfers.receive_transfer(village_session("V002"), req.uuid, 1, "0101", today=TODAY)
    # The duplicate list shows the open request on A's card.
    member = next(m for g in duplicates.find_duplicates(["id_number"]) for m in g.members
                  if m.card_uuid == cards["a_dup"])
    assert member.transfer_uuid == req.uuid
    transfers.carry_out_transfer(village_session("V001"), req.uuid, TODAY)
    assert transfers.close_finished(township, today=TODAY) == 1
    assert [g.kind for g in duplicates.find_duplicates()] == ["name_birth"]


def test_transfer_refusals(township, cards):
    with pytest.raises(TownshipError, match="V009"):
        transfers.request_transfer(township, cards["a_solo"], "V009", today=TODAY)
    with pytest.raises(TownshipError, match="相同"):
        transfers.request_transfer(township, cards["a_solo"], "V001", today=TODAY)
    register.exit_woman(village_session("V001"), cards["a_solo"], "died", TODAY)
    with pytest.raises(TownshipError, match="已注销"):
        transfers.request_transfer(township, cards["a_solo"], "V002", today=TODAY)
    # Only the township asks for transfers.
    with pytest.raises(TownshipError, match="不是乡镇"):
        transfers.request_transfer(village_session("V001"), cards["a_nb"], "V002", today=TODAY)
    assert TransferRequest.select().count() == 0


def test_cancel_transfer(township, cards):
    req = transfers.request_transfer(township, cards["c_solo"], "V001", today=TODAY)
    with pytest.raises(TownshipError, match="原因"):
        transfers.cancel_transfer(township, req.uuid, " ")
    transfers.cancel_transfer(township, req.uuid, "本人未迁", today=TODAY)
    row = TransferRequest.get(TransferRequest.uuid == req.uuid)
    assert row.status == "cancelled" and "本人未迁" in row.note
    with pytest.raises(TownshipError, match="已取消"):
        transfers.carry_out_transfer(village_session("V003"), req.uuid, TODAY)
    assert transfers.list_transfers("open") == []
    assert [v.status for v in transfers.list_transfers()] == ["cancelled"]
    # A cancelled request leaves room for a new one.
    transfers.request_transfer(township, cards["c_solo"], "V001", today=TODAY)


def test_deadlines_and_periods():
    assert submissions.period_end("2026-02") == dt.date(2026, 2, 28)
    assert submissions.period_end("2026-Q4") == dt.date(2026, 12, 31)
    assert submissions.period_end("2024") == dt.date(2024, 12, 31)
    with pytest.raises(ValueError, match="2026-13"):
        submissions.period_end("2026-13")
    with pytest.raises(ValueError, match="不是报表期"):
        submissions.period_end("十月")
    assert submissions.recent_months(dt.date(2026, 2, 10), 3) == ["2025-11", "2025-12", "2026-01"]


def test_submission_board(township, cards):
    from app import settings

    assert submissions.deadline("2026-10") == dt.date(2026, 11, 5)
    settings.put("township_return_deadline_day", 10)
    assert submissions.deadline("2026-10") == dt.date(2026, 11, 10)
    subs = [
        submissions.Submission("V001", "2026-09", dt.datetime(2026, 10, 3, 9)),
        submissions.Submission("V001", "2026-10", dt.datetime(2026, 11, 12, 9)),
        submissions.Submission("V002", "2026-09", dt.datetime(2026, 10, 20, 9)),
        submissions.Submission("V002", "2026-09", dt.datetime(2026, 10, 2, 9)),  # the earliest counts
    ]
    board = submissions.submission_board(["2026-09", "2026-10", "2026-11"], TODAY, submissions=subs)
    states = {(r.site_code, c.period): c.state for r in board for c in r.cells}
    assert states[("V001", "2026-09")] == "on_time"
    assert states[("V001", "2026-10")] == "late"
    assert states[("V002", "2026-09")] == "on_time"
    assert states[("V002", "2026-10")] == "overdue"  # 22 Nov is past 10 Nov
    assert states[("V003", "2026-11")] == "not_due"
    assert [r.village for r in board] == ["红旗村", "向阳村", "东风村"]
    late = [c for r in board for c in r.cells if c.highlighted]
    assert len(late) == 4  # V001 Oct late; V002 Oct, V003 Sep and Oct overdue
    # Last sync: from the sync peers; a village never enrolled has never synced.
    assert all(r.last_sync is None for r in board)
    assert board[0].as_dict()["periods"]["2026-10"]["state"] == "late"


def test_board_refuses_bad_period(township):
    with pytest.raises(ValueError, match="2026/10"):
        submissions.submission_board(["2026/10"], TODAY, submissions=[])


def test_duplicate_finder_uses_few_queries(township, cards):
    """Set-based: the number of queries does not grow with the number of women."""
    from db.connection import database

    for i in range(20):
        from tests.township_data import add

        add("V003", f"孙{'一二三四五六七八九十'[i % 10]}{'甲乙'[i // 10]}", dt.date(1980 + i, 3, 1), 300 + 2 * i,
            household=f"09{i:02d}")
    seen = []
    real = database.obj.execute_sql

    def counting(sql, params=None, *a, **k):
        seen.append(sql)
        return real(sql, params, *a, **k)

    database.obj.execute_sql = counting
    try:
        duplicates.find_duplicates()
    finally:
        database.obj.execute_sql = real
    member_queries = [s for s in seen if "woman_card" in s and "IN (SELECT DISTINCT" in s]
    assert len(member_queries) == 2
    assert len(seen) <= 8, seen


def test_board_reads_closed_returns_and_peers(township, cards):
    """The adapter to issue 6's closed returns and issue 7's peer table."""
    import json

    from db import changes, models_returns

    ClosedReturn = getattr(models_returns, "ClosedReturn", None)  # noqa: N806
    if ClosedReturn is None:
        pytest.skip("issue 6 (returns) not in this tree")

    changes.insert(
        ClosedReturn, village_session("V003").actor, period="2026-10", period_type="month",
        start_date=dt.date(2026, 10, 1), end_date=dt.date(2026, 10, 31), figures=json.dumps({}),
        prepared_by="worker_V003", prepared_at=dt.datetime(2026, 11, 4, 16, 30),
    )
    changes.insert(
        ClosedReturn, village_session("V001").actor, period="2026Q3", period_type="quarter",
        start_date=dt.date(2026, 7, 1), end_date=dt.date(2026, 9, 30), figures=json.dumps({}),
        prepared_by="worker_V001", prepared_at=dt.datetime(2026, 10, 9, 8, 0),
    )
    subs = submissions.closed_returns()
    assert {(s.site_code, s.period, s.end_date) for s in subs} == {
        ("V003", "2026-10", dt.date(2026, 10, 31)), ("V001", "2026Q3", dt.date(2026, 9, 30))}
    board = {r.site_code: r for r in submissions.submission_board(["2026-10", "2026-Q3"], TODAY)}
    assert board["V003"].cells[0].state == "on_time"
    assert board["V003"].cells[0].submitted_at == dt.datetime(2026, 11, 4, 16, 30)
    assert board["V001"].cells[1].state == "late"  # 9 Oct is past 5 Oct
    assert board["V002"].cells[1].state == "overdue"
    try:
        from db.models_sync import Peer
    except ImportError:
        return
    if "imported_at" not in Peer._meta.fields:
        return
    Peer.create(site_code="V002", kind="village", sign_public="x", box_public="y",
                imported_at=dt.datetime(2026, 11, 20, 10, 0))
    assert submissions.last_sync_times()["V002"] == dt.datetime(2026, 11, 20, 10, 0)


def test_township_cannot_record_services_on_a_village_card(township, cards):
    from app.events import record_event
    from app.procedures import record_procedure
    from app.visits import VisitForm, record_visit
    from db.models_services import Visit

    with pytest.raises(RegisterError, match="V001"):
        record_visit(township, VisitForm(card_uuid=cards["a_solo"], date=TODAY, visit_type="iud_followup"), today=TODAY)
    with pytest.raises(RegisterError, match="只能由该站点修改"):
        record_procedure(township, cards["a_solo"], "iud_insertion", TODAY, today=TODAY)
    with pytest.raises(RegisterError, match="只能由该站点修改"):
        record_event(township, cards["a_solo"], "moved_out", TODAY, {"destination": "广州"}, today=TODAY)
    assert Visit.select().count() == 0
    assert register.card_by_uuid(cards["a_solo"]).exit_reason is None
    # The village itself still records them.
    record_visit(village_session("V001"), VisitForm(card_uuid=cards["a_solo"], date=TODAY, visit_type="iud_followup"),
                 today=TODAY)
    assert Visit.select().count() == 1
