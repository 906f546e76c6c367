"""Every user-visible string in ui/, app/ and db/ has an English translation, and the English
.qm really switches the GUI (and the core's messages) to English."""

import re

import pytest
from PySide6.QtCore import Qt

from tests.conftest import SITE
from ui import translations

pytest_plugins = ["tests.gui_fixtures"]

PLACEHOLDER = re.compile(r"\{[a-zA-Z_0-9]*\}")


@pytest.fixture(scope="module")
def messages():
    return translations.all_messages()


def test_every_string_is_in_the_ts_and_translated(messages):
    assert sum(len(t) for t in messages.values()) > 250  # the extractors found the sources
    missing = translations.missing(messages, translations.read_translations())
    assert not missing, (
        "untranslated strings (run `python -m ui.translations update`, then translate them in "
        f"resources/i18n/fpreg_en.ts): {missing}"
    )


def test_translations_keep_the_placeholders():
    for (ctx, source), text in translations.read_translations().items():
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(text)), (ctx, source, text)


def test_extractor_reads_wrappers_and_code_lists(messages):
    assert "用户名或密码不正确" in messages["auth"]  # _t("…") in app/auth.py
    assert "宫内节育器" in messages["codes"]  # code labels translated through label()
    assert "村民小组" in messages["register"]  # FIELD_LABELS through field_label()
    assert "管理员" in messages["auth"]  # _t(ROLES.get(...)) with ROLES imported from app.codes
    assert "这条记录已经作废" in messages["db"]
    assert "注销日期" in messages["history_text"]  # QCoreApplication.translate wrapper in ui/
    assert "登录" in messages["LoginDialog"]  # self.tr(), found by pyside6-lupdate


@pytest.fixture
def english(qapp, tmp_path):
    from ui.language import install_language, uninstall_language

    translations.compile_ts(translations.EN_TS, tmp_path / "fpreg_en.qm")
    translator = install_language("en", tmp_path)
    assert translator is not None
    yield
    uninstall_language(translator)


def test_english_window_titles_and_core_messages(qtbot, english, make_window, people):
    from app.auth import AuthError, login
    from ui.login import LoginDialog

    dialog = LoginDialog(SITE)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Log in - Village Family Planning Register"
    with pytest.raises(AuthError, match="Wrong user name or password"):
        login("admin", "nope", SITE)
    window = make_window()
    assert window.windowTitle() == "Village Family Planning Register - 红旗村"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert window.model.index(0, 9).data() == "IUD"


def test_qt_standard_buttons_follow_the_interface_language(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.language import install_language, uninstall_language

    buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    def texts() -> set[str]:
        box = QDialogButtonBox(buttons)  # kept alive while its buttons are read
        return {b.text().replace("&", "") for b in box.buttons()}

    install_language("zh_CN")
    assert texts() == {"确定", "取消"}
    translator = install_language("en")
    try:
        assert texts() == {"OK", "Cancel"}
    finally:
        uninstall_language(translator)
        install_language("zh_CN")
