"""fpreg return: the monthly/quarterly/yearly return and its checks (issue 6)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this module's commands (a stub until its issue lands)."""
