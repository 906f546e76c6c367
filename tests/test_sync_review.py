"""The review queue's core: a row changed at the township and at its village is compared field by
field in Chinese, settled one or several at a time (all or none), and only with the sync right."""

from __future__ import annotations

import pytest

from app.auth import PermissionDenied, Session
from app.sync.identity import SyncError
from app.sync.review import open_count, open_items, resolve, resolve_many
from app.sync.review_view import field_label, pending, record_label, table_label
from db import changes
from db.models import Person, WomanCard
from db.models_sync import ReviewItem

from .sync_sites import Place, enrol


@pytest.fixture
def sites(tmp_path):
    township = Place(tmp_path, "T01", "township", "红星镇")
    village = Place(tmp_path, "V001", "village", "红旗村")
    enrol(township, village)
    village.add_women(3)
    township.import_(village.export("T01"))
    yield township, village
    township.db.close()
    village.db.close()


def both_change(township: Place, village: Place, n: int = 0, *, ours: str = "13711111111",
                theirs: str = "13722222222") -> str:
    """The n-th woman's phone changed at the township and at the village; returns her person UUID."""
    with village:
        person = Person.select().order_by(Person.id)[n]
        changes.update(person, village.session.actor, phone=theirs)
    with township:
        changes.update(Person.get(Person.uuid == person.uuid), township.session.actor, phone=ours)
    return person.uuid


def test_comparison_in_chinese_with_the_differing_field_marked(sites):
    township, village = sites
    uuid = both_change(township, village)
    with village:
        card = WomanCard.get(WomanCard.person == Person.get(Person.uuid == uuid))
        changes.update(card, village.session.actor, contact_person="李建国")
    with township:
        changes.update(WomanCard.get(WomanCard.uuid == card.uuid), township.session.actor, contact_person="王建军")
    assert township.import_(village.export("T01")).summary["conflicts"] == 2
    with township:
        assert open_count() == 2
        views = pending(township.session)
        person_view, card_view = sorted(views, key=lambda v: v.table != "person")
        assert person_view.kind == "个人信息" and person_view.sender == "V001" and person_view.sender_name == "红旗村"
        assert person_view.record.startswith("张秀英（")  # her name and ID number
        phone = [f for f in person_view.fields if f.name == "phone"]
        assert [(f.label, f.ours, f.theirs) for f in phone] == [("联系电话", "13711111111", "13722222222")]
        assert [f.name for f in person_view.differing] == ["phone"]
        assert all(f.name not in ("pinyin", "uuid", "row_version") for f in person_view.fields)
        sex = next(f for f in person_view.fields if f.name == "sex")
        assert sex.label == "性别" and sex.ours == sex.theirs == "女" and not sex.differs
        household = next(f for f in person_view.fields if f.name == "household")
        assert household.ours == "0001户"  # a reference shown as the record it names
        assert person_view.theirs_by == village.session.username and person_view.arrived is not None
        assert card_view.kind == "育龄妇女登记卡" and card_view.record == "张秀英"
        assert [(f.label, f.ours, f.theirs) for f in card_view.differing] == [("联系人", "王建军", "李建国")]


def test_labels_fall_back_safely():
    assert table_label("no_such_table") == "no_such_table"
    assert field_label("visit", "findings") == "随访情况"
    assert field_label("marriage", "start_date") == "结婚日期"
    assert field_label("visit", "mystery_column") == "mystery_column"
    assert record_label("household", {"uuid": "abcdef0123"}) == "abcdef01"
    assert record_label("person", {"uuid": "x", "name": "李娜"}) == "李娜"


def test_a_row_queued_twice_shows_once_and_accepting_takes_the_newest(sites):
    township, village = sites
    uuid = both_change(township, village)
    township.import_(village.export("T01"))
    with village:
        changes.update(Person.get(Person.uuid == uuid), village.session.actor, phone="13733333333")
    assert township.import_(village.export("T01")).summary["conflicts"] == 1
    with township:
        assert len(open_items()) == 2 and open_count() == 1
        [view] = pending(township.session)
        assert len(view.item_ids) == 2 and view.differing[0].theirs == "13733333333"
        resolve(township.session, view.item_ids[0], accept=True)
        assert Person.get(Person.uuid == uuid).phone == "13733333333"
        assert open_items() == [] and pending(township.session) == []


def test_resolve_several_keep_and_accept(sites):
    township, village = sites
    uuids = [both_change(township, village, n, ours=f"1371111111{n}", theirs=f"1372222222{n}") for n in range(3)]
    township.import_(village.export("T01"))
    with township:
        ids = [v.item_id for v in pending(township.session)]
        done = resolve_many(township.session, ids[:2], accept=True)
        assert [i.status for i in done] == ["accepted", "accepted"]
        assert [Person.get(Person.uuid == u).phone for u in uuids] == ["13722222220", "13722222221", "13711111112"]
        [kept] = resolve_many(township.session, ids[2:], accept=False)
        assert kept.status == "kept" and kept.resolved_by == township.session.username
        assert Person.get(Person.uuid == uuids[2]).phone == "13711111112"  # ours stays
        assert open_count() == 0


def test_a_failing_item_leaves_the_whole_action_undone(sites):
    township, village = sites
    uuids = [both_change(township, village, n, ours=f"1371111111{n}", theirs=f"1372222222{n}") for n in range(2)]
    township.import_(village.export("T01"))
    with township:
        ids = [i.id for i in open_items()]
        with pytest.raises(SyncError, match="没有编号为9999的待核对记录"):
            resolve_many(township.session, [*ids, 9999], accept=True)
        assert [Person.get(Person.uuid == u).phone for u in uuids] == ["13711111110", "13711111111"]
        assert [i.status for i in ReviewItem.select()] == ["open", "open"]
        resolve(township.session, ids[0], accept=False)
        with pytest.raises(SyncError, match="没有编号"):  # already settled
            resolve(township.session, ids[0], accept=False)


