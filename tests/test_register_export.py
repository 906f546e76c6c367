"""Exporting the register: Chinese headers and labels, IDs as text, and a clean round trip."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from app import idnumber, register
from app.auth import system_session
from app.register_io import export_register, import_register, load_mapping
from app.register_io.exporter import EXPORT_FIELDS, ExportError
from app.register_query import RegisterFilter
from app.sites import init_database
from db.models import WomanCard
from tests.conftest import SITE, TODAY, woman


def _women(session) -> None:
    register.add_woman(session, woman(registered_date=dt.date(2020, 1, 2)), today=TODAY)
    register.add_woman(session, woman(
        name="李桂英", id_number=idnumber.make("130102", dt.date(1985, 6, 1), 8), household_number="0002",
        group_number=2, relation="head", residence="in_migrant", origin="河南省周口市", hukou_type="urban",
        marital_status="married", marriage_kind="remarriage", current_status="female_sterilisation",
        husband_name="陈刚", husband_id_number=idnumber.make("130102", dt.date(1983, 1, 1), 11),
        marriage_date=dt.date(2011, 11, 11), phone="",
    ), today=TODAY)
    register.add_woman(session, woman(
        name="赵丽", id_number=idnumber.make("110101", dt.date(2004, 2, 29), 2), household_number="0003",
        group_number=3, relation="daughter", residence="out_migrant", destination="广东省东莞市",
        contact_person="赵大", contact_phone="13700003333", marital_status="single", current_status=None,
        husband_name="", marriage_date=None,
    ), today=TODAY)


def _forms() -> dict[str, register.WomanForm]:
    return {c.person.id_number: register.form_of(c) for c in WomanCard.select()}


def test_xlsx_has_first_synonym_headers_labels_and_text_ids(admin, tmp_path):
    _women(admin)
    out = tmp_path / "out.xlsx"
    assert export_register(out, "xlsx") == 3
    sheet = openpyxl.load_workbook(out).active
    headers = [c.value for c in sheet[1]]
    mapping = load_mapping()
    assert headers[: len(EXPORT_FIELDS)] == [mapping.header_for(n) for n in EXPORT_FIELDS]
    assert headers[:4] == ["村民小组", "户编号", "姓名", "身份证号"]
    rows = {r[2].value: r for r in sheet.iter_rows(min_row=2)}
    li = rows["李桂英"]
    id_cell = li[headers.index("身份证号")]
    assert id_cell.data_type == "s" and id_cell.number_format == "@"
    assert li[headers.index("户口性质")].value == "非农业"
    assert li[headers.index("节育措施")].value == "女扎"
    assert li[headers.index("居住状况")].value == "流入"
    assert li[headers.index("婚姻类型")].value == "再婚"
    assert li[headers.index("出生日期")].is_date


def test_csv_is_utf8_with_bom_and_ids_survive_excel(admin, tmp_path):
    _women(admin)
    out = tmp_path / "out.csv"
    export_register(out, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][2] == "姓名" and len(rows) == 4
    zhang = next(r for r in rows if r[2] == "张秀英")
    assert zhang[3] == "\t" + woman().id_number  # the tab keeps Excel from making it a number
    assert zhang[4] == "1990-05-17"


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_round_trip_reimports_the_same_register(admin, tmp_path, fmt):
    _women(admin)
    before = _forms()
    out = tmp_path / f"out.{fmt}"
    export_register(out, fmt)
    other = init_database(tmp_path / "other.db", site_code=SITE, site_name="红旗村", kind="village", groups=5)
    try:
        report = import_register(out, system_session(SITE), today=TODAY)
        assert (report.read, report.imported, report.refused, report.warned) == (3, 3, 0, 0), report.as_text()
        assert _forms() == before
    finally:
        other.close()


def test_scope_filter_and_exited_cards(admin, tmp_path):
    _women(admin)
    card = WomanCard.select().first()
    register.exit_woman(admin, card.uuid, "moved_out", dt.date(2025, 1, 1))
    out = tmp_path / "active.xlsx"
    assert export_register(out, "xlsx", RegisterFilter(scope="active")) == 2
    everyone = tmp_path / "all.xlsx"
    assert export_register(everyone, "xlsx") == 3
    sheet = openpyxl.load_workbook(everyone).active
    headers = [c.value for c in sheet[1]]
    reasons = [r[headers.index("注销原因")].value for r in sheet.iter_rows(min_row=2)]
    assert reasons.count("迁出") == 1


def test_bad_format_and_unwritable_target(admin, tmp_path):
    with pytest.raises(ExportError):
        export_register(tmp_path / "x.pdf", "pdf")
    with pytest.raises(ExportError):
        export_register(tmp_path / "no" / "such" / "dir.xlsx", "xlsx")
    assert not list(tmp_path.glob(".export-*"))
