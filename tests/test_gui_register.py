"""The register table: model conformance, lazy paging, search as you type, counts, filters."""

from PySide6.QtCore import Qt

from app.register_query import RegisterFilter
from tests.conftest import SITE, TODAY
from ui.register_model import COLUMNS, RegisterModel

pytest_plugins = ["tests.gui_fixtures"]


def _names(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_model_conforms_and_pages_lazily(qtmodeltester, people):
    model = RegisterModel(page_size=3, today=TODAY)
    model.set_filter(RegisterFilter(site_code=SITE))
    assert model.rowCount() == 3 and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7
    assert model.columnCount() == len(COLUMNS)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "姓名"
    row = [model.index(0, c).data() for c in range(len(COLUMNS))]
    assert row[:5] == ["张秀英", "1", "0001", "1990-05-17", "36"]
    assert row[7:10] == ["常住", "已婚", "宫内节育器"]
    qtmodeltester.check(model, force_py=True)


def test_typing_initials_filters_the_table(qtbot, main_window):
    window = main_window
    assert window.model.rowCount() == 7
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.filter_bar.search.hasFocus())
    with qtbot.waitSignal(window.model.modelReset, timeout=2000):
        qtbot.keyClicks(window.filter_bar.search, "zxy")
    assert _names(window.model) == ["张秀英"]
    qtbot.waitUntil(lambda: window.status.total == 1)
    assert "共 1 人" in window.status.total_label.text()


def test_full_pinyin_id_prefix_and_phone_search(qtbot, main_window):
    window = main_window
    for text, expected in (("wangfang", ["王芳"]), ("11010119920103", ["李娜"]), ("13800130003", ["赵丽"]),
                           ("陈", ["陈静"])):
        with qtbot.waitSignal(window.model.modelReset, timeout=2000):
            window.filter_bar.search.setText(text)
        assert _names(window.model) == expected, text


def test_filters_and_count_off_the_gui_thread(qtbot, main_window):
    window = main_window
    qtbot.waitUntil(lambda: window.status.total == 7)
    bar = window.filter_bar
    with qtbot.waitSignal(window.status.countReady) as blocker:
        bar.group.setCurrentIndex(bar.group.findData(2))
    assert blocker.args == [2]
    assert _names(window.model) == ["李娜", "刘洋"]
    bar.group.setCurrentIndex(0)
    with qtbot.waitSignal(window.status.countReady):
        bar.age.setCurrentIndex(bar.age.findData(25))
    assert _names(window.model) == ["陈静"]
    with qtbot.waitSignal(window.status.countReady) as blocker:
        bar.scope.setCurrentIndex(bar.scope.findData("exited"))
    assert blocker.args == [0] and window.view.empty_label.isVisible()
