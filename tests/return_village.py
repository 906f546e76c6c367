"""A hand-built village for the return tests: every figure of October 2026 is known by hand.

Women (registered 2025-01-01 unless said; ages on 2026-10-31; statuses stated at registration):
  A 张一  1990  married 2012  iud                      RH check 2026-10-12
  B 李二  1992  married       condom → pill 2026-10-10 (counselled; the condom ends that day: a switch)
                                                       RH check 2025-09-01 (over 12 months before 10-31)
  C 王三  1988  married       waiting → IUD insertion 2026-10-05 (first-ever acceptor, not counselled)
  D 赵四  1995  married       pill, stopped 2026-10-20 (wants a child) → no method
  E 刘五  1985  married       waiting; pregnant 2026-02-01; live birth (girl, 1st) 2026-10-15 → no method;
                              postpartum visit 2026-10-19 (inside the 3–7 day window 10-18..10-22)
  F 陈六  1999  single        in-migrant; RH check 2026-10-12
  G 杨七  1983  married       female sterilisation; out-migrant
  H 周八  born 1976-10-20     married, iud: 50 on 2026-10-20 → not counted
  I 吴九  1990  married       infertile; in-migrant, moved in 2026-10-08; in-migrant visit 2026-10-25
  J 郑十  1991  married       iud; died 2026-10-25 → not on the register at the end
  K 孙十一 registered 2026-11-05 → not in October
  M 冯十三 2000  single, no ID number; married 2026-10-03 (first marriage) → no method
"""

from __future__ import annotations

import datetime as dt

from app import events, methods, procedures, register, visits
from app.idnumber import make
from tests.conftest import TODAY, woman

REGISTERED = dt.date(2025, 1, 1)


def add(session, key: str, name: str, birth: dt.date, n: int, **kw) -> str:
    kw.setdefault("registered_date", REGISTERED)
    today = kw.pop("today", TODAY)
    id_number = kw.pop("id_number", None)
    if id_number is None:
        id_number = make("110101", birth, 100 + 2 * n)
    form = woman(name=name, id_number=id_number, birth_date=birth, household_number=f"{n:04d}",
                 phone=f"1380013{n:04d}", **kw)
    return register.add_woman(session, form, today=today).uuid


def build(session) -> dict[str, str]:
    """Returns {key: card uuid}."""
    c: dict[str, str] = {}
    d = dt.date
    c["A"] = add(session, "A", "张一", d(1990, 5, 17), 1, current_status="iud")
    c["B"] = add(session, "B", "李二", d(1992, 1, 3), 2, current_status="condom")
    c["C"] = add(session, "C", "王三", d(1988, 7, 21), 3, current_status="waiting")
    c["D"] = add(session, "D", "赵四", d(1995, 11, 30), 4, current_status="pill")
    c["E"] = add(session, "E", "刘五", d(1985, 2, 14), 5, current_status="waiting")
    c["F"] = add(session, "F", "陈六", d(1999, 9, 9), 6, marital_status="single", husband_name="",
                 marriage_date=None, current_status=None, residence="in_migrant", origin="四川省")
    c["G"] = add(session, "G", "杨七", d(1983, 4, 1), 7, current_status="female_sterilisation",
                 residence="out_migrant", destination="广东省", contact_person="杨父", contact_phone="13900000007")
    c["H"] = add(session, "H", "周八", d(1976, 10, 20), 8, current_status="iud",
                 today=d(2026, 9, 1))  # entered while she was 49
    c["I"] = add(session, "I", "吴九", d(1990, 1, 1), 9, current_status="infertile", residence="in_migrant",
                 origin="河南省")
    c["J"] = add(session, "J", "郑十", d(1991, 3, 3), 10, current_status="iud")
    c["K"] = add(session, "K", "孙十一", d(1993, 6, 6), 11, current_status="iud", registered_date=d(2026, 11, 5))
    c["M"] = add(session, "M", "冯十三", d(2000, 2, 2), 12, marital_status="single", husband_name="",
                 marriage_date=None, current_status=None, id_number="")

    procedures.record_check(session, c["A"], "rh_check", d(2026, 10, 12), today=TODAY)
    procedures.record_check(session, c["F"], "rh_check", d(2026, 10, 12), today=TODAY)
    procedures.record_check(session, c["B"], "rh_check", d(2025, 9, 1), today=TODAY)
    methods.start_method(session, c["B"], methods.MethodForm("pill", start_date=d(2026, 10, 10), counselled=True,
                                                             methods_explained=["pill", "iud"], own_choice=True),
                         today=TODAY)
    procedures.record_procedure(session, c["C"], "iud_insertion", d(2026, 10, 5), today=TODAY)
    pill = methods.open_episode(register.card_by_uuid(c["D"]).person_id)
    methods.stop_method(session, pill.uuid, d(2026, 10, 20), "wants_child", today=TODAY)
    events.record_event(session, c["E"], "pregnancy_registered", d(2026, 2, 1), today=TODAY)
    events.record_event(session, c["E"], "pregnancy_outcome", d(2026, 10, 15),
                        {"outcome": "live_birth", "child_name": "刘小花", "child_sex": "F"}, today=TODAY)
    visits.record_visit(session, visits.VisitForm(c["E"], d(2026, 10, 19), "postpartum"), today=TODAY)
    events.record_event(session, c["I"], "moved_in", d(2026, 10, 8), {"origin": "河南省"}, today=TODAY)
    visits.record_visit(session, visits.VisitForm(c["I"], d(2026, 10, 25), "in_migrant"), today=TODAY)
    events.record_event(session, c["J"], "death", d(2026, 10, 25), today=TODAY)
    events.record_event(session, c["M"], "marriage", d(2026, 10, 3), {"husband_name": "何强"}, today=TODAY)
    return c
