"""Small dialogs of the incentives window: posting a notice, paying a batch."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
)

from app.incentives.codes import METHOD, label
from app.incentives.periods import period_of
from ui.form_fields import qdate


class NoticeDialog(QDialog):
    """Start date, number of days (at least the scheme's), and where to object."""

    def __init__(self, parent, today: dt.date, min_days: int):
        super().__init__(parent)
        self.setWindowTitle(self.tr("张榜公示"))
        form = QFormLayout(self)
        self.start = QDateEdit(qdate(today))
        self.start.setCalendarPopup(True)
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(min_days)
        self.place = QLineEdit(self.tr("村委会公开栏"))
        self.contact = QLineEdit()
        form.addRow(self.tr("公示开始日期"), self.start)
        form.addRow(self.tr("公示天数"), self.days)
        form.addRow(self.tr("公示及受理异议地点"), self.place)
        form.addRow(self.tr("联系人"), self.contact)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[dt.date, dt.date, str, str]:
        start = self.start.date().toPython()
        return start, start + dt.timedelta(days=self.days.value() - 1), self.place.text(), self.contact.text()


class PayDialog(QDialog):
    """Scheme, period, method and reference of a payment batch."""

    def __init__(self, parent, today: dt.date, schemes: list[tuple[str, str, str]]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("发放"))
        self._schemes = schemes
        self._today = today
        form = QFormLayout(self)
        self.scheme = QComboBox()
        for code, name, _rhythm in schemes:
            self.scheme.addItem(name, code)
        self.period = QLineEdit()
        self.method = QComboBox()
        for code in METHOD:
            self.method.addItem(label(METHOD, code), code)
        self.reference = QLineEdit()
        self.scheme.currentIndexChanged.connect(self._suggest_period)
        self._suggest_period()
        form.addRow(self.tr("方案"), self.scheme)
        form.addRow(self.tr("发放期"), self.period)
        form.addRow(self.tr("发放方式"), self.method)
        form.addRow(self.tr("银行批次号或凭证号"), self.reference)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _suggest_period(self) -> None:
        i = self.scheme.currentIndex()
        if 0 <= i < len(self._schemes):
            self.period.setText(period_of(self._schemes[i][2], self._today))

    def value(self) -> tuple[str, str, str, str]:
        return self.scheme.currentData(), self.period.text().strip(), self.method.currentData(), self.reference.text()
