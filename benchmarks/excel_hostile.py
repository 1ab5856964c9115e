"""Workbooks of at most 2 MB made to exhaust an importer (the attacks of a bounded import), each answered
by a dry run in a process of its own: the time and peak memory to answer, and the answer."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from antt_desktop.config import resolve_paths
from antt_desktop.domain.units import Level
from antt_desktop.services.admin.setup import SetupRequest, initialize
from benchmarks.measure import probe
from tests.xlsx_forge import areas_rows, forge, row, sheet_xml

LIMIT_BYTES = 2 * 2**20
SST = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{}</sst>'


def _rows_until(path: Path, make_row, header: list[str], **forge_args) -> Path:
    """As many rows as fit in 2 MB once compressed (found by halving)."""
    low, high = 1, 4_000_000
    while high - low > max(1000, low // 50):
        middle = (low + high) // 2
        forge(path, sheet_xml(header + [make_row(n) for n in range(2, middle + 2)]), **forge_args)
        low, high = (middle, high) if path.stat().st_size <= LIMIT_BYTES else (low, middle)
    forge(path, sheet_xml(header + [make_row(n) for n in range(2, low + 2)]), **forge_args)
    return path


def _strings(count: int, rng: random.Random) -> str:
    return SST.format("".join(f"<si><t>{rng.getrandbits(64):016x}</t></si>" for _ in range(count)))


def workbooks(folder: Path) -> list[tuple[str, Path]]:
    rng = random.Random(7)
    header = areas_rows(0)
    made = [
        ("merged D3:Z200000", forge(folder / "merge.xlsx", sheet_xml(areas_rows(), ["D3:Z200000"]))),
        ("the whole sheet merged", forge(folder / "merge-all.xlsx", sheet_xml(areas_rows(), ["A1:XFD1048576"]))),
        ("10,000 merged ranges over the header (the most allowed)",
         forge(folder / "merges.xlsx", sheet_xml(areas_rows(), [f"A1:BH{n}" for n in range(2, 10_002)]))),
        ("a cell at row 1,048,576", forge(folder / "last-row.xlsx",
                                          sheet_xml(areas_rows() + [row(1048576, ["x"], "C")]))),
        ("dimension A1:XFD1048576 declared", forge(folder / "dimension.xlsx",
                                                   sheet_xml(areas_rows(), dimension="A1:XFD1048576"))),
        ("a row for every row number (1,048,576 rows)",
         _rows_until(folder / "million.xlsx", lambda n: f'<row r="{n}"><c r="B{n}"><v>1</v></c></row>', header)),
        ("2 MB of real areas rows", _rows_until(folder / "areas.xlsx",
                                                lambda n: row(n, [n, f"Thôn {rng.getrandbits(40):x}", n % 900]),
                                                header)),
    ]
    count = 120_000  # distinct shared strings of 16 characters: about 2 MB compressed
    strings = folder / "shared-strings.xlsx"
    made.append(("2 MB of shared strings, each shown in a cell", _rows_until(
        strings, lambda n: f'<row r="{n}"><c r="B{n}" t="s"><v>{n % count}</v></c></row>', header,
        shared_strings=_strings(count, rng))))
    one_long = SST.format("<si><t>" + "Nà Liềm " * 4000 + "</t></si>")
    made.append(("one 32 KB shared string in every cell", _rows_until(
        folder / "long-string.xlsx", lambda n: f'<row r="{n}"><c r="B{n}" t="s"><v>0</v></c></row>', header,
        shared_strings=one_long)))
    return made


def run() -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        initialize(resolve_paths(folder / "data"), SetupRequest(Level.COMMUNE, "02269")).close()
        for label, path in workbooks(folder):
            answered = probe("excel_answer", str(folder / "data"), "areas", str(path))
            results.append({"label": label, "bytes": path.stat().st_size, "seconds": answered["work"],
                            "peak_kb": answered["peak_kb"], "answer": answered["answer"]})
    return results
