"""Large-font mode for older eyes: the whole application's font scaled by SCALE.

A preference of the person at this PC, not of the site, so it lives in QSettings (the user's
fpreg.ini) rather than in the database; it applies from the login window on (apply_saved is
called when the application starts) and at once when toggled.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

SCALE = 1.4
KEY = "ui/large_font"
_BASE = "fpreg_base_point_size"


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "fpreg", "fpreg")


def is_saved_on() -> bool:
    return settings().value(KEY, False, type=bool)


def is_on(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()
    return bool(app and app.property(_BASE) and app.font().pointSizeF() > float(app.property(_BASE)))


def apply(app: QApplication, on: bool) -> None:
    """Scale the application font (every widget without its own font follows) and table rows."""
    base = app.property(_BASE)
    if not base:
        base = app.font().pointSizeF()
        app.setProperty(_BASE, base)
    font = app.font()
    font.setPointSizeF(float(base) * (SCALE if on else 1.0))
    app.setFont(font)
    for widget in app.allWidgets():
        if isinstance(widget, QTableView):
            fit_view(widget, on)


def fit_view(view: QAbstractItemView, on: bool) -> None:
    """Table views fix their row height (24 px) and column widths in pixels: scale them too."""
    if not isinstance(view, QTableView):
        return
    rows, columns = view.verticalHeader(), view.horizontalHeader()
    if rows.property("fpreg_base_row") is None:
        rows.setProperty("fpreg_base_row", rows.defaultSectionSize())
        rows.setProperty("fpreg_base_min", rows.minimumSectionSize())
        columns.setProperty("fpreg_base_widths", [columns.sectionSize(i) for i in range(columns.count())])
    scale = SCALE if on else 1.0
    base_row = int(rows.property("fpreg_base_row"))
    # The application's font, not the view's: that one follows only after the change events.
    height = QFontMetrics(QApplication.font()).height()
    if not on:  # the header's minimum follows its (still large) font and would clamp the height
        rows.setMinimumSectionSize(min(int(rows.property("fpreg_base_min")), base_row))
    rows.setDefaultSectionSize(max(int(base_row * scale), height + 6) if on else base_row)
    last = columns.count() - 1 if columns.stretchLastSection() else -1
    for i, width in enumerate(columns.property("fpreg_base_widths") or []):
        if i < columns.count() and i != last:
            columns.resizeSection(i, int(width * scale))


def set_enabled(on: bool, app: QApplication | None = None) -> None:
    settings().setValue(KEY, bool(on))
    apply(app or QApplication.instance(), on)


def apply_saved(app: QApplication) -> None:
    if is_saved_on():
        apply(app, True)
