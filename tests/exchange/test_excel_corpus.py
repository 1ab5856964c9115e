"""Every workbook of the corpus (tests/excel_corpus.py) imported, and the database checked against what that
workbook must give: the rows imported, named values, or each error with its row and column."""

import pytest

from antt_desktop.domain.areas import AreaInput
from antt_desktop.services.areas import areas
from antt_desktop.services.excel.excel_import import import_file
from antt_desktop.services.forces.member_query import MemberFilter, query_members
from tests.conftest import ADMIN_USER, EDITOR_USER
from tests.excel_corpus import AREAS, CASES


@pytest.fixture
def commune(database):
    for name in AREAS:
        areas.create_area(database, EDITOR_USER, AreaInput(name, "Thôn"))
    return database


def _in_database(database, kind: str) -> dict[str, object]:
    if kind == "members":
        return {m.full_name: m for m in query_members(database, ADMIN_USER, MemberFilter())}
    return {a.name: a for a in areas.list_areas(database) if a.name not in AREAS}


def test_the_corpus_has_every_shape_asked_for():
    assert len(CASES) >= 15 and len({case.name for case in CASES}) == len(CASES)
    assert {case.kind for case in CASES} == {"members", "areas"}
    assert sum(case.name.endswith(".xls") for case in CASES) >= 3


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_workbook_imports_as_expected(commune, tmp_path, case):
    path = case.build(tmp_path / case.name)
    table, report = import_file(commune, ADMIN_USER, case.kind, path)
    found = [(error.row, error.place.split("cột ")[1][0] if error.column else None) for error in report.errors]
    assert found == case.errors, [str(e) for e in report.errors]
    stored = _in_database(commune, case.kind)
    assert len(stored) == case.rows, (sorted(stored), [str(e) for e in report.errors])
    if case.rows:
        assert report.written and report.rows == case.rows
    for name, values in case.values.items():
        assert name in stored, (name, sorted(stored))
        for attribute, value in values.items():
            assert getattr(stored[name], attribute) == value, (name, attribute)
    for words in case.notes:
        assert any(words in note for note in report.notes), report.notes
