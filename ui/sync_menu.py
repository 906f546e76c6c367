"""The sync menu (同步): enrolment files, packets to and from a USB stick, sync over the
network in the background with progress, and the last successful sync in menu and status bar.

The work is app.sync's; this module only asks for folders and files and shows results.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox, QProgressDialog

from ui.workers import run_in_background


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, int, str)


class SyncMenu(QObject):
    finished = Signal(bool, str)  # ok, the message shown (tests wait on it)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.busy = False
        self.attempts, self.delay = 4, 2.0  # network retries and first back-off (seconds)
        self.progress_dialog: QProgressDialog | None = None
        self.last_box: QMessageBox | None = None
        self.review_window = None
        self._offer_review = False  # the next result box gets a button to the review queue
        self.menu = window.menuBar().addMenu(self.tr("同步(&Y)"))

        def add(text: str, tip: str, slot) -> QAction:
            action = QAction(text, window)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            self.menu.addAction(action)
            return action

        self.sync_action = add(self.tr("立即同步(&S)"), self.tr("通过网络把本站的更改发给乡镇，并取回乡镇的数据包"),
                               self.ask_sync)
        self.menu.addSeparator()
        self.export_action = add(self.tr("导出数据包到U盘(&E)…"), self.tr("把尚未确认收到的更改写成数据包文件"),
                                 self.ask_export)
        self.import_action = add(self.tr("导入数据包(&I)…"), self.tr("导入对方发来的数据包文件"), self.ask_import)
        self.review_action = add(self.tr("待核对记录(&V)…"), self.tr("两边都修改过的记录：采用对方版本或保留本地版本"),
                                 self.open_review)
        self.menu.aboutToShow.connect(self.refresh_review_count)
        self.menu.addSeparator()
        self.write_enrol_action = add(self.tr("写出本站登记文件(&W)…"), self.tr("把本站的公钥写到U盘，交给对方导入"),
                                      self.ask_write_enrolment)
        self.read_enrol_action = add(self.tr("导入对方登记文件(&R)…"), self.tr("信任对方站点：导入它的登记文件"),
                                     self.ask_enrol)
        self.menu.addSeparator()
        self.last_action = QAction(window)
        self.last_action.setEnabled(False)
        self.menu.addAction(self.last_action)
        self.status_label = QLabel(window)
        window.statusBar().addPermanentWidget(self.status_label)
        self.refresh_last_sync()
        self.refresh_review_count()

    # -- helpers -----------------------------------------------------------------------
    def _show(self, ok: bool, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Ok, self.window)
        if ok and self._offer_review:
            box.addButton(self.tr("查看待核对记录(&V)"), QMessageBox.ButtonRole.ActionRole).clicked.connect(
                self.open_review)
        self._offer_review = False
        box.open()  # not exec(): the window stays usable and tests need no event loop of their own
        self.last_box = box
        self.finished.emit(ok, text)

    def _run(self, title: str, work, describe) -> None:
        if self.busy:
            return
        self.busy = True
        self._set_enabled(False)

        def done(result) -> None:
            self._end()
            self._show(True, title, describe(result))

        def failed(exc: BaseException) -> None:
            self._end()
            self._show(False, title, str(exc))

        run_in_background(work, done, failed)

    def _end(self) -> None:
        self.busy = False
        self.attempts, self.delay = 4, 2.0  # network retries and first back-off (seconds)
        self._set_enabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog = None
        self.refresh_last_sync()
        self.refresh_review_count()

    def _set_enabled(self, enabled: bool) -> None:
        for action in (self.sync_action, self.export_action, self.import_action):
            action.setEnabled(enabled)

    def refresh_last_sync(self) -> None:
        from app.sync.net import last_sync

        try:
            when = last_sync()
        except Exception:  # noqa: BLE001 - a database without sync tables yet: nothing to show
            when = None
        text = (self.tr("上次同步：{t}").format(t=str(when)[:16]) if when else self.tr("尚未同步"))
        self.last_action.setText(text)
        self.status_label.setText(text)

    def refresh_review_count(self) -> None:
        from app.sync.review import open_count

        try:
            n = open_count()
        except Exception:  # noqa: BLE001 - a database without sync tables yet: nothing waiting
            n = 0
        self.review_action.setText(self.tr("待核对记录 ({n})(&V)…").format(n=n) if n else self.tr("待核对记录(&V)…"))

    def review_hint(self, conflicts: int) -> list[str]:
        """The line an import result adds when rows went to the review queue."""
        self._offer_review = conflicts > 0
        return [self.tr("有{n}条记录在两边都被修改过，未覆盖本站的记录：请在“同步 → 待核对记录”中逐条核对。").format(
            n=conflicts)] if conflicts else []

    def open_review(self):
        from shiboken6 import isValid

        from ui.sync_review import SyncReviewWindow

        if self.review_window is None or not isValid(self.review_window):
            self.review_window = SyncReviewWindow(self.window.session, self.window)
            self.review_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.review_window.resolved.connect(lambda _n: self.refresh_review_count())
        else:
            self.review_window.session = self.window.session  # the user may have switched
            self.review_window.reload()
        self.review_window.show()
        self.review_window.raise_()
        self.review_window.activateWindow()
        return self.review_window

    # -- the actions ---------------------------------------------------------------------
    def ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("选择U盘或文件夹"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        from app.sync.export import default_receivers, export_packet

        def work():
            receivers = default_receivers()
            if not receivers:
                raise ValueError(self.tr("还没有登记任何站点：请先导入对方的登记文件"))
            return [export_packet(r, folder) for r in receivers]

        self._run(self.tr("导出数据包"), work, lambda packets: "\n".join(
            self.tr("{f}：{n}条更改").format(f=p.name, n=p.manifest["entries"]) for p in packets))

    def ask_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.window, self.tr("选择数据包文件"), "",
                                                self.tr("数据包 (*.fpk)"))
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]) -> None:
        from app.sync.importer import import_packet

        def work():
            results = []
            for f in sorted(files):
                try:
                    results.append(import_packet(f))
                except ValueError as exc:  # PacketError, SyncError: say which file
                    raise ValueError(f"{f.name}：{exc}") from exc
            return results

        self._run(self.tr("导入数据包"), work, lambda results: "\n".join(
            [line for r in results for line in (r.message, *r.warnings)]
            + self.review_hint(sum(r.summary.get("conflicts", 0) for r in results))))

    def ask_sync(self) -> None:
        from app import settings

        url = settings.get("sync_url") or ""
        if not url:
            url, ok = QInputDialog.getText(self.window, self.tr("同步服务器"),
                                           self.tr("乡镇同步服务器地址（如 http://192.168.1.10:8765）："))
            if not ok or not url.strip():
                return
            url = url.strip()
            settings.put("sync_url", url)
        self.sync_now(url)

    def sync_now(self, url: str) -> None:
        from app.sync.net import sync

        relay = _Progress(self)
        dialog = QProgressDialog(self.tr("正在同步…"), "", 0, 4, self.window)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("同步"))
        dialog.setMinimumDuration(600)  # only when it takes a while
        self.progress_dialog = dialog

        def show(step: int, total: int, text: str) -> None:
            if self.progress_dialog is not None:
                if total:
                    self.progress_dialog.setValue(step)
                self.progress_dialog.setLabelText(text)

        relay.changed.connect(show)
        self._run(self.tr("同步"), lambda: sync(url, attempts=self.attempts, delay=self.delay,
                                                progress=relay.changed.emit),
                  lambda r: "\n".join([r["pulled"]["message"],
                                       *self.review_hint(r["pulled"]["summary"].get("conflicts", 0))]))

    def ask_write_enrolment(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("选择U盘或文件夹"))
        if folder:
            self.write_enrolment(Path(folder))

    def write_enrolment(self, folder: Path) -> None:
        from app.sync import identity

        try:
            path = identity.write_enrolment(folder)
            text = self.tr("本站登记文件：{p}\n指纹：{f}（请与对方电话核对）").format(
                p=path, f=identity.enrolment_data()["fingerprint"])
        except (ValueError, OSError) as exc:
            self._show(False, self.tr("站点登记"), str(exc))
            return
        self._show(True, self.tr("站点登记"), text)

    def ask_enrol(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("选择对方的登记文件"), "",
                                              self.tr("登记文件 (fpreg-enrol-*.json)"))
        if path:
            self.enrol(Path(path))

    def enrol(self, path: Path) -> None:
        from app.sync import identity

        try:
            peer = identity.enrol_peer(path)
            text = self.tr("已登记站点 {c} {n}\n指纹：{f}（请与对方电话核对）").format(
                c=peer.site_code, n=peer.site_name, f=identity.fingerprint(peer.sign_public))
        except (ValueError, OSError) as exc:
            self._show(False, self.tr("站点登记"), str(exc))
            return
        self._show(True, self.tr("站点登记"), text)


def install(window) -> None:
    if window.session.can("sync"):
        window.sync_menu = SyncMenu(window)
