"""Code lists of the register: stored codes and their Chinese labels.

These are definitions (SPEC §2–3), not rules; labels pass through translation so the
English UI shows English. Import value maps (what spreadsheets write for each code) are
data in resources/register_columns.json, adjustable by the user.
"""

from __future__ import annotations

from app.i18n import translate


def _t(text: str) -> str:
    return translate("codes", text)


SEX = {"M": "男", "F": "女"}
HUKOU = {"rural": "农业", "urban": "非农业"}
RELATION = {
    "head": "户主",
    "spouse": "配偶",
    "son": "儿子",
    "daughter": "女儿",
    "daughter_in_law": "儿媳",
    "son_in_law": "女婿",
    "grandchild": "孙子女",
    "parent": "父母",
    "parent_in_law": "公婆/岳父母",
    "sibling": "兄弟姐妹",
    "other": "其他",
}
RESIDENCE = {
    "resident": "常住",
    "in_migrant": "流入",
    "out_migrant": "流出",
    "family_away": "全家外出",
    "registered_only": "空挂户",
}
MARITAL = {
    "single": "未婚",
    "married": "已婚",
    "divorced": "离婚",
    "widowed": "丧偶",
}
# SPEC §3: exactly one at any date; the first seven count as "using a method".
STATUS = {
    "iud": "宫内节育器",
    "female_sterilisation": "女扎",
    "male_sterilisation": "男扎",
    "implant": "皮埋",
    "injectable": "针剂",
    "pill": "口服药",
    "condom": "避孕套",
    "other_method": "其他方法",
    "no_method": "未避孕",
    "pregnant": "现孕",
    "waiting": "待孕",
    "infertile": "不孕",
    "menopausal": "绝经",
}
USING_METHOD = frozenset(list(STATUS)[:8])
EXIT_REASON = {
    "reached_50": "满50周岁",
    "moved_out": "迁出",
    "died": "死亡",
    "transferred": "转出",
}
MARRIAGE_KIND = {"first": "初婚", "remarriage": "再婚"}
ROLES = {"worker": "村计生专干", "officer": "乡镇计生办", "admin": "管理员"}
SITE_KIND = {"village": "村", "township": "乡镇"}

# Age band of the register of women of reproductive age (SPEC §2).
REGISTER_MIN_AGE = 15
REGISTER_EXIT_AGE = 50


# Which code list a stored field holds (for imports, exports and the change timeline).
FIELD_CODES: dict[str, dict[str, str]] = {
    "hukou_type": HUKOU,
    "relation": RELATION,
    "residence": RESIDENCE,
    "marital_status": MARITAL,
    "current_status": STATUS,
    "marriage_kind": MARRIAGE_KIND,
    "exit_reason": EXIT_REASON,
    "sex": SEX,
}


def label(codes: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    text = codes.get(code)
    return _t(text) if text else code

# Services (SPEC §3–4). Methods are the first eight statuses: the status while an episode runs.
METHODS = {code: STATUS[code] for code in list(STATUS)[:8]}
INJECTABLE_KIND = {"dmpa": "DMPA（3个月针）", "net_en": "NET-EN（2个月针）", "monthly": "月针"}
STOP_REASON = {
    "side_effects": "副作用",
    "wants_child": "想要孩子",
    "method_failure": "避孕失败",
    "menopause": "绝经",
    "other": "其他",
}
PROCEDURE_KIND = {
    "iud_insertion": "放置宫内节育器",
    "iud_removal": "取出宫内节育器",
    "female_sterilisation": "女性绝育术",
    "male_sterilisation": "男性绝育术",
    "implant_insertion": "皮下埋植",
    "implant_removal": "取出皮埋",
}
CHECK_KIND = {"rh_check": "妇检", "pre_pregnancy": "孕前优生健康检查", "cervical": "宫颈癌筛查"}
EVENT_KIND = {
    "marriage": "结婚",
    "pregnancy_registered": "登记怀孕",
    "pregnancy_outcome": "妊娠结局",
    "birth_declared": "出生申报",
    "death": "死亡",
    "moved_in": "迁入",
    "moved_out": "迁出",
    "transfer": "转出",
    # The woman's own statement of a status that is not a method (SPEC §3).
    "status_declared": "状况登记",
}
PREGNANCY_OUTCOME = {"live_birth": "活产", "loss": "流产/死产"}
DECLARED_STATUS = {k: STATUS[k] for k in ("no_method", "waiting", "infertile", "menopausal")}
# What can start a follow-up schedule (resources/followup_rules.json).
TRIGGER = {
    **PROCEDURE_KIND,  # each procedure starts its own schedule
    "injection_dmpa": "DMPA注射",
    "injection_net_en": "NET-EN注射",
    "injection_monthly": "月针注射",
    "pills_issued": "发放口服避孕药",
    "condoms_issued": "发放避孕套",
    "pregnancy_registered": "登记怀孕",
    "birth": "分娩",
    "marriage": "结婚",
    "in_migrant_registered": "流入人口登记",
    "rh_check_yearly": "每年妇检",
}
VISIT_TYPE = {
    "iud_followup": "上环随访",
    "iud_removal_followup": "取环随访",
    "sterilisation_followup": "绝育术随访",
    "implant_followup": "皮埋随访",
    "implant_removal_due": "皮埋到期取出",
    "injection_due": "注射到期",
    "pill_resupply": "口服药续领",
    "condom_resupply": "避孕套续领",
    "pregnancy_care": "孕期随访",
    "postpartum": "产后访视",
    "newlywed": "新婚访视",
    "in_migrant": "流入人口访视",
    "rh_check": "妇检提醒",
    "other": "其他随访",
}
DUE_STATE = {"early": "未到期", "due": "到期", "overdue": "逾期", "missed": "错过"}
# Supplies handed over at a visit that start a resupply schedule.
SUPPLY_KIND = {
    "pill": "口服避孕药（周期）",
    "condom": "避孕套（只）",
    "dmpa": "DMPA注射",
    "net_en": "NET-EN注射",
    "monthly": "月针注射",
}
