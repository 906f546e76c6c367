"""Translation hook for the core.

The core never imports Qt, yet its messages must go through Qt translation when the GUI
runs. Source strings are Chinese (zh_CN is the default language); the GUI installs
QCoreApplication.translate here so English .qm files apply to core messages too.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install(translator: Translator | None) -> None:
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    return _translator(context, text)
