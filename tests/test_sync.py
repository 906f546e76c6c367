"""Sync by USB files: three villages and a township exchange packets until both sides hold the
same rows; re-import changes nothing; acknowledgements empty the outbox; conflicts queue."""

from __future__ import annotations

import json

import pytest

from app import register
from app.sync import identity as ident
from app.sync.export import make_packet
from app.sync.identity import SyncError
from app.sync.review import open_items, resolve
from app.sync.tables import TOWNSHIP_TABLES
from db import changes
from db.models import Person, WomanCard
from db.models_sync import Peer, ReviewItem

from .sync_sites import Place, enrol


@pytest.fixture
def township(tmp_path):
    place = Place(tmp_path, "T01", "township", "红星镇")
    yield place
    place.db.close()


@pytest.fixture
def villages(tmp_path, township):
    places = [Place(tmp_path, f"V00{i}", "village", f"{i}村") for i in (1, 2, 3)]
    enrol(township, *places)
    for n, v in enumerate(places):
        v.add_women(4, start=10 * n)
    yield places
    for v in places:
        v.db.close()


def exchange(township: Place, villages: list[Place]) -> list[dict]:
    """One round: every village sends, the township imports all, answers each, villages import."""
    results = []
    for v in villages:
        results.append(township.import_(v.export("T01")).as_dict())
    for v in villages:
        results.append(v.import_(township.export(v.code)).as_dict())
    return results


def assert_same(township: Place, villages: list[Place]) -> None:
    for v in villages:
        theirs = v.rows({v.code})
        ours = township.rows({v.code})
        # A village's seeded copy of the township's reference data stays at home.
        assert {t: r for t, r in theirs.items() if r and t not in TOWNSHIP_TABLES} == \
            {t: r for t, r in ours.items() if r and t not in TOWNSHIP_TABLES}
        # The township's rows: all of them, except those about another village's records.
        ours, theirs = township.rows({"T01"}), v.rows({"T01"})
        assert {t: {u: ours[t][u] for u in rows} for t, rows in theirs.items()} == theirs
        assert {t for t in ours if len(ours[t]) != len(theirs[t])} <= {"approval"}


def test_enrolment_files_exchange_public_keys_only(tmp_path, township):
    village = Place(tmp_path, "V001", "village", "红旗村")
    with township:
        path = ident.write_enrolment(tmp_path / "usb")
        secret = ident.identity()
    text = path.read_text(encoding="utf-8")
    assert secret.sign_public in text and ident.b64(bytes(secret.signing_key)) not in text
    with village:
        with pytest.raises(SyncError, match="自己的登记文件"):
            ident.enrol_peer(ident.write_enrolment(tmp_path / "own"))
        peer = ident.enrol_peer(path)
        assert (peer.site_code, peer.kind) == ("T01", "township")
        data = json.loads(text)
        data["box_public"] = ident.b64(b"x" * 32)
        forged = tmp_path / "forged.json"
        forged.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(SyncError, match="签名不符"):
            ident.enrol_peer(forged)
        assert Peer.get(Peer.site_code == "T01").box_public == secret.box_public
    other = Place(tmp_path, "V002", "village", "2村")
    with other, pytest.raises(SyncError, match="村只能与乡镇"):
        ident.enrol_peer(village.root / "own" / "fpreg-enrol-V001.json")
    village.db.close()
    other.db.close()


