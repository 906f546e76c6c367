"""The CJK font embedded in every PDF report.

reportlab's built-in CID fonts (STSong-Light) are not embedded and print blank on a machine
without Chinese fonts, so reports embed a TrueType font: WenQuanYi Micro Hei (Apache-2.0),
bundled under resources/fonts/ if a package ships it, else the system's fonts-wqy-microhei.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.i18n import translate

FONT_NAME = "FpregCJK"
FONT_FILES = ("wqy-microhei.ttc", "wqy-microhei.ttf")
_RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SEARCH_DIRS = (
    _RESOURCES,
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/wqy-microhei"),
    Path("/usr/local/share/fonts"),
)


def _t(text: str) -> str:
    return translate("reports", text)


class FontMissingError(RuntimeError):
    pass


def find_cjk_font() -> Path:
    """The font file: $FPREG_CJK_FONT, resources/fonts/, then the system's WenQuanYi Micro Hei."""
    override = os.environ.get("FPREG_CJK_FONT")
    candidates = [Path(override)] if override else []
    candidates += [d / f for d in SEARCH_DIRS for f in FONT_FILES]
    for path in candidates:
        if path.is_file():
            return path
    raise FontMissingError(_t(
        "找不到中文字体（文泉驿微米黑 wqy-microhei.ttc），无法生成PDF。"
        "请安装 fonts-wqy-microhei，或把字体文件放到 {d}").format(d=_RESOURCES))


def cjk_font_name() -> str:
    """Register the font with reportlab once and return its name for styles and canvases."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        path = find_cjk_font()
        kwargs = {"subfontIndex": 0} if path.suffix.lower() == ".ttc" else {}
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), **kwargs))
    return FONT_NAME
