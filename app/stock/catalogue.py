"""The commodity catalogue as versioned data (resources/commodities.json seeds version 1).

The township owns the catalogue: its rows carry the township's site code (the parent of a
village) and UUIDs derived from version and code, so every site seeds the very same rows and
sync sees one catalogue, not one per village. A change is a new version; the catalogue in force
on a day is the latest version effective on or before it (else the first).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.auth import Session
from app.i18n import translate
from db import changes
from db.models import Site
from db.models_stock import CatalogueVersion, Commodity

RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "commodities.json"
_NAMESPACE = uuid.UUID("6f1c2a4e-4d7b-4b8e-9a51-0c3e2f7d5a10")
_ACTIVE_V = CatalogueVersion.voided == False  # noqa: E712


def _t(text: str) -> str:
    return translate("stock", text)


def english() -> bool:
    """Whether the English interface is installed: the language's own name is translated."""
    return _t("中文") != "中文"


class StockError(ValueError):
    """A refused stock action; the message names the problem for the user."""


@dataclass(frozen=True)
class CommodityInfo:
    code: str
    name_zh: str
    name_en: str
    unit_zh: str
    unit_en: str
    method: str
    units_per_cyp: float
    supply_kind: str | None
    visit_type: str | None
    sort_order: int

    @property
    def name(self) -> str:
        return self.name_en if english() else self.name_zh

    @property
    def unit(self) -> str:
        return self.unit_en if english() else self.unit_zh

    def cyp(self, quantity: float) -> float:
        return quantity / self.units_per_cyp if self.units_per_cyp else 0.0


@dataclass(frozen=True)
class Catalogue:
    version: int
    effective_from: dt.date
    min_months: float
    max_months: float
    amc_months: int
    near_expiry_days: int
    commodities: dict[str, CommodityInfo]  # by code, in sort order

    def get(self, code: str) -> CommodityInfo | None:
        return self.commodities.get(code)


def _owner(session: Session) -> str:
    """The township owns the catalogue: a village's parent, else the site itself."""
    site = Site.get_or_none(Site.code == session.site_code)
    return (site.parent_code if site is not None and site.parent_code else session.site_code)


def _units_per_cyp(entry: dict) -> float:
    if entry.get("units_per_cyp"):
        return float(entry["units_per_cyp"])
    return 1.0 / float(entry["cyp_per_unit"])


def import_catalogue(session: Session, data: dict) -> CatalogueVersion:
    """Write one catalogue version from its JSON form (a new version, never an edit). Like the
    follow-up rules, a new version comes from the township (officer or admin)."""
    session.require("edit_rules")
    _check(data)
    version = int(data["version"])
    if CatalogueVersion.select().where(CatalogueVersion.version == version).exists():
        raise StockError(_t("商品目录第{v}版已存在").format(v=version))
    owner = _owner(session)
    with CatalogueVersion._meta.database.atomic():
        head = changes.insert(
            CatalogueVersion, session.actor, uuid=str(uuid.uuid5(_NAMESPACE, f"v{version}")),
            site_code=owner, version=version,
            effective_from=dt.date.fromisoformat(data["effective_from"]), note=data.get("note", ""),
            cyp_source=data.get("cyp_source", ""), min_months=float(data.get("min_months", 1.0)),
            max_months=float(data.get("max_months", 3.0)), amc_months=int(data.get("amc_months", 3)),
            near_expiry_days=int(data.get("near_expiry_days", 90)),
        )
        for order, entry in enumerate(data["commodities"]):
            changes.insert(
                Commodity, session.actor, uuid=str(uuid.uuid5(_NAMESPACE, f"v{version}:{entry['code']}")),
                site_code=owner, catalogue=head, code=entry["code"], name_zh=entry["name_zh"],
                name_en=entry["name_en"], unit_zh=entry["unit_zh"], unit_en=entry["unit_en"],
                method=entry["method"], units_per_cyp=_units_per_cyp(entry),
                supply_kind=entry.get("supply_kind"), visit_type=entry.get("visit_type"),
                sort_order=order,
            )
    return head


def _check(data: dict) -> None:
    """Refuse a catalogue file that is not one, naming the entry and field."""
    from app.codes import STATUS

    try:
        int(data["version"])
        dt.date.fromisoformat(data["effective_from"])
        entries = list(data["commodities"])
    except (KeyError, TypeError, ValueError) as exc:
        raise StockError(_t("商品目录文件缺少或写错了 version、effective_from 或 commodities（{e}）").format(e=exc)) from None
    seen = set()
    for n, entry in enumerate(entries, start=1):
        code = entry.get("code") if isinstance(entry, dict) else None
        if not code or code in seen:
            raise StockError(_t("第{n}项：商品代码为空或重复").format(n=n))
        seen.add(code)
        for key in ("name_zh", "name_en", "unit_zh", "unit_en"):
            if not str(entry.get(key) or "").strip():
                raise StockError(_t("{c}：缺少{k}").format(c=code, k=key))
        if entry.get("method") not in STATUS:
            raise StockError(_t("{c}：避孕方法“{m}”不在代码表中").format(c=code, m=entry.get("method")))
        try:
            if _units_per_cyp(entry) <= 0:
                raise ValueError
        except (KeyError, TypeError, ValueError, ZeroDivisionError):
            raise StockError(_t("{c}：units_per_cyp 或 cyp_per_unit 应为正数").format(c=code)) from None


def seed_catalogue(session: Session) -> None:
    """Version 1 from resources/commodities.json, when the database has no catalogue yet."""
    if CatalogueVersion.select().where(_ACTIVE_V).exists():
        return
    import_catalogue(session, json.loads(RESOURCE.read_text(encoding="utf-8")))


def _ensure_seeded() -> None:
    if not CatalogueVersion.select().where(_ACTIVE_V).exists():
        from app.auth import system_session
        from app.sites import local_site

        seed_catalogue(system_session(local_site().code))


def catalogue_on(day: dt.date | None = None) -> Catalogue:
    """The catalogue in force on `day` (today when None)."""
    _ensure_seeded()
    day = day or dt.date.today()
    head = (
        CatalogueVersion.select().where(_ACTIVE_V & (CatalogueVersion.effective_from <= day))
        .order_by(CatalogueVersion.effective_from.desc(), CatalogueVersion.version.desc()).first()
        or CatalogueVersion.select().where(_ACTIVE_V).order_by(CatalogueVersion.version).first()
    )
    rows = (Commodity.select().where((Commodity.catalogue == head) & (Commodity.voided == False))  # noqa: E712
            .order_by(Commodity.sort_order, Commodity.code))
    items = {
        r.code: CommodityInfo(r.code, r.name_zh, r.name_en, r.unit_zh, r.unit_en, r.method,
                              r.units_per_cyp, r.supply_kind, r.visit_type, r.sort_order)
        for r in rows
    }
    return Catalogue(head.version, head.effective_from, head.min_months, head.max_months,
                     head.amc_months, head.near_expiry_days, items)


def commodity(code: str, day: dt.date | None = None) -> CommodityInfo:
    info = catalogue_on(day).get(code)
    if info is None:
        raise StockError(_t("商品代码“{c}”不在商品目录中").format(c=code))
    return info