def test_reference_missing_here_is_refused_in_chinese(sites):
    township, village = sites
    both_change(township, village)
    township.import_(village.export("T01"))
    with township:
        [item] = open_items()
        item.incoming_data = item.incoming_data.replace(
            Person.get(Person.uuid == item.row_uuid).household.uuid, "00000000-0000-0000-0000-000000000000")
        item.save()
        [view] = pending(township.session)
        household = next(f for f in view.fields if f.name == "household")
        assert household.differs and household.theirs == "（本站没有此记录 00000000）"
        with pytest.raises(SyncError, match="暂时无法采用"):
            resolve(township.session, item.id, accept=True)
        assert ReviewItem.get_by_id(item.id).status == "open"


def test_without_the_sync_right_nothing_is_shown_or_settled(sites):
    township, village = sites
    uuid = both_change(township, village)
    township.import_(village.export("T01"))
    guest = Session("guest", "来宾", "guest", "T01")
    with township:
        [item] = open_items()
        with pytest.raises(PermissionDenied, match="无权"):
            pending(guest)
        with pytest.raises(PermissionDenied):
            resolve_many(guest, [item.id], accept=True)
        assert Person.get(Person.uuid == uuid).phone == "13711111111"
        assert ReviewItem.get_by_id(item.id).status == "open"


def test_a_village_sees_the_township_row_that_conflicts(sites):
    """The queue works the other way round: the township's answer meets a village edit."""
    township, village = sites
    uuid = both_change(township, village)
    village.import_(township.export("V001"))
    with village:
        [view] = pending(village.session)
        assert view.sender == "T01" and view.sender_name == "红星镇"
        assert view.differing[0].ours == "13722222222" and view.differing[0].theirs == "13711111111"
        resolve(village.session, view.item_id, accept=False)
        assert Person.get(Person.uuid == uuid).phone == "13722222222"
    # The village's decision goes up and the township takes it without asking again.
    result = township.import_(village.export("T01"))
    assert result.summary["conflicts"] == 0
    with township:
        assert Person.get(Person.uuid == uuid).phone == "13722222222" and open_count() == 0


def test_conflicts_command_shows_what_differs_and_settles(sites, capsys):
    import json

    from app.cli import main

    township, village = sites
    uuid = both_change(township, village)
    assert township.import_(village.export("T01")).summary["conflicts"] == 1
    township.db.close()
    assert main(["packet", "conflicts", "--db", str(township.path)]) == 0
    out = capsys.readouterr().out
    assert "个人信息" in out and "联系电话：本站「13711111111」，对方「13722222222」" in out and "共1条待核对" in out
    assert main(["packet", "conflicts", "--db", str(township.path), "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["kind"] == "个人信息" and row["differs"] == [
        {"field": "phone", "label": "联系电话", "ours": "13711111111", "theirs": "13722222222"}]
    assert main(["packet", "conflicts", "--db", str(township.path), "--accept", str(row["id"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    township.reopen()
    with township:
        assert Person.get(Person.uuid == uuid).phone == "13722222222"


@pytest.mark.parametrize("accept", [False, True])
def test_settled_conflict_ends_identical_on_both_sides(sites, accept):
    """Keeping ours or taking theirs, the decision travels back: the village ends with the row
    the township settled on, at the same version, and nothing is queued there."""
    township, village = sites
    uuid = both_change(township, village)
    township.import_(village.export("T01"))
    with township:
        [view] = pending(township.session)
        resolve(township.session, view.item_id, accept=accept)
        settled = Person.get(Person.uuid == uuid)
        assert settled.phone == ("13722222222" if accept else "13711111111")
        assert settled.row_version == 3  # above both sides' version 2
    result = village.import_(township.export("V001"))
    assert result.summary["conflicts"] == 0
    with village:
        row = Person.get(Person.uuid == uuid)
        assert (row.phone, row.row_version) == (settled.phone, settled.row_version)
        assert open_count() == 0
    # And the village's next packet changes nothing at the township.
    again = township.import_(village.export("T01"))
    assert again.summary["conflicts"] == 0
    with township:
        assert Person.get(Person.uuid == uuid).phone == settled.phone and open_count() == 0


def test_a_decision_closes_the_same_conflict_waiting_on_the_other_side(sites):
    """Edits crossed and both sides queued the row; the township keeps its version first. At
    the village that decision is applied (it was made against the village's version) and the
    village's own waiting item is closed, so nobody can undo the decision unseen."""
    township, village = sites
    uuid = both_change(township, village)
    township.import_(village.export("T01"))
    assert village.import_(township.export("V001")).summary["conflicts"] == 1
    with township:
        [view] = pending(township.session)
        resolve(township.session, view.item_id, accept=False)
    result = village.import_(township.export("V001"))
    assert result.summary["conflicts"] == 0
    with village:
        assert Person.get(Person.uuid == uuid).phone == "13711111111"
        assert open_count() == 0
        assert [i.status for i in ReviewItem.select()] == ["settled"]
    assert township.import_(village.export("T01")).summary["conflicts"] == 0
    with township:
        assert Person.get(Person.uuid == uuid).phone == "13711111111" and open_count() == 0
