"""Coverage-guided fuzzing (atheris) of the reader of old .xls workbooks: any bytes given as a .xls must end in a
UserError (a clear refusal), never another exception; the BIFF stream is mutated inside a valid container.

    .venv/bin/python fuzz/xls_reader.py [-runs=N] [corpus folder]   (pip install atheris xlwt)"""

import io
import tempfile
from datetime import date
from pathlib import Path

import atheris
from seeding import run

with atheris.instrument_imports():
    import xlwt
    from xlwt.CompoundDoc import XlsDoc

    from antt_desktop.errors import UserError
    from antt_desktop.exchange.excel_reader import read_table

FOLDER = Path(tempfile.mkdtemp(prefix="antt-fuzz-"))


def seed() -> bytes:
    """The BIFF stream of a small members list in a TCVN3 font, with a date and a merged range."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sách")
    font = xlwt.easyxf("font: name .VnTime")
    for column, heading in enumerate(["STT", "Hä vµ tªn", "Giíi tÝnh", "Ngµy sinh", "Th«n", "Chøc danh"]):
        sheet.write(0, column, heading, font)
    for column, value in enumerate([1, "NguyÔn V¨n Hïng", "Nam", date(1980, 3, 5), "B¶n ChÐ", "Tæ viªn"]):
        sheet.write(1, column, value, xlwt.easyxf(num_format_str="dd/mm/yyyy") if column == 3 else font)
    sheet.write_merge(3, 3, 0, 2, "Ng­êi lËp biÓu", font)
    return book.get_biff_data()


def test_one_input(data: bytes) -> None:
    out = io.BytesIO()
    XlsDoc().save(out, data)
    path = FOLDER / "ds.xls"
    path.write_bytes(out.getvalue())
    try:
        read_table(path, "members")
    except UserError as exc:
        assert exc.message


if __name__ == "__main__":
    run(atheris.Setup, atheris.Fuzz, test_one_input, seed())
