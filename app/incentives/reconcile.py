"""Reconciliation ("no one eligible missed, no one ineligible paid"): eligible not enrolled,
enrolled not eligible, approved not paid, paid without approval; and the township's xlsx."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.i18n import translate
from app.idnumber import mask as mask_id
from app.incentives.codes import METHOD, PAYMENT_KIND, label
from app.incentives.engine import Evaluation, evaluate
from app.incentives.figures import SchemePeriod, incentive_figures, paid_without_approval
from app.incentives.payments import ledger, payable
from app.incentives.periods import bounds, period_of
from app.incentives.schemes import SchemeBook, yuan
from db.models import Person
from db.models_incentives import Payment


def _t(text: str) -> str:
    return translate("incentives", text)


@dataclass
class Reconciliation:
    day: dt.date
    evaluation: Evaluation
    not_enrolled: list[dict]
    not_eligible: list[dict]
    approved_not_paid: list[dict]
    paid_without_approval: list[dict]
    figures: list[SchemePeriod]

    def counts(self) -> dict[str, int]:
        return {"not_enrolled": len(self.not_enrolled), "not_eligible": len(self.not_eligible),
                "approved_not_paid": len(self.approved_not_paid),
                "paid_without_approval": len(self.paid_without_approval)}

    def as_json(self) -> dict:
        return {"date": self.day.isoformat(), "counts": self.counts(), "not_enrolled": self.not_enrolled,
                "not_eligible": self.not_eligible, "approved_not_paid": self.approved_not_paid,
                "paid_without_approval": self.paid_without_approval,
                "figures": [f.__dict__ for f in self.figures]}


def _finding_row(f, ev: Evaluation) -> dict:
    failed = [c.label for c in ev.explain(f.person_id, f.scheme_code) if not c.met] if f.kind == "lapsed" else []
    return {"scheme_code": f.scheme_code, "scheme": f.scheme_name, "name": f.name, "person_uuid": f.person_uuid,
            "group": f.group_number, "household": f.household_number, "amount": yuan(f.amount_fen),
            "enrolment_uuid": f.enrolment_uuid, "why": _t("、").join(failed)}


def reconcile(day: dt.date, *, site_code: str | None = None) -> Reconciliation:
    """As of `day`: the evaluation of the rules, and the current payment period of each scheme."""
    ev = evaluate(day, site_code=site_code)
    book = ev.book
    not_paid = []
    for scheme in book.all_in_force(day):
        period = period_of(scheme.rhythm, day)
        for e in payable(scheme.code, period):
            not_paid.append({"scheme_code": scheme.code, "scheme": scheme.name, "period": period,
                             "name": e.person.name, "enrolment_uuid": e.uuid})
    year_start = dt.date(day.year, 1, 1)
    without = []
    uuids = paid_without_approval(dt.date(1900, 1, 1), day, site_code)
    if uuids:
        for p in (Payment.select(Payment, Person).join(Person, on=(Payment.person == Person.id))
                  .where(Payment.uuid.in_(uuids))):
            without.append({"payment_uuid": p.uuid, "scheme_code": p.scheme_code, "scheme": book.name(p.scheme_code),
                            "period": p.period, "name": p.person.name, "amount": yuan(p.amount_fen),
                            "paid_date": p.paid_date.isoformat()})
    return Reconciliation(
        day, ev, [_finding_row(f, ev) for f in ev.candidates], [_finding_row(f, ev) for f in ev.lapsed],
        not_paid, without, incentive_figures(year_start, bounds(f"{day.year}")[1], site_code))


def export_xlsx(path: str | Path, day: dt.date, *, site_code: str | None = None) -> Path:
    """The township's workbook: figures, the payment ledger (IDs masked but for the last four
    digits the bank needs to match), and the four reconciliation lists."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rec = reconcile(day, site_code=site_code)
    book = SchemeBook()
    wb = Workbook()
    sheets = [
        (_t("汇总"), [_t("方案"), _t("批准人数"), _t("批准金额（元）"), _t("发放人数"), _t("发放金额（元）")],
         [[f.name, f.approved_people, f.approved_amount, f.paid_people, f.paid_amount] for f in rec.figures]),
        (_t("发放台账"), [_t("方案"), _t("发放期"), _t("姓名"), _t("身份证号"), _t("类别"), _t("金额（元）"),
                       _t("方式"), _t("凭证号"), _t("日期"), _t("原因")],
         [[book.name(r.scheme_code), r.period, r.name, mask_id(r.id_number), label(PAYMENT_KIND, r.kind),
           r.amount_fen / 100, label(METHOD, r.method), r.reference, r.paid_date, r.reason] for r in ledger()]),
    ]
    lists = [
        (_t("符合条件未纳入"), rec.not_enrolled, ("scheme", "name", "group", "household", "amount")),
        (_t("已纳入不再符合"), rec.not_eligible, ("scheme", "name", "group", "household", "why")),
        (_t("已批准未发放"), rec.approved_not_paid, ("scheme", "period", "name")),
        (_t("发放无批准"), rec.paid_without_approval, ("scheme", "period", "name", "amount", "paid_date")),
    ]
    heads = {"scheme": _t("方案"), "name": _t("姓名"), "group": _t("村民小组"), "household": _t("户编号"),
             "amount": _t("金额（元）"), "why": _t("不符合的条件"), "period": _t("发放期"), "paid_date": _t("日期")}
    for title, rows, keys in lists:
        sheets.append((title, [heads[k] for k in keys], [[r.get(k) for k in keys] for r in rows]))
    wb.remove(wb.active)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title)
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(row)
        for col, _ in enumerate(header, 1):
            ws.column_dimensions[ws.cell(1, col).column_letter].width = 16
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
