"""fpreg stock: receive, issue, adjust, count, stock card, monthly report (issue 4)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this module's commands (a stub until its issue lands)."""
