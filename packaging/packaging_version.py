"""Windows version information for the executables (what Explorer shows under Properties → Details)."""

from __future__ import annotations

from pathlib import Path

TEMPLATE = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041304B0', [
      StringStruct('CompanyName', 'Welbevinden Planner'),
      StringStruct('FileDescription', 'Welbevinden Planner: plan, uitvoering en evaluatie van welbevinden op school'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'wellbeing-planner'),
      StringStruct('LegalCopyright', 'Welbevinden Planner'),
      StringStruct('OriginalFilename', 'wellbeing-planner.exe'),
      StringStruct('ProductName', 'Welbevinden Planner'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])
  ]
)
"""


def write_version_file(target: Path, version: str) -> str:
    """Write PyInstaller's version resource for ``version`` (e.g. ``"0.2.0"``) and return its path."""
    parts = [int(p) for p in version.split(".")[:4] if p.isdigit()]
    numbers = tuple([*parts, 0, 0, 0, 0][:4])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(TEMPLATE.format(numbers=numbers, version=version), encoding="utf-8")
    return str(target)
