"""Update the translation sources and compile them: pyside6-lupdate → .ts → pyside6-lrelease → .qm.

Usage: python scripts/build_translations.py           (update antt_vi.ts from the code, compile both catalogs)
       python scripts/build_translations.py --check   (fail when a string is untranslated or the .ts is stale)

``qt_vi.ts`` holds Vietnamese for Qt's own texts (standard buttons, edit menus), which Qt ships no catalog for.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "src" / "antt_desktop" / "resources" / "i18n"
APP_TS = I18N / "antt_vi.ts"
QT_TS = I18N / "qt_vi.ts"


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def sources() -> list[str]:
    gui = ROOT / "src" / "antt_desktop" / "gui"
    python = [p for p in gui.rglob("*.py") if "forms" not in p.relative_to(gui).parts]
    return [str(p) for p in sorted(python) + sorted((ROOT / "forms_ui").rglob("*.ui"))]


def lupdate(ts_file: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts_file)],
                   check=True, capture_output=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts_file)
    return {(ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
            for ctx in tree.iter("context") for msg in ctx.iter("message")}


def problems(ts_file: Path) -> list[str]:
    found = []
    for (context, source), translation in messages(ts_file).items():
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(f"{context}: {source!r} is not translated")
        elif not (translation.text or "").strip() and not list(translation):
            found.append(f"{context}: {source!r} has an empty translation")
    return found


def check() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "antt_vi.ts"
        shutil.copy(APP_TS, fresh)
        lupdate(fresh)
        stale = set(messages(fresh)) != set(messages(APP_TS))
        found = problems(fresh) + problems(QT_TS)
        for ts_file in (APP_TS, QT_TS):
            compiled = Path(tmp) / ts_file.with_suffix(".qm").name
            lrelease(ts_file, compiled)
            if compiled.read_bytes() != ts_file.with_suffix(".qm").read_bytes():
                found.append(f"{compiled.name} is older than its .ts: run scripts/build_translations.py")
    if stale:
        found.append("antt_vi.ts does not list the strings of the code: run scripts/build_translations.py")
    return found


def main() -> int:
    if "--check" in sys.argv:
        found = check()
        print(*found, sep="\n")
        return 1 if found else 0
    lupdate(APP_TS)
    for ts_file in (APP_TS, QT_TS):
        lrelease(ts_file, ts_file.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
