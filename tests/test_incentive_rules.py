"""Eligibility rules of the three example schemes, with families exactly on each boundary."""

from __future__ import annotations

import datetime as dt

from app.incentives.engine import evaluate
from app.incentives.rules import check_text
from tests.incentive_fixtures import TODAY, Kid, years_ago

pytest_plugins = ["tests.incentive_fixtures"]


def candidates(scheme: str, day: dt.date = TODAY) -> set[str]:
    return {f.name for f in evaluate(day).candidates if f.scheme_code == scheme}


def test_rural_reward_parent_turns_60_on_the_day(family):
    # Born 60 years ago tomorrow: 59 years and 364 days old today.
    family(father=("甲父", years_ago(60, -1)), mother=("甲母", years_ago(60)), children=[Kid("甲女", "F", years_ago(35))])
    found = candidates("rural_reward")
    assert "甲母" in found
    assert "甲父" not in found
    assert "甲父" in candidates("rural_reward", TODAY + dt.timedelta(days=1))


def test_rural_reward_two_daughters_but_not_a_daughter_and_a_son(family):
    family(father=("乙父", years_ago(65)), mother=("乙母", years_ago(64)),
           children=[Kid("乙一", "F", years_ago(40)), Kid("乙二", "F", years_ago(38))])
    family(father=("丙父", years_ago(65)), mother=("丙母", years_ago(64)),
           children=[Kid("丙一", "F", years_ago(40)), Kid("丙二", "M", years_ago(38))])
    found = candidates("rural_reward")
    assert {"乙父", "乙母"} <= found
    assert not {"丙父", "丙母"} & found


def test_rural_reward_no_surviving_child_urban_and_explanation(family):
    family(father=("丁父", years_ago(66)), mother=("丁母", years_ago(65)),
           children=[Kid("丁一", "M", years_ago(40), death=years_ago(5)), Kid("丁二", "M", years_ago(37),
                                                                              death=years_ago(4))])
    family(father=("戊父", years_ago(66)), mother=("戊母", years_ago(65)), hukou="urban",
           children=[Kid("戊一", "F", years_ago(40))])
    found = candidates("rural_reward")
    assert "丁父" in found
    assert "戊父" not in found
    ev = evaluate(TODAY)
    person = next(p for p in ev.register.persons.values() if p.name == "戊父")
    lines = [check_text(c) for c in ev.explain(person.id, "rural_reward")]
    assert "户口为农业户口：不符合（非农业）" in lines
    assert any(line.startswith("本人年龄至少60周岁：符合（66周岁）") for line in lines)


def test_special_assistance_mother_49_boundary_and_tiers(family):
    day_49 = years_ago(49)
    family(father=("己父", years_ago(52)), mother=("己母", day_49),
           children=[Kid("己子", "M", years_ago(25), death=years_ago(2))])
    family(father=("庚父", years_ago(52)), mother=("庚母", years_ago(49, -1)),
           children=[Kid("庚子", "M", years_ago(25), death=years_ago(2))])
    family(father=("辛父", years_ago(55)), mother=("辛母", years_ago(53)),
           children=[Kid("辛女", "F", years_ago(26), disability=3)])
    family(father=("壬父", years_ago(55)), mother=("壬母", years_ago(53)),
           children=[Kid("壬女", "F", years_ago(26), disability=4)])
    ev = evaluate(TODAY)
    found = {f.name: f for f in ev.candidates if f.scheme_code == "special_assistance"}
    # The father qualifies through the mother's age; both parents are paid, per person.
    assert {"己父", "己母", "辛父", "辛母"} <= set(found)
    assert not {"庚父", "庚母", "壬父", "壬母"} & set(found)
    # Quarterly: 350 a month after a death, 270 for a disability.
    assert found["己母"].amount_fen == 3 * 35000
    assert found["辛母"].amount_fen == 3 * 27000


def test_only_child_reward_until_the_child_turns_18(family):
    family(father=("癸父", years_ago(45)), mother=("癸母", years_ago(43)),
           children=[Kid("癸女", "F", years_ago(18, -1))], honour=True)
    family(father=("子父", years_ago(45)), mother=("子母", years_ago(43)),
           children=[Kid("子男", "M", years_ago(10))], honour=True)
    family(father=("丑父", years_ago(45)), mother=("丑母", years_ago(43)),
           children=[Kid("丑男", "M", years_ago(10))], honour=False)
    ev = evaluate(TODAY)
    found = {f.name: f for f in ev.candidates if f.scheme_code == "only_child_reward"}
    # One recipient per household: the mother.
    assert set(found) == {"癸母", "子母"}
    assert found["癸母"].amount_fen == 30000 and found["子母"].amount_fen == 24000
    # The daughter turns 18 tomorrow: then the household no longer qualifies.
    assert "癸母" not in candidates("only_child_reward", TODAY + dt.timedelta(days=1))


def test_enrolled_person_who_died_is_listed_as_no_longer_eligible(family, village):
    from app.incentives import lifecycle
    from db import changes

    fam = family(father=("寅父", years_ago(70)), mother=("寅母", years_ago(68)), children=[Kid("寅女", "F", years_ago(40))])
    case = lifecycle.enrol(village, fam.father.uuid, "rural_reward", TODAY)
    assert not [f for f in evaluate(TODAY).lapsed]
    changes.update(fam.father, village.actor, alive=False, death_date=TODAY - dt.timedelta(days=3))
    ev = evaluate(TODAY)
    lapsed = [f for f in ev.lapsed if f.enrolment_uuid == case.uuid]
    assert len(lapsed) == 1
    failed = [c.label for c in ev.explain(fam.father.id, "rural_reward") if not c.met]
    assert failed == ["本人健在"]
