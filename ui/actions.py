"""The main window's actions (menu + toolbar) with their shortcuts, built in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from app.auth import Session


def _show_rules(window: QMainWindow) -> None:
    from ui.rules_window import show_rules_window

    show_rules_window(window)


class RegisterActions(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)

        def make(text: str, shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if tip:
                action.setStatusTip(tip)
            window.addAction(action)  # shortcuts work even when the toolbar is hidden
            return action

        self.add = make(self.tr("新增"), QKeySequence.StandardKey.New, self.tr("登记一位育龄妇女"))
        self.edit = make(self.tr("编辑"), "Ctrl+E", self.tr("修改选中的登记"))
        self.open_card = make(self.tr("查看登记卡"), None, self.tr("打开选中妇女的登记卡"))
        self.void = make(self.tr("作废"), None, self.tr("作废录入错误的登记（需填写原因）"))
        self.exit = make(self.tr("注销"), None, self.tr("注销登记卡：满50周岁、迁出、死亡、转出"))
        self.import_ = make(self.tr("导入"), "Ctrl+I", self.tr("从Excel表格导入登记册"))
        self.find = make(self.tr("查找"), QKeySequence.StandardKey.Find, self.tr("搜索姓名、拼音、身份证号、电话"))
        self.refresh = make(self.tr("刷新"), QKeySequence.StandardKey.Refresh)
        self.switch_user = make(self.tr("切换用户"), None, self.tr("换另一位用户登录，不关闭程序"))
        self.lock = make(self.tr("锁定"), "Ctrl+L", self.tr("立即锁定，离开电脑时使用"))
        self.idle_minutes = make(self.tr("自动锁屏时间…"), None, self.tr("设置无操作多久后自动锁屏（管理员）"))
        self.due_list = make(self.tr("随访提醒"), "Ctrl+D", self.tr("今天、本周、逾期、错过的随访；记录随访，打印随访单"))
        self.rules = make(self.tr("随访规则…"), None, self.tr("现行随访规则和历次版本；乡镇干部可导入新版本"))
        self.rules.triggered.connect(lambda: _show_rules(window))
        self.quit = make(self.tr("退出"), QKeySequence.StandardKey.Quit)

        menus = window.menuBar()
        file_menu = menus.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.import_)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        register_menu = menus.addMenu(self.tr("登记册(&R)"))
        for action in (self.add, self.edit, self.open_card, None, self.void, self.exit, None,
                       self.find, self.refresh):
            if action is None:
                register_menu.addSeparator()
            else:
                register_menu.addAction(action)
        visit_menu = menus.addMenu(self.tr("随访(&V)"))
        visit_menu.addAction(self.due_list)
        visit_menu.addAction(self.rules)
        user_menu = menus.addMenu(self.tr("用户(&U)"))
        for action in (self.switch_user, self.lock, None, self.idle_minutes):
            if action is None:
                user_menu.addSeparator()
            else:
                user_menu.addAction(action)

        toolbar = QToolBar(self.tr("工具栏"), window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        for action in (self.add, self.edit, self.void, self.exit, None, self.due_list, None, self.import_, None,
                       self.switch_user, self.lock):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        window.addToolBar(toolbar)
        self.toolbar = toolbar

    def apply_permissions(self, session: Session, *, has_selection: bool) -> None:
        can_edit = session.can("edit_register")
        self.add.setEnabled(can_edit)
        for action in (self.edit, self.void, self.exit):
            action.setEnabled(can_edit and has_selection)
        self.open_card.setEnabled(has_selection)
        self.import_.setEnabled(session.can("import_register"))
        self.idle_minutes.setVisible(session.can("change_settings"))
        self.idle_minutes.setEnabled(session.can("change_settings"))
