"""The follow-up rules window: the version in force and its rules, earlier versions, import of
a new version (refused for a bad file and for a village worker), export."""

from __future__ import annotations

import json

import pytest

from app.auth import Session
from app.rules import export_rules
from tests.conftest import SITE, TODAY
from tests.gui_fixtures import make_window, people, session  # noqa: F401
from ui import ask
from ui.rules_window import RulesWindow


@pytest.fixture
def messages(monkeypatch):
    said: list[tuple[str, str, str]] = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: said.append(("warn", title, text)))
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: said.append(("inform", title, text)))
    return said


@pytest.fixture
def officer(db_path) -> Session:
    return Session("zhou", "周干部", "officer", SITE)


def _new_version(tmp_path, effective: str, **change) -> str:
    src = tmp_path / "current.json"
    export_rules(src)
    data = json.loads(src.read_text(encoding="utf-8"))
    data["effective_from"] = effective
    data["note"] = "2027年新规"
    data["rules"][0].update(change)
    out = tmp_path / f"rules-{effective}.json"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(out)


def test_shows_rules_in_force_and_imports_a_new_version(qtbot, qtmodeltester, officer, tmp_path, messages):
    window = RulesWindow(officer, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtmodeltester.check(window.versions_model)
    qtmodeltester.check(window.rules_model)
    assert window.versions_model.rowCount() == 1
    assert window.rules_model.rowCount() == 24
    assert "第1版" in window.summary.text()
    assert window.import_button.isEnabled()

    path = _new_version(tmp_path, "2027-01-01", offset_days=40)
    assert window.import_file(path) == 2
    assert messages[-1][0] == "inform"
    # Version 2 is listed (newest first) but version 1 stays in force until 2027.
    assert window.versions_model.rowCount() == 2
    first, second = window.versions_model.row_at(0), window.versions_model.row_at(1)
    assert (first.version, first.in_force, second.version, second.in_force) == (2, False, 1, True)
    assert window.selected_version().version == 2
    assert window.rules_model.rowCount() == 24
    qtmodeltester.check(window.versions_model)
    qtmodeltester.check(window.rules_model)
    # An earlier version is shown by selecting it.
    window.versions_table.selectRow(1)
    assert window.selected_version().version == 1
    assert "第1版" in window.rules_title.text()


def test_a_bad_file_is_refused_with_the_problem_named(qtbot, officer, tmp_path, messages):
    window = RulesWindow(officer, today=TODAY)
    qtbot.addWidget(window)
    path = _new_version(tmp_path, "2027-01-01", sequence=9)
    assert window.import_file(path) is None
    kind, title, text = messages[-1]
    assert kind == "warn" and "没有导入" in title
    assert "序号" in text
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    assert window.import_file(str(garbage)) is None
    assert "读不了规则文件" in messages[-1][2]
    assert window.versions_model.rowCount() == 1


def test_a_worker_sees_the_rules_but_cannot_import(qtbot, worker, tmp_path, messages):
    window = RulesWindow(worker, today=TODAY)
    qtbot.addWidget(window)
    assert window.rules_model.rowCount() == 24
    assert not window.import_button.isEnabled()
    assert window.import_file(_new_version(tmp_path, "2027-01-01")) is None
    assert messages[-1][0] == "warn"
    assert window.versions_model.rowCount() == 1


def test_export_writes_the_selected_version(qtbot, worker, tmp_path, messages):
    window = RulesWindow(worker, today=TODAY)
    qtbot.addWidget(window)
    out = window.export_file(str(tmp_path / "out.json"))
    assert out is not None
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] == 1 and len(data["rules"]) == 24


def test_reachable_from_the_visits_menu(make_window, messages):  # noqa: F811
    window = make_window()
    window.actions_.rules.trigger()
    dialog = window.rules_window
    assert dialog.isVisible()
    assert dialog.rules_model.rowCount() == 24
    assert dialog.import_button.isEnabled()  # the admin may import
