"""Help: the guide opens at the current window's section (F1, also in modal dialogs), its links
and images work, the about box shows version and data files, the shortcut sheet is built from
the real actions, and large-font mode scales the application and is remembered."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from installers.gen_version import project_version
from ui import large_font
from ui.about_dialog import AboutDialog, about_facts
from ui.guide_screenshots import GUIDE, guide_images
from ui.help_context import GUIDE_START, PREFIXES, SECTIONS, section_of
from ui.help_shortcuts import ShortcutSheet, mnemonic, plain, shortcut_rows
from ui.help_window import HelpWindow, headings, slug

pytest_plugins = ["tests.gui_fixtures"]


@pytest.fixture(autouse=True)
def user_settings(tmp_path):
    """QSettings in a temp folder, and the normal font size restored afterwards."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"
    app = QApplication.instance()
    if app is not None and app.property("fpreg_base_point_size"):
        large_font.apply(app, False)


def test_every_context_heading_is_in_the_guide():
    titles = set(headings(GUIDE.read_text(encoding="utf-8")))
    wanted = set(SECTIONS.values()) | {h for _, h in PREFIXES} | {GUIDE_START}
    assert wanted <= titles, wanted - titles


def test_every_guide_image_was_taken_by_the_screenshot_script():
    images = guide_images()
    assert len(images) >= 10
    for rel in images:
        assert (GUIDE.parent / rel).is_file(), f"{rel}: run python -m ui.guide_screenshots"


def test_every_in_guide_link_reaches_a_heading():
    text = GUIDE.read_text(encoding="utf-8")
    slugs = {slug(h) for h in headings(text)}
    links = re.findall(r"\]\(#([^)]+)\)", text)
    assert len(links) >= 15
    assert set(links) <= slugs, set(links) - slugs


def test_help_window_scrolls_to_a_section_and_follows_links(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.resize(700, 400)
    window.show()
    qtbot.waitExposed(window)
    assert window.show_section("随访提醒")
    assert window.current_section() == "随访提醒"
    assert window.browser.verticalScrollBar().value() > 0
    window.browser.anchorClicked.emit(QUrl("#" + slug("备份与恢复")))
    assert window.current_section() == "备份与恢复"
    assert not window.show_section("没有这一节")
    assert window.browser.verticalScrollBar().value() == 0
    window.find.setText("Ctrl+D")
    window.find_next()
    assert window.browser.textCursor().selectedText() == "Ctrl+D"


def test_help_window_says_when_the_guide_is_missing(qtbot, tmp_path):
    window = HelpWindow(guide=tmp_path / "none.md")
    qtbot.addWidget(window)
    assert "找不到使用说明文件" in window.browser.toPlainText()


def test_f1_on_the_main_window_opens_its_section(qtbot, main_window):
    controller = main_window.help_controller
    assert controller.guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    main_window.activateWindow()
    controller.guide.trigger()
    help_window = controller.help_window
    qtbot.waitExposed(help_window)
    assert help_window.current_section() == "登记册（主窗口）"


def test_f1_in_a_modal_dialog_opens_that_dialogs_section(qtbot, main_window):
    from ui.woman_dialog import WomanDialog

    dialog = WomanDialog(main_window.session, main_window)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert QApplication.activeModalWidget() is dialog
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F1)
    help_window = main_window.help_controller.help_window
    assert help_window is not None and help_window.parentWidget() is dialog  # usable while modal
    assert help_window.current_section() == "新增和修改登记"
    dialog.close()


def test_section_of_later_feature_windows_by_class_name(qtbot):
    class StockLedgerWindow(QDialog):
        pass

    class Unknown(QDialog):
        pass

    stock, unknown = StockLedgerWindow(), Unknown()
    qtbot.addWidget(stock)
    qtbot.addWidget(unknown)
    assert section_of(stock) == "药具库存"
    assert section_of(unknown) == GUIDE_START


def test_about_box_shows_version_and_data_files(qtbot, main_window, db_path):
    facts = dict(about_facts(main_window.session))
    assert facts["版本"] == project_version()
    assert facts["数据库文件"] == str(db_path.resolve())
    assert facts["数据文件夹"] == str(db_path.resolve().parent)
    about = AboutDialog(main_window, main_window.session, "红旗村")
    qtbot.addWidget(about)
    text = about.text.text()
    assert project_version() in text and str(db_path.resolve()) in text and "红旗村" in text
    about.copy()
    assert str(db_path.resolve()) in QApplication.clipboard().text()


