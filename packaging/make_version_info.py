"""Writes packaging/version_info.txt (the Windows version resource of JiarenBase.exe)
from jiarenbase.__version__; packaging/build_windows.ps1 runs it before PyInstaller."""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> Path:
    from jiarenbase import __version__

    parts = [int(p) for p in re.findall(r"\d+", __version__)[:4]]
    parts += [0] * (4 - len(parts))
    numbers = ", ".join(map(str, parts))
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers}), mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404B0', [
      StringStruct('CompanyName', '自家人（上海）文化有限公司'),
      StringStruct('FileDescription', 'JiarenBase 自家人直播实训基地教务系统'),
      StringStruct('FileVersion', '{__version__}'),
      StringStruct('InternalName', 'JiarenBase'),
      StringStruct('OriginalFilename', 'JiarenBase.exe'),
      StringStruct('ProductName', 'JiarenBase'),
      StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""
    out = ROOT / "packaging" / "version_info.txt"
    out.write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    print(main())
