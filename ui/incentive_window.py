"""The incentives window (奖励扶助): candidates with every condition explained, the cases and
their lifecycle actions, payments, reconciliation, and the notice-board PDFs. The rules and
lists are computed off the GUI thread; each action is one service call (app.incentives)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.auth import Session
from app.incentives import lifecycle, payments
from app.incentives.engine import evaluate
from app.incentives.reconcile import export_xlsx, reconcile
from app.incentives.rules import check_text
from app.incentives.schemes import SchemeBook, ensure_seeded
from ui import ask
from ui.incentive_dialogs import NoticeDialog, PayDialog
from ui.incentive_models import CandidatesModel, CasesModel, PaymentsModel, ReconcileModel
from ui.tables import read_only_table
from ui.workers import run_in_background


def _table(model) -> QTableView:
    return read_only_table(model, single=False, row_numbers=False)


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class IncentiveWindow(QMainWindow):
    loaded = Signal()

    def __init__(self, session: Session, parent=None, *, site_name: str = "", today: dt.date | None = None):
        super().__init__(parent)
        self.session = session
        self.today = today or dt.date.today()
        self.evaluation = None
        self.setWindowTitle(self.tr("奖励扶助") + (f" - {site_name}" if site_name else ""))
        self.resize(1100, 680)
        self.tabs = QTabWidget()
        self.setCentralWidget(self.tabs)
        self.candidates = CandidatesModel(self)
        self.cases = CasesModel(self)
        self.payments = PaymentsModel(self)
        self.problems = ReconcileModel(self)
        self._build_candidates()
        self._build_cases()
        self._build_payments()
        self._build_reconcile()
        self._build_disclose()
        self.status = QLabel()
        self.statusBar().addWidget(self.status)
        self.reload()

    # -- tabs ----------------------------------------------------------------------------------
    def _build_candidates(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.candidate_table = _table(self.candidates)
        self.candidate_table.setColumnWidth(1, 230)
        self.candidate_table.selectionModel().currentRowChanged.connect(self._explain)
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        split.addWidget(self.candidate_table)
        split.addWidget(self.explanation)
        split.setSizes([650, 400])
        lay.addWidget(split)
        self.enrol_button = QPushButton(self.tr("登记选中的候选人"))
        self.enrol_all_button = QPushButton(self.tr("全部候选人登记为对象"))
        refresh = QPushButton(self.tr("重新核查"))
        self.enrol_button.clicked.connect(self._enrol_selected)
        self.enrol_all_button.clicked.connect(self._enrol_all)
        refresh.clicked.connect(self.reload)
        lay.addLayout(_buttons(self.enrol_button, self.enrol_all_button, refresh))
        self.tabs.addTab(page, self.tr("候选名单"))

    def _build_cases(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.case_table = _table(self.cases)
        self.case_table.setColumnWidth(0, 230)
        self.case_table.setColumnWidth(2, 110)
        self.case_table.setColumnWidth(4, 150)
        lay.addWidget(self.case_table)
        actions = [
            (self.tr("村审核通过"), self._review_pass), (self.tr("审核不通过"), self._review_fail),
            (self.tr("张榜公示…"), self._post_notice), (self.tr("登记异议…"), self._objection),
            (self.tr("乡镇批准"), self._approve), (self.tr("年审"), self._reconfirm), (self.tr("退出…"), self._exit),
        ]
        buttons = []
        for text, slot in actions:
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.append(b)
        self.approve_button = buttons[4]
        lay.addLayout(_buttons(*buttons))
        self.tabs.addTab(page, self.tr("奖扶对象"))

    def _build_payments(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.payment_table = _table(self.payments)
        self.payment_table.setColumnWidth(1, 230)
        self.payment_table.setColumnWidth(5, 150)
        lay.addWidget(self.payment_table)
        pay = QPushButton(self.tr("发放…"))
        rev = QPushButton(self.tr("冲正…"))
        receipt = QPushButton(self.tr("打印现金领取凭证…"))
        pay.clicked.connect(self._pay)
        rev.clicked.connect(self._reverse)
        receipt.clicked.connect(self._receipt)
        lay.addLayout(_buttons(pay, rev, receipt))
        self.tabs.addTab(page, self.tr("发放台账"))

    def _build_reconcile(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.reconcile_summary = QLabel()
        lay.addWidget(self.reconcile_summary)
        problems = _table(self.problems)
        problems.setColumnWidth(0, 130)
        problems.setColumnWidth(1, 230)
        lay.addWidget(problems)
        export = QPushButton(self.tr("导出给乡镇（xlsx）…"))
        export.clicked.connect(self._export_xlsx)
        lay.addLayout(_buttons(export))
        self.tabs.addTab(page, self.tr("对账"))

    def _build_disclose(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(QLabel(self.tr("村务公开文件：身份证号只显示前三位和后四位，不含任何健康信息。")))
        self.kind = QComboBox()
        for text, code in ((self.tr("公示名单（最近一次公示）"), "notice"), (self.tr("季度公开栏汇总"), "board"),
                           (self.tr("本月宣传橱窗"), "display")):
            self.kind.addItem(text, code)
        self.paper = QComboBox()
        self.paper.addItems(["A4", "A3"])
        export = QPushButton(self.tr("生成 PDF…"))
        export.clicked.connect(self._export_pdf)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.paper)
        row.addWidget(export)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.tabs.addTab(page, self.tr("村务公开"))

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.status.setText(self.tr("正在核查…"))
        today = self.today
        session = self.session

        def work():
            ensure_seeded(session.site_code)
            ev = evaluate(today, site_code=lifecycle.register_scope(session))
            return ev, lifecycle.open_cases(today), payments.ledger(), reconcile(today)

        run_in_background(work, self._loaded, self._failed)

    def _loaded(self, result) -> None:
        if not isValid(self):
            return
        ev, cases, ledger, rec = result
        self.evaluation = ev
        self.candidates.set_rows(ev.candidates + ev.lapsed)
        self.cases.set_rows(cases)
        self.payments.scheme_names = {code: ev.book.name(code) for code in ev.book.codes}
        self.payments.set_rows(ledger)
        lists = [(self.tr("符合条件未纳入"), rec.not_enrolled), (self.tr("已纳入不再符合"), rec.not_eligible),
                 (self.tr("已批准未发放"), rec.approved_not_paid), (self.tr("发放无批准"), rec.paid_without_approval)]
        self.problems.set_rows([(title, r) for title, rows in lists for r in rows])
        self.reconcile_summary.setText("　".join(f"{t}：{len(rows)}" for t, rows in lists))
        self.status.setText(self.tr("候选 {c} 人，不再符合 {l} 人，奖扶对象 {n} 人，发放 {p} 笔").format(
            c=len(ev.candidates), l=len(ev.lapsed), n=len(cases), p=len(ledger)))
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        if isValid(self):
            self.status.setText(str(exc))
            ask.warn(self, self.tr("核查失败"), str(exc))

    def _explain(self, current, _previous=None) -> None:
        if self.evaluation is None or not current.isValid():
            self.explanation.clear()
            return
        f = self.candidates.row_at(current.row())
        lines = [f"{f.name}　{f.scheme_name}", ""]
        lines += [("✔ " if c.met else "✘ ") + check_text(c) for c in self.evaluation.explain(f.person_id, f.scheme_code)]
        self.explanation.setPlainText("\n".join(lines))

    # -- actions -------------------------------------------------------------------------------
    def _do(self, title: str, fn) -> bool:
        try:
            fn()
        except (ValueError, PermissionError, RuntimeError) as exc:
            ask.warn(self, title, str(exc))
            return False
        self.reload()
        return True

    def _selected(self, table: QTableView, model) -> list:
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        return [model.row_at(r) for r in rows]

    def _selected_cases(self) -> list[dict]:
        rows = self._selected(self.case_table, self.cases)
        if not rows:
            ask.inform(self, self.tr("奖扶对象"), self.tr("请先选中一个或几个对象"))
        return rows

    def enrol(self, findings: list) -> bool:
        return self._do(self.tr("不能登记"), lambda: [
            lifecycle.enrol(self.session, f.person_uuid, f.scheme_code, self.today)
            for f in findings if f.kind == "candidate"])

    def _enrol_selected(self) -> None:
        self.enrol(self._selected(self.candidate_table, self.candidates))

    def _enrol_all(self) -> None:
        self._do(self.tr("不能登记"), lambda: lifecycle.enrol_candidates(self.session, self.today))

    def review(self, rows: list[dict], passed: bool, note: str = "") -> bool:
        return self._do(self.tr("不能审核"), lambda: [
            lifecycle.review(self.session, r["uuid"], passed, self.today, note) for r in rows])

    def _review_pass(self) -> None:
        if rows := self._selected_cases():
            self.review(rows, True)

    def _review_fail(self) -> None:
        if rows := self._selected_cases():
            note, ok = QInputDialog.getText(self, self.tr("审核不通过"), self.tr("原因"))
            if ok:
                self.review(rows, False, note)

    def post_notice(self, rows: list[dict], start: dt.date, end: dt.date, place: str, contact: str = "") -> bool:
        return self._do(self.tr("不能公示"), lambda: lifecycle.post_notice(
            self.session, [r["uuid"] for r in rows], start, end, place, contact=contact))

    def _post_notice(self) -> None:
        rows = self._selected_cases()
        if not rows:
            return
        book = SchemeBook()
        days = max((book.in_force(r["scheme_code"], self.today) or book.latest(r["scheme_code"])).notice_days
                   for r in rows)
        dialog = NoticeDialog(self, self.today, days)
        if dialog.exec():
            self.post_notice(rows, *dialog.value())

    def _objection(self) -> None:
        rows = self._selected_cases()
        if len(rows) != 1:
            return
        text, ok = QInputDialog.getText(self, self.tr("登记异议"), self.tr("异议内容"))
        if ok:
            self._do(self.tr("不能登记异议"), lambda: lifecycle.record_objection(
                self.session, rows[0]["uuid"], self.today, text))

    def approve(self, rows: list[dict]) -> bool:
        return self._do(self.tr("不能批准"), lambda: [
            lifecycle.approve(self.session, r["uuid"], self.today) for r in rows])

    def _approve(self) -> None:
        if rows := self._selected_cases():
            self.approve(rows)

    def _reconfirm(self) -> None:
        if rows := self._selected_cases():
            self._do(self.tr("年审未通过"), lambda: [
                lifecycle.reconfirm(self.session, r["uuid"], self.today.year, self.today) for r in rows])

    def _exit(self) -> None:
        rows = self._selected_cases()
        if len(rows) != 1:
            return
        reason, ok = QInputDialog.getText(self, self.tr("退出"), self.tr("退出原因"))
        if ok:
            self._do(self.tr("不能退出"), lambda: lifecycle.exit_case(self.session, rows[0]["uuid"], self.today, reason))

    def pay(self, scheme_code: str, period: str, method: str, reference: str = "") -> bool:
        return self._do(self.tr("不能发放"), lambda: payments.pay_batch(
            self.session, scheme_code, period, self.today, method=method, reference=reference))

    def _pay(self) -> None:
        book = SchemeBook()
        schemes = [(s.code, s.name, s.rhythm) for s in book.all_in_force(self.today)]
        dialog = PayDialog(self, self.today, schemes)
        if dialog.exec():
            self.pay(*dialog.value())

    def _reverse(self) -> None:
        rows = self._selected(self.payment_table, self.payments)
        if len(rows) != 1:
            return
        reason, ok = QInputDialog.getText(self, self.tr("冲正"), self.tr("冲正原因"))
        if ok:
            self._do(self.tr("不能冲正"), lambda: payments.reverse(self.session, rows[0].uuid, self.today, reason))

    def _receipt(self) -> None:
        rows = self._selected(self.payment_table, self.payments)
        if len(rows) != 1:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("领取凭证"), f"receipt-{rows[0].uuid[:8]}.pdf", "PDF (*.pdf)")
        if path:
            from app.disclosure.receipt import write_receipt

            self._do(self.tr("不能生成凭证"), lambda: write_receipt(path, rows[0].uuid, printed_on=self.today))

    def export_xlsx(self, path: str | Path) -> bool:
        return self._do(self.tr("不能导出"), lambda: export_xlsx(path, self.today))

    def _export_xlsx(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出对账表"), f"incentives-{self.today}.xlsx",
                                              "Excel (*.xlsx)")
        if path:
            self.export_xlsx(path)

    def export_pdf(self, kind: str, path: str | Path, paper: str = "A4") -> bool:
        today = self.today

        def write():
            if kind == "notice":
                from app.disclosure.notice_list import write_notice_list

                write_notice_list(path, paper=paper, printed_on=today)
            elif kind == "board":
                from app.disclosure.board import write_board_summary

                write_board_summary(path, f"{today.year}Q{(today.month - 1) // 3 + 1}", paper=paper, printed_on=today)
            else:
                from app.disclosure.display import write_display_sheet

                write_display_sheet(path, f"{today.year}-{today.month:02d}", paper=paper, printed_on=today)

        return self._do(self.tr("不能生成 PDF"), write)

    def _export_pdf(self) -> None:
        kind = self.kind.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("生成 PDF"), f"{kind}-{self.today}.pdf", "PDF (*.pdf)")
        if path:
            self.export_pdf(kind, path, self.paper.currentText())
