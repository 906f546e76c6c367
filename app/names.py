"""Pinyin keys for searching Chinese names: `zs` and `zhangsan` both find 张三."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=20000)
def _syllable(char: str) -> str:
    # Imported on first use: pypinyin loads its dictionaries (~0.3-1 s) at import, and every
    # command (and the GUI's login window) imports this module without needing a name's pinyin.
    from pypinyin import Style, lazy_pinyin

    result = lazy_pinyin(char, style=Style.NORMAL, errors="ignore")
    return result[0].lower() if result else (char.lower() if char.isascii() else "")


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin without spaces, initials) of a name; non-Chinese letters pass through."""
    syllables = [_syllable(ch) for ch in name if not ch.isspace() and ch not in "·•."]
    syllables = [s for s in syllables if s]
    return "".join(syllables), "".join(s[0] for s in syllables)
