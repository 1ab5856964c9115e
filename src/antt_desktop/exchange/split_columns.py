"""One field written over two columns, as many commune lists do: "Họ và tên đệm" | "Tên", and the sex as two
columns "Nam" | "Nữ" under "Giới tính" (a mark in one of them) or under "Năm sinh" (the birth date written in
the column of the person's sex). The two are joined into the one field the import checks, never half read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from antt_desktop.domain.text import search_key
from antt_desktop.exchange import cell_values
from antt_desktop.exchange.excel_schema import propose

if TYPE_CHECKING:
    from antt_desktop.exchange.excel_reader import SheetRows, Table

FAMILY_HEADINGS = {"ho va ten dem", "ho ten dem", "ho dem", "ho va dem", "ho va chu dem", "ho", "ho va ten lot",
                   "ho lot"}  # the column left of "Tên" when a name is split in two


def join_split_columns(kind: str, table: Table, sheet: SheetRows) -> None:
    if kind == "members":
        _join_names(table)
        _join_sexes(kind, table, sheet)


def _filled(value: object) -> bool:
    return cell_values.text(value) != ""


def _join_names(table: Table) -> None:
    """“Họ và tên đệm” | “Tên”: one full name, never the given name alone."""
    given = next((c for c, key in table.mapping.items() if key == "full_name"), None)
    if given is None or search_key(table.headings.get(given)) != "ten":
        return
    family = given - 1
    if search_key(table.headings.get(family)).replace(",", "") not in FAMILY_HEADINGS:
        return
    for _, cells in table.rows:
        parts = [cell_values.text(cells.get(c)) for c in (family, given)]
        cells[given] = " ".join(part for part in parts if part) or None
    table.headings[given] = f"{table.headings[family]} + {table.headings[given]}"
    table.headings[family] = ""
    table.mapping.pop(family, None)


def _sex_columns(sheet: SheetRows, row: int) -> int | None:
    """The column headed "Nam" in ``row`` with "Nữ" right of it."""
    for col in range(1, sheet.width):
        if search_key(cell_values.text(sheet.value(row, col))) == "nam" and \
                search_key(cell_values.text(sheet.value(row, col + 1))) == "nu":
            return col
    return None


def _join_sexes(kind: str, table: Table, sheet: SheetRows) -> None:
    lower = max(table.header_rows)
    male = _sex_columns(sheet, lower)
    if male is None and len(table.header_rows) == 1:  # "Nam | Nữ" under a one-row header: read as a data row
        male = _sex_columns(sheet, lower + 1)
        if male is not None:
            lower += 1
            table.header_rows = (*table.header_rows, lower)
            table.rows = [(number, cells) for number, cells in table.rows if number != lower]
    if male is None:
        return
    female = male + 1
    above = cell_values.text(sheet.value(lower - 1, male)) if lower - 1 in table.header_rows else ""
    by_birth = propose(kind, above) == "birth_date"
    for _, cells in table.rows:
        man, woman = cells.get(male), cells.get(female)
        sex = "Nam" if _filled(man) else "Nữ" if _filled(woman) else None
        if by_birth:
            cells[male], cells[female] = (man if _filled(man) else woman if _filled(woman) else None), sex
        else:
            cells[male], cells[female] = sex, None
    for column, key in list(table.mapping.items()):
        if key in ("gender", "birth_date" if by_birth else "gender") or column in (male, female):
            table.mapping.pop(column)
    if by_birth:
        table.mapping[male], table.mapping[female] = "birth_date", "gender"
        table.headings[male], table.headings[female] = above, "Nam/Nữ"
    else:
        table.mapping[male] = "gender"
        table.headings[male], table.headings[female] = f"{above or 'Giới tính'} (Nam/Nữ)", ""
    table.mapping = dict(sorted(table.mapping.items()))
