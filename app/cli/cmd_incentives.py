"""fpreg incentives: candidates, notice, approve, pay, reconcile (issue 5)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this module's commands (a stub until its issue lands)."""
