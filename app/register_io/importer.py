"""Importing a register spreadsheet: check every row, then write the good ones in one transaction.

Each row goes through app.register.validate_woman (the rules the dialog applies) and checks
against the rest of the file and the database. The write uses db.bulk.insert_rows inside one
IMMEDIATE transaction, so a crash or kill leaves the database as it was, and the database
checks are repeated inside it so a change made meanwhile cannot slip through.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app import idnumber, register, status
from app.auth import Session
from app.codes import HUKOU, label
from app.i18n import translate
from app.register import Checked, validate_woman
from app.register_io.mapping import CODE_FIELDS, ColumnMapping, load_mapping
from app.register_io.reader import Table, describe_columns, read_table
from app.register_io.report import ERROR, WARNING, ImportReport, RowIssue
from app.register_io.rows import RowForm, build_form
from db import bulk
from db.connection import database, refresh_statistics
from db.models import Household, Marriage, Person, VillageGroup, WomanCard

# An import this large changes the table sizes enough that the planner needs new statistics.
BULK_STATISTICS_ROWS = 1000

Progress = Callable[[int, int], None]
CHUNK = 5000
PROGRESS_EVERY = 500


def _t(text: str) -> str:
    return translate("import", text)


@dataclass
class _Good:
    row: RowForm
    checked: Checked


@dataclass
class _HouseholdPlan:
    """Households the good rows need: existing ones by number, new ones to create."""

    existing: dict[str, tuple[int, int, int | None, str]] = field(default_factory=dict)  # id, group, head, hukou
    new: dict[str, dict] = field(default_factory=dict)  # number → row for insert_rows


def _notes(table: Table, mapping: ColumnMapping) -> list[str]:
    notes = []
    if table.ignored:
        notes.append(_t("这些列没有对应的登记项，未导入：{c}").format(c="、".join(table.ignored)))
    defaults = [
        (name, getattr(register.WomanForm(), name))
        for name in ("hukou_type", "relation", "residence", "marital_status", "marriage_kind")
        # A marital-status column also gives the kind (再婚), so its default is not news then.
        if name not in table.fields and not (name == "marriage_kind" and "marital_status" in table.fields)
    ]
    if defaults:
        shown = "、".join(
            f"{mapping.header_for(n)}={label(CODE_FIELDS[n], v)}" for n, v in defaults
        )
        notes.append(_t("表格中没有这些列，按默认值导入：{c}").format(c=shown))
    return notes


def _check_rows(table: Table, mapping: ColumnMapping, site_code: str, today: dt.date,
                progress: Progress | None, total: int) -> tuple[list[_Good], list[RowIssue]]:
    issues: list[RowIssue] = []
    forms: list[RowForm] = []
    groups = frozenset(
        number for (number,) in VillageGroup.select(VillageGroup.number)
        .where((VillageGroup.site_code == site_code) & (VillageGroup.voided == False))  # noqa: E712
        .tuples()
    )
    for index, (number, values) in enumerate(table.rows, start=1):
        row = build_form(number, values, table.columns, mapping)
        # Duplicates are checked against one snapshot of the IDs below, not by a query per row.
        checked, problems = validate_woman(
            row.form, site_code, today=today, check_duplicates=False, known_groups=groups
        )
        taken = {i.field for i in row.issues if i.level == ERROR}
        for problem in problems:
            # A cell already reported (an ID stored as a number) is not reported twice.
            if problem.field not in taken:
                row.issues.append(RowIssue(number, problem.field, problem.message))
        if checked is not None and not row.has_errors:
            if checked.id_was_15_digit:
                row.issues.append(RowIssue(number, "id_number", _t("15位旧身份证号已转换为18位：{n}").format(
                    n=checked.id_number), WARNING, row.form.id_number))
            row.checked = checked
        forms.append(row)
        if progress and index % PROGRESS_EVERY == 0:
            progress(index, total)
    _in_file_checks(forms)
    good = []
    for row in forms:
        issues.extend(row.issues)
        if not row.has_errors and row.checked is not None:
            good.append(_Good(row, row.checked))
    if progress:
        progress(len(forms), total)
    return good, issues


def _in_file_checks(forms: list[RowForm]) -> None:
    by_id: dict[str, list[RowForm]] = {}
    by_name_birth: dict[tuple[str, dt.date], list[RowForm]] = {}
    for row in forms:
        if row.id_number:
            by_id.setdefault(row.id_number, []).append(row)
        elif row.form.birth_date and row.form.name.strip():
            by_name_birth.setdefault((row.form.name.strip(), row.form.birth_date), []).append(row)
    for rows in by_id.values():
        if len(rows) > 1:
            # Which of the two is right cannot be known here; both wait for the user.
            for row in rows:
                others = "、".join(str(o.row) for o in rows if o is not row)
                row.issues.append(RowIssue(row.row, "id_number", _t("与第{o}行的身份证号相同，同一人不能登记两次").format(
                    o=others), ERROR, row.form.id_number))
    for rows in by_name_birth.values():
        if len(rows) > 1:
            for row in rows:
                others = "、".join(str(o.row) for o in rows if o is not row)
                row.issues.append(RowIssue(row.row, "name", _t("与第{o}行姓名和出生日期相同，是否重复登记？").format(
                    o=others), WARNING, row.form.name))


def _db_checks(good: list[_Good], site_code: str) -> tuple[list[_Good], list[RowIssue], _HouseholdPlan, dict]:
    """Checks against the database as it is now: IDs already registered, households in other groups."""
    persons = {
        number: (pid, name)
        for pid, number, name in Person.select(Person.id, Person.id_number, Person.name)
        .where((Person.site_code == site_code) & (Person.voided == False) & Person.id_number.is_null(False))  # noqa: E712
        .tuples()
    }
    groups = dict(
        VillageGroup.select(VillageGroup.number, VillageGroup.id).where(VillageGroup.site_code == site_code).tuples()
    )
    plan = _HouseholdPlan()
    plan.existing = {
        number: (hid, gid, head, hukou)
        for hid, number, gid, head, hukou in Household.select(
            Household.id, Household.number, Household.group, Household.head, Household.hukou_type
        ).where(Household.site_code == site_code).tuples()
    }
    kept: list[_Good] = []
    issues: list[RowIssue] = []
    first_row: dict[str, int] = {}
    for item in good:
        form, number = item.row.form, item.row.row
        if item.checked.id_number in persons:
            problem = register.duplicate_id_problem(item.checked.id_number, site_code, None)
            if problem:
                issues.append(RowIssue(number, "id_number", problem.message, ERROR, form.id_number))
                continue
        household = form.household_number.strip()
        group_id = groups[form.group_number]
        if household in plan.existing:
            hid, gid, _head, hukou = plan.existing[household]
            if gid != group_id:
                issues.append(RowIssue(number, "household_number", _t("户编号{h}在系统中属于另一个村民小组").format(
                    h=household), ERROR, household))
                continue
            if hukou != form.hukou_type:
                issues.append(RowIssue(number, "hukou_type", _t("户编号{h}已在系统中，户口性质以系统中的“{x}”为准").format(
                    h=household, x=label(HUKOU, hukou)), WARNING, label(HUKOU, form.hukou_type)))
        elif household in plan.new:
            new = plan.new[household]
            if new["group"] != group_id:
                issues.append(RowIssue(number, "household_number", _t("户编号{h}在第{r}行属于另一个村民小组").format(
                    h=household, r=first_row[household]), ERROR, household))
                continue
            if new["hukou_type"] != form.hukou_type:
                issues.append(RowIssue(number, "hukou_type", _t("同一户在第{r}行的户口性质是“{x}”，以第{r}行为准").format(
                    r=first_row[household], x=label(HUKOU, new["hukou_type"])), WARNING, label(HUKOU, form.hukou_type)))
        else:
            plan.new[household] = {
                "group": group_id, "number": household, "address": form.address.strip(),
                "hukou_type": form.hukou_type,
            }
            first_row[household] = number
        kept.append(item)
    return kept, issues, plan, persons


def _write(session: Session, good: list[_Good], plan: _HouseholdPlan, persons: dict, today: dt.date,
           progress: Progress | None, done: int, total: int) -> int:
    actor = session.actor
    created = 0
    if plan.new:
        first, _last = bulk.insert_rows(Household, actor, list(plan.new.values()))
        for offset, number in enumerate(plan.new):
            plan.existing[number] = (first + offset, plan.new[number]["group"], None, plan.new[number]["hukou_type"])
        created = len(plan.new)
    person_id = bulk.next_id(Person)
    card_id = bulk.next_id(WomanCard)
    marriage_id = bulk.next_id(Marriage)
    heads: dict[int, int] = {}
    for start in range(0, len(good), CHUNK):
        chunk = good[start:start + CHUNK]
        person_rows, card_rows, marriage_rows = [], [], []
        stated: list[tuple[int, str | None, dt.date]] = []
        for offset, item in enumerate(chunk):
            form = item.row.form
            hid, _gid, head, _hukou = plan.existing[form.household_number.strip()]
            pid = person_id + start + offset
            person_rows.append(register.person_fields(item.checked, hid))
            registered = form.registered_date or today
            card_rows.append({
                "person": pid, "registered_date": registered, **register.card_fields(form),
                # The initial row written below yields exactly the stated status from the
                # registration date on (app.status.initial_status_rows), so no per-row derivation.
                "current_status": form.current_status if registered <= today else None,
            })
            stated.append((pid, form.current_status, registered))
            marriage = _marriage(form, persons)
            if marriage:
                marriage_rows.append({"wife": pid, **marriage})
            if form.relation == "head" and head is None and hid not in heads:
                heads[hid] = pid
        bulk.insert_rows(Person, actor, person_rows, first_id=person_id + start)
        bulk.insert_rows(WomanCard, actor, card_rows, first_id=card_id + start)
        status.write_initial_status(actor, stated)
        if marriage_rows:
            bulk.insert_rows(Marriage, actor, marriage_rows, first_id=marriage_id)
            marriage_id += len(marriage_rows)
        if progress:
            progress(done + start + len(chunk), total)
    # The head is a reference back from household to person, so it is set once both exist.
    bulk.fill_nulls(Household, actor, "head", list(heads.items()))
    return created


def _marriage(form: register.WomanForm, persons: dict) -> dict | None:
    """As register._marriage_fields, with the husband looked up in the preloaded IDs."""
    if not (form.husband_name.strip() or form.husband_id_number.strip() or form.marriage_date):
        return None
    husband_id = idnumber.parse(form.husband_id_number).number if form.husband_id_number.strip() else None
    husband = persons.get(husband_id) if husband_id else None
    return {
        "husband": husband[0] if husband else None,
        "husband_name": form.husband_name.strip() or (husband[1] if husband else ""),
        "husband_id_number": husband_id,
        "kind": form.marriage_kind,
        "start_date": form.marriage_date,
    }


def import_register(
    path: str | Path,
    session: Session,
    *,
    mapping: ColumnMapping | None = None,
    mapping_file: str | Path | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    today: dt.date | None = None,
    table: Table | None = None,
) -> ImportReport:
    """Check (and unless dry_run, import) a register spreadsheet; returns the report.

    Raises RegisterFileError when the file as a whole cannot be read (format, header, merged
    cells); row problems go into the report and never stop the good rows. table: the file
    as already read with this mapping (the wizard reads it once for the preview).
    """
    session.require("import_register")
    started = time.perf_counter()
    today = today or dt.date.today()
    mapping = mapping or load_mapping(mapping_file)
    table = table or read_table(path, mapping)
    report = ImportReport(
        path=Path(path), sheet=table.sheet, header_row=table.header_row, dry_run=dry_run,
        read=len(table.rows), columns=describe_columns(table), notes=_notes(table, mapping),
    )
    total = report.read if dry_run else 2 * report.read
    good, issues = _check_rows(table, mapping, session.site_code, today, progress, total)
    report.issues.extend(issues)
    if dry_run:
        good, issues, plan, _persons = _db_checks(good, session.site_code)
        report.issues.extend(issues)
        report.accepted = len(good)
    else:
        with database.atomic("IMMEDIATE"):
            good, issues, plan, persons = _db_checks(good, session.site_code)
            report.issues.extend(issues)
            report.accepted = len(good)
            report.households_created = _write(
                session, good, plan, persons, today, progress, report.read, total
            )
        report.imported = len(good)
        if report.imported >= BULK_STATISTICS_ROWS:
            refresh_statistics(database)
    if progress:
        progress(total, total)
    report.sort()
    report.seconds = time.perf_counter() - started
    return report
