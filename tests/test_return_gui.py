"""GUI of the return: models (qtmodeltester), the return window (compute, drill-down, export to
a folder standing in for a stick, a failing stick), the dashboard charts and PNG export."""

from __future__ import annotations

import json

import pytest

from app.returns.checks import run_checks
from app.returns.compute import compute_return
from app.returns.people import people_rows
from app.returns.periods import parse
from app.returns.store import differences
from db.models_returns import ClosedReturn
from tests.conftest import SITE, TODAY
from tests.gui_fixtures import make_window, session  # noqa: F401
from tests.return_village import build
from ui.return_models import ChecksModel, CorrectionsModel, FiguresModel, PeopleModel

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def village(admin):
    return build(admin)


@pytest.fixture
def window(qtbot, session, village):  # noqa: F811
    from ui.return_window import ReturnWindow

    w = ReturnWindow(session, today=TODAY)
    qtbot.addWidget(w)
    yield w
    from ui.workers import wait_for_background

    wait_for_background()


def compute(qtbot, w, period="2026-10"):
    w.period.setCurrentText(period)
    with qtbot.waitSignal(w.computed, timeout=20_000):
        w.compute()


def test_models_pass_modeltester(qtmodeltester, village):
    ret = compute_return(parse("2026-10"), SITE, today=TODAY)
    figures = FiguresModel()
    figures.set_return(ret)
    qtmodeltester.check(figures)
    checks = ChecksModel()
    checks.set_rows(run_checks(ret))
    qtmodeltester.check(checks)
    corrections = CorrectionsModel()
    other = compute_return(parse("2026-10"), SITE, today=TODAY)
    other.figures()["users"].value = 99
    corrections.set_rows(differences(ret, other))
    qtmodeltester.check(corrections)
    people = PeopleModel()
    people.set_rows(people_rows(ret.figures()["married_15_49"].people))
    qtmodeltester.check(people)
    assert people.rowCount() == 8 and corrections.rowCount() == 1


def test_window_computes_and_drills_down(qtbot, window):
    compute(qtbot, window)
    m = window.figures
    rows = {m.figure(r).code: r for r in range(m.rowCount()) if m.figure(r)}
    assert m.index(rows["married_15_49"], 1).data() == "8"
    assert "逻辑检查全部通过" in window.status.text()
    window._drill_figure(rows["status.iud"])
    names = {window.drill.model.person(r).name for r in range(window.drill.model.rowCount())}
    assert names == {"张一", "王三"}


def test_future_period_message(qtbot, window):
    with qtbot.waitSignal(window.failed, timeout=5_000) as sig:
        window.period.setCurrentText("2027-01")
        window.compute()
    assert "尚未开始" in sig.args[0]


def test_export_closes_and_writes_verified_files(qtbot, window, tmp_path):
    tmp_path = tmp_path / "stick"
    tmp_path.mkdir()
    compute(qtbot, window)
    window.set_folder(tmp_path)
    for fmt, box in window.format_boxes.items():
        box.setChecked(fmt in ("pdf", "dhis2", "csv"))
    with qtbot.waitSignal(window.exported, timeout=30_000) as sig:
        window.export()
    assert "已关账" in sig.args[0] and "3个文件" in sig.args[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "return_V001_2026-10.csv", "return_V001_2026-10.dhis2.json", "return_V001_2026-10.pdf"]
    assert json.loads((tmp_path / "return_V001_2026-10.dhis2.json").read_text(encoding="utf-8"))["period"] == "202610"
    assert ClosedReturn.select().where(ClosedReturn.period == "2026-10").count() == 1
    qtbot.waitUntil(lambda: "已于" in window.status.text(), timeout=20_000)  # recomputed: the sent version


def test_export_needs_explanation_when_checks_fail(qtbot, window, tmp_path):
    tmp_path = tmp_path / "stick"
    tmp_path.mkdir()
    compute(qtbot, window, "2026-11")  # the month is not over: a warning
    window.set_folder(tmp_path)
    window.export()
    assert "说明栏" in window.export_message.text()
    assert not list(tmp_path.iterdir()) and ClosedReturn.select().count() == 0
    window.explanation.setPlainText("月中预报")
    with qtbot.waitSignal(window.exported, timeout=30_000):
        window.export()
    assert ClosedReturn.get().explanation == "月中预报"


def test_stick_removed_gives_a_clear_message(qtbot, window, tmp_path):
    compute(qtbot, window)
    stick = tmp_path / "stick"
    stick.mkdir()
    window.set_folder(stick)
    window.preview_only.setChecked(True)
    stick.rmdir()  # pulled out
    with qtbot.waitSignal(window.failed, timeout=30_000) as sig:
        window.export()
    assert "拔出" in sig.args[0] and "导出失败" in window.export_message.text()
    assert ClosedReturn.select().count() == 0  # a preview never closes


def test_dashboard_charts_and_png(qtbot, session, village, tmp_path):  # noqa: F811
    from ui.dashboard import DashboardWindow

    w = DashboardWindow(session, today=TODAY)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.loaded, timeout=60_000):
        pass
    assert [p.period for p in w.data.points][-1] == "2026-10" and len(w.data.points) == 12
    assert w.data.points[-1].cpr == 50.0
    assert w.views["cpr"].chart().series()[0].count() == 12
    w.show()
    out = w.save_png("mix", tmp_path / "mix.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_menu_opens_the_windows(qtbot, make_window, village):  # noqa: F811
    main = make_window()
    actions = main.returns_actions
    actions[0].trigger()
    assert main.return_windows["return"].isVisible()


def test_late_entry_shows_in_differences_tab(qtbot, window, admin, village):
    import datetime as dt

    from app import procedures
    from app.returns import store

    store.close_return(admin, compute_return(parse("2026-10"), SITE, today=TODAY))
    procedures.record_check(admin, village["G"], "rh_check", dt.date(2026, 10, 15), today=TODAY)
    compute(qtbot, window)
    assert "重新计算有" in window.status.text()
    rows = {window.corrections.correction(r).code: r for r in range(window.corrections.rowCount())}
    assert window.corrections.index(rows["check.rh_check"], 2).data() == "2"
    assert window.corrections.index(rows["check.rh_check"], 3).data() == "3"
    window._drill_correction(rows["check.rh_check"])
    assert window.drill.model.person(0).name == "杨七"
