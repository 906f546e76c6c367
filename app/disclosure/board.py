"""The quarterly notice-board summary (挂牌公开): aggregate figures only, and every table's
parts sum to its total (the document checks this before it is written)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.disclosure.common import build, page, para, signature_block, styles, table
from app.i18n import translate
from app.incentives.lifecycle import site_name
from app.incentives.periods import bounds, rhythm_of
from app.incentives.schemes import SchemeBook, yuan
from db.connection import database


def _t(text: str) -> str:
    return translate("disclosure", text)


@dataclass(frozen=True)
class BoardFigures:
    quarter: str
    households: int
    men: int
    women: int
    boys_born: int
    girls_born: int
    schemes: list[tuple[str, int, int]]  # (scheme name, people approved, fen paid in the quarter)

    @property
    def population(self) -> int:
        return self.men + self.women

    @property
    def births(self) -> int:
        return self.boys_born + self.girls_born

    @property
    def people_total(self) -> int:
        return sum(s[1] for s in self.schemes)

    @property
    def paid_total(self) -> int:
        return sum(s[2] for s in self.schemes)


def board_figures(quarter: str, site_code: str | None = None) -> BoardFigures:
    if rhythm_of(quarter) != "quarter":
        raise ValueError(_t("季度应写作 2026Q4"))
    start, end = bounds(quarter)
    s, e = start.isoformat(), end.isoformat()
    site = " AND p.site_code = ?" if site_code else ""
    extra: tuple = (site_code,) if site_code else ()
    living = ("p.voided = 0 AND p.birth_date <= ? AND (p.death_date IS NULL OR p.death_date > ?) "
              "AND (p.moved_out_date IS NULL OR p.moved_out_date > ?) AND p.alive = 1")
    sexes = dict(database.execute_sql(
        f"SELECT p.sex, COUNT(*) FROM person p WHERE {living}{site} GROUP BY p.sex", (e, e, e, *extra)).fetchall())
    households = database.execute_sql(
        f"SELECT COUNT(DISTINCT p.household_id) FROM person p WHERE {living}{site}", (e, e, e, *extra)).fetchone()[0]
    births = dict(database.execute_sql(
        f"SELECT p.sex, COUNT(*) FROM person p WHERE p.voided = 0 AND p.mother_id IS NOT NULL "
        f"AND p.birth_date BETWEEN ? AND ?{site} GROUP BY p.sex", (s, e, *extra)).fetchall())
    esite = " AND e.site_code = ?" if site_code else ""
    approved = dict(database.execute_sql(
        "SELECT e.scheme_code, COUNT(DISTINCT e.person_id) FROM enrolment e WHERE e.voided = 0 "
        "AND (e.exit_date IS NULL OR e.exit_date >= ?) AND (SELECT a.decision FROM approval a "
        "WHERE a.enrolment_id = e.id AND a.voided = 0 AND a.date <= ? ORDER BY a.date DESC, a.id DESC LIMIT 1) "
        f"= 'approved'{esite} GROUP BY e.scheme_code", (s, e, *extra)).fetchall())
    paid = dict(database.execute_sql(
        "SELECT p.scheme_code, SUM(p.amount_fen) FROM payment p JOIN enrolment e ON e.id = p.enrolment_id "
        f"WHERE p.voided = 0 AND p.paid_date BETWEEN ? AND ?{esite} GROUP BY p.scheme_code",
        (s, e, *extra)).fetchall())
    book = SchemeBook()
    schemes = [(book.name(code), approved.get(code, 0), paid.get(code, 0) or 0) for code in book.codes]
    return BoardFigures(quarter, households, sexes.get("M", 0), sexes.get("F", 0), births.get("M", 0),
                        births.get("F", 0), schemes)


def write_board_summary(path: str | Path, quarter: str, *, paper: str = "A4", printed_on: dt.date | None = None,
                        site_code: str | None = None) -> Path:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    f = board_figures(quarter, site_code)
    printed_on = printed_on or dt.date.today()
    p = page(paper)
    st = styles(p)
    site = site_name()
    start, end = bounds(quarter)
    title = _t("{site}计划生育工作公开栏").format(site=site)
    year, q = quarter.split("Q")
    story = [para(title, st["title"]),
             para(_t("{y}年第{q}季度（{a} 至 {b}）").format(y=year, q=q, a=start, b=end), st["subtitle"]),
             para(_t("一、人口情况（季末）"), st["h2"])]
    w = p.width
    story.append(table([
        [para(_t("户数"), st["head"]), para(_t("男"), st["head"]), para(_t("女"), st["head"]),
         para(_t("合计人口"), st["head"])],
        [str(f.households), str(f.men), str(f.women), str(f.population)],
    ], [w / 4] * 4, p))
    story.append(para(_t("二、本季度出生"), st["h2"]))
    story.append(table([
        [para(_t("男孩"), st["head"]), para(_t("女孩"), st["head"]), para(_t("合计"), st["head"])],
        [str(f.boys_born), str(f.girls_born), str(f.births)],
    ], [w / 3] * 3, p))
    story.append(para(_t("三、奖励扶助"), st["h2"]))
    rows = [[para(_t("项目"), st["head"]), para(_t("享受人数"), st["head"]),
             para(_t("本季度发放金额（元）"), st["head"])]]
    for name, people, fen in f.schemes:
        rows.append([para(name, st["cell"]), str(people), yuan(fen)])
    rows.append([para(_t("合计"), st["cell"]), str(f.people_total), yuan(f.paid_total)])
    story.append(table(rows, [w * 0.5, w * 0.2, w * 0.3], p, total_row=True))
    story.append(Spacer(1, 4 * mm * p.scale))
    story.append(para(_t("以上为汇总数字，不含个人信息。对公开内容有疑问，请到村计生服务室咨询。"), st["body"]))
    story += signature_block(p, st, printed_on, _t("{site}村民委员会").format(site=site))
    return build(path, story, p, title=title, footer=_t("{site}　挂牌公开　{q}").format(site=site, q=quarter))
