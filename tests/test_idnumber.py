import datetime as dt

import pytest

from app import idnumber

VALID = "11010519491231002X"  # the GB 11643 textbook example


def test_valid_example_with_x_check_character():
    parsed = idnumber.parse(VALID)
    assert parsed.number == VALID
    assert parsed.birth_date == dt.date(1949, 12, 31)
    assert parsed.sex == "F"


def test_wrong_check_character_names_the_digit():
    with pytest.raises(idnumber.IdNumberError, match="第18位校验码应为“X”，实为“5”"):
        idnumber.parse(VALID[:-1] + "5")


def test_spreadsheet_damage_is_repaired():
    fullwidth = "１１０１０５１９４９１２３１００２ｘ"
    assert idnumber.parse(fullwidth).number == VALID
    assert idnumber.parse(" 110105 1949 1231 002x ").number == VALID
    assert idnumber.parse("'11010519491231002X").number == VALID


@pytest.mark.parametrize("raw", ["1.10105E+17", "1.10105e17", 1.10105194912310e17])
def test_scientific_notation_is_refused_not_guessed(raw):
    with pytest.raises(idnumber.IdNumberError, match="科学计数法|存成了数字"):
        idnumber.parse(raw)


def test_fifteen_digit_id_is_converted():
    parsed = idnumber.parse("110105491231002")
    assert parsed.was_15_digit
    assert parsed.number == "11010519491231002" + idnumber.check_char("11010519491231002")
    assert parsed.birth_date == dt.date(1949, 12, 31)


@pytest.mark.parametrize(
    "raw, message",
    [
        ("1101051949123100", "应为18位"),
        ("11010519491331002X", "不是有效日期"),
        ("1101051949123A002X", "第14位“A”不是数字"),
        ("", "为空"),
    ],
)
def test_bad_ids_name_the_problem(raw, message):
    with pytest.raises(idnumber.IdNumberError, match=message):
        idnumber.parse(raw)


def test_future_birth_date_refused():
    future = idnumber.make("110101", dt.date(2030, 1, 1), 2)
    with pytest.raises(idnumber.IdNumberError, match="不可能"):
        idnumber.parse(future, today=dt.date(2026, 11, 22))


def test_cross_check_reports_birth_date_and_sex():
    parsed = idnumber.parse(VALID)
    problems = idnumber.cross_check(parsed, dt.date(1950, 1, 1), "M")
    assert len(problems) == 2
    assert "1949-12-31" in problems[0]
    assert "第17位" in problems[1]


def test_mask_hides_the_middle():
    assert idnumber.mask(VALID) == "110***********002X"
