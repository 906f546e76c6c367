"""Register hygiene checks (SPEC §2: 无缺项漏项, 清理重复录入, 逻辑关系清楚).

Each check is a small function running one SQL query over the whole register and turning the
rows it finds into findings that name the record (name, group, household number) and say what
is wrong in plain Chinese. Add a check by writing a function and decorating it with @check.
Queries avoid per-row Python work so that a 100,000-women register is checked in seconds.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

import peewee as pw

from app import idnumber
from app.codes import METHODS, REGISTER_EXIT_AGE, REGISTER_MIN_AGE, VISIT_TYPE, label
from app.i18n import translate
from app.register import age_on, birthday_at, field_label
from db.connection import database


def _t(text: str) -> str:
    return translate("checks", text)


@dataclass(frozen=True)
class Finding:
    kind: str
    uuid: str | None  # the woman's card, or the person when there is no card
    message: str
    name: str = ""
    group: int | None = None
    household: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


CheckFn = Callable[[pw.Database, dt.date], Iterable[Finding]]
CHECKS: list[tuple[str, CheckFn]] = []


def check(kind: str) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        CHECKS.append((kind, fn))
        return fn

    return register


# Who a finding is about: selected after the columns a check needs, in this order.
_WHO_COLUMNS = "p.name, g.number, h.number, c.uuid, p.uuid"
_WHO_JOINS = (
    "LEFT JOIN household h ON h.id = p.household_id "
    "LEFT JOIN village_group g ON g.id = h.group_id "
)


def _finding(kind: str, who: tuple, problem: str) -> Finding:
    name, group, household, card_uuid, person_uuid = who
    label = _t("{n}（{g}组，户号{h}）").format(
        n=name or _t("无名"), g=group if group is not None else "?", h=household or "?"
    )
    return Finding(kind, card_uuid or person_uuid, f"{label}：{problem}", name or "", group, household)


def _is_sqlite(db: pw.Database) -> bool:
    return isinstance(db, pw.SqliteDatabase)


def _ymd(db: pw.Database, column: str) -> str:
    """A date column as YYYYMMDD text (SQLite stores ISO text; PostgreSQL a date)."""
    return f"replace({column}, '-', '')" if _is_sqlite(db) else f"to_char({column}, 'YYYYMMDD')"


def _plus_years(db: pw.Database, column: str, years: int) -> str:
    if _is_sqlite(db):
        return f"date({column}, '+{int(years)} years')"
    return f"({column} + interval '{int(years)} years')"


def _active_cards(db: pw.Database, columns: str, where: str, params: tuple = ()) -> list[tuple]:
    sql = (
        f"SELECT {columns}, {_WHO_COLUMNS} FROM woman_card c JOIN person p ON p.id = c.person_id "
        f"{_WHO_JOINS} WHERE c.voided = {_false(db)} AND c.exit_reason IS NULL AND ({where}) ORDER BY c.id"
    )
    return db.execute_sql(sql, params).fetchall()


def _false(db: pw.Database) -> str:
    return "0" if _is_sqlite(db) else "false"


@check("missing_fields")
def missing_fields(db: pw.Database, today: dt.date) -> list[Finding]:
    """无缺项漏项: what every card must say, and where a migrant is or came from."""
    tests = (
        ("name", "p.name IS NULL OR trim(p.name) = ''"),
        ("birth_date", "p.birth_date IS NULL"),
        ("group_number", "g.id IS NULL"),
        ("household_number", "h.id IS NULL OR trim(h.number) = ''"),
        ("origin", "c.residence = 'in_migrant' AND trim(c.origin) = ''"),
        ("destination", "c.residence = 'out_migrant' AND trim(c.destination) = ''"),
        ("contact_person", "c.residence = 'out_migrant' AND trim(c.contact_person) = ''"),
        ("contact_phone", "c.residence = 'out_migrant' AND trim(c.contact_phone) = ''"),
    )
    flags = ", ".join(f"CASE WHEN {cond} THEN 1 ELSE 0 END" for _, cond in tests)
    where = " OR ".join(f"({cond})" for _, cond in tests)
    findings = []
    for row in _active_cards(db, flags, where):
        missing = [field_label(name) for (name, _), flag in zip(tests, row, strict=False) if flag]
        findings.append(_finding(
            "missing_fields", row[len(tests):], _t("缺少{f}").format(f="、".join(missing))
        ))
    return findings


@check("duplicate_id")
def duplicate_id(db: pw.Database, today: dt.date) -> list[Finding]:
    """清理重复录入: one ID number, one person, within a site."""
    # Candidates come from the id_number index alone (a covering scan); voided rows and
    # other sites are then sorted out on the few candidates.
    sql = (
        f"SELECT p.id_number, p.site_code, {_WHO_COLUMNS} FROM person p "
        f"LEFT JOIN woman_card c ON c.person_id = p.id {_WHO_JOINS}"
        f"WHERE p.voided = {_false(db)} AND p.id_number IN (SELECT id_number FROM person "
        f"WHERE id_number IS NOT NULL GROUP BY id_number HAVING count(*) > 1) ORDER BY p.id_number, p.id"
    )
    rows = db.execute_sql(sql).fetchall()
    holders: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        holders.setdefault((row[0], row[1]), []).append(row[2] or "")
    findings = []
    for row in rows:
        names = holders[(row[0], row[1])]
        if len(names) < 2:
            continue
        others = list(names)
        others.remove(row[2] or "")
        findings.append(_finding(
            "duplicate_id", row[2:],
            _t("身份证号{i}重复登记（还登记给了：{o}）").format(i=row[0], o="、".join(others)),
        ))
    return findings


def _mod(db: pw.Database) -> str:
    # psycopg2 reads a bare % as a placeholder.
    return "%" if _is_sqlite(db) else "%%"


def _check_digit_sql(db: pw.Database) -> str:
    terms = " + ".join(
        f"CAST(substr(p.id_number, {pos}, 1) AS INTEGER) * {w}"
        for pos, w in enumerate(idnumber.WEIGHTS, start=1)
    )
    return f"substr('{idnumber.CHECK_CHARS}', (({terms}) {_mod(db)} 11) + 1, 1)"


@check("id_mismatch")
def id_mismatch(db: pw.Database, today: dt.date) -> list[Finding]:
    """An ID that is malformed, or disagrees with the birth date or sex on file."""
    odd = f"CAST(substr(p.id_number, 17, 1) AS INTEGER) {_mod(db)} 2"
    well_formed = "length(p.id_number) = 18"
    sql = (
        f"SELECT p.id_number, p.birth_date, p.sex, {_WHO_COLUMNS} FROM person p "
        f"LEFT JOIN woman_card c ON c.person_id = p.id {_WHO_JOINS}"
        f"WHERE p.voided = {_false(db)} AND p.id_number IS NOT NULL AND ("
        f"NOT ({well_formed}) OR substr(p.id_number, 18, 1) <> {_check_digit_sql(db)} "
        f"OR (p.birth_date IS NOT NULL AND substr(p.id_number, 7, 8) <> {_ymd(db, 'p.birth_date')}) "
        f"OR (p.sex = 'M' AND {odd} = 0) OR (p.sex = 'F' AND {odd} = 1)) ORDER BY p.id"
    )
    findings = []
    for number, birth, sex, *who in db.execute_sql(sql).fetchall():
        try:
            parsed = idnumber.parse(number, today=today)
        except idnumber.IdNumberError as exc:
            problems = [str(exc)]
        else:
            if isinstance(birth, str):
                birth = dt.date.fromisoformat(birth)
            problems = idnumber.cross_check(parsed, birth, sex)
        for problem in problems:
            findings.append(_finding("id_mismatch", tuple(who), problem))
    return findings


@check("mother_too_young")
def mother_too_young(db: pw.Database, today: dt.date) -> list[Finding]:
    sql = (
        f"SELECT k.name, k.birth_date, p.birth_date, {_WHO_COLUMNS} FROM person k "
        f"JOIN person p ON p.id = k.mother_id "
        f"LEFT JOIN woman_card c ON c.person_id = p.id {_WHO_JOINS}"
        f"WHERE k.voided = {_false(db)} AND p.voided = {_false(db)} "
        f"AND k.birth_date < {_plus_years(db, 'p.birth_date', REGISTER_MIN_AGE)} ORDER BY k.id"
    )
    findings = []
    for child, child_birth, mother_birth, *who in db.execute_sql(sql).fetchall():
        if isinstance(child_birth, str):
            child_birth, mother_birth = dt.date.fromisoformat(child_birth), dt.date.fromisoformat(mother_birth)
        findings.append(_finding(
            "mother_too_young", tuple(who),
            _t("生育子女“{c}”（{d}）时年仅{a}岁，不足{m}岁，请核对出生日期或母亲").format(
                c=child, d=child_birth.isoformat(), a=age_on(mother_birth, child_birth), m=REGISTER_MIN_AGE
            ),
        ))
    return findings


@check("over_50_active")
def over_50_active(db: pw.Database, today: dt.date) -> list[Finding]:
    cutoff = birthday_at(today, -REGISTER_EXIT_AGE)
    findings = []
    for birth, *who in _active_cards(db, "p.birth_date", f"p.birth_date <= {_param(db)}", (cutoff.isoformat(),)):
        if isinstance(birth, str):
            birth = dt.date.fromisoformat(birth)
        findings.append(_finding(
            "over_50_active", tuple(who),
            _t("现年{a}岁，已满{x}周岁仍在育龄妇女登记册上，应注销").format(a=age_on(birth, today), x=REGISTER_EXIT_AGE),
        ))
    return findings


@check("married_without_marriage")
def married_without_marriage(db: pw.Database, today: dt.date) -> list[Finding]:
    where = (
        "c.marital_status = 'married' AND NOT EXISTS (SELECT 1 FROM marriage mr WHERE mr.wife_id = p.id "
        f"AND mr.voided = {_false(db)} AND mr.end_date IS NULL)"
    )
    return [
        _finding("married_without_marriage", tuple(who), _t("婚姻状况为已婚，但没有现存的婚姻登记"))
        for _, *who in _active_cards(db, "c.id", where)
    ]


@check("man_with_card")
def man_with_card(db: pw.Database, today: dt.date) -> list[Finding]:
    return [
        _finding("man_with_card", tuple(who), _t("性别为男，不应有育龄妇女登记卡"))
        for _, *who in _active_cards(db, "c.id", "p.sex = 'M'")
    ]


def _param(db: pw.Database) -> str:
    return "?" if _is_sqlite(db) else "%s"


def storage_checks(db: pw.Database, *, quick: bool = False) -> list[Finding]:
    """SQLite's own integrity and foreign-key checks (a damaged file is reported first).

    integrity_check also verifies every index against its table (about 10 s for a 100,000-women
    file); quick_check skips that and takes about a second."""
    if not _is_sqlite(db):
        return []
    findings = []
    pragma = "quick_check" if quick else "integrity_check"
    results = [row[0] for row in db.execute_sql(f"PRAGMA {pragma}").fetchall()]
    if results != ["ok"]:
        findings += [
            Finding("integrity", None, _t("数据库文件损坏：{e}，请从备份恢复").format(e=r)) for r in results
        ]
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        findings.append(Finding(
            "foreign_key", None,
            _t("表{t}第{r}行引用的{p}记录不存在").format(t=table, r=rowid, p=parent),
        ))
    return findings


def run_checks(today: dt.date | None = None, *, storage: bool = True, quick: bool = False) -> list[Finding]:
    """All findings for the bound database, storage problems first."""
    db = database.obj
    today = today or dt.date.today()
    findings = storage_checks(db, quick=quick) if storage else []
    for _, fn in CHECKS:
        findings.extend(fn(db, today))
    return findings


# Services (issue 3): the history of methods, procedures, events and visits must hang together.
# Each is one query; the joins go through the (person, date) indexes of the service tables.
_CARD_JOIN = "JOIN woman_card c ON c.person_id = p.id "


def _day(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


@check("pregnant_while_sterilised")
def pregnant_while_sterilised(db: pw.Database, today: dt.date) -> list[Finding]:
    """A pregnancy registered while her or her husband's sterilisation stands: one of the two is wrong."""
    f = _false(db)
    running = "ep.voided = {f} AND ep.start_date <= e.date AND (ep.end_date IS NULL OR ep.end_date > e.date)"
    sql = (
        f"SELECT e.date, {_WHO_COLUMNS} FROM life_event e JOIN person p ON p.id = e.person_id {_CARD_JOIN}"
        f"{_WHO_JOINS}WHERE e.kind = 'pregnancy_registered' AND e.voided = {f} AND c.voided = {f} AND ("
        f"EXISTS (SELECT 1 FROM method_episode ep WHERE ep.person_id = e.person_id "
        f"AND ep.method IN ('female_sterilisation', 'male_sterilisation') AND {running.format(f=f)}) "
        f"OR EXISTS (SELECT 1 FROM marriage m JOIN method_episode ep ON ep.person_id = m.husband_id "
        f"WHERE m.wife_id = e.person_id AND m.voided = {f} AND ep.method = 'male_sterilisation' "
        f"AND {running.format(f=f)})) ORDER BY e.id"
    )
    return [
        _finding("pregnant_while_sterilised", tuple(who),
                 _t("{d}登记怀孕，当时绝育术记录仍然有效，请核对怀孕或绝育记录").format(d=_day(day)))
        for day, *who in db.execute_sql(sql).fetchall()
    ]


