"""The sections of the return computed from the register and services (SPEC §8).

Each function takes the Base (who is on the register at the period's end) and returns one
Section; every figure lists the person UUIDs it counts. Definitions: docs/return-definitions.md.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from app import codes
from app.codes import METHODS, PROCEDURE_KIND, RESIDENCE, STATUS, STOP_REASON, USING_METHOD, label
from app.due_plan import execute
from app.i18n import translate
from app.returns.base import Base, hints, iso
from app.returns.model import Figure, Section, rate
from app.returns.status_bulk import StatusFacts, derive_statuses, status_facts


def _t(text: str) -> str:
    return translate("returns", text)


def _count(code: str, text: str, people: list[str], unit: str = "人") -> Figure:
    # People in the order the query gave them (stable for the same data); comparisons use sets.
    return Figure(code, text, len(people), unit, list(people))


def _ratio(code: str, text: str, num: Figure, den: Figure, scale: int = 100, unit: str = "%") -> Figure:
    return Figure(code, text, rate(num.value or 0, den.value or 0, scale), unit, list(num.people),
                  (num.code, den.code, scale))


def register_section(base: Base) -> Section:
    women = base.women
    all_w = _count("women_15_49", _t("育龄妇女（15–49岁）"), list(women.values()))
    married = _count("married_15_49", _t("已婚育龄妇女"), [women[p] for p in base.married])
    figures = [all_w, married]
    by_res: dict[str, list[str]] = defaultdict(list)
    married_res: dict[str, list[str]] = defaultdict(list)
    married_set = base.married
    for pid, residence in base.residence.items():
        by_res[residence].append(women[pid])
        if pid in married_set:
            married_res[residence].append(women[pid])
    for code in [*RESIDENCE, *sorted(set(by_res) - set(RESIDENCE))]:
        figures.append(_count(f"residence.{code}", _t("育龄妇女：{r}").format(r=label(RESIDENCE, code)), by_res[code]))
    for code in [*RESIDENCE, *sorted(set(married_res) - set(RESIDENCE))]:
        figures.append(_count(f"married_residence.{code}", _t("已婚育龄妇女：{r}").format(r=label(RESIDENCE, code)),
                              married_res[code]))
    return Section("register", _t("登记人数（期末）"), figures)


def vital_section(base: Base) -> Section:
    p = base.period
    s, e, mid = p.start.isoformat(), p.end.isoformat(), p.mid.isoformat()
    where, params = base.site_sql("x")
    plus, cross = hints()  # the period's rows through the date indexes of db/models_returns.py
    marriages: dict[str, list[str]] = defaultdict(list)
    for kind, wife_uuid in execute(
        f"SELECT x.kind, w.uuid FROM marriage x {cross} person w ON w.id = x.wife_id WHERE {plus}x.voided = FALSE "
        "AND w.voided = FALSE AND x.start_date >= ? AND x.start_date <= ?" + where, [s, e, *params],
    ):
        marriages[kind].append(wife_uuid)
    births: list[str] = []
    by_sex: dict[str, list[str]] = defaultdict(list)
    by_order: dict[str, list[str]] = defaultdict(list)
    deaths, moved_in, moved_out = [], [], []
    # One read of the persons with a dated event in the period, through the partial indexes.
    for uuid, sex, order, mother, born, died, came, left in execute(
        "SELECT x.uuid, x.sex, x.birth_order, x.mother_id, x.birth_date, x.death_date, x.moved_in_date, "
        f"x.moved_out_date FROM person x WHERE {plus}x.voided = FALSE "
        "AND ((x.mother_id IS NOT NULL AND x.birth_date >= ? AND x.birth_date <= ?) "
        "OR (x.death_date >= ? AND x.death_date <= ?) OR (x.moved_in_date >= ? AND x.moved_in_date <= ?) "
        "OR (x.moved_out_date >= ? AND x.moved_out_date <= ?))" + where, [s, e] * 4 + params,
    ):
        if mother is not None and born is not None and s <= iso(born) <= e:
            births.append(uuid)
            by_sex[sex if sex in ("M", "F") else "unknown"].append(uuid)
            by_order["unknown" if not order else ("3plus" if order >= 3 else str(order))].append(uuid)
        if died is not None and s <= iso(died) <= e:
            deaths.append(uuid)
        if came is not None and s <= iso(came) <= e:
            moved_in.append(uuid)
        if left is not None and s <= iso(left) <= e:
            moved_out.append(uuid)
    (population,) = execute(
        f"SELECT COUNT(*) FROM person x WHERE {plus}x.voided = FALSE AND (x.birth_date IS NULL OR x.birth_date <= ?) "
        "AND (x.death_date IS NULL OR x.death_date > ?) AND (x.moved_out_date IS NULL OR x.moved_out_date > ?) "
        "AND (x.moved_in_date IS NULL OR x.moved_in_date <= ?)" + where, [mid, mid, mid, mid, *params],
    ).fetchone()
    all_m = _count("marriages", _t("结婚"), marriages["first"] + marriages["remarriage"])
    birth_f = _count("births", _t("出生"), births)
    male = _count("births.sex.M", _t("出生：男"), by_sex["M"])
    female = _count("births.sex.F", _t("出生：女"), by_sex["F"])
    pop = Figure("population_mid", _t("期中人口"), population, _t("人"),
                 note=_t("期中日{d}在册人口（不列名单）").format(d=mid))
    return Section("vital", _t("人口变动（期内）"), [
        all_m,
        _count("marriages.first", _t("结婚：初婚"), marriages["first"]),
        _count("marriages.remarriage", _t("结婚：再婚"), marriages["remarriage"]),
        birth_f, male, female,
        _count("births.sex.unknown", _t("出生：性别不详"), by_sex["unknown"]),
        _count("births.order.1", _t("出生：一孩"), by_order["1"]),
        _count("births.order.2", _t("出生：二孩"), by_order["2"]),
        _count("births.order.3plus", _t("出生：三孩及以上"), by_order["3plus"]),
        _count("births.order.unknown", _t("出生：孩次不详"), by_order["unknown"]),
        pop,
        _ratio("crude_birth_rate", _t("出生率（期内出生÷期中人口）"), birth_f, pop, 1000, "‰"),
        Figure("sex_ratio_at_birth", _t("出生性别比（女=100）"), rate(len(by_sex["M"]), len(by_sex["F"]), 100), "",
               [], ("births.sex.M", "births.sex.F", 100),
               _t("男{m}，女{f}；人数少时波动大").format(m=len(by_sex["M"]), f=len(by_sex["F"]))),
        _count("deaths", _t("死亡"), deaths),
        _count("moved_in", _t("迁入"), moved_in),
        _count("moved_out", _t("迁出"), moved_out),
    ])


def status_sections(base: Base, facts: StatusFacts | None = None) -> tuple[Section, Section, dict[int, str]]:
    """Status of married women at the period's end, and prevalence and method mix from it (facts:
    status_facts of the period's end, when read beforehand)."""
    statuses = derive_statuses(facts or status_facts(base.period.end), base.married)
    by_status: dict[str, list[str]] = defaultdict(list)
    for pid, status in statuses.items():
        by_status[status].append(base.women[pid])
    figures = [_count(f"status.{code}", label(STATUS, code), by_status[code]) for code in STATUS]
    status_total = _count("status.total", _t("合计（应等于已婚育龄妇女）"),
                          [u for code in STATUS for u in by_status[code]])
    status = Section("status", _t("已婚育龄妇女避孕及生育状况（期末）"), [*figures, status_total])
    married = Figure("married_15_49", "", len(base.married))
    users = _count("users", _t("使用避孕方法人数"), [u for code in USING_METHOD for u in by_status[code]])
    prevalence = Section("prevalence", _t("综合避孕率与方法构成（期末）"), [
        users,
        _ratio("cpr", _t("综合避孕率"), users, married),
        *[_ratio(f"mix.{m}", _t("方法构成：{m}").format(m=label(METHODS, m)),
                 _count(f"status.{m}", "", by_status[m]), users) for m in METHODS],
    ])
    return status, prevalence, statuses


