"""Main-window menu of one capability (see ui/features.py)."""

from __future__ import annotations


def install(window) -> None:
    """A stub until its issue lands."""
