"""Choosing the interface language at start-up.

Chinese is the source text, so zh_CN needs no .qm file; English loads resources/i18n/fpreg_en.qm
(built by `make` / `python -m ui.translations build`). The core's messages go through the same
Qt translator via app.i18n.install, so one .qm covers ui/, app/ and db/.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")
_qt_own: QTranslator | None = None  # Qt's own strings (standard buttons: OK, Cancel, Close…)


def _install_qt_strings(lang: str) -> None:
    """Qt's standard dialog buttons in the interface language (Qt ships them as qtbase_*.qm);
    missing files (a trimmed bundle) leave Qt's English."""
    global _qt_own
    app = QCoreApplication.instance()
    if _qt_own is not None:
        QCoreApplication.removeTranslator(_qt_own)
        _qt_own = None
    if not lang.startswith("zh"):
        return
    translator = QTranslator(app)
    if translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        _qt_own = translator


def qm_path(lang: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"fpreg_{lang.split('_')[0]}.qm"


def install_language(lang: str | None, directory: Path = I18N_DIR) -> QTranslator | None:
    """Install the translator for `lang` (None: the system language if we have it).

    Returns the installed translator (keep a reference; Qt does not own it) or None for Chinese.
    """
    app = QCoreApplication.instance()
    lang = lang or ("en" if QLocale.system().language() == QLocale.Language.English else "zh_CN")
    i18n.install(lambda context, text: QCoreApplication.translate(context, text))
    _install_qt_strings(lang)
    if lang.startswith("zh"):
        return None
    translator = QTranslator(app)
    path = qm_path(lang, directory)
    if not translator.load(str(path)):
        return None
    app.installTranslator(translator)
    return translator


def uninstall_language(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
    i18n.install(None)
