"""The monthly display-case sheet (宣传橱窗): free contraceptives available, service hours, policy
text from an editable template (resources/display_case.json), and the incentive schemes in force
with their terms (from the scheme data)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from app.disclosure.common import build, page, para, signature_block, styles
from app.i18n import translate
from app.incentives.lifecycle import site_name
from app.incentives.periods import bounds, rhythm_of
from app.incentives.schemes import SchemeBook

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "display_case.json"


def _t(text: str) -> str:
    return translate("disclosure", text)


def load_template(path: str | Path | None = None) -> dict:
    source = Path(path) if path else TEMPLATE
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(_t("读不了橱窗模板“{p}”：{e}").format(p=source, e=exc)) from exc
    for key in ("service_hours", "policy", "free_contraceptives"):
        if not isinstance(data.get(key), list):
            raise ValueError(_t("橱窗模板“{p}”缺少列表 {k}").format(p=source, k=key))
    return data


def available_contraceptives(month: str, template: dict) -> tuple[list[str], str]:
    """Commodity names in stock at the month's end (stock register, issue 4), else the template's
    list; and where the list came from."""
    start, end = bounds(month)
    try:
        from app.stock.figures import stock_figures

        figures = stock_figures(start, end)
    except Exception:  # noqa: BLE001 - no stock register in this database: the template stands in
        figures = []
    if any(f.opening or f.received for f in figures):
        return [f.name for f in figures if f.closing > 0], "stock"
    return [str(x) for x in template["free_contraceptives"]], "template"


def write_display_sheet(path: str | Path, month: str, *, paper: str = "A4", template: str | Path | None = None,
                        printed_on: dt.date | None = None) -> Path:
    if rhythm_of(month) != "month":
        raise ValueError(_t("月份应写作 2026-11"))
    data = load_template(template)
    items, _source = available_contraceptives(month, data)
    printed_on = printed_on or dt.date.today()
    p = page(paper)
    st = styles(p)
    site = site_name()
    year, mon = month.split("-")
    title = _t("{site}{t}").format(site=site, t=data.get("title") or _t("宣传橱窗"))
    story = [para(title, st["title"]), para(_t("{y}年{m}月").format(y=year, m=int(mon)), st["subtitle"]),
             para(_t("一、免费避孕药具"), st["h2"])]
    for item in items:
        story.append(para("● " + item, st["body"]))
    if data.get("free_note"):
        story.append(para(str(data["free_note"]), st["body"]))
    story.append(para(_t("二、服务时间"), st["h2"]))
    for line in data["service_hours"]:
        story.append(para(str(line), st["body"]))
    if data.get("contact"):
        story.append(para(_t("服务地点：{c}").format(c=data["contact"]), st["body"]))
    story.append(para(_t("三、政策宣传"), st["h2"]))
    for line in data["policy"]:
        story.append(para(str(line), st["body"]))
    story.append(para(_t("四、奖励扶助标准（现行）"), st["h2"]))
    for scheme in SchemeBook().all_in_force(bounds(month)[1]):
        story.append(para(_t("{n}：{terms}").format(n=scheme.name, terms=scheme.terms()), st["body"]))
    story += signature_block(p, st, printed_on, _t("{site}村民委员会").format(site=site))
    return build(path, story, p, title=title, footer=_t("{site}　宣传橱窗　{m}").format(site=site, m=month))
