"""Importing a new version of the follow-up rules: validation names the row and field; a new
version is created and the old one is left as it was."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.auth import PermissionDenied, Session
from app.register import RegisterError
from app.rules import RESOURCE, export_rules, import_rules, rules_in_force
from db.models_services import FollowUpRule, RuleSet


def _data(**changes):
    data = json.loads(RESOURCE.read_text(encoding="utf-8"))
    data["effective_from"] = "2027-01-01"
    data.update(changes)
    return data


def _import(admin, tmp_path, data):
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return import_rules(admin, path)


def _rule(data, code):
    return next(r for r in data["rules"] if r["code"] == code)


def _refused(admin, tmp_path, data) -> list:
    with pytest.raises(RegisterError) as err:
        _import(admin, tmp_path, data)
    assert RuleSet.select().count() == 1
    return err.value.problems


def test_new_version_created_old_untouched(admin, tmp_path):
    before = [(r.code, r.offset_days, r.row_version) for r in FollowUpRule.select().order_by(FollowUpRule.id)]
    data = _data()
    _rule(data, "marriage.newlywed")["offset_days"] = 20
    rule_set = _import(admin, tmp_path, data)
    assert rule_set.version == 2
    old = FollowUpRule.select().where(FollowUpRule.rule_set == RuleSet.get(RuleSet.version == 1))
    assert [(r.code, r.offset_days, r.row_version) for r in old.order_by(FollowUpRule.id)] == before
    in_force = {r.code: r.offset_days for r in rules_in_force(dt.date(2027, 1, 1))}
    assert in_force["marriage.newlywed"] == 20
    assert {r.code: r.offset_days for r in rules_in_force(dt.date(2026, 12, 31))}["marriage.newlywed"] == 15
    out = export_rules(tmp_path / "out.json")
    assert _rule(json.loads(out.read_text(encoding="utf-8")), "marriage.newlywed")["offset_days"] == 20


def test_gap_in_sequence_refused(admin, tmp_path):
    data = _data()
    _rule(data, "iud_insertion.3m")["sequence"] = 5
    problems = _refused(admin, tmp_path, data)
    assert any(p.field.endswith(".sequence") and "iud_insertion" in p.field for p in problems)


def test_overlapping_windows_refused(admin, tmp_path):
    data = _data()
    _rule(data, "birth.28d")["window_before"] = 30
    problems = _refused(admin, tmp_path, data)
    assert any(p.field == "20(birth.28d).window_before" for p in problems), problems


def test_duplicate_code_refused(admin, tmp_path):
    data = _data()
    data["rules"][1]["code"] = data["rules"][0]["code"]
    problems = _refused(admin, tmp_path, data)
    assert any(p.field == "2(iud_insertion.1m).code" and "第1" in p.message for p in problems), problems


def test_unknown_trigger_visit_type_anchor_and_negative_window_refused(admin, tmp_path):
    data = _data()
    _rule(data, "marriage.newlywed")["trigger"] = "divorce"
    _rule(data, "birth.1w")["visit_type"] = "party"
    _rule(data, "rh_check.yearly")["anchor"] = "moon"
    _rule(data, "in_migrant.1")["window_after"] = -1
    fields = {p.field for p in _refused(admin, tmp_path, data)}
    assert {"22(marriage.newlywed).trigger", "19(birth.1w).visit_type", "24(rh_check.yearly).anchor",
            "23(in_migrant.1).window_after"} <= fields


def test_effective_date_must_follow_current_version(admin, tmp_path):
    problems = _refused(admin, tmp_path, _data(effective_from="2020-01-01"))
    assert [p.field for p in problems] == ["effective_from"]


def test_worker_may_not_import(db_path, tmp_path):
    worker = Session("wang", "王芳", "worker", "V001")
    with pytest.raises(PermissionDenied):
        _import(worker, tmp_path, _data())
    officer = Session("li", "李", "officer", "V001")
    assert _import(officer, tmp_path, _data()).version == 2
