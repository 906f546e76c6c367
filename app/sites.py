"""Setting up a database for a site (village or township) and its village groups."""

from __future__ import annotations

from pathlib import Path

import peewee as pw

from app import settings
from app.auth import Session, create_user, system_session
from app.codes import SITE_KIND
from app.i18n import translate
from db import changes
from db.models import Site, VillageGroup
from db.schema import open_sqlite


def _t(text: str) -> str:
    return translate("sites", text)


class SiteError(ValueError):
    pass


def local_site() -> Site:
    code = settings.get("site_code")
    site = Site.get_or_none(Site.code == code) if code else None
    if site is None:
        raise SiteError(_t("此数据库尚未初始化站点（请先运行 fpreg init）"))
    return site


def init_database(
    path: str | Path,
    *,
    site_code: str,
    site_name: str,
    kind: str,
    parent_code: str | None = None,
    admin_username: str = "admin",
    admin_password: str | None = None,
    groups: int = 0,
) -> pw.SqliteDatabase:
    """Create a new database file for one site; refuses to touch an existing one."""
    path = Path(path)
    if path.exists():
        raise SiteError(_t("数据库文件“{p}”已存在，不会覆盖").format(p=path))
    if kind not in SITE_KIND:
        raise SiteError(_t("站点类型应为 village（村）或 township（乡镇）"))
    site_code = site_code.strip()
    if not site_code or not site_name.strip():
        raise SiteError(_t("站点代码和名称都不能为空"))
    db = open_sqlite(path, create=True)
    session = system_session(site_code)
    with db.atomic():
        settings.put("site_code", site_code)
        changes.insert(
            Site, session.actor, code=site_code, name=site_name.strip(), kind=kind,
            parent_code=parent_code,
        )
        for number in range(1, groups + 1):
            add_group(session, number, group_name(number))
        if admin_password:
            create_user(None, admin_username, _t("管理员"), "admin", admin_password)
        # The default follow-up schedule (resources/followup_rules.json) as version 1.
        from app.rules import seed_rules

        seed_rules(session)
        # The example incentive schemes (resources/incentive_schemes.json) as version 1 each.
        from app.incentives.schemes import seed_schemes

        seed_schemes(session)
        # The commodity catalogue with its CYP factors (resources/commodities.json) as version 1.
        from app.stock.catalogue import seed_catalogue

        seed_catalogue(session)
    return db


def group_name(number: int) -> str:
    """A village group's default name (1组, 2组, …)."""
    return _t("{n}组").format(n=number)


def add_group(session: Session, number: int, name: str) -> VillageGroup:
    session.require("edit_register")
    if VillageGroup.select().where(
        (VillageGroup.site_code == session.site_code) & (VillageGroup.number == number)
    ).exists():
        raise SiteError(_t("村民小组{n}已存在").format(n=number))
    return changes.insert(VillageGroup, session.actor, number=number, name=name)


def groups(site_code: str) -> list[VillageGroup]:
    return list(
        VillageGroup.select()
        .where((VillageGroup.site_code == site_code) & (VillageGroup.voided == False))  # noqa: E712
        .order_by(VillageGroup.number)
    )
