"""The township return: the sum of its villages' closed returns.

    township_return("2026-11")                    # closed returns present in the database
    township_return("2026-11", ["V001", "V002"])  # only these villages
    township_from_files([Path("return_V001_2026-11.json"), …])

Counts are summed; rates are recomputed from the summed numerators and denominators (never
averaged); the people lists are joined, so a drill-down still names each woman.
"""

from __future__ import annotations

from pathlib import Path

from app.i18n import translate
from app.returns.model import Figure, Return, Section, now_text, rate
from app.returns.periods import Period, parse
from db.models import Site
from db.models_returns import ClosedReturn


def _t(text: str) -> str:
    return translate("returns", text)


class TownshipError(ValueError):
    pass


def aggregate(returns: list[Return], period: Period, site_code: str | None, site_name: str) -> Return:
    if not returns:
        raise TownshipError(_t("{p}没有可汇总的村报表").format(p=period.code))
    for r in returns:
        if r.period.code != period.code:
            raise TownshipError(_t("{s}的报表期是{a}，不是{b}").format(s=r.site_code, a=r.period.code, b=period.code))
    seen: set[str] = set()
    for r in returns:
        if r.site_code in seen:
            raise TownshipError(_t("{s}的{p}报表出现了两次").format(s=r.site_code, p=period.code))
        seen.add(r.site_code or "")
    sections: list[Section] = []
    by_code: dict[str, Figure] = {}
    index: dict[str, Section] = {}
    for r in returns:
        for s in r.sections:
            target = index.get(s.code)
            if target is None:
                target = index[s.code] = Section(s.code, s.title, [], s.note if not s.figures else "")
                sections.append(target)
            elif s.figures:
                target.note = ""
            for f in s.figures:
                acc = by_code.get(f.code)
                if acc is None:
                    acc = by_code[f.code] = Figure(f.code, f.label, None if f.ratio else 0, f.unit, [], f.ratio, "")
                    target.figures.append(acc)
                if not f.ratio:
                    acc.value = round((acc.value or 0) + (f.value or 0), 2)
                acc.people.extend(f.people)
    for f in by_code.values():
        if f.ratio:
            num, den, scale = f.ratio
            n, d = by_code.get(num), by_code.get(den)
            f.value = rate(n.value if n else 0, d.value if d else 0, scale)
        if isinstance(f.value, float) and f.value.is_integer() and f.unit not in ("元", "CYP"):
            f.value = int(f.value)
    evidence: dict[str, list[str]] = {}
    for r in returns:
        for k, v in r.evidence.items():
            evidence.setdefault(k, []).extend(v)
    return Return(site_code=site_code, site_name=site_name, period=period, computed_at=now_text(),
                  sections=sections, sources=sorted(seen), evidence=evidence,
                  prepared_by=_t("汇总"))


def township_return(period: str | Period, site_codes: list[str] | None = None) -> Return:
    """Sum of the villages' closed returns for the period present in this database."""
    p = parse(period) if isinstance(period, str) else period
    villages = {s.code: s for s in Site.select().where((Site.kind == "village") & (Site.voided == False))}  # noqa: E712
    q = ClosedReturn.select().where((ClosedReturn.period == p.code) & (ClosedReturn.voided == False))  # noqa: E712
    rows = [r for r in q if r.site_code in villages or (site_codes and r.site_code in site_codes)]
    if site_codes:
        rows = [r for r in rows if r.site_code in site_codes]
        missing = sorted(set(site_codes) - {r.site_code for r in rows})
    else:
        missing = sorted(set(villages) - {r.site_code for r in rows})
    returns = [Return.from_json(r.figures) for r in sorted(rows, key=lambda r: r.site_code)]
    from app.sites import local_site

    try:
        own = local_site()
        code, name = own.code, own.name
    except Exception:  # noqa: BLE001 - a file without a local site still sums
        code, name = None, _t("乡镇汇总")
    ret = aggregate(returns, p, code, name)
    if missing:
        ret.evidence["villages_missing"] = missing
    return ret


def township_from_files(paths: list[Path], period: str | Period | None = None) -> Return:
    """The same sum from village return files (JSON written by `fpreg return --format json`)."""
    returns = []
    for path in paths:
        try:
            returns.append(Return.from_json(Path(path).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError) as exc:
            raise TownshipError(_t("“{p}”不是可读的村报表文件：{e}").format(p=path, e=exc)) from exc
    if not returns:
        raise TownshipError(_t("没有给出村报表文件"))
    p = parse(period) if isinstance(period, str) else (period or returns[0].period)
    return aggregate(returns, p, None, _t("乡镇汇总"))