def acceptors_section(base: Base) -> Section:
    """New acceptors (first-ever / switching), informed choice, discontinuations with reasons."""
    p = base.period
    s, e = p.start.isoformat(), p.end.isoformat()
    where, params = base.site_sql("c")
    # Only women who started or stopped a method in the period matter; their whole history up to
    # the period's end says whether a start is her first.
    history: dict[int, list[tuple]] = defaultdict(list)
    registered: dict[int, str] = {}
    plus, _ = hints()  # who: through method_episode_start / _end (db/models_returns.py)
    for pid, puuid, start, end, method, reason, counselled, reg, created in execute(
        "SELECT m.person_id, p.uuid, m.start_date, m.end_date, m.method, m.stop_reason, m.counselled, "
        "c.registered_date, c.created_at "
        "FROM method_episode m JOIN woman_card c ON c.person_id = m.person_id JOIN person p ON p.id = m.person_id "
        "WHERE m.voided = FALSE AND c.voided = FALSE AND m.start_date <= ?" + where + " AND m.person_id IN ("
        f"SELECT person_id FROM method_episode WHERE {plus}voided = FALSE AND ((start_date >= ? AND start_date <= ?) "
        "OR (end_date >= ? AND end_date <= ?))) ORDER BY m.start_date, m.id",
        [e, *params, s, e, s, e],
    ):
        history[pid].append((puuid, iso(start), iso(end), method, reason, bool(counselled)))
        registered[pid] = iso(reg) or (iso(created) or "")[:10]
    first_ever, switching, counselled_people = [], [], []
    by_method: dict[str, list[str]] = defaultdict(list)
    stops: dict[str, list[str]] = defaultdict(list)
    switched: list[str] = []
    for pid, eps in history.items():
        reg = registered.get(pid)
        starts = {ep[1] for ep in eps}
        accepted = False
        for i, (puuid, start, end, method, reason, counselled) in enumerate(eps):
            # A method she already used when registered is not an acceptance in the period.
            if not accepted and s <= start <= e and (not reg or start > reg):
                accepted = True
                (switching if i > 0 else first_ever).append(puuid)
                by_method[method].append(puuid)
                if counselled:
                    counselled_people.append(puuid)
            if end is not None and s <= end <= e:
                if end in starts:
                    switched.append(puuid)
                else:
                    stops[reason or "other"].append(puuid)
    total = _count("new_acceptors", _t("新采用避孕方法人数"), first_ever + switching)
    counselled_f = _count("new_acceptors.counselled", _t("新采用者中有知情选择咨询记录"), counselled_people)
    stops_all = _count("discontinuations", _t("停用避孕方法（未换用其他方法）"), [u for v in stops.values() for u in v],
                       _t("人次"))
    return Section("acceptors", _t("新采用、知情选择与停用（期内）"), [
        total,
        _count("new_acceptors.first_ever", _t("新采用：首次采用"), first_ever),
        _count("new_acceptors.switching", _t("新采用：换用"), switching),
        *[_count(f"new_acceptors.method.{m}", _t("新采用：{m}").format(m=label(METHODS, m)), by_method[m])
          for m in METHODS],
        counselled_f,
        _ratio("informed_choice_rate", _t("知情选择率"), counselled_f, total),
        stops_all,
        *[_count(f"discontinuations.reason.{r}", _t("停用原因：{r}").format(r=label(STOP_REASON, r)), stops[r],
                 _t("人次")) for r in STOP_REASON],
        _count("switches", _t("换用（停用当天开始另一方法）"), switched, _t("人次")),
    ])


