"""Translations: English source strings, Vietnamese by default; Qt's own buttons translated too."""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
_CATALOGS = ("antt_{lang}.qm", "qt_{lang}.qm")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's translations for ``language``; English needs none (source strings)."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    for pattern in _CATALOGS:
        resource = files("antt_desktop") / "resources" / "i18n" / pattern.format(lang=language)
        translator = QTranslator(app)
        with as_file(resource) as path:
            if translator.load(str(path)):
                app.installTranslator(translator)
                installed.append(translator)
    return installed
