"""Which villages the township database knows, and whether this database is a township."""

from __future__ import annotations

from dataclasses import dataclass

from app.auth import Session
from app.i18n import translate
from app.sites import SiteError, local_site
from db.models import Site, WomanCard


def _t(text: str) -> str:
    return translate("township", text)


class TownshipError(ValueError):
    """A township action refused, with a message for the user."""


@dataclass(frozen=True)
class Village:
    code: str
    name: str


def is_township() -> bool:
    try:
        return local_site().kind == "township"
    except SiteError:
        return False


def require_township(session: Session) -> Site:
    site = local_site()
    if site.kind != "township" or site.code != session.site_code:
        raise TownshipError(_t("此功能只在乡镇计生办的数据库中使用（本站点{s}不是乡镇）").format(s=site.code))
    return site


def villages() -> list[Village]:
    """Villages with a Site row (enrolled or synced), plus any site code that owns cards
    without one (rows imported before the village's Site row arrived), by code."""
    found = {
        s.code: s.name
        for s in Site.select(Site.code, Site.name).where((Site.kind == "village") & (Site.voided == False))  # noqa: E712
    }
    for (code,) in WomanCard.select(WomanCard.site_code).distinct().tuples():
        if code not in found and code != _own_code():
            found[code] = code
    return [Village(code, name) for code, name in sorted(found.items())]


def _own_code() -> str | None:
    try:
        return local_site().code
    except SiteError:
        return None


def village_names() -> dict[str, str]:
    return {v.code: v.name for v in villages()}


def village_name(code: str) -> str:
    return village_names().get(code, code)
