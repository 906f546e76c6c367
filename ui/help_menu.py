"""The Help menu: user guide in context (F1), keyboard shortcuts, large-font mode, about box.

F1 is also caught in modal dialogs (an application shortcut does not fire there): an event
filter on the application opens the guide at the section of the window in front, parented to
that dialog so it can be read and closed while the dialog waits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

from ui import large_font
from ui.help_context import front_window, section_of


class HelpController(QObject):
    """Owns the help window and the menu's actions; one per main window."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.help_window = None  # ui.help_window.HelpWindow, created on first use

        def make(text: str, shortcut=None) -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            window.addAction(action)
            return action

        self.guide = make(self.tr("使用说明(&G)"), QKeySequence.StandardKey.HelpContents)
        self.guide.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # also in the due list
        self.guide.setStatusTip(self.tr("打开使用说明，翻到当前窗口的部分"))
        self.shortcuts = make(self.tr("键盘快捷键(&K)"), "Ctrl+F1")
        self.shortcuts.setStatusTip(self.tr("列出所有操作的快捷键和菜单按键"))
        self.large_font = make(self.tr("大字体(&L)"), "Ctrl+Shift+F")
        self.large_font.setCheckable(True)
        self.large_font.setChecked(large_font.is_on())
        self.large_font.setStatusTip(self.tr("把所有窗口的文字放大，方便老年人看清"))
        self.about = make(self.tr("关于(&A)"))

        menu = window.menuBar().addMenu(self.tr("帮助(&H)"))
        menu.addAction(self.guide)
        menu.addAction(self.shortcuts)
        menu.addSeparator()
        menu.addAction(self.large_font)
        menu.addSeparator()
        menu.addAction(self.about)
        self.menu = menu

        self.guide.triggered.connect(lambda: self.open_guide(front_window()))
        self.shortcuts.triggered.connect(self.open_shortcuts)
        self.large_font.toggled.connect(self.set_large_font)
        self.about.triggered.connect(self.open_about)
        QApplication.instance().installEventFilter(self)

    # -- F1 in modal dialogs, row heights in large-font mode ------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_F1 and not event.modifiers() and QApplication.activeModalWidget():
                self.open_guide(QApplication.activeModalWidget())
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, QTableView) and large_font.is_on():
            large_font.fit_view(watched, True)
        return False

    # -- actions --------------------------------------------------------------------------------
    def open_guide(self, context: QWidget | None = None) -> None:
        from ui.help_window import HelpWindow

        heading = section_of(context or self.window)
        modal = QApplication.activeModalWidget()
        parent = modal if modal is not None else self.window
        if self.help_window is None or self.help_window.parentWidget() is not parent:
            if self.help_window is not None:
                self.help_window.close()
                self.help_window.deleteLater()
            self.help_window = HelpWindow(parent)
            self.help_window.setWindowFlag(Qt.WindowType.Window, True)
        self.help_window.show()
        self.help_window.show_section(heading)
        self.help_window.raise_()
        self.help_window.activateWindow()

    def open_shortcuts(self) -> None:
        from ui.help_shortcuts import ShortcutSheet

        ShortcutSheet(self.window).exec()

    def set_large_font(self, on: bool) -> None:
        large_font.set_enabled(on)

    def open_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.window, self.window.session, getattr(self.window, "_site_name", "")).exec()


def install(window: QMainWindow) -> None:
    window.help_controller = HelpController(window)
