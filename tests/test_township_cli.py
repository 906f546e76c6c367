"""fpreg township …: end to end through app.cli.main, on a township file and a village file."""

from __future__ import annotations

import json

import pytest

from app import register
from app.auth import system_session
from app.cli import main
from app.sites import init_database
from db import changes
from db.models import WomanCard
from db.models_township import TransferRequest
from tests.conftest import TODAY, woman
from tests.township_data import TOWNSHIP, build_township


@pytest.fixture
def township_file(tmp_path):
    path = tmp_path / "township.db"
    cards = build_township(path)
    return path, cards


def run(capsys, *argv) -> tuple[int, dict | list, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    data = json.loads(out) if "--json" in argv and out.strip() else {}
    return code, data, err


def test_duplicates_command(township_file, capsys):
    path, cards = township_file
    code, data, _ = run(capsys, "township", "duplicates", "--db", str(path), "--json")
    assert code == 0
    assert sorted(g["kind"] for g in data) == ["id_number", "name_birth"]
    ids = next(g for g in data if g["kind"] == "id_number")
    assert {m["card_uuid"] for m in ids["members"]} == {cards["a_dup"], cards["b_dup"]}
    code, data, _ = run(capsys, "township", "duplicates", "--db", str(path), "--kind", "name_birth", "--json")
    assert [g["kind"] for g in data] == ["name_birth"]
    assert main(["township", "duplicates", "--db", str(path)]) == 0
    assert "共2组" in capsys.readouterr().out


def test_submissions_command(township_file, capsys):
    path, _ = township_file
    code, data, _ = run(capsys, "township", "submissions", "--db", str(path), "--date", TODAY.isoformat(),
                        "--months", "2", "--json")
    assert code == 0 and data["periods"] == ["2026-09", "2026-10"]
    assert [v["site_code"] for v in data["villages"]] == ["V001", "V002", "V003"]
    assert data["villages"][0]["periods"]["2026-10"]["state"] == "overdue"
    code, data, err = run(capsys, "township", "submissions", "--db", str(path), "--period", "2026/10", "--json")
    assert code == 1 and data["ok"] is False and "不是报表期" in err


def test_transfer_commands_at_the_township(township_file, capsys):
    path, cards = township_file
    code, data, _ = run(capsys, "township", "transfer", "request", "--db", str(path), "--card", cards["a_solo"],
                        "--to", "V003", "--note", "婚迁", "--json")
    assert code == 0 and data["progress"] == "waiting_both" and data["to_village"] == "东风村"
    uuid = data["uuid"]
    code, data, _ = run(capsys, "township", "transfer", "list", "--db", str(path), "--status", "open", "--json")
    assert [v["uuid"] for v in data] == [uuid]
    # The township cannot carry out a village's step.
    code, data, err = run(capsys, "township", "transfer", "out", "--db", str(path), "--request", uuid, "--json")
    assert code == 1 and "红旗村" in err
    code, data, _ = run(capsys, "township", "transfer", "cancel", "--db", str(path), "--request", uuid,
                        "--reason", "本人未迁", "--json")
    assert code == 0
    code, data, _ = run(capsys, "township", "transfer", "list", "--db", str(path), "--json")
    assert [v["status"] for v in data] == ["cancelled"]
    code, data, err = run(capsys, "township", "transfer", "request", "--db", str(path), "--card", cards["a_solo"],
                          "--to", "V404", "--json")
    assert code == 1 and "V404" in err


def test_transfer_steps_in_the_villages_own_files(tmp_path, capsys):
    """Village A and B each hold the township's request (as sync delivers it) and do their step."""
    req_fields = {}
    a_path, b_path = tmp_path / "a.db", tmp_path / "b.db"
    db = init_database(a_path, site_code="V001", site_name="红旗村", kind="village", groups=2)
    card = register.add_woman(system_session("V001"), woman(), today=TODAY)
    req_fields = dict(
        from_site="V001", to_site="V002", from_card_uuid=card.uuid, name=card.person.name,
        id_number=card.person.id_number, birth_date=card.person.birth_date, requested_date=TODAY,
        form_json=json.dumps({"name": card.person.name, "id_number": card.person.id_number,
                              "birth_date": card.person.birth_date.isoformat(), "marital_status": "married",
                              "husband_name": "李建国", "phone": "13800138000"}, ensure_ascii=False),
    )
    township_actor = system_session(TOWNSHIP).actor
    req = changes.insert(TransferRequest, township_actor, **req_fields)
    db.close()
    db = init_database(b_path, site_code="V002", site_name="向阳村", kind="village", groups=3)
    changes.insert(TransferRequest, township_actor, uuid=req.uuid, **req_fields)
    db.close()

    code, data, _ = run(capsys, "township", "transfer", "out", "--db", str(a_path), "--request", req.uuid,
                        "--date", TODAY.isoformat(), "--json")
    assert code == 0 and data["exit_reason"] == "transferred"
    code, data, err = run(capsys, "township", "transfer", "receive", "--db", str(a_path), "--request", req.uuid,
                          "--group", "1", "--household", "0009", "--json")
    assert code == 1 and "向阳村" not in err and "V002" in err  # A's file does not know B's name
    code, data, _ = run(capsys, "township", "transfer", "receive", "--db", str(b_path), "--request", req.uuid,
                        "--group", "3", "--household", "0309", "--json")
    assert code == 0
    from db.schema import open_sqlite

    db = open_sqlite(b_path)
    new = WomanCard.get(WomanCard.uuid == data["card_uuid"])
    assert new.site_code == "V002" and new.person.household.group.number == 3
    assert new.person.name == "张秀英"
    db.close()
    db = open_sqlite(a_path)
    assert WomanCard.get(WomanCard.uuid == card.uuid).exit_reason == "transferred"
    db.close()