def test_shortcut_sheet_lists_the_real_actions(qtbot, main_window):
    sheet = ShortcutSheet(main_window)
    qtbot.addWidget(sheet)
    by_text = {plain(r.text): r for r in sheet.rows}
    assert by_text["新增"].shortcuts == (QKeySequence(QKeySequence.StandardKey.New).toString(
        QKeySequence.SequenceFormat.NativeText),)
    assert by_text["新增"].keyboard_path == "Alt+R → 登记册 → 新增" or by_text["新增"].keyboard_path.startswith("Alt+R")
    assert by_text["使用说明"].keyboard_path == "Alt+H → 使用说明 (G)"
    html = sheet.browser.toHtml()
    assert "Ctrl+E" in html and "随访提醒" in html
    # A new action appears without anyone editing a list: the sheet never drifts.
    extra = QAction("新的操作", main_window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+Y"))
    main_window.menuBar().actions()[0].menu().addAction(extra)
    assert any(r.text == "新的操作" and r.shortcuts == ("Ctrl+Shift+Y",) for r in shortcut_rows(main_window))


def test_every_action_is_reachable_by_keyboard(main_window):
    """Each action has a shortcut, or sits in menus that all have an Alt key (then Alt+key, the
    arrow keys and Enter reach it); no key sequence is given to two actions."""
    rows = shortcut_rows(main_window)
    assert len(rows) >= 15
    unreachable = []
    for row in rows:
        if row.shortcuts:
            continue
        if not row.menu_path or any(mnemonic(title) is None for title in row.menu_path):
            unreachable.append((row.menu_path, row.text))
    assert not unreachable, f"actions without a shortcut and without a menu path of Alt keys: {unreachable}"
    shortcuts = [k for r in rows for k in r.shortcuts]
    assert len(shortcuts) == len(set(shortcuts)), "one key for two actions"


def test_top_menus_have_distinct_alt_keys(main_window):
    """Two menus on one Alt key: the second opens only on a second press, which nobody guesses."""
    tops = [(mnemonic(a.text()), a.text()) for a in main_window.menuBar().actions() if a.isVisible()]
    keys = [k for k, _ in tops]
    assert None not in keys, tops
    clashes = [t for t in tops if keys.count(t[0]) > 1]
    assert not clashes, f"menus sharing an Alt key: {clashes}"


def test_large_font_mode_scales_the_application_and_is_remembered(qtbot, main_window, user_settings):
    app = QApplication.instance()
    action = main_window.help_controller.large_font
    before = app.font().pointSizeF()
    row_height = main_window.view.verticalHeader().defaultSectionSize()
    action.trigger()
    assert action.isChecked() and large_font.is_on()
    assert app.font().pointSizeF() == pytest.approx(before * large_font.SCALE)
    qtbot.waitUntil(lambda: main_window.menuBar().font().pointSizeF() == pytest.approx(before * large_font.SCALE))
    assert main_window.view.verticalHeader().defaultSectionSize() > row_height
    assert large_font.is_saved_on()
    assert list(user_settings.rglob("*.ini")), "saved in the user's settings file"
    action.trigger()
    assert not large_font.is_on() and not large_font.is_saved_on()
    assert app.font().pointSizeF() == pytest.approx(before)
    assert main_window.view.verticalHeader().defaultSectionSize() == row_height


def test_saved_large_font_applies_at_start(qtbot):
    app = QApplication.instance()
    before = app.font().pointSizeF()
    large_font.settings().setValue(large_font.KEY, True)
    large_font.apply_saved(app)
    assert app.font().pointSizeF() == pytest.approx(before * large_font.SCALE)


def test_f1_in_the_due_list_window_opens_its_section(qtbot, main_window):
    main_window.open_due_list("week")
    due = main_window.due_window
    qtbot.waitExposed(due)
    due.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is due)
    qtbot.keyClick(due, Qt.Key.Key_F1)  # the application-wide F1 of the main window's Help menu
    help_window = main_window.help_controller.help_window
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_section() == "随访提醒"
