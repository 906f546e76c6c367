"""Eligibility conditions: structured data (resources/incentive_schemes.json) turned into fast
tests over a subject's facts, and into a plain-Chinese line per condition saying whether it is
met and why.

A condition is a dict with a "type"; `compile_condition` returns a function Facts -> bool (used
for the whole register at once, so it does no formatting), `explain` the lines for one person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from app.codes import HUKOU
from app.i18n import translate


def _t(text: str) -> str:
    return translate("incentives", text)


@dataclass(slots=True)
class Facts:
    """What the rules know about one subject (a parent) on one day."""

    person_id: int
    alive: bool
    moved_out: bool
    age: int | None
    hukou: str | None
    born: int  # children ever born (on the register)
    surviving: int
    daughters: int
    sons: int
    died: int
    best_disability: int | None  # the most severe (lowest) grade among the children
    honour: bool
    mother_age: int | None
    oldest_child_age: int | None


@dataclass(frozen=True)
class Check:
    label: str
    met: bool
    detail: str


TYPES = ("hukou", "age", "children_born", "children_sexes", "surviving_children", "child_died",
         "child_disability", "honour_certificate", "children_age", "any", "all")


def _range_text(cond: dict, unit: str) -> str:
    lo, hi = cond.get("min"), cond.get("max")
    if lo is not None and hi is not None:
        if lo == hi:
            return _t("恰好{n}{u}").format(n=lo, u=unit)
        return _t("{a}至{b}{u}").format(a=lo, b=hi, u=unit)
    if lo is not None:
        return _t("至少{n}{u}").format(n=lo, u=unit)
    if hi is not None:
        return _t("至多{n}{u}").format(n=hi, u=unit)
    return _t("不限")


def _range_fn(attr: str, cond: dict) -> Callable[[Facts], bool]:
    """A test of one fact against min/max, specialised so the whole register runs quickly."""
    get = attrgetter(attr)
    lo, hi = cond.get("min"), cond.get("max")
    if lo is not None and hi is not None:
        return lambda f: (v := get(f)) is not None and lo <= v <= hi
    if lo is not None:
        return lambda f: (v := get(f)) is not None and v >= lo
    if hi is not None:
        return lambda f: (v := get(f)) is not None and v <= hi
    return lambda f: get(f) is not None


def compile_condition(cond: dict) -> Callable[[Facts], bool]:
    kind = cond["type"]
    if kind == "hukou":
        value = cond["value"]
        return lambda f: f.hukou == value
    if kind == "age":
        return _range_fn("mother_age" if cond.get("who", "self") == "mother" else "age", cond)
    if kind == "children_born":
        return _range_fn("born", cond)
    if kind == "children_sexes":
        d, s = cond.get("daughters"), cond.get("sons")
        return lambda f: (d is None or f.daughters == d) and (s is None or f.sons == s)
    if kind == "surviving_children":
        return _range_fn("surviving", cond)
    if kind == "child_died":
        return lambda f: f.died > 0
    if kind == "child_disability":
        worst = cond.get("max_grade", 4)
        return lambda f: f.best_disability is not None and f.best_disability <= worst
    if kind == "honour_certificate":
        return lambda f: f.honour
    if kind == "children_age":
        below = cond["below"]
        return lambda f: f.oldest_child_age is not None and f.oldest_child_age < below
    if kind in ("any", "all"):
        parts = [compile_condition(c) for c in cond["of"]]
        if kind == "any":
            return lambda f: any(p(f) for p in parts)
        return lambda f: all(p(f) for p in parts)
    raise ValueError(_t("未知的条件类型“{k}”").format(k=kind))


# Cheap single-fact tests first; "all of" does not depend on the order, and most parents fail
# on age or on a certificate long before the compound conditions.
_COST = {"age": 0, "honour_certificate": 0, "child_died": 1, "child_disability": 1, "children_age": 1,
         "hukou": 2, "children_born": 2, "surviving_children": 2, "children_sexes": 2, "any": 3, "all": 3}


def compile_all(conditions: list[dict]) -> Callable[[Facts], bool]:
    parts = [compile_condition(c) for c in sorted(conditions, key=lambda c: _COST.get(c["type"], 3))]

    def test(f: Facts) -> bool:
        if not f.alive or f.moved_out:
            return False
        for p in parts:
            if not p(f):
                return False
        return True

    return test


def _yes(met: bool) -> str:
    return _t("符合") if met else _t("不符合")


def describe(cond: dict) -> str:
    """The condition in words, without the person's values."""
    kind = cond["type"]
    if kind == "hukou":
        return _t("户口为{h}户口").format(h=_t(HUKOU.get(cond["value"], cond["value"])))
    if kind == "age":
        who = _t("子女的母亲") if cond.get("who") == "mother" else _t("本人")
        return _t("{w}年龄{r}").format(w=who, r=_range_text(cond, _t("周岁")))
    if kind == "children_born":
        return _t("生育子女数{r}").format(r=_range_text(cond, _t("个")))
    if kind == "children_sexes":
        parts = []
        if cond.get("daughters") is not None:
            parts.append(_t("女儿{n}个").format(n=cond["daughters"]))
        if cond.get("sons") is not None:
            parts.append(_t("儿子{n}个").format(n=cond["sons"]))
        return _t("子女为") + _t("、").join(parts)
    if kind == "surviving_children":
        return _t("现存活子女{r}").format(r=_range_text(cond, _t("个")))
    if kind == "child_died":
        return _t("有子女死亡")
    if kind == "child_disability":
        return _t("有子女持残疾证且等级为{g}级或更重").format(g=cond.get("max_grade", 4))
    if kind == "honour_certificate":
        return _t("持有独生子女父母光荣证")
    if kind == "children_age":
        return _t("子女未满{n}周岁").format(n=cond["below"])
    if kind in ("any", "all"):
        if cond.get("label"):
            return str(cond["label"])
        joiner = _t("，或") if kind == "any" else _t("，且")
        return joiner.join(describe(c) for c in cond["of"])
    return kind


