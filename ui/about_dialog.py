"""The about box: version, site, data folder and database file (what a helper on the phone asks)."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "fpreg.png"


def database_path() -> str:
    """The open database's file ("" when none is open or it is not SQLite)."""
    from db.connection import database

    target = getattr(database, "obj", None)
    name = getattr(target, "database", None) if target is not None else None
    return str(Path(name).resolve()) if name and name != ":memory:" else ""


def about_facts(session=None) -> list[tuple[str, str]]:
    """(label, value) pairs, untranslated labels; also used by the tests."""
    from app import __version__
    from app.cli.common import data_dir

    facts = [("版本", __version__)]
    if session is not None:
        facts.append(("站点", f"{session.site_code}"))
        facts.append(("当前用户", getattr(session, "username", "") or ""))
    db_path = database_path()
    facts.append(("数据文件夹", str(Path(db_path).parent) if db_path else str(data_dir())))
    facts.append(("数据库文件", db_path or "-"))
    facts.append(("运行环境", f"Python {platform.python_version()}, Qt {pyside_version}, {platform.system()}"))
    return facts


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, session=None, site_name: str = ""):
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("关于 村计生服务室登记系统"))
        self.facts = about_facts(session)
        labels = {"版本": self.tr("版本"), "站点": self.tr("站点"), "当前用户": self.tr("当前用户"),
                  "数据文件夹": self.tr("数据文件夹"), "数据库文件": self.tr("数据库文件"),
                  "运行环境": self.tr("运行环境")}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QPixmap(str(ICON)).scaled(
            72, 72, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        rows = []
        for key, value in self.facts:
            if key == "站点" and site_name:
                value = f"{site_name} ({value})"
            rows.append(f"<tr><td><b>{html.escape(labels[key])}</b>&nbsp;&nbsp;</td>"
                        f"<td>{html.escape(value)}</td></tr>")
        title = self.tr("村计生服务室登记系统")
        blurb = self.tr("村计生服务室和乡镇计生办的离线登记、服务、随访和报表系统。")
        self.text = QLabel(
            f"<h3>{html.escape(title)}</h3><p>{html.escape(blurb)}</p><table>{''.join(rows)}</table>")
        self.text.setObjectName("about_text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        top.addWidget(self.text, 1)
        layout.addLayout(top)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))  # Qt's own is English
        copy = QPushButton(self.tr("复制(&C)"))
        copy.setToolTip(self.tr("把这些信息复制到剪贴板，发给帮您解决问题的人"))
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(f"{k}: {v}" for k, v in self.facts))
