"""A person's own look (个人设置) put on the screen: theme and font size at once; the
interface language after the program is restarted (the translators are installed
before any window is built).

    prefs = personal_settings.load_personal(db, actor, data_dir)   # off the GUI thread
    apply_personal(app, prefs)                                    # on it
"""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ..core.services.personal_settings import PersonalSettings
from .theme import apply_theme, current_font_size, is_dark


def apply_personal(app: QApplication, prefs: PersonalSettings) -> bool:
    """Restyle the application for `prefs` (theme, font size). Nothing is done when it
    already looks so (a restyle takes a moment). True when it restyled."""
    dark = prefs.theme == "dark"
    if is_dark(app) == dark and current_font_size(app) == prefs.font_size and app.styleSheet():
        return False
    apply_theme(app, dark=dark, font_size=prefs.font_size)
    return True


def language_changes(prefs: PersonalSettings, running_lang: str) -> bool:
    """True when `prefs` asks for another language than the one on screen (restart needed)."""
    return prefs.lang != running_lang
