"""Public documents: what they say, paper sizes, the embedded font, and — over every public
document kind, made from the demo village — that no health information or full ID ever shows."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from app import codes
from app.demo import create_demo
from app.disclosure.board import board_figures, write_board_summary
from app.disclosure.display import write_display_sheet
from app.disclosure.notice_list import write_notice_list
from app.disclosure.receipt import capital_amount, write_receipt
from app.idnumber import mask
from db.models import Person, WomanCard
from db.models_incentives import Payment
from db.schema import open_sqlite

TODAY = dt.date(2026, 11, 22)


def text_of(pdf) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(pdf) -> str:
    """The text in reading order (cell by cell) without any white space."""
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", "", raw)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo village (register, services, incentive cases) and one PDF of every public kind."""
    folder = tmp_path_factory.mktemp("disclosure")
    path = folder / "demo.db"
    create_demo(path, women=300, today=TODAY)
    db = open_sqlite(path)
    cash = Payment.get(Payment.method == "cash")
    pdfs = {
        "notice": write_notice_list(folder / "notice.pdf", printed_on=TODAY),
        "notice_a3": write_notice_list(folder / "notice_a3.pdf", paper="A3", printed_on=TODAY),
        "board": write_board_summary(folder / "board.pdf", "2026Q4", printed_on=TODAY),
        "board_a3": write_board_summary(folder / "board_a3.pdf", "2026Q4", paper="A3", printed_on=TODAY),
        "display": write_display_sheet(folder / "display.pdf", "2026-11", printed_on=TODAY),
        "display_a3": write_display_sheet(folder / "display_a3.pdf", "2026-11", paper="A3", printed_on=TODAY),
        "receipt": write_receipt(folder / "receipt.pdf", cash.uuid, printed_on=TODAY),
    }
    yield pdfs
    db.close()


def _forbidden_words() -> set[str]:
    words = set(codes.STATUS.values()) | set(codes.PROCEDURE_KIND.values()) | set(codes.CHECK_KIND.values())
    words |= set(codes.PREGNANCY_OUTCOME.values()) | set(codes.VISIT_TYPE.values())
    words |= {"怀孕", "孕期", "妊娠", "流产", "引产", "上环", "取环", "节育", "结扎", "绝育", "不孕", "残疾", "伤残"}
    return words - {"其他方法", "其他随访"}


def test_no_health_information_or_full_id_on_any_public_document(demo):
    from app.disclosure.display import available_contraceptives, load_template

    template = load_template()
    offered = set(available_contraceptives("2026-11", template)[0])
    ids = [i for (i,) in Person.select(Person.id_number).where(Person.id_number.is_null(False)).tuples()]
    phones = [p for (p,) in Person.select(Person.phone).where(Person.phone.is_null(False)).tuples()]
    statuses = {s for (s,) in WomanCard.select(WomanCard.current_status).distinct().tuples() if s}
    assert {"iud", "pregnant"} <= statuses  # the demo has what must stay hidden
    names = {n for (n,) in Person.select(Person.name).tuples()}
    for kind, pdf in demo.items():
        text = flat(pdf)
        # The display case lists the free contraceptives on offer; nothing else may name a method.
        allowed = {w for w in _forbidden_words() if any(w in item for item in offered)} if "display" in kind else set()
        hits = [w for w in _forbidden_words() - allowed if w in text]
        assert not hits, f"{kind}: {hits}"
        assert not re.search(r"\d{17}[\dX]", text), kind
        assert not [i for i in ids if i in text], kind
        assert not [p for p in phones if p in text], kind
        if kind.startswith(("board", "display")):
            assert not [n for n in names if len(n) >= 2 and n in text], kind


def test_notice_list_content_and_masking(demo):
    text = flat(demo["notice"])
    for expected in ("奖励扶助对象公示", "公示期：", "共7天", "钱有福", "农村部分计划生育家庭奖励扶助", "600元/年",
                     "村委会公开栏及村计生服务室", "前到", "盖章", "经办人签字", "负责人签字"):
        assert expected in text, expected
    person = Person.get(Person.name == "钱有福")
    assert mask(person.id_number) in text
    # Special assistance (quarterly, the child died): 3 × 350.
    assert "1050元/季度" in text


def test_paper_sizes_and_embedded_font(demo):
    for kind, size in (("notice", "A4"), ("notice_a3", "A3"), ("board_a3", "A3"), ("display", "A4")):
        info = subprocess.run(["pdfinfo", str(demo[kind])], capture_output=True, text=True, check=True).stdout
        assert f"({size})" in info, kind
    fonts = subprocess.run(["pdffonts", str(demo["notice"])], capture_output=True, text=True, check=True).stdout
    assert re.search(r"WenQuanYi\S*\s+TrueType\S*\s+\S+\s+yes", fonts)


def test_board_figures_reconcile(demo):
    f = board_figures("2026Q4")
    assert f.population == f.men + f.women > 0
    assert f.births == f.boys_born + f.girls_born
    paid = sum(p.amount_fen for p in Payment.select().where(
        Payment.paid_date.between(dt.date(2026, 10, 1), dt.date(2026, 12, 31))))
    assert f.paid_total == sum(s[2] for s in f.schemes) == paid > 0
    assert "2026年第4季度" in flat(demo["board"])
    text = text_of(demo["board"])
    assert re.search(rf"{f.households}\s+{f.men}\s+{f.women}\s+{f.population}\n", text)
    assert re.search(rf"{f.boys_born}\s+{f.girls_born}\s+{f.births}\n", text)
    assert re.search(rf"合计\s+{f.people_total}\s+{paid // 100}\n", text)


def test_display_sheet_has_contraceptives_hours_policy_and_current_terms(demo):
    text = flat(demo["display"])
    for expected in ("免费避孕药具", "服务时间", "政策宣传", "每人每月50元", "按年发放", "2026年11月"):
        assert expected in text, expected


def test_display_sheet_template_is_editable(tmp_path, demo):
    import json

    from app.disclosure.display import TEMPLATE

    data = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    data["service_hours"] = ["每周三全天开放"]
    custom = tmp_path / "case.json"
    custom.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = write_display_sheet(tmp_path / "d.pdf", "2026-11", template=custom, printed_on=TODAY)
    assert "每周三全天开放" in flat(out)
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(ValueError, match="缺少列表"):
        write_display_sheet(tmp_path / "e.pdf", "2026-11", template=bad)


def test_receipt_amount_in_capitals(demo):
    text = flat(demo["receipt"])
    assert "陆佰元整" in text and "领取人签字" in text and "现金" in text
    assert capital_amount(105000) == "壹仟零伍拾元整"
    assert capital_amount(30050) == "叁佰元伍角整"
    assert capital_amount(100001) == "壹仟元零壹分" or capital_amount(100001).startswith("壹仟元")
