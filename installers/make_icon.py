"""Draw the program icon (resources/icons/fpreg.png and fpreg.ico): run once, commit the files.

    QT_QPA_PLATFORM=offscreen .venv/bin/python installers/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    margin = size * 0.04
    path.addRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.18, size * 0.18)
    p.fillPath(path, QColor("#c62828"))
    p.setPen(QColor("white"))
    font = QFont("WenQuanYi Micro Hei")
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(0, -size * 0.04, size, size), Qt.AlignmentFlag.AlignCenter, "计")
    p.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need the application)
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "fpreg.png"))
    draw(64).save(str(ICONS / "fpreg.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
