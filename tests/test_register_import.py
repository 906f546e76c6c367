"""Importing register spreadsheets: formats, headers, merged cells, mangled IDs, dates, the report."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlwt

from app import idnumber, register
from app.register_io import RegisterFileError, import_register, load_mapping, read_table
from app.register_io.mapping import MappingError
from db.models import ChangeLog, Household, Marriage, Person, WomanCard
from tests.conftest import SITE, TODAY, woman

HEADERS = ["组别", "户号", "妇女姓名", "公民身份号码", "出生年月", "联系电话", "户口性质", "与户主关系",
           "婚姻状况", "结婚日期", "配偶姓名", "配偶身份证号", "避孕措施", "居住情况", "流入地", "流出地",
           "联系人", "联系人电话"]
WIFE_1 = idnumber.make("110101", dt.date(1991, 3, 8), 24)
WIFE_2 = idnumber.make("110101", dt.date(1988, 7, 1), 46)
WIFE_3 = idnumber.make("130102", dt.date(1995, 12, 30), 2)
HUSBAND = idnumber.make("110101", dt.date(1987, 2, 2), 13)


def good_rows() -> list[list]:
    return [
        [1, "0101", "王秀兰", WIFE_1, dt.datetime(1991, 3, 8), "13900001111", "农业", "妻", "已婚",
         dt.datetime(2013, 5, 1), "刘强", HUSBAND, "上环", "常住", None, None, None, None],
        ["第二组", "0201", "李桂英", WIFE_2, "1988.7.1", 13900002222, "非农业", "户主", "再婚",
         "2010年10月1日", "陈刚", None, "女扎", "流入", "河南省周口市", None, None, None],
        ["3组", "0301", "赵丽", WIFE_3, "19951230", None, "农村", "儿媳", "已婚",
         "20180808", "孙伟", None, "IUD", "外出务工", None, "广东省东莞市", "孙伟", "13700003333"],
    ]


def write_xlsx(path: Path, rows: list[list], headers: list[str] = HEADERS, title: str | None = "红旗村育龄妇女登记册",
               merges: tuple[str, ...] = (), sheet: str = "登记册") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.append(headers)
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list], headers: list[str] = HEADERS, encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


def write_xls(path: Path, rows: list[list], headers: list[str] = HEADERS, merge: tuple[int, int, int, int] | None = None) -> Path:
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("Sheet1")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for c, header in enumerate(headers):
        ws.write(0, c, header)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if merge and r == merge[0] and c == merge[2]:
                ws.write_merge(*merge, value)
            elif merge and merge[0] <= r <= merge[1] and merge[2] <= c <= merge[3]:
                continue
            elif isinstance(value, dt.date):
                ws.write(r, c, value, date_style)
            elif value is not None:
                ws.write(r, c, value)
    book.save(str(path))
    return path


def issues_of(report, row: int) -> list:
    return [i for i in report.issues if i.row == row]


def table_digest(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


# --- reading -----------------------------------------------------------------------------

def test_xlsx_rows_map_to_register_codes(admin, tmp_path):
    report = import_register(write_xlsx(tmp_path / "r.xlsx", good_rows()), admin, today=TODAY)
    assert (report.read, report.imported, report.refused) == (3, 3, 0), report.as_text()
    assert report.header_row == 2  # the merged title above the header is allowed
    wang = Person.get(Person.id_number == WIFE_1)
    card = WomanCard.get(WomanCard.person == wang)
    assert (card.marital_status, card.current_status, card.residence) == ("married", "iud", "resident")
    assert wang.household.hukou_type == "rural" and wang.household.group.number == 1
    marriage = Marriage.get(Marriage.wife == wang)
    assert (marriage.husband_name, marriage.husband_id_number, marriage.kind) == ("刘强", HUSBAND, "first")
    assert marriage.start_date == dt.date(2013, 5, 1)

    li = Person.get(Person.id_number == WIFE_2)
    li_card = WomanCard.get(WomanCard.person == li)
    assert (li_card.residence, li_card.origin, li_card.current_status) == ("in_migrant", "河南省周口市", "female_sterilisation")
    assert Marriage.get(Marriage.wife == li).kind == "remarriage"  # 再婚 in the marital column
    assert li.phone == "13900002222"  # a number cell becomes the phone text
    assert li.household.group.number == 2 and li.household.hukou_type == "urban"
    assert li.household.head_id == li.id  # 户主

    zhao = WomanCard.get(WomanCard.person == Person.get(Person.id_number == WIFE_3))
    assert (zhao.residence, zhao.destination, zhao.contact_phone) == ("out_migrant", "广东省东莞市", "13700003333")
    assert zhao.current_status == "iud" and zhao.person.relation == "daughter_in_law"
    assert Marriage.get(Marriage.wife == zhao.person).start_date == dt.date(2018, 8, 8)


def test_import_writes_the_change_log(admin, tmp_path):
    before = ChangeLog.select().count()
    import_register(write_xlsx(tmp_path / "r.xlsx", good_rows()), admin, today=TODAY)
    logged = {t: ChangeLog.select().where((ChangeLog.seq > 0) & (ChangeLog.table_name == t)).count()
              for t in ("household", "person", "woman_card", "marriage")}
    assert ChangeLog.select().count() > before
    assert logged["person"] == 3 and logged["woman_card"] == 3 and logged["marriage"] == 3
    head_update = ChangeLog.select().where((ChangeLog.table_name == "household") & (ChangeLog.op == "update")).get()
    assert json.loads(head_update.diff)["head"][0] is None


def test_csv_utf8_and_gbk_and_xls_read_alike(admin, tmp_path):
    rows = good_rows()
    utf = write_csv(tmp_path / "u.csv", rows)
    gbk = write_csv(tmp_path / "g.csv", rows, encoding="gb18030")
    xls = write_xls(tmp_path / "r.xls", rows)
    mapping = load_mapping()
    tables = [read_table(p, mapping) for p in (utf, gbk, xls)]
    assert [len(t.rows) for t in tables] == [3, 3, 3]
    assert tables[0].rows[0][1][2] == tables[1].rows[0][1][2] == tables[2].rows[0][1][2] == "王秀兰"
    assert tables[2].rows[0][1][4] == dt.datetime(1991, 3, 8)  # an .xls date cell is a date
    report = import_register(gbk, admin, dry_run=True, today=TODAY)
    assert report.accepted == 3 and report.refused == 0, report.as_text()


def test_shared_strings_and_date_styles_as_excel_writes_them(admin, tmp_path):
    """Excel (unlike openpyxl) keeps text in sharedStrings.xml and dates as styled serial numbers."""
    path = tmp_path / "excel.xlsx"
    strings = ["姓名", "身份证号", "组", "户编号", "出生日期", "张<秀>英&", WIFE_1, "0001"]
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="s"><v>6</v></c><c r="C3"><v>1</v></c>'
        '<c r="D3" t="s"><v>7</v></c><c r="E3" s="1"><v>33305</v></c></row>'
        '</sheetData></worksheet>'
    )
    from xml.sax.saxutils import escape

    shared = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings[:5])
              + f'<si><r><t>{escape(strings[5][:2])}</t></r><r><t>{escape(strings[5][2:])}</t></r>'
              '<rPh><t>ZHANG</t></rPh></si>'
              + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings[6:]) + "</sst>")
    styles = ('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
    workbook = ('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel_ns}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    package_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    f'<Relationship Id="rId1" Type="{rel_ns}/officeDocument" Target="xl/workbook.xml"/>'
                    '</Relationships>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("_rels/.rels", package_rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", shared)
        z.writestr("xl/styles.xml", styles)
    table = read_table(path, load_mapping())
    assert table.sheet == "花名册"
    assert table.rows == [(3, ("张<秀>英&", WIFE_1, 1, "0001", dt.datetime(1991, 3, 8)))]


def test_header_found_below_title_rows_and_unknown_columns_noted(admin, tmp_path):
    path = tmp_path / "r.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["红旗村"])
    ws.append(["2026年11月"])
    ws.append([])
    ws.append(["序号", "姓名", "身份证号", "组", "户编号", "备注"])
    ws.append([1, "王秀兰", WIFE_1, 1, "0101", "无"])
    book.save(path)
    report = import_register(path, admin, today=TODAY)
    assert report.header_row == 4 and report.imported == 1
    assert any("序号" in note and "备注" in note for note in report.notes)


# --- the whole file refused ---------------------------------------------------------------

def test_merged_cells_in_the_data_are_refused_with_their_addresses(admin, tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", good_rows(), merges=("A3:A5", "G4:H4"))
    with pytest.raises(RegisterFileError) as err:
        import_register(path, admin, today=TODAY)
    message = str(err.value)
    assert "A3:A5" in message and "G4:H4" in message and "请先取消合并单元格" in message
    assert "A1:R1" not in message  # the title merge above the header is fine
    assert Person.select().count() == 0


def test_merged_cells_in_xls_are_refused(admin, tmp_path):
    path = write_xls(tmp_path / "m.xls", good_rows(), merge=(1, 2, 0, 0))
    with pytest.raises(RegisterFileError, match="A2:A3.*请先取消合并单元格"):
        import_register(path, admin, today=TODAY)


def test_wrong_headers_say_what_was_expected_and_what_was_found(admin, tmp_path):
    path = write_xlsx(tmp_path / "h.xlsx", [["王秀兰", WIFE_1]], headers=["名称", "号码"], title=None)
    with pytest.raises(RegisterFileError) as err:
        import_register(path, admin, today=TODAY)
    message = str(err.value)
    assert "找不到表头" in message and "姓名" in message and "身份证号" in message
    assert "名称、号码" in message


def test_missing_required_columns_are_named(admin, tmp_path):
    path = write_xlsx(tmp_path / "h.xlsx", [["王秀兰", WIFE_1]], headers=["姓名", "身份证号"], title=None)
    with pytest.raises(RegisterFileError) as err:
        import_register(path, admin, today=TODAY)
    assert "缺少这些列：村民小组、户编号" in str(err.value) and "表中的表头是：姓名、身份证号" in str(err.value)


def test_unsupported_and_missing_files(admin, tmp_path):
    (tmp_path / "r.pdf").write_bytes(b"%PDF")
    with pytest.raises(RegisterFileError, match="不支持"):
        import_register(tmp_path / "r.pdf", admin)
    with pytest.raises(RegisterFileError, match="不存在"):
        import_register(tmp_path / "none.xlsx", admin)
    (tmp_path / "bad.xlsx").write_bytes(b"not a zip")
    with pytest.raises(RegisterFileError, match="无法打开"):
        import_register(tmp_path / "bad.xlsx", admin)


# --- rows refused or warned ----------------------------------------------------------------

def test_ids_that_excel_turned_into_numbers_are_refused_never_guessed(admin, tmp_path):
    rows = good_rows()
    rows[0][3] = float(WIFE_1)  # what Excel keeps of an 18-digit number
    rows[1][3] = int(WIFE_2)
    rows[2][3] = "1.30102E+17"
    report = import_register(write_xlsx(tmp_path / "n.xlsx", rows), admin, today=TODAY)
    assert report.imported == 0 and report.refused == 3
    for row in (3, 4):
        (issue,) = issues_of(report, row)
        assert issue.field == "id_number" and "存成了数字" in issue.message
    (issue,) = issues_of(report, 5)
    assert issue.field == "id_number" and "科学计数法" in issue.message
    assert Person.select().count() == 0


def test_full_width_digits_and_spaces_in_ids_are_repaired(admin, tmp_path):
    rows = good_rows()[:1]
    rows[0][3] = WIFE_1[:6].translate(str.maketrans("0123456789", "０１２３４５６７８９")) + " " + WIFE_1[6:]
    report = import_register(write_xlsx(tmp_path / "f.xlsx", rows), admin, today=TODAY)
    assert report.imported == 1
    assert Person.get().id_number == WIFE_1


def test_fifteen_digit_ids_import_with_a_warning(admin, tmp_path):
    rows = good_rows()[:1]
    old = WIFE_1[:6] + WIFE_1[8:17]
    rows[0][3] = old
    report = import_register(write_csv(tmp_path / "15.csv", rows), admin, today=TODAY)
    assert report.imported == 1 and report.warned == 1
    (issue,) = issues_of(report, 2)
    assert issue.level == "warning" and WIFE_1 in issue.message
    assert Person.get().id_number == WIFE_1


def test_dates_in_the_ways_villages_write_them(admin, tmp_path):
    rows = []
    formats = ["1991-03-08", "1991/3/8", "1991.3.8", "19910308", "1991年3月8日", "１９９１．３．８", "1991.03"]
    for n, text in enumerate(formats):
        birth = dt.date(1991, 3, 8)
        rows.append([1, f"A{n}", "王秀兰", idnumber.make("110101", birth, 20 + 2 * n), text] + [None] * 13)
    report = import_register(write_csv(tmp_path / "d.csv", rows), admin, today=TODAY)
    assert report.imported == len(formats), report.as_text()
    assert {p.birth_date for p in Person.select()} == {dt.date(1991, 3, 8)}


def test_bad_dates_are_refused_by_row_and_field(admin, tmp_path):
    rows = good_rows()
    rows[0][4] = "1991-02-30"
    rows[1][9] = "去年"
    rows[2][4] = "1995-12-31"  # disagrees with the ID
    report = import_register(write_xlsx(tmp_path / "b.xlsx", rows), admin, today=TODAY)
    assert report.imported == 0
    assert [(i.row, i.field) for i in report.errors] == [(3, "birth_date"), (4, "marriage_date"), (5, "birth_date")]
    assert "1991-02-30" in report.errors[0].message
    assert "不一致" in report.errors[2].message


def test_same_id_twice_in_the_file_refuses_both_naming_the_other(admin, tmp_path):
    rows = good_rows()
    rows.append(list(rows[0]))
    rows[3][1] = "0109"
    report = import_register(write_xlsx(tmp_path / "d.xlsx", rows), admin, today=TODAY)
    assert report.imported == 2 and report.refused == 2
    assert "第6行" in issues_of(report, 3)[0].message and "第3行" in issues_of(report, 6)[0].message


def test_id_already_in_the_database_is_refused(admin, tmp_path):
    register.add_woman(admin, woman(), today=TODAY)
    rows = good_rows()
    rows[2][3] = woman().id_number
    rows[2][4] = None
    report = import_register(write_xlsx(tmp_path / "d.xlsx", rows), admin, today=TODAY)
    assert report.imported == 2
    (issue,) = issues_of(report, 5)
    assert issue.field == "id_number" and "已登记给“张秀英”" in issue.message


def test_existing_household_is_reused_and_one_in_another_group_refused(admin, tmp_path):
    register.add_woman(admin, woman(household_number="0101", group_number=1), today=TODAY)
    rows = good_rows()
    rows[1][1] = "0101"  # group 2 in the file, group 1 in the database
    report = import_register(write_xlsx(tmp_path / "h.xlsx", rows), admin, today=TODAY)
    assert report.imported == 2
    assert Household.select().where(Household.number == "0101").count() == 1
    assert Person.get(Person.id_number == WIFE_1).household.number == "0101"
    (issue,) = issues_of(report, 4)
    assert issue.field == "household_number" and "另一个村民小组" in issue.message


def test_unknown_values_and_rules_of_validate_woman_are_reported(admin, tmp_path):
    rows = good_rows()
    rows[0][12] = "吃药了"
    rows[1][0] = 9  # no such group
    rows[2][15] = None  # out-migrant without destination
    report = import_register(write_xlsx(tmp_path / "v.xlsx", rows), admin, today=TODAY)
    assert report.imported == 0
    assert "“吃药了”不是可选的值" in issues_of(report, 3)[0].message and "宫内节育器" in issues_of(report, 3)[0].message
    assert issues_of(report, 4)[0].field == "group_number"
    assert issues_of(report, 5)[0].field == "destination"


def test_dry_run_writes_nothing_and_reports_the_same(admin, db_path, tmp_path):
    rows = good_rows()
    rows[0][3] = "110101"
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    before = table_digest(db_path)
    dry = import_register(path, admin, dry_run=True, today=TODAY)
    assert table_digest(db_path) == before
    assert (dry.read, dry.accepted, dry.imported, dry.refused) == (3, 2, 0, 1)
    real = import_register(path, admin, today=TODAY)
    assert (real.accepted, real.imported) == (2, 2)
    assert [str(i) for i in real.issues] == [str(i) for i in dry.issues]
    assert "试导入" in dry.summary() and "已导入2行" in real.summary()


def test_progress_reaches_the_total(admin, tmp_path):
    seen = []
    import_register(write_xlsx(tmp_path / "r.xlsx", good_rows()), admin, today=TODAY,
                    progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (6, 6) and all(d <= t for d, t in seen)


def test_worker_without_import_permission_is_refused(db_path, tmp_path):
    from app.auth import PermissionDenied, Session

    officer = Session("li", "李", "officer", SITE)
    with pytest.raises(PermissionDenied):
        import_register(write_xlsx(tmp_path / "r.xlsx", good_rows()), officer)


def test_user_mapping_adds_headers_and_values(admin, tmp_path):
    custom = tmp_path / "map.json"
    custom.write_text(json.dumps({
        "columns": {"name": ["女方名"], "group_number": ["片区"]},
        "values": {"current_status": {"带环中": "iud"}},
    }, ensure_ascii=False), encoding="utf-8")
    headers = ["片区", "户号", "女方名", "身份证号", "避孕措施"]
    path = write_csv(tmp_path / "c.csv", [[1, "0101", "王秀兰", WIFE_1, "带环中"]], headers=headers)
    report = import_register(path, admin, mapping_file=custom, today=TODAY)
    assert report.imported == 1, report.as_text()
    assert WomanCard.get().current_status == "iud"
    bad = tmp_path / "bad.json"
    bad.write_text('{"values": {"current_status": {"x": "nope"}}}', encoding="utf-8")
    with pytest.raises(MappingError, match="nope"):
        load_mapping(bad)


# --- a killed import leaves the database as it was --------------------------------------

KILL_SCRIPT = """
import sys
from pathlib import Path
from app.auth import system_session
from app.register_io import import_register
from db.schema import open_sqlite

