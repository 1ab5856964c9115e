"""Coverage-guided fuzzing (atheris) of the Excel importer's reader: any bytes given as a workbook must end in
a UserError (a clear refusal), never another exception.

    .venv/bin/python fuzz/excel_reader.py [-runs=N] [corpus folder]   (pip install atheris)"""

import io
import tempfile
from pathlib import Path

import atheris
from seeding import run

with atheris.instrument_imports():
    from openpyxl import Workbook

    from antt_desktop.errors import UserError
    from antt_desktop.exchange.excel_reader import read_table

FOLDER = Path(tempfile.mkdtemp(prefix="antt-fuzz-"))


def seed() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Tổ/đội", "Chức danh"])
    sheet.append([1, "Nguyễn Văn An", "12/03/1985", "Nam", "008085617757", "Tổ bảo vệ ANTT thôn Đông", "Tổ viên"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_one_input(data: bytes) -> None:
    path = FOLDER / "ds.xlsx"
    path.write_bytes(data)
    try:
        read_table(path, "members")
    except UserError as exc:
        assert exc.message


if __name__ == "__main__":
    run(atheris.Setup, atheris.Fuzz, test_one_input, seed())