def test_three_villages_and_township_end_identical(township, villages):
    results = exchange(township, villages)
    assert [r["status"] for r in results] == ["imported"] * 6
    assert results[0]["summary"]["tables"]["woman_card"]["imported"] == 4
    assert_same(township, villages)
    with township:
        assert WomanCard.select().count() == 12
        assert {p.received_upto > 0 for p in Peer.select()} == {True}

    # The next round carries only what changed: an edit, a void, a new woman.
    v1, v2, _v3 = villages
    with v1:
        changes.update(Person.select().where(Person.sex == "F").first(), v1.session.actor, phone="13900000000")
    with v2:
        register.void_woman(v2.session, WomanCard.select().first().uuid, "重复录入")
    v2.add_women(1, start=50)
    results = exchange(township, villages)
    assert results[0]["summary"]["updated"] >= 1 and results[0]["summary"]["imported"] == 0
    assert results[1]["summary"]["imported"] >= 2
    assert results[2]["summary"] == {"imported": 0, "updated": 0, "ignored": 0, "conflicts": 0, "tables": {},
                                     "notes": []}
    assert_same(township, villages)
    with township:
        assert Person.get(Person.phone == "13900000000").site_code == "V001"
        assert WomanCard.select().where(WomanCard.voided == True).count() == 1  # noqa: E712
    # Acknowledged: the villages' outboxes are empty.
    for v in villages:
        with v:
            assert make_packet("T01").manifest["entries"] == 0


def test_reimport_changes_nothing_and_says_so(township, villages):
    v1 = villages[0]
    packet = v1.export("T01")
    first = township.import_(packet)
    with township:
        before = (Person.select().count(), township.db.execute_sql("SELECT MAX(seq) FROM change_log").fetchone())
    again = township.import_(packet)
    assert first.status == "imported" and again.status == "already_imported"
    assert "已经导入过" in again.message
    with township:
        assert (Person.select().count(), township.db.execute_sql("SELECT MAX(seq) FROM change_log").fetchone()) == before
    # An older packet, overlapping what a later one brought, is also nothing new.
    older = v1.export("T01", v1.root / "old")
    v1.add_women(1, start=60)
    newer = v1.export("T01", v1.root / "new")
    assert township.import_(newer).status == "imported"
    assert township.import_(older).status == "already_imported"


def test_township_rules_reach_villages_without_duplicating_their_seed(township, villages):
    exchange(township, villages)
    for v in villages:
        with v:
            rule_sets = v.db.execute_sql("SELECT site_code, version FROM rule_set").fetchall()
            assert rule_sets == [("T01", 1)]  # the village's seeded copy became the township's


def test_row_changed_on_both_sides_goes_to_review_queue(township, villages):
    v1 = villages[0]
    exchange(township, [v1])
    with township:
        person = Person.get(Person.site_code == "V001")
        changes.update(person, township.session.actor, phone="13711111111")
    with v1:
        changes.update(Person.get(Person.uuid == person.uuid), v1.session.actor, phone="13722222222")
    result = township.import_(v1.export("T01"))
    assert result.summary["conflicts"] == 1
    with township:
        assert Person.get(Person.uuid == person.uuid).phone == "13711111111"  # not overwritten
        [item] = open_items()
        assert item.row_uuid == person.uuid and item.sender == "V001"
        resolve(township.session, item.id, accept=True)
        assert Person.get(Person.uuid == person.uuid).phone == "13722222222"
        assert ReviewItem.get_by_id(item.id).status == "accepted"


def test_gap_is_refused_with_what_to_resend(township, villages):
    v1 = villages[0]
    township.import_(v1.export("T01"))
    v1.import_(township.export("V001"))  # acknowledged
    v1.add_women(1, start=70)
    lost = v1.export("T01", v1.root / "lost")
    v1.import_(township.export("V001"))
    # The township never saw `lost`, but pretend the village got an ack past it.
    with v1:
        Peer.update(acked_upto=Peer.get().exported_upto).execute()
    v1.add_women(1, start=71)
    later = v1.export("T01")
    from app.sync.packet_format import PacketError

    with pytest.raises(PacketError, match="缺少“V001”第") as err:
        township.import_(later)
    assert err.value.kind == "gap"
    assert township.import_(lost).status == "imported"
    assert township.import_(later).status == "imported"


