"""PyInstaller hook for qt-material: its themes, fonts, icons and stylesheet template.

It replaces the hook qt-material ships, which runs `import qt_material` in the build
process; without PySide6 imported first, qt_material then logs "qt_material must be
imported after PySide or PyQt!" and the build shows that warning. Here the package is
only located, never imported. (The app itself imports it after PySide6: gui/theme.py.)
"""
from importlib.util import find_spec
from pathlib import Path

_ROOT = Path(find_spec("qt_material").origin).parent  # find_spec of a top-level package runs none of it

datas = [(str(path), str(Path("qt_material", path.parent.relative_to(_ROOT))))
         for path in sorted(_ROOT.rglob("*"))
         if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts]
