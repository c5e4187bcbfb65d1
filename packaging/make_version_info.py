"""Writes the Windows version resources of the bundle's two executables from
jiarenbase.__version__: packaging/version_info.txt (JiarenBase.exe) and
packaging/version_info_cli.txt (jiarenbase-cli.exe); packaging/build_windows.ps1 runs it
before PyInstaller."""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# file name in packaging/ → (executable, description)
RESOURCES = {
    "version_info.txt": ("JiarenBase", "JiarenBase 自家人直播实训基地教务系统"),
    "version_info_cli.txt": ("jiarenbase-cli", "JiarenBase 命令行（自检、检查、备份、恢复、导入）"),
}


def _resource(version: str, executable: str, description: str) -> str:
    parts = [int(p) for p in re.findall(r"\d+", version)[:4]]
    parts += [0] * (4 - len(parts))
    numbers = ", ".join(map(str, parts))
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers}), mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404B0', [
      StringStruct('CompanyName', '自家人（上海）文化有限公司'),
      StringStruct('FileDescription', '{description}'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{executable}'),
      StringStruct('OriginalFilename', '{executable}.exe'),
      StringStruct('ProductName', 'JiarenBase'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""


def main() -> list[Path]:
    from jiarenbase import __version__

    written = []
    for name, (executable, description) in RESOURCES.items():
        out = ROOT / "packaging" / name
        out.write_text(_resource(__version__, executable, description), encoding="utf-8")
        written.append(out)
    return written


if __name__ == "__main__":
    print(*main(), sep="\n")