def test_restored_village_is_detected_and_recovers(township, villages, tmp_path):
    v1 = villages[0]
    township.import_(v1.export("T01"))
    v1.import_(township.export("V001"))
    v1.backup_to(tmp_path / "backup.db")
    v1.add_women(2, start=80)
    township.import_(v1.export("T01"))
    v1.restore_from(tmp_path / "backup.db")  # copied back by hand: sync not told
    v1.add_women(1, start=90)
    from app.sync.packet_format import PacketError

    with pytest.raises(PacketError, match="倒退|旧备份") as err:
        township.import_(v1.export("T01"))
    assert err.value.kind in ("backwards", "gap")
    # What the message says to do: a full export under a new database identity.
    from app.sync.restore import after_restore

    with v1:
        old = ident.identity().db_uuid
        after_restore(v1.db)
        assert ident.identity().db_uuid != old
    result = township.import_(v1.export("T01"))
    assert result.status == "imported" and result.summary["imported"] >= 1
    assert result.summary["ignored"] >= 4  # what the township already had
    with township:
        assert WomanCard.select().where(WomanCard.site_code == "V001").count() == 7


def test_returns_and_township_approvals_travel(township, villages):
    """A village's closed return and incentive case go up; the township's approval (a row it
    owns, pointing at the village's case) comes down; both sides end identical."""
    import datetime as dt

    from db.models_incentives import Approval, Enrolment
    from db.models_returns import ClosedReturn

    v1 = villages[0]
    with v1:
        changes.insert(ClosedReturn, v1.session.actor, period="2026-10", period_type="month",
                       start_date=dt.date(2026, 10, 1), end_date=dt.date(2026, 10, 31),
                       figures='{"women": 4}', prepared_by="admin", prepared_at=dt.datetime(2026, 11, 2, 9, 0))
        case = changes.insert(Enrolment, v1.session.actor, person=Person.select().first(),
                              scheme_code="rural_reward", applied_date=dt.date(2026, 11, 1))
    exchange(township, villages)
    with township:
        assert ClosedReturn.get(ClosedReturn.site_code == "V001").figures == '{"women": 4}'
        changes.insert(Approval, township.session.actor, enrolment=Enrolment.get(Enrolment.uuid == case.uuid),
                       decision="approved", date=dt.date(2026, 11, 20), officer="李镇长")
    exchange(township, villages)
    assert_same(township, villages)
    with v1:
        approval = Approval.get()
        assert approval.site_code == "T01" and approval.enrolment.uuid == case.uuid
    with villages[1]:
        assert Approval.select().count() == 0  # not about any of its records
    # Not even in its packet: an approval names another village's family (app/sync/audience.py).
    from app.sync.importer import inspect

    assert "approval" not in inspect(township.export(villages[1].code))["counts"]
    assert inspect(township.export(v1.code))["counts"].get("approval") == 1


def test_township_rows_about_a_village_woman_reach_only_her_village(township, villages):
    """An enrolment the township records itself for a woman of V001 (and its approval) carries
    her case: it goes to V001 only, never to the other villages (app/sync/audience.py)."""
    import datetime as dt

    from app.sync.importer import inspect
    from db.models_incentives import Approval, Enrolment

    exchange(township, villages)
    v1, v2 = villages[0], villages[1]
    with v1:
        her = Person.select().first().uuid
    with township:
        case = changes.insert(Enrolment, township.session.actor, person=Person.get(Person.uuid == her),
                              scheme_code="rural_reward", applied_date=dt.date(2026, 11, 1))
        assert case.site_code == "T01"
        changes.insert(Approval, township.session.actor, enrolment=case, decision="approved",
                       date=dt.date(2026, 11, 20), officer="李镇长")
    counts_v1 = inspect(township.export(v1.code))["counts"]
    counts_v2 = inspect(township.export(v2.code))["counts"]
    assert counts_v1.get("enrolment") == 1 and counts_v1.get("approval") == 1
    assert "enrolment" not in counts_v2 and "approval" not in counts_v2
    exchange(township, villages)
    with v1:
        assert Approval.get().enrolment.uuid == case.uuid
    with v2:
        assert Enrolment.select().count() == 0 and Approval.select().count() == 0
