"""The filter bar above the register: group, status, residence, age band, scope, search text.

Typing in the search box waits ~200 ms for a pause before asking for a new filter, so that
typing `zhangsan` costs one query, not eight.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from app import codes
from app.register_query import RegisterFilter

SEARCH_DEBOUNCE_MS = 200
# Five-year bands over the register's ages (15–49).
AGE_BANDS = [(lo, min(lo + 4, codes.REGISTER_EXIT_AGE - 1)) for lo in range(codes.REGISTER_MIN_AGE, codes.REGISTER_EXIT_AGE, 5)]


class FilterBar(QWidget):
    filterChanged = Signal(object)  # RegisterFilter

    def __init__(self, group_numbers: list[tuple[int, str]], site_code: str, parent=None):
        super().__init__(parent)
        self._site_code = site_code
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)

        self.group = QComboBox()
        self.group.addItem(self.tr("全部小组"), None)
        for number, name in group_numbers:
            self.group.addItem(name or self.tr("{n}组").format(n=number), number)

        self.status = QComboBox()
        self.status.addItem(self.tr("全部状况"), None)
        for code in codes.STATUS:
            self.status.addItem(codes.label(codes.STATUS, code), code)

        self.residence = QComboBox()
        self.residence.addItem(self.tr("全部居住状况"), None)
        for code in codes.RESIDENCE:
            self.residence.addItem(codes.label(codes.RESIDENCE, code), code)

        self.age = QComboBox()
        self.age.addItem(self.tr("全部年龄"), None)
        for lo, hi in AGE_BANDS:
            self.age.addItem(self.tr("{lo}–{hi}岁").format(lo=lo, hi=hi), lo)

        self.scope = QComboBox()
        self.scope.addItem(self.tr("在册"), "active")
        self.scope.addItem(self.tr("已注销"), "exited")
        self.scope.addItem(self.tr("全部"), "all")

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索 姓名/拼音/身份证号/电话 (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)

        label = QLabel(self.tr("筛选："))
        layout.addWidget(label)
        for combo in (self.group, self.status, self.residence, self.age, self.scope):
            layout.addWidget(combo)
            combo.currentIndexChanged.connect(self._emit)
        layout.addStretch(1)
        layout.addWidget(self.search)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)

    def current_filter(self) -> RegisterFilter:
        low = self.age.currentData()
        band = (low, dict(AGE_BANDS)[low]) if low is not None else None
        return RegisterFilter(
            group_number=self.group.currentData(),
            status=self.status.currentData(),
            residence=self.residence.currentData(),
            age_min=band[0] if band else None,
            age_max=band[1] if band else None,
            scope=self.scope.currentData(),
            text=self.search.text().strip(),
            site_code=self._site_code,
        )

    def set_site_code(self, site_code: str) -> None:
        self._site_code = site_code

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _emit(self) -> None:
        self._debounce.stop()
        self.filterChanged.emit(self.current_filter())