def procedures_section(base: Base) -> Section:
    p = base.period
    where, params = base.site_sql("x")
    by_kind: dict[str, list[str]] = defaultdict(list)
    plus, cross = hints()
    for kind, puuid in execute(  # through procedure_date (db/models_returns.py)
        f"SELECT x.kind, p.uuid FROM procedure x {cross} person p ON p.id = x.person_id WHERE {plus}x.voided = FALSE "
        "AND x.date >= ? AND x.date <= ?" + where, [p.start.isoformat(), p.end.isoformat(), *params],
    ):
        by_kind[kind].append(puuid)
    return Section("procedures", _t("四术及皮埋（期内）"), [
        _count(f"procedure.{k}", label(PROCEDURE_KIND, k), by_kind[k], _t("例")) for k in PROCEDURE_KIND
    ])


def followup_section(base: Base) -> Section:
    p = base.period
    where, params = base.site_sql("c")
    due, done = [], []
    # The period's items through the due-date index (db/models_returns.py), then each one's card,
    # person and visit, in that order (see hints(); the status stays off the due list's index).
    plus, cross = hints()
    for puuid, status, wstart, wend, vdate in execute(
        "SELECT p.uuid, d.status, d.window_start, d.window_end, v.date FROM due_visit d "
        f"{cross} woman_card c ON c.person_id = d.person_id {cross} person p ON p.id = d.person_id "
        "LEFT JOIN visit v ON v.id = d.visit_id "
        f"WHERE {plus}d.status IN ('open', 'done') AND {plus}c.voided = FALSE AND d.due_date >= ? AND d.due_date <= ? "
        "AND d.window_start <= ?" + where, [p.start.isoformat(), p.end.isoformat(), p.end.isoformat(), *params],
    ):
        due.append(puuid)
        if status == "done" and vdate is not None and iso(wstart) <= iso(vdate) <= iso(wend):
            done.append(puuid)
    due_f = _count("followup.due", _t("期内应随访"), due, _t("人次"))
    done_f = _count("followup.done", _t("其中在时间窗内完成"), done, _t("人次"))
    return Section("followup", _t("随访服务（期内应访）"), [
        due_f, done_f, _ratio("followup_rate", _t("随访服务率"), done_f, due_f),
    ])


