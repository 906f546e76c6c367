"""Periods, the files made from one return (xlsx re-read, PDF text, DHIS2 JSON, ADX structure),
the township sum, and the atomic USB write."""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import subprocess
from xml.etree import ElementTree as ET

import pytest

from app.returns import export, store, usb
from app.returns.compute import compute_return
from app.returns.model import Return
from app.returns.periods import PeriodError, parse, parse_reportable
from app.returns.township import TownshipError, aggregate, township_from_files, township_return
from tests.conftest import SITE, TODAY
from tests.return_village import build

OCT = parse("2026-10")


@pytest.mark.parametrize("code,start,end,dhis2,adx", [
    ("2026-11", "2026-11-01", "2026-11-30", "202611", "2026-11-01/P1M"),
    ("202602", "2026-02-01", "2026-02-28", "202602", "2026-02-01/P1M"),
    ("2026Q4", "2026-10-01", "2026-12-31", "2026Q4", "2026-10-01/P3M"),
    ("2026", "2026-01-01", "2026-12-31", "2026", "2026-01-01/P1Y"),
    ("FY2026", "2025-10-01", "2026-09-30", "2025Oct", "2025-10-01/P1Y"),
    ("FY2026H1", "2025-10-01", "2026-03-31", "2025AprilS2", "2025-10-01/P6M"),
    ("FY2026H2", "2026-04-01", "2026-09-30", "2026AprilS1", "2026-04-01/P6M"),
])
def test_periods(code, start, end, dhis2, adx):
    p = parse(code)
    assert (p.start.isoformat(), p.end.isoformat(), p.dhis2(), p.adx()) == (start, end, dhis2, adx)


def test_bad_and_future_periods():
    for bad in ("2026-13", "26-11", "FY2026H3", "", "2026Q5"):
        with pytest.raises(PeriodError, match="不是报表期"):
            parse(bad)
    with pytest.raises(PeriodError, match="尚未开始"):
        parse_reportable("2027", TODAY)
    assert parse_reportable("2026-11", TODAY).code == "2026-11"  # the current month may be previewed


@pytest.fixture
def ret(admin):
    build(admin)
    return compute_return(OCT, SITE, today=TODAY, prepared_by="王芳")


def test_json_round_trip(ret):
    back = Return.from_json(ret.to_json())
    assert back.values() == ret.values() and back.figures()["status.iud"].people == ret.figures()["status.iud"].people
    assert back.period == ret.period


def test_xlsx_reread_with_openpyxl(ret):
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(export.render(ret, "xlsx")))
    rows = {r[1]: r[3] for r in wb["报表"].iter_rows(min_row=4, values_only=True) if r[1]}
    assert rows["married_15_49"] == 8 and rows["cpr"] == 50.0 and rows["births.sex.F"] == 1
    assert [r[0] for r in wb["逻辑检查"].iter_rows(min_row=2, values_only=True)][0] == "各状况人数之和等于已婚育龄妇女数"


def test_csv_has_bom_and_every_figure(ret):
    data = export.render(ret, "csv")
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert "women_15_49,育龄妇女（15–49岁）,9,人" in text
    assert text.count("\r\n") >= len(ret.figures())


