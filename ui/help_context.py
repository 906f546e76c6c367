"""Which section of the user guide F1 opens: the window in front, by objectName or class name.

The values are the guide's headings (docs/user-guide.zh.md, "## " lines) exactly; a test checks
that every one exists, so renaming a heading without updating this map fails the suite.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

GUIDE_START = "村计生服务室登记系统 使用说明"

# window objectName or class name -> heading of its section
SECTIONS: dict[str, str] = {
    "LoginDialog": "登录",
    "MainWindow": "登记册（主窗口）",
    "WomanDialog": "新增和修改登记",
    "WomanCardDialog": "育龄妇女登记卡",
    "MethodStartDialog": "记录服务",
    "MethodStopDialog": "记录服务",
    "ProcedureDialog": "记录服务",
    "CheckDialog": "记录服务",
    "EventDialog": "记录服务",
    "DueListWindow": "随访提醒",
    "VisitDialog": "随访提醒",
    "ImportWizard": "导入登记册",
    "LockDialog": "用户、切换用户和锁屏",
    "HelpWindow": "帮助、快捷键和大字体",
    "ShortcutSheet": "帮助、快捷键和大字体",
    "AboutDialog": "帮助、快捷键和大字体",
    "RulesWindow": "随访提醒",
    "PayDialog": "奖励扶助",
    "NoticeDialog": "奖励扶助",
    "DrillDownDialog": "统计报表",
    "DashboardWindow": "统计报表",
    "SubmissionBoardWindow": "乡镇计生办",
    "DuplicatesWindow": "乡镇计生办",
    "VillageTransfersWindow": "乡镇计生办",
}
# Windows of later features are matched by the start of their class name (StockLedgerWindow…).
PREFIXES: tuple[tuple[str, str], ...] = (
    ("FirstRun", "首次设置"),
    ("Backup", "备份与恢复"),
    ("Restore", "备份与恢复"),
    ("Stock", "药具库存"),
    ("Commodity", "药具库存"),
    ("Incentive", "奖励扶助"),
    ("Scheme", "奖励扶助"),
    ("Payment", "奖励扶助"),
    ("Disclos", "奖励扶助"),
    ("Return", "统计报表"),
    ("Sync", "数据同步"),
    ("Packet", "数据同步"),
    ("Township", "乡镇计生办"),
    ("Transfer", "乡镇计生办"),
)


def section_of(widget: QWidget | None) -> str:
    """The heading for widget's window (its own, or the nearest parent window that has one)."""
    while widget is not None:
        window = widget.window()
        for key in (window.objectName(), type(window).__name__):
            if key in SECTIONS:
                return SECTIONS[key]
        name = type(window).__name__
        for prefix, heading in PREFIXES:
            if name.startswith(prefix):
                return heading
        widget = window.parentWidget()
    return GUIDE_START


def front_window() -> QWidget | None:
    app = QApplication.instance()
    return app.activeModalWidget() or app.activeWindow() or app.focusWidget()