def checks_section(base: Base) -> Section:
    p = base.period
    where, params = base.site_sql("x")
    by_kind: dict[str, list[str]] = defaultdict(list)
    plus, cross = hints()
    for kind, puuid in execute(  # through health_check_date (db/models_returns.py)
        f"SELECT x.kind, p.uuid FROM health_check x {cross} person p ON p.id = x.person_id WHERE {plus}x.voided = FALSE "
        "AND x.date >= ? AND x.date <= ?" + where, [p.start.isoformat(), p.end.isoformat(), *params],
    ):
        by_kind[kind].append(puuid)
    since = (p.end - dt.timedelta(days=364)).isoformat()
    checked = {pid for (pid,) in execute(
        f"SELECT DISTINCT person_id FROM health_check WHERE {plus}voided = FALSE AND kind = 'rh_check' "
        "AND date >= ? AND date <= ?", [since, p.end.isoformat()])}
    covered = _count("rh_checked_12m", _t("已婚育龄妇女近12个月内做过妇检"),
                     [base.women[pid] for pid in base.married if pid in checked])
    married = Figure("married_15_49", "", len(base.married))
    return Section("checks", _t("检查服务"), [
        *[_count(f"check.{k}", _t("期内{k}").format(k=label(codes.CHECK_KIND, k)), by_kind[k], _t("人次"))
          for k in codes.CHECK_KIND],
        covered,
        _ratio("rh_check_coverage", _t("妇检覆盖率（近12个月）"), covered, married),
    ])


def ids_section(base: Base) -> Section:
    bad_ids = base.id_bad
    bad = [uuid for pid, uuid in base.women.items() if pid in bad_ids]
    ok = [uuid for pid, uuid in base.women.items() if pid not in bad_ids] if bad_ids else list(base.women.values())
    women = Figure("women_15_49", "", len(base.women))
    valid = _count("id.valid", _t("身份证号有效的育龄妇女"), ok)
    missing = _count("id.invalid", _t("身份证号缺失或无效"), bad)
    return Section("ids", _t("身份证录入"), [valid, missing, _ratio("id_rate", _t("身份证录入率"), valid, women)])