def test_pdf_text(ret, tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(export.render(ret, "pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("红旗村 计划生育报表", "2026年10月", "填报人：王芳", "已婚育龄妇女", "综合避孕率", "50.0",
                     "填报人（签字）", "审核人（签字）", "逻辑检查"):
        assert expected in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts and " yes yes " in fonts  # embedded, subset


def test_dhis2_datavalueset(ret):
    doc = json.loads(export.render(ret, "dhis2"))
    assert doc["period"] == "202610" and doc["orgUnit"] == SITE and doc["dataSet"]
    values = doc["dataValues"]
    assert all(v["period"] == "202610" and v["orgUnit"] == SITE for v in values)
    married = [v for v in values if v["dataElement"] == "FP_MWRA_15_49" and "categoryOptionCombo" not in v]
    assert married == [{"dataElement": "FP_MWRA_15_49", "period": "202610", "orgUnit": SITE, "value": "8"}]
    iud = [v for v in values if v["dataElement"] == "FP_MWRA_STATUS" and v["categoryOptionCombo"] == "iud"]
    assert iud[0]["value"] == "2"
    assert not any(v["dataElement"] == "FP_MWRA_STATUS" and v["categoryOptionCombo"] == "total" for v in values)


def test_adx_structure(ret):
    root = ET.fromstring(export.render(ret, "adx"))
    ns = "{urn:ihe:qrph:adx:2015}"
    assert root.tag == f"{ns}adx" and root.get("exported")
    groups = root.findall(f"{ns}group")
    assert len(groups) == 1
    g = groups[0]
    assert g.get("period") == "2026-10-01/P1M" and g.get("orgUnit") == SITE and g.get("dataSet")
    values = g.findall(f"{ns}dataValue")
    assert values and all(v.get("dataElement") and v.get("value") is not None for v in values)
    assert all(set(v.attrib) >= {"dataElement", "value"} for v in values)
    births = {v.get("SEX"): v.get("value") for v in values if v.get("dataElement") == "FP_BIRTHS_BY_SEX"}
    assert births == {"M": "0", "F": "1", "unknown": "0"}
    assert list(root) == groups  # nothing but groups under adx


def test_mapping_is_editable(ret, tmp_path):
    mapping = export.load_mapping()
    mapping["dataElements"]["women_15_49"] = {"dataElement": "MY_WRA"}
    mapping["orgUnits"] = {SITE: "OU_123"}
    doc = json.loads(export.to_dhis2(ret, mapping))
    assert doc["orgUnit"] == "OU_123"
    assert {"dataElement": "MY_WRA", "period": "202610", "orgUnit": "OU_123", "value": "9"} in doc["dataValues"]


def test_township_sums_closed_returns_and_recomputes_rates(ret, admin, tmp_path):
    store.close_return(admin, ret)
    other = Return.from_json(ret.to_json())
    other.site_code, other.site_name = "V002", "东风村"
    for f in other.figures().values():
        if not f.ratio and isinstance(f.value, int):
            f.value *= 3  # a village three times as big
    other.figures()["users"].value = 24 - 4  # 20 users of 24 married: CPR 83.3
    total = aggregate([ret, other], OCT, "T01", "乡")
    assert total.value("married_15_49") == 8 + 24 and total.value("users") == 4 + 20
    assert total.value("cpr") == round((4 + 20) * 100 / 32, 1)  # recomputed, not averaged (50 and 83.3)
    assert len(total.figures()["women_15_49"].people) == 2 * 9
    db_sum = township_return(OCT)
    assert db_sum.sources == [SITE] and db_sum.value("married_15_49") == 8
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(ret.to_json(), encoding="utf-8")
    b.write_text(other.to_json(), encoding="utf-8")
    assert township_from_files([a, b]).value("married_15_49") == 32
    with pytest.raises(TownshipError, match="出现了两次"):
        township_from_files([a, a])


def test_usb_write_is_atomic_and_verified(tmp_path):
    path = usb.write_verified(tmp_path, "r.csv", b"new")
    assert path.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["r.csv"]


def test_usb_removed_mid_write_keeps_the_old_file(tmp_path, monkeypatch):
    (tmp_path / "r.csv").write_bytes(b"old")

    def pulled(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", pulled)
    with pytest.raises(usb.WriteError, match="U盘可能已被拔出"):
        usb.write_verified(tmp_path, "r.csv", b"new")
    assert (tmp_path / "r.csv").read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]  # no temporary file left


def test_usb_read_only_and_missing(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "r.csv").write_bytes(b"old")
    ro.chmod(0o555)
    try:
        if os.access(ro, os.W_OK):  # running as root: permissions are not enforced
            pytest.skip("root ignores directory permissions")
        with pytest.raises(usb.WriteError, match="只读"):
            usb.write_verified(ro, "r.csv", b"new")
        assert (ro / "r.csv").read_bytes() == b"old"
    finally:
        ro.chmod(0o755)


def test_usb_folder_gone(tmp_path):
    with pytest.raises(usb.WriteError, match="拔出"):
        usb.write_verified(tmp_path / "gone", "r.csv", b"x")


def test_usb_verify_mismatch(tmp_path, monkeypatch):
    from pathlib import Path

    monkeypatch.setattr(Path, "read_bytes", lambda self: b"garbled")
    with pytest.raises(usb.WriteError, match="校验失败"):
        usb.write_verified(tmp_path, "r.csv", b"new")


def test_readonly_error_message_mapping(tmp_path, monkeypatch):
    real_open = open

    def refuse(path, mode="r", *a, **k):
        if "w" in mode:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, mode, *a, **k)

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(usb.WriteError, match="只读"):
        usb.write_verified(tmp_path, "r.csv", b"new")


def test_period_open_is_a_warning(admin):
    build(admin)
    nov = compute_return(parse("2026-11"), SITE, today=TODAY)
    assert "period_open" in nov.evidence
    assert dt.date(2026, 11, 30) >= TODAY


def test_missing_ledgers_give_empty_sections_with_a_note(admin, monkeypatch):
    from app.returns import external

    build(admin)
    monkeypatch.setattr(external, "_module", lambda name: None)
    ret = compute_return(OCT, SITE, today=TODAY)
    sections = {s.code: s for s in ret.sections}
    assert sections["commodities"].figures == [] and "尚未启用" in sections["commodities"].note
    assert sections["incentives"].figures == [] and "尚未启用" in sections["incentives"].note


def test_woman_on_cards_of_two_villages_is_named(admin):
    from app.returns.checks import run_checks
    from db import changes
    from db.models import Person, WomanCard

    cards = build(admin)
    a = WomanCard.get(WomanCard.uuid == cards["A"]).person
    other = changes.Actor("system", "V002")
    twin = changes.insert(Person, other, name=a.name, pinyin=a.pinyin, initials=a.initials, sex="F",
                          birth_date=a.birth_date, id_number=a.id_number)
    changes.insert(WomanCard, other, person=twin, registered_date=dt.date(2026, 1, 1))
    ret = compute_return(OCT, SITE, today=TODAY)
    result = next(c for c in run_checks(ret) if c.code == "two_sites")
    assert not result.ok and result.uuids == [a.uuid]  # this village's return names its own woman


def test_commodities_and_cyp_come_from_the_stock_ledger(admin):
    stock = pytest.importorskip("app.stock.ledger")
    build(admin)
    stock.receive(admin, day=dt.date(2026, 10, 2), document_number="T-2026-10",
                  lines=[stock.ReceiptLine("condom", "L1", dt.date(2029, 1, 1), 240)], today=TODAY)
    stock.issue(admin, stock.IssueForm("condom", dt.date(2026, 10, 10), 120, destination="卫生室"), today=TODAY)
    ret = compute_return(OCT, SITE, today=TODAY)
    v = ret.values()
    # 240 received, 120 issued: 120 left; condoms give 1 CYP per 120 (SPEC §5).
    assert (v["commodity.condom.received"], v["commodity.condom.issued"], v["commodity.condom.closing"]) == (240, 120, 120)
    assert v["commodity.condom.cyp"] == 1.0 and v["cyp_total"] == 1.0
    doc = json.loads(export.to_dhis2(ret))
    issued = [d for d in doc["dataValues"] if d["dataElement"] == "FP_COMMODITY_ISSUED"
              and d["categoryOptionCombo"] == "condom"]
    assert issued[0]["value"] == "120"
