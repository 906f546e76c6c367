"""Sections read from the other ledgers through their contracts (docs: brief of issues 4 and 5):
app.stock.figures (commodities, CYP) and app.incentives.figures (incentives approved and paid).
When a ledger is not installed the section is empty, with a note saying so."""

from __future__ import annotations

import importlib
from typing import Any

import peewee as pw

from app.i18n import translate
from app.returns.model import Figure, Section, rate
from app.returns.periods import Period


def _t(text: str) -> str:
    return translate("returns", text)


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def stock_section(period: Period, site_code: str | None) -> Section:
    mod = _module("app.stock.figures")
    title = _t("避孕药具与CYP（期内）")
    if mod is None:
        return Section("commodities", title, [], _t("药具台账尚未启用，本节为空"))
    try:
        rows = mod.stock_figures(period.start, period.end, site_code)
        cyp = mod.cyp_total(period.start, period.end, site_code)
    except pw.DatabaseError as exc:  # a file from before the stock tables
        return Section("commodities", title, [], _t("药具台账无法读取：{e}").format(e=exc))
    figures: list[Figure] = []
    for r in rows:
        for attr, text in (("opening", _t("期初")), ("received", _t("收入")), ("issued", _t("发放")),
                           ("adjustments", _t("调整")), ("closing", _t("期末")), ("stockout_days", _t("断货天数"))):
            unit = _t("天") if attr == "stockout_days" else r.unit
            figures.append(Figure(f"commodity.{r.code}.{attr}", f"{r.name}：{text}", getattr(r, attr), unit))
        figures.append(Figure(f"commodity.{r.code}.cyp", f"{r.name}：CYP", round(float(r.cyp or 0), 2), "CYP"))
    figures.append(Figure("cyp_total", _t("避孕保护年（CYP）合计"), round(float(cyp), 2), "CYP"))
    return Section("commodities", title, figures)


def incentive_section(period: Period, site_code: str | None) -> tuple[Section, list[str]]:
    """The section and the UUIDs of payments without an approval (for the logic checks)."""
    mod = _module("app.incentives.figures")
    title = _t("奖励扶助（期内批准与兑现）")
    if mod is None:
        return Section("incentives", title, [], _t("奖励扶助台账尚未启用，本节为空")), []
    try:
        rows = mod.incentive_figures(period.start, period.end, site_code)
        unapproved = list(mod.paid_without_approval(period.start, period.end, site_code))
    except pw.DatabaseError as exc:  # a file from before the incentive tables
        return Section("incentives", title, [], _t("奖励扶助台账无法读取：{e}").format(e=exc)), []
    figures: list[Figure] = []
    tot = {"approved_people": 0, "approved_amount": 0.0, "paid_people": 0, "paid_amount": 0.0}
    for r in rows:
        for attr, text, unit in (("approved_people", _t("批准人数"), _t("人")), ("approved_amount", _t("批准金额"), _t("元")),
                                 ("paid_people", _t("兑现人数"), _t("人")), ("paid_amount", _t("兑现金额"), _t("元"))):
            value = getattr(r, attr)
            tot[attr] += value or 0
            figures.append(Figure(f"incentive.{r.scheme_code}.{attr}", f"{r.name}：{text}", value, unit))
    approved = Figure("incentive.approved_amount", _t("批准金额合计"), round(tot["approved_amount"], 2), _t("元"))
    paid = Figure("incentive.paid_amount", _t("兑现金额合计"), round(tot["paid_amount"], 2), _t("元"))
    figures += [
        Figure("incentive.approved_people", _t("批准人数合计"), tot["approved_people"]),
        approved,
        Figure("incentive.paid_people", _t("兑现人数合计"), tot["paid_people"]),
        paid,
        Figure("incentive.payout_rate", _t("兑现率（兑现金额÷批准金额）"), rate(paid.value, approved.value), "%", [],
               ("incentive.paid_amount", "incentive.approved_amount", 100)),
    ]
    return Section("incentives", title, figures), unapproved
