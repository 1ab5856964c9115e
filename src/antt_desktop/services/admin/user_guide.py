"""The user guide shipped with the application: Markdown chapters in resources/guide, their titles, which
chapter explains which screen, and a search over them that ignores diacritics."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from antt_desktop.domain.text import matches_words

INDEX = "index.md"
# The chapter F1 opens on each work area, in the main window's sidebar order.
PAGE_CHAPTERS = ("02-tong-quan.md", "03-dia-ban.md", "04-luc-luong.md", "05-mo-hinh.md", "06-phong-trao.md",
                 "07-ke-hoach.md", "08-danh-gia.md", "09-bao-cao.md", "11-dong-bo.md", "13-quan-tri.md")


@dataclass(frozen=True)
class Chapter:
    file: str
    title: str
    text: str

    def matches(self, query: str) -> bool:
        return matches_words(query, self.text)


@cache
def guide_folder() -> Path:
    """The folder of the guide on disk (QTextBrowser and the images need real files)."""
    with as_file(files("antt_desktop") / "resources" / "guide") as folder:
        return Path(folder)


@cache
def chapters() -> tuple[Chapter, ...]:
    """Every chapter in reading order (file names start with their number), the table of contents first."""
    found = []
    for path in sorted(guide_folder().glob("*.md"), key=lambda p: (p.name != INDEX, p.name)):
        text = path.read_text(encoding="utf-8")
        title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), path.stem)
        found.append(Chapter(path.name, title, text))
    return tuple(found)


def search(query: str) -> list[Chapter]:
    """Chapters containing every word of the query, with or without diacritics ("sao luu" finds "sao lưu")."""
    return [chapter for chapter in chapters() if chapter.matches(query)]


def chapter_for_page(index: int) -> str:
    return PAGE_CHAPTERS[index] if 0 <= index < len(PAGE_CHAPTERS) else INDEX
