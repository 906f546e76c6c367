"""Read-only table models of the incentives window: candidates, cases, payments, reconciliation.
Each holds plain rows computed by app.incentives (off the GUI thread); columns are
(header, cell text, right-aligned)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.incentives.codes import METHOD, PAYMENT_KIND, STATUS, label
from app.incentives.schemes import yuan
from ui.rows_model import ColumnRowsModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("IncentiveModels", text)


class CandidatesModel(ColumnRowsModel):
    """app.incentives.engine.Finding rows: candidates and enrolled people who no longer qualify."""

    def columns(self):
        return [
            (_tr("类别"), lambda f: _tr("候选") if f.kind == "candidate" else _tr("不再符合"), False),
            (_tr("方案"), lambda f: f.scheme_name, False),
            (_tr("姓名"), lambda f: f.name, False),
            (_tr("性别"), lambda f: _tr("男") if f.sex == "M" else _tr("女"), False),
            (_tr("村民小组"), lambda f: "" if f.group_number is None else str(f.group_number), True),
            (_tr("户编号"), lambda f: f.household_number, False),
            (_tr("每期金额（元）"), lambda f: yuan(f.amount_fen), True),
        ]

    def background(self, row) -> str | None:
        return "#fde2e1" if row.kind == "lapsed" else None


class CasesModel(ColumnRowsModel):
    """Dicts of app.incentives.lifecycle.open_cases."""

    def columns(self):
        return [
            (_tr("方案"), lambda r: r["scheme"], False),
            (_tr("姓名"), lambda r: r["name"], False),
            (_tr("状态"), lambda r: label(STATUS, r["status"]), False),
            (_tr("登记日期"), lambda r: r["applied_date"].isoformat(), False),
            (_tr("发放方式"), lambda r: label(METHOD, r["method"]), False),
            (_tr("年审"), lambda r: "" if r["confirmed_year"] is None else str(r["confirmed_year"]), True),
            (_tr("退出原因"), lambda r: r["exit_reason"] or "", False),
        ]

    def background(self, row) -> str | None:
        return {"approved": "#e3f4e1", "exited": "#eeeeee", "rejected": "#fde2e1"}.get(row["status"])


class PaymentsModel(ColumnRowsModel):
    """app.incentives.payments.LedgerRow rows; scheme_names maps a scheme code to its name."""

    scheme_names: dict[str, str] = {}

    def columns(self):
        return [
            (_tr("发放期"), lambda r: r.period, False),
            (_tr("方案"), lambda r: self.scheme_names.get(r.scheme_code, r.scheme_code), False),
            (_tr("姓名"), lambda r: r.name, False),
            (_tr("类别"), lambda r: label(PAYMENT_KIND, r.kind), False),
            (_tr("金额（元）"), lambda r: yuan(r.amount_fen), True),
            (_tr("方式"), lambda r: label(METHOD, r.method), False),
            (_tr("凭证号"), lambda r: r.reference, False),
            (_tr("日期"), lambda r: r.paid_date.isoformat(), False),
        ]

    def background(self, row) -> str | None:
        return "#fff4d6" if row.kind == "reversal" else None


class ReconcileModel(ColumnRowsModel):
    """(list title, row dict) pairs of app.incentives.reconcile.Reconciliation."""

    def columns(self):
        return [
            (_tr("问题"), lambda r: r[0], False),
            (_tr("方案"), lambda r: r[1].get("scheme", ""), False),
            (_tr("姓名"), lambda r: r[1].get("name", ""), False),
            (_tr("发放期"), lambda r: r[1].get("period", ""), False),
            (_tr("说明"), lambda r: r[1].get("why") or r[1].get("amount", ""), False),
        ]
