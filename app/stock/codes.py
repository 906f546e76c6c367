"""Code lists of the stock ledger: stored codes and their Chinese labels (SPEC §5)."""

from __future__ import annotations

from app.i18n import translate


def _t(text: str) -> str:
    return translate("stock_codes", text)


TXN_KIND = {"receipt": "入库", "issue": "发放", "adjustment": "调整", "count": "盘点"}
ADJUST_REASON = {
    "expired": "过期",
    "damaged": "损坏",
    "lost": "丢失",
    "returned": "退回乡镇",
    "transfer_out": "调出",
    "count_correction": "盘点更正",
}
# Which way each reason moves the stock: -1 takes units off the shelf, 0 either way (signed).
ADJUST_SIGN = {"expired": -1, "damaged": -1, "lost": -1, "returned": -1, "transfer_out": -1,
               "count_correction": 0}
MOS_BAND = {"stockout": "缺货", "low": "偏低", "adequate": "适量", "over": "过多", "no_use": "无消耗"}


def label(codes: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    text = codes.get(code)
    return _t(text) if text else code