open_sqlite(Path(sys.argv[1]))

def progress(done, total):
    if done > total // 2:  # the write phase, inside the transaction
        print("WRITING", flush=True)
        sys.stdin.readline()  # wait here to be killed

import_register(Path(sys.argv[2]), system_session(sys.argv[3]), progress=progress)
print("COMMITTED", flush=True)
"""


def test_killed_import_leaves_the_database_unchanged(admin, db_path, tmp_path):
    from db.connection import database

    register.add_woman(admin, woman(), today=TODAY)
    database.close()
    rows = [[1 + n % 5, f"K{n:04d}", "王秀兰", idnumber.make("110101", dt.date(1990, 1, 1) + dt.timedelta(days=n), 2),
             None] + [None] * 13 for n in range(12000)]
    sheet = write_csv(tmp_path / "big.csv", rows)
    before_bytes = db_path.read_bytes()
    before = table_digest(db_path)
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(db_path), str(sheet), SITE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[1],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])},
    )
    try:
        assert child.stdout.readline().strip() == "WRITING"
        assert Path(str(db_path) + "-wal").exists()  # rows were written, uncommitted
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert db_path.read_bytes() == before_bytes
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM person").fetchone()[0] == 1
    finally:
        conn.close()
    assert table_digest(db_path) == before
