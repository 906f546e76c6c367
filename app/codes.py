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


def label(codes: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    text = codes.get(code)
    return _t(text) if text else code
