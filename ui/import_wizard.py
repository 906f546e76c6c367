"""Import wizard: choose a register spreadsheet → preview → check (dry run) → import → summary.

The file is read once, in a worker thread, and the same rows are checked and imported. Reading,
checking and importing run off the GUI thread (peewee opens that thread its own connection,
closed when the job ends); Cancel during a job makes the progress callback raise, which rolls
the import's single transaction back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.auth import Session
from app.register import field_label
from app.register_io import ImportReport, RegisterFileError, RowIssue, Table, import_register, load_mapping
from app.register_io.cells import text as cell_text
from app.register_io.mapping import MappingError
from app.register_io.reader import read_table
from app.register_io.report import ERROR
from db.connection import database
from ui.form_fields import path_row

ModelIndex = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 100


class _Cancelled(Exception):
    pass


class _Job(QThread):
    """Runs fn(progress) in its own thread; results come back to the GUI thread as signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any], parent=None):
        super().__init__(parent)
        self._fn = fn
        self.cancelled = False

    def _progress(self, done: int, total: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except _Cancelled:
            self.failed.emit("")
        except (RegisterFileError, MappingError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # reported on the page rather than lost with the thread
            self.failed.emit(self.tr("出错了：{e}").format(e=exc))
        else:
            self.succeeded.emit(result)
        finally:
            # peewee's connection for this thread; a new thread would never reuse it.
            if not database.is_closed():
                database.close()


class PreviewModel(QAbstractTableModel):
    """The first rows of the sheet, only the columns that map to register fields."""

    def __init__(self, table: Table | None = None, parent=None):
        super().__init__(parent)
        self._columns: list[tuple[int, str, str]] = []  # (sheet column, header, field label)
        self._rows: list[tuple[int, tuple]] = []
        if table is not None:
            self.set_table(table)

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self._columns = [(i, table.headers[i], field_label(name)) for i, name in sorted(table.columns.items())]
        self._rows = table.rows[:PREVIEW_ROWS]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self._columns[index.column()][0]
        values = self._rows[index.row()][1]
        return cell_text(values[column]) if column < len(values) else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            _i, header, label = self._columns[section]
            return header if header == label else self.tr("{h}\n→ {f}").format(h=header, f=label)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(self._rows[section][0])  # the row number the user sees in Excel
        return None


class IssueModel(QAbstractTableModel):
    """The report's rows: spreadsheet row, field, refused or to check, reason."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._issues: list[RowIssue] = []

    def set_issues(self, issues: list[RowIssue]) -> None:
        self.beginResetModel()
        self._issues = list(issues)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue = self._issues[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(issue.row),
                issue.field_label,
                self.tr("不能导入") if issue.level == ERROR else self.tr("请核对"),
                issue.message,
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QBrush(QColor("#b00020") if issue.level == ERROR else QColor("#8a5a00"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("行号"), self.tr("项目"), self.tr("结果"), self.tr("原因"))
        return titles[section] if 0 <= section < len(titles) else None


def _issue_view(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    header = view.horizontalHeader()
    for column in range(3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("选择登记表文件"))
        self.setSubTitle(self.tr("支持Excel（.xlsx、.xls）和CSV文件。表头可以在前10行中的任意一行。"))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("登记表文件"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        self.mapping_edit = QLineEdit()
        self.mapping_edit.setPlaceholderText(self.tr("可不填：自定义的表头对照表（JSON）"))
        browse_mapping = QPushButton(self.tr("浏览…"))
        browse_mapping.clicked.connect(self._browse_mapping)
        form = QFormLayout(self)
        form.addRow(self.tr("文件："), path_row(self.path_edit, browse))
        form.addRow(self.tr("对照表："), path_row(self.mapping_edit, browse_mapping))
        hint = QLabel(self.tr("提示：身份证号一列请设为“文本”格式；合并的单元格请先取消合并。"))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择登记表文件"), "", self.tr("登记表 (*.xlsx *.xls *.csv);;Excel (*.xlsx *.xls);;CSV (*.csv)")
        )
        if path:
            self.path_edit.setText(path)

    def _browse_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择对照表"), "", "JSON (*.json)")
        if path:
            self.mapping_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        self._wizard.path = Path(self.path_edit.text().strip())
        mapping_text = self.mapping_edit.text().strip()
        self._wizard.mapping_path = Path(mapping_text) if mapping_text else None
        return True


class _JobPage(QWizardPage):
    """A page that runs one job with a progress bar and is complete when it succeeded."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self._done = False
        self.job: _Job | None = None
        self.progress = QProgressBar()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def start(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        self._done = False
        self.completeChanged.emit()
        self.progress.setRange(0, 0)  # busy until the first figures arrive
        self.progress.show()
        self.job = _Job(fn, self)
        self.job.progressed.connect(self._progressed)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self._wizard.running = self.job
        self.job.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, result: Any) -> None:
        self._wizard.running = None
        self.progress.hide()
        self._done = self.finished(result)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self._wizard.running = None
        self.progress.hide()
        self.message.setText(message or self.tr("已取消"))
        self.message.setStyleSheet("color: #b00020;")
        self._done = False
        self.completeChanged.emit()

    def finished(self, result: Any) -> bool:
        raise NotImplementedError

    def isComplete(self) -> bool:
        return self._done

    @property
    def done(self) -> bool:
        return self._done


class PreviewPage(_JobPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("预览"))
        self.setSubTitle(self.tr("请核对每一列对应的登记项。下表是文件的前{n}行。").format(n=PREVIEW_ROWS))
        self.model = PreviewModel(parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setDefaultSectionSize(110)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("正在读取“{f}”…").format(f=self._wizard.path.name))
        self.model.set_table(Table(path=self._wizard.path, sheet="", header_row=0, columns={}, headers=[]))
        path, mapping_path = self._wizard.path, self._wizard.mapping_path

        def read(_progress: Callable[[int, int], None]) -> tuple:
            mapping = load_mapping(mapping_path)
            return mapping, read_table(path, mapping)

        self.start(read)

    def finished(self, result: Any) -> bool:
        self._wizard.mapping, self._wizard.table = result
        table: Table = self._wizard.table
        self.model.set_table(table)
        lines = [self.tr("工作表“{s}”，表头在第{h}行，共{n}行数据。").format(
            s=table.sheet, h=table.header_row, n=len(table.rows))]
        if table.ignored:
            lines.append(self.tr("这些列没有对应的登记项，不导入：{c}").format(c="、".join(table.ignored)))
        self.message.setText("\n".join(lines))
        return bool(table.rows)


class CheckPage(_JobPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("检查结果"))
        self.setSubTitle(self.tr("试导入，不写入数据库。不能导入的行不会写入，其余的行可以导入。"))
        self.setCommitPage(True)
        self.model = IssueModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(_issue_view(self.model), 1)

    def initializePage(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("正在逐行检查…"))
        self.model.set_issues([])
        self.start(self._wizard.job(dry_run=True))

    def finished(self, result: Any) -> bool:
        report: ImportReport = result
        self._wizard.dry_report = report
        self.model.set_issues(report.issues)
        self.message.setText("\n".join([report.summary(), *report.notes]))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入{n}行").format(n=report.accepted))
        return report.accepted > 0


class ImportPage(_JobPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("正在导入"))
        self.setSubTitle(self.tr("所有行在一个事务中写入：中途取消或断电，数据库保持导入前的样子。"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("正在导入…"))
        self.start(self._wizard.job(dry_run=False))

    def finished(self, result: Any) -> bool:
        self._wizard.report = result
        self.message.setText(result.summary())
        return True

    def _succeeded(self, result: Any) -> None:
        super()._succeeded(result)
        self._wizard.next()  # straight on to the summary


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("导入完成"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = IssueModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(_issue_view(self.model), 1)

    def initializePage(self) -> None:
        report = self._wizard.report
        if report is None:
            return
        lines = [report.summary(), self.tr("新建{h}户，用时{s:.1f}秒。").format(h=report.households_created, s=report.seconds)]
        self.summary.setText("\n".join(lines))
        self.model.set_issues(report.issues)


class ImportWizard(QWizard):
    """Opened from the main window's menu: ImportWizard(session, parent).exec()."""

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.path = Path()
        self.mapping_path: Path | None = None
        self.mapping = None
        self.table: Table | None = None
        self.dry_report: ImportReport | None = None
        self.report: ImportReport | None = None
        self.running: _Job | None = None
        self.setWindowTitle(self.tr("导入育龄妇女登记表"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.preview_page, self.check_page, self.import_page, self.summary_page):
            self.addPage(page)
        self.resize(900, 600)

    def job(self, *, dry_run: bool) -> Callable[[Callable[[int, int], None]], ImportReport]:
        session, path, mapping, table = self.session, self.path, self.mapping, self.table

        def run(progress: Callable[[int, int], None]) -> ImportReport:
            return import_register(path, session, mapping=mapping, table=table, dry_run=dry_run, progress=progress)

        return run

    def reject(self) -> None:
        # A running job is told to stop; its transaction rolls back before the wizard closes.
        if self.running is not None:
            self.running.cancelled = True
            self.running.wait()
        super().reject()

    def done(self, result: int) -> None:
        if self.running is not None:
            self.running.cancelled = True
            self.running.wait()
        super().done(result)