@check("iud_removal_without_insertion")
def iud_removal_without_insertion(db: pw.Database, today: dt.date) -> list[Finding]:
    f = _false(db)
    sql = (
        f'SELECT r.date, {_WHO_COLUMNS} FROM "procedure" r JOIN person p ON p.id = r.person_id {_CARD_JOIN}'
        f"{_WHO_JOINS}WHERE r.kind = 'iud_removal' AND r.voided = {f} AND c.voided = {f} "
        f'AND NOT EXISTS (SELECT 1 FROM "procedure" i WHERE i.person_id = r.person_id '
        f"AND i.kind = 'iud_insertion' AND i.voided = {f} AND i.date <= r.date) "
        f"AND NOT EXISTS (SELECT 1 FROM method_episode ep WHERE ep.person_id = r.person_id AND ep.method = 'iud' "
        f"AND ep.voided = {f} AND ep.start_date <= r.date AND (ep.end_date IS NULL OR ep.end_date >= r.date)) "
        f"ORDER BY r.id"
    )
    return [
        _finding("iud_removal_without_insertion", tuple(who),
                 _t("{d}登记了取环，但此前没有上环记录，也没有在用的宫内节育器").format(d=_day(day)))
        for day, *who in db.execute_sql(sql).fetchall()
    ]