def _value(cond: dict, f: Facts) -> str:
    kind = cond["type"]
    unknown = _t("登记中无此信息")
    if kind == "hukou":
        return _t(HUKOU.get(f.hukou or "", f.hukou or unknown))
    if kind == "age":
        age = f.mother_age if cond.get("who") == "mother" else f.age
        return unknown if age is None else _t("{n}周岁").format(n=age)
    if kind in ("children_born", "children_sexes", "surviving_children"):
        return _t("生育{b}个（女{d}男{s}），存活{a}个").format(b=f.born, d=f.daughters, s=f.sons, a=f.surviving)
    if kind == "child_died":
        return _t("死亡{n}个").format(n=f.died)
    if kind == "child_disability":
        return unknown if f.best_disability is None else _t("残疾{g}级").format(g=f.best_disability)
    if kind == "honour_certificate":
        return _t("已登记") if f.honour else _t("未登记")
    if kind == "children_age":
        return unknown if f.oldest_child_age is None else _t("最大的子女{n}周岁").format(n=f.oldest_child_age)
    return ""


def explain(conditions: list[dict], f: Facts) -> list[Check]:
    """One line per top-level condition (an 'any' shows its parts' values), plus alive and
    still living here, each met or not with the person's own value."""
    checks = [
        Check(_t("本人健在"), f.alive, _t("健在") if f.alive else _t("已死亡")),
        Check(_t("本人未迁出"), not f.moved_out, _t("已迁出") if f.moved_out else _t("在册")),
    ]
    for cond in conditions:
        met = compile_condition(cond)(f)
        if cond["type"] in ("any", "all"):
            parts = _t("；").join(f"{describe(c)}：{_yes(compile_condition(c)(f))}" for c in cond["of"])
            values = list(dict.fromkeys(_value(c, f) for c in cond["of"]))
            detail = parts + _t("。") + _t("；").join(values)
        else:
            detail = _value(cond, f)
        checks.append(Check(describe(cond), met, detail))
    return checks


def check_text(c: Check) -> str:
    return _t("{label}：{yes}（{detail}）").format(label=c.label, yes=_yes(c.met), detail=c.detail)


def validate_condition(cond: Any, where: str) -> list[str]:
    """Problems with one condition as read from a file, in Chinese, naming where it is."""
    if not isinstance(cond, dict) or cond.get("type") not in TYPES:
        return [_t("{w}：未知的条件“{c}”").format(w=where, c=cond)]
    problems: list[str] = []
    kind = cond["type"]
    if kind in ("any", "all"):
        parts = cond.get("of")
        if not isinstance(parts, list) or not parts:
            return [_t("{w}：any/all 条件须列出 of").format(w=where)]
        for i, c in enumerate(parts, 1):
            problems += validate_condition(c, f"{where}.{i}")
    elif kind == "hukou" and cond.get("value") not in HUKOU:
        problems.append(_t("{w}：户口类型应为 rural 或 urban").format(w=where))
    elif kind == "children_age" and not isinstance(cond.get("below"), int):
        problems.append(_t("{w}：children_age 须给出整数 below").format(w=where))
    for key in ("min", "max", "daughters", "sons", "max_grade"):
        if key in cond and not isinstance(cond[key], int):
            problems.append(_t("{w}：{k} 应为整数").format(w=where, k=key))
    return problems


def age_on(birth: dt.date | None, day: dt.date) -> int | None:
    if birth is None:
        return None
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
