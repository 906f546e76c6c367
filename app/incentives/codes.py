"""Code lists of the incentive cases and their Chinese labels."""

from __future__ import annotations

from app.i18n import translate


def _t(text: str) -> str:
    return translate("incentives", text)


UNIT = {"person": "每人", "household": "每户"}
AMOUNT_PER = {"month": "每月", "year": "每年"}
RHYTHM = {"year": "按年发放", "quarter": "按季度发放", "month": "按月发放"}
# The village's part of a case. Approval is the township's own row (db Approval), so an
# enrolment's shown status is derived (app/incentives/lifecycle.py status_of).
STAGE = {
    "candidate": "候选",
    "applied": "已申请",
    "reviewed": "村审核通过",
    "on_notice": "公示中",
    "rejected": "村审核未通过",
    "exited": "已退出",
}
STATUS = {
    **STAGE,
    "noticed": "公示期满",
    "approved": "乡镇已批准",
    "refused": "乡镇未批准",
}
ACTIVE_STAGES = frozenset({"candidate", "applied", "reviewed", "on_notice"})
METHOD = {"bank_card": "银行卡（一卡通）", "cash": "现金"}
OUTCOME = {"pending": "待处理", "upheld": "异议成立", "dismissed": "异议不成立"}
DECISION = {"approved": "批准", "rejected": "不批准", "revoked": "撤销批准"}
FACT_KIND = {"disability": "残疾证", "honour_certificate": "独生子女父母光荣证"}
PAYMENT_KIND = {"payment": "发放", "reversal": "冲正"}


def label(codes: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    return _t(codes.get(code, code))