@check("birth_order_gap")
def birth_order_gap(db: pw.Database, today: dt.date) -> list[Finding]:
    """A mother's recorded children numbered without a gap or a repeat between the first and last
    recorded. Older children who left before she was registered are often not on file, so a
    lowest order above 1 is not in itself a problem."""
    f = _false(db)
    sql = (
        f"SELECT k.n, k.top, {_WHO_COLUMNS} FROM (SELECT mother_id, count(birth_order) AS n, "
        f"max(birth_order) AS top FROM person WHERE voided = {f} AND mother_id IS NOT NULL GROUP BY mother_id "
        f"HAVING count(birth_order) > 1 AND (max(birth_order) - min(birth_order) + 1 <> count(birth_order) "
        f"OR count(DISTINCT birth_order) <> count(birth_order))) k JOIN person p ON p.id = k.mother_id "
        f"LEFT JOIN woman_card c ON c.person_id = p.id {_WHO_JOINS}WHERE p.voided = {f} ORDER BY p.id"
    )
    return [
        _finding("birth_order_gap", tuple(who),
                 _t("已登记子女的孩次共{n}个，最大为第{m}孩，孩次有缺号或重复").format(n=n, m=top))
        for n, top, *who in db.execute_sql(sql).fetchall()
    ]


def _visit_triggers(db: pw.Database) -> tuple[str, list[str]]:
    """The visit_type → trigger pairs of the follow-up rules: those in the database (every
    version) and the shipped defaults, as SQL rows with their parameters."""
    from app.rules import RESOURCE

    pairs = sorted({(r["visit_type"], r["trigger"]) for r in json.loads(RESOURCE.read_text(encoding="utf-8"))["rules"]})
    values = ", ".join(f"({_param(db)}, {_param(db)})" for _ in pairs)
    sql = f"SELECT DISTINCT visit_type, trigger FROM follow_up_rule WHERE voided = {_false(db)} UNION VALUES {values}"
    return sql, [x for pair in pairs for x in pair]


