"""The incentives window: candidates explained, a case taken from candidate to paid through the
window's actions, reconciliation and PDF export; qtmodeltester on every model."""

from __future__ import annotations

import datetime as dt

from app.incentives.families import Kid, add_family
from db import changes
from db.models import Site
from db.models_incentives import Payment
from tests.conftest import SITE, TODAY
from tests.incentive_fixtures import years_ago

pytest_plugins = ["tests.gui_fixtures"]


def _setup(session):
    site = Site.get(Site.code == SITE)
    changes.update(site, session.actor, parent_code="T01")
    add_family(session.actor, number="G001", father=("周大勇", years_ago(65)), mother=("吴秀梅", years_ago(62)),
               children=[Kid("周燕", "F", years_ago(36))])
    add_family(session.actor, number="G002", father=("何志明", years_ago(38)), mother=("吕晓燕", years_ago(36)),
               children=[Kid("何欣怡", "F", years_ago(9))], honour=True)


def _window(qtbot, session, day=TODAY):
    from ui.incentive_window import IncentiveWindow

    w = IncentiveWindow(session, None, site_name="红旗村", today=day)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.loaded, timeout=20_000):
        w.show()
    return w




def test_window_lifecycle_and_models(qtbot, qtmodeltester, session, tmp_path, monkeypatch):
    from ui import ask
    from ui.workers import wait_for_background

    warnings = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: warnings.append(text))
    _setup(session)
    start = TODAY - dt.timedelta(days=20)
    w = _window(qtbot, session, start)
    names = {(f.name, f.scheme_code) for f in w.candidates._rows}
    assert {("周大勇", "rural_reward"), ("吴秀梅", "rural_reward"), ("吕晓燕", "only_child_reward")} == names
    w.candidate_table.selectRow(0)
    text = w.explanation.toPlainText()
    assert "✔" in text and "本人健在：符合" in text

    with qtbot.waitSignal(w.loaded, timeout=20_000):
        w._enrol_all()
    assert len(w.cases._rows) == 3 and not w.candidates._rows
    with qtbot.waitSignal(w.loaded, timeout=20_000):
        assert w.review(w.cases._rows, True)
    # Too short a notice: refused with the reason, nothing posted.
    assert not w.post_notice(w.cases._rows, start, start + dt.timedelta(days=2), "村委会")
    assert "至少公示7天" in warnings[-1]
    with qtbot.waitSignal(w.loaded, timeout=20_000):
        assert w.post_notice(w.cases._rows, start, start + dt.timedelta(days=6), "村委会")
    assert {r["status"] for r in w.cases._rows} == {"on_notice"}

    w.today = TODAY
    with qtbot.waitSignal(w.loaded, timeout=20_000):
        assert w.approve(w.cases._rows)
    assert {r["status"] for r in w.cases._rows} == {"approved"}
    with qtbot.waitSignal(w.loaded, timeout=20_000):
        assert w.pay("rural_reward", "2026", "cash", "XJ-1")
    assert [r.amount_fen for r in w.payments._rows] == [60000, 60000]
    assert not w.pay("rural_reward", "2026", "cash")
    assert "没有待发放的对象" in warnings[-1]
    assert Payment.select().count() == 2
    assert [t for t, _r in w.problems._rows] == ["已批准未发放"]

    with qtbot.waitSignal(w.loaded, timeout=20_000):
        assert w.export_xlsx(tmp_path / "t.xlsx")
    for kind in ("notice", "board", "display"):
        with qtbot.waitSignal(w.loaded, timeout=20_000):
            assert w.export_pdf(kind, tmp_path / f"{kind}.pdf", "A3")
        assert (tmp_path / f"{kind}.pdf").stat().st_size > 1000
    for model in (w.candidates, w.cases, w.payments, w.problems):
        qtmodeltester.check(model)
    # The candidates model with both kinds of row.
    from app.incentives.engine import evaluate

    ev = evaluate(TODAY)
    w.candidates.set_rows(ev.candidates + ev.lapsed)
    qtmodeltester.check(w.candidates)
    wait_for_background()


def test_menu_opens_the_window(qtbot, make_window, people):
    main = make_window()
    menu = main.incentives_menu
    assert menu.menu.menuAction().isVisible()
    w = menu.open()
    qtbot.waitUntil(lambda: w.evaluation is not None, timeout=20_000)
    assert w.isVisible() and w.tabs.count() == 5
