"""Logic checks of a return before it is exported (SPEC §8), each naming the records at fault.

A failed check does not forbid the export: the preparer records why it goes out anyway
(app.returns.store.close_return refuses an export with failures and no explanation).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.i18n import translate
from app.returns.model import Return


def _t(text: str) -> str:
    return translate("returns", text)


@dataclass
class CheckResult:
    code: str
    title: str
    ok: bool
    message: str = ""
    uuids: list[str] = field(default_factory=list)  # offending records (people, payments)
    severity: str = "error"  # error | warning


def _sum_check(ret: Return, code: str, title: str, total: str, parts: list[str]) -> CheckResult:
    v = ret.values()
    if total not in v:
        return CheckResult(code, title, True)
    got = sum(v.get(p) or 0 for p in parts)
    ok = got == (v[total] or 0)
    msg = "" if ok else _t("各项之和{a}，总数{b}，相差{c}").format(a=got, b=v[total], c=(v[total] or 0) - got)
    return CheckResult(code, title, ok, msg)


def run_checks(ret: Return) -> list[CheckResult]:
    figs = ret.figures()
    v = ret.values()
    status_parts = [c for c in v if c.startswith("status.") and c != "status.total"]
    results = [
        _sum_check(ret, "status_sum", _t("各状况人数之和等于已婚育龄妇女数"), "married_15_49", status_parts),
        _sum_check(ret, "births_by_sex", _t("出生按性别之和等于出生数"), "births",
                   ["births.sex.M", "births.sex.F", "births.sex.unknown"]),
        _sum_check(ret, "births_by_order", _t("出生按孩次之和等于出生数"), "births",
                   [c for c in v if c.startswith("births.order.")]),
        _sum_check(ret, "residence_sum", _t("按居住状况之和等于育龄妇女数"), "women_15_49",
                   [c for c in v if c.startswith("residence.")]),
        _sum_check(ret, "acceptors_sum", _t("首次采用与换用之和等于新采用数"), "new_acceptors",
                   ["new_acceptors.first_ever", "new_acceptors.switching"]),
    ]
    married, women = v.get("married_15_49") or 0, v.get("women_15_49") or 0
    results.append(CheckResult("married_le_women", _t("已婚育龄妇女不多于育龄妇女"), married <= women,
                               "" if married <= women else _t("已婚{a}多于育龄妇女{b}").format(a=married, b=women)))
    unknown = [*(figs["births.sex.unknown"].people if "births.sex.unknown" in figs else []),
               *(figs["births.order.unknown"].people if "births.order.unknown" in figs else [])]
    results.append(CheckResult("births_complete", _t("出生记录有性别和孩次"), not unknown,
                               _t("{n}条出生记录缺性别或孩次").format(n=len(unknown)) if unknown else "",
                               sorted(set(unknown)), "warning"))
    ev = ret.evidence
    unpaid = ev.get("paid_without_approval", [])
    results.append(CheckResult("payments_approved", _t("每笔兑现都有批准"), not unpaid,
                               _t("{n}笔兑现没有批准记录").format(n=len(unpaid)) if unpaid else "", unpaid))
    paid, approved = v.get("incentive.paid_amount") or 0, v.get("incentive.approved_amount") or 0
    if paid > approved:
        results.append(CheckResult("payout_le_approved", _t("兑现金额不超过批准金额"), False,
                                   _t("兑现{a}元，批准{b}元").format(a=paid, b=approved), [], "warning"))
    two = ev.get("two_sites", [])
    results.append(CheckResult("two_sites", _t("没有妇女同时登记在两个村"), not two,
                               _t("{n}条登记的身份证号在另一个村也有登记").format(n=len(two)) if two else "", two))
    married_no = ev.get("married_without_record", [])
    results.append(CheckResult("married_record", _t("登记为已婚的妇女都有婚姻记录"), not married_no,
                               _t("{n}人登记为已婚，但没有婚姻记录，未计入已婚").format(n=len(married_no))
                               if married_no else "", married_no, "warning"))
    if "period_open" in ev:
        results.append(CheckResult("period_open", _t("报表期已经结束"), False,
                                   _t("报表期{p}尚未结束，期末数字还会变化").format(p=ret.period.code), [], "warning"))
    return results


def failures(results: list[CheckResult]) -> list[CheckResult]:
    return [r for r in results if not r.ok]