@check("visit_before_trigger")
def visit_before_trigger(db: pw.Database, today: dt.date) -> list[Finding]:
    """A follow-up visit dated before anything that could have called for it (a wrong date)."""
    f = _false(db)
    pct = _mod(db)
    pairs_sql, params = _visit_triggers(db)
    triggers = (
        f'SELECT person_id, kind AS trig, date AS d FROM "procedure" WHERE voided = {f} '
        f"UNION ALL SELECT person_id, 'pregnancy_registered', date FROM life_event "
        f"WHERE voided = {f} AND kind = 'pregnancy_registered' "
        f"UNION ALL SELECT person_id, 'birth', date FROM life_event WHERE voided = {f} "
        f"AND kind = 'pregnancy_outcome' AND detail LIKE '{pct}\"live_birth\"{pct}' "
        f"UNION ALL SELECT person_id, 'marriage', date FROM life_event WHERE voided = {f} AND kind = 'marriage' "
        f"UNION ALL SELECT wife_id, 'marriage', start_date FROM marriage WHERE voided = {f} AND start_date IS NOT NULL "
        f"UNION ALL SELECT person_id, 'in_migrant_registered', date FROM life_event WHERE voided = {f} "
        f"AND kind = 'moved_in' "
        f"UNION ALL SELECT id, 'in_migrant_registered', moved_in_date FROM person WHERE moved_in_date IS NOT NULL "
        f"UNION ALL SELECT person_id, CASE supply_kind WHEN 'pill' THEN 'pills_issued' WHEN 'condom' THEN "
        f"'condoms_issued' ELSE 'injection_' || supply_kind END, date FROM visit WHERE voided = {f} "
        f"AND supply_kind IS NOT NULL"
    )
    sql = (
        f"WITH trig (person_id, trig, d) AS ({triggers}), "
        f"first_trig AS (SELECT person_id, trig, min(d) AS d FROM trig GROUP BY person_id, trig), "
        f"vt (visit_type, trig) AS ({pairs_sql}), "
        f"earliest AS (SELECT v.id AS visit_id, min(ft.d) AS d FROM visit v JOIN vt ON vt.visit_type = v.visit_type "
        f"JOIN first_trig ft ON ft.person_id = v.person_id AND ft.trig = vt.trig WHERE v.voided = {f} GROUP BY v.id) "
        f"SELECT v.visit_type, v.date, ea.d, {_WHO_COLUMNS} FROM earliest ea JOIN visit v ON v.id = ea.visit_id "
        f"JOIN person p ON p.id = v.person_id LEFT JOIN woman_card c ON c.person_id = p.id {_WHO_JOINS}"
        f"WHERE v.date < ea.d ORDER BY v.id"
    )
    return [
        _finding("visit_before_trigger", tuple(who),
                 _t("{d}的{v}早于引起随访的事件（最早{e}），请核对日期").format(
                     d=_day(day), v=label(VISIT_TYPE, visit_type), e=_day(first)))
        for visit_type, day, first, *who in db.execute_sql(sql, params).fetchall()
    ]


@check("overlapping_episodes")
def overlapping_episodes(db: pw.Database, today: dt.date) -> list[Finding]:
    """Two methods on record for the same days: one of the dates is wrong."""
    f = _false(db)
    never = "'9999-12-31'"
    sql = (
        f"SELECT a.method, a.start_date, b.method, b.start_date, {_WHO_COLUMNS} FROM method_episode a "
        f"JOIN method_episode b ON b.person_id = a.person_id AND b.id > a.id AND b.voided = {f} "
        f"AND b.start_date < COALESCE(a.end_date, {never}) AND a.start_date < COALESCE(b.end_date, {never}) "
        f"JOIN person p ON p.id = a.person_id LEFT JOIN woman_card c ON c.person_id = p.id {_WHO_JOINS}"
        f"WHERE a.voided = {f} ORDER BY a.id, b.id"
    )
    return [
        _finding("overlapping_episodes", tuple(who),
                 _t("{a}（{s}起）与{b}（{t}起）的使用时间重叠").format(
                     a=label(METHODS, m1), s=_day(s1), b=label(METHODS, m2), t=_day(s2)))
        for m1, s1, m2, s2, *who in db.execute_sql(sql).fetchall()
    ]
