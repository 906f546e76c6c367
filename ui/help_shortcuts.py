"""The keyboard-shortcut sheet, generated from the main window's actual QActions (never drifts).

shortcut_rows() walks the menu bar (menu paths with their Alt keys) and adds the window's
actions that are in no menu; the accessibility test uses the same walk.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ShortcutRow:
    menu_path: tuple[str, ...]  # menu titles as shown, with & marking the Alt key
    text: str  # the action's text, & included
    shortcuts: tuple[str, ...]  # native text, e.g. "Ctrl+N"
    action: QAction

    @property
    def keyboard_path(self) -> str:
        """How to reach it from the menus: Alt+R → 新增, or "" if no menu has an Alt key."""
        keys = [mnemonic(t) for t in self.menu_path]
        if not self.menu_path or keys[0] is None:
            return ""
        parts = [f"Alt+{keys[0]}"]
        parts += [k if k else plain(t) for k, t in zip(keys[1:], self.menu_path[1:], strict=True)]
        item_key = mnemonic(self.text)
        parts.append(f"{plain(self.text)} ({item_key})" if item_key else plain(self.text))
        return " → ".join(parts)


def mnemonic(text: str) -> str | None:
    """The Alt key of a menu text ("文件(&F)" -> "F"); "&&" is a literal ampersand."""
    m = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return m.group(1).upper() if m else None


def plain(text: str) -> str:
    text = re.sub(r"\(&[^&\s]\)", "", text)  # 文件(&F) -> 文件
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def _walk(menu: QMenu, path: tuple[str, ...], rows: list[ShortcutRow]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            _walk(action.menu(), (*path, action.text()), rows)
            continue
        rows.append(ShortcutRow(path, action.text(), _keys(action), action))


def _keys(action: QAction) -> tuple[str, ...]:
    return tuple(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty())


def shortcut_rows(window: QMainWindow, *, include_hidden: bool = True) -> list[ShortcutRow]:
    rows: list[ShortcutRow] = []
    for top in window.menuBar().actions():
        if top.menu() is not None and (include_hidden or top.isVisible()):
            _walk(top.menu(), (top.text(),), rows)
    in_menus = {id(r.action) for r in rows}
    for action in window.actions():  # shortcut-only actions (added to the window, not a menu)
        if id(action) not in in_menus and not action.isSeparator() and action.menu() is None:
            rows.append(ShortcutRow((), action.text(), _keys(action), action))
    if not include_hidden:
        rows = [r for r in rows if r.action.isVisible()]
    return rows


def sheet_html(rows: list[ShortcutRow], title: str, headers: tuple[str, str, str]) -> str:
    out = [f"<h2>{html.escape(title)}</h2>", "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
           "<tr>" + "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers) + "</tr>"]
    for row in rows:
        out.append(
            f"<tr><td>{html.escape(plain(row.text))}</td>"
            f"<td><b>{html.escape(', '.join(row.shortcuts))}</b></td>"
            f"<td>{html.escape(row.keyboard_path)}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


class ShortcutSheet(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("ShortcutSheet")
        self.setWindowTitle(self.tr("键盘快捷键"))
        self.resize(720, 640)
        self.rows = shortcut_rows(window, include_hidden=False)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("shortcut_sheet")
        intro = self.tr("不用鼠标也能完成每一项操作：按 Alt 加菜单后括号里的字母打开菜单，"
                        "用方向键选择，回车执行；Tab 键在输入框之间移动，Esc 关闭对话框，F1 打开本窗口的说明。")
        self.browser.setHtml(
            f"<p>{html.escape(intro)}</p>"
            + sheet_html(self.rows, self.tr("键盘快捷键"),
                         (self.tr("操作"), self.tr("快捷键"), self.tr("从菜单用键盘")))
        )
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))  # Qt's own is English
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
