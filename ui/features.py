"""The menus each later capability adds to the main window.

Each module in FEATURE_MODULES has `install(window: ui.main_window.MainWindow) -> None`, called
once after the register's own actions are built; it adds its menu (window.menuBar()) and
actions, and may connect to window.sessionChanged to follow permissions. Modules are listed in
menu order.
"""

from __future__ import annotations

import importlib

FEATURE_MODULES = (
    "ui.stock_menu",  # issue 4
    "ui.incentives_menu",  # issue 5
    "ui.returns_menu",  # issue 6
    "ui.sync_menu",  # issue 7
    "ui.township_menu",  # issue 7 item 6: township views (townships only)
    "ui.backup_menu",  # issue 8: back up now, to a USB stick, restore
    "ui.help_menu",  # issue 8: help, about
)


def install_all(window) -> None:
    for name in FEATURE_MODULES:
        importlib.import_module(name).install(window)
