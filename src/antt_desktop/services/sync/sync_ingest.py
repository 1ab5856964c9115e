"""Incoming records to database values in one pass: every field is checked against its column's type and
turned into what the database driver takes, as SQLAlchemy's own bind processing would, without its per-row
overhead. A field that does not fit refuses the package (the merge's transaction then writes nothing).

Common text forms (canonical UUIDs, UTC times, ISO dates) take a shortcut that is used only after it has given
exactly what the general conversion gives, on sample values, for the database in use."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import NamedTuple

from sqlalchemy import JSON, Column, Date, Dialect, String, Table, Text, Uuid, insert

from antt_desktop.db.base import UTCDateTime
from antt_desktop.services.sync.sync_record_check import UUID_TEXT, checker, malformed

Convert = Callable[[object], object]
_UTC_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00")
_SAMPLES = {Uuid: ("00000000-0000-0000-0000-000000000001", "9F3A1C2E-5B4D-4E6F-8A7B-1C2D3E4F5A6B"),
            UTCDateTime: ("2026-01-02T03:04:05+00:00", "2026-11-25T23:59:59.000001+00:00"),
            Date: ("2026-01-02", "2000-02-29"), JSON: ([], {})}
_ABSENT = object()


class FieldError(Exception):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(field, problem)
        self.field, self.problem = field, problem


class Field(NamedTuple):
    name: str
    text: bool  # a text column: a str is taken as it is (checked inline, the commonest case)
    convert: Convert  # checked record value → database value
    fallback: object  # the database value when the record leaves the field out (its default)
    required: bool  # not nullable and no default: a record without it is refused
    nullable: bool


@dataclass(frozen=True)
class TablePlan:
    insert_sql: str
    positional: bool
    fields: tuple[Field, ...]  # in the order of the INSERT's parameters
    lookup_sql: str  # version, writer and owner of existing rows, by id: formatted with the ids' placeholders
    placeholder: str
    id_index: int
    changed_by_index: int


def _fallback(column: Column) -> object:
    default = column.default
    if default is None:
        return None
    return default.arg(None) if default.is_callable else default.arg


def _bind(column: Column, dialect: Dialect) -> Callable[[object], object] | None:
    """The bind processing SQLAlchemy applies for this dialect (its dialect-specific type: SQLite keeps dates
    and times as text of its own format)."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def json_parser(column: Column) -> Callable[[object], object] | None:
    """How a record's JSON text becomes the column's Python value (None: it is taken as it is)."""
    if isinstance(column.type, Uuid):
        return uuid.UUID
    if isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat
    if isinstance(column.type, Date):
        return date.fromisoformat
    return None


def _general(column: Column, dialect: Dialect) -> Convert:
    fits, parse, bind = checker(column.type), json_parser(column), _bind(column, dialect)

    def convert(value: object) -> object:
        if not fits(value):
            raise FieldError(column.name, "sai kiểu dữ liệu")
        parsed = parse(value) if parse is not None else value
        return bind(parsed) if bind is not None else parsed
    return convert


def _shortcut(column: Column, general: Convert) -> Convert | None:
    """A faster conversion for a common text form, falling back to the general one for any other form."""
    if isinstance(column.type, Uuid):
        def convert(value: object) -> object:
            if type(value) is str and UUID_TEXT.fullmatch(value):
                return value.replace("-", "").lower()
            return general(value)
    elif isinstance(column.type, UTCDateTime):
        def convert(value: object) -> object:
            if type(value) is str and _UTC_TIME.fullmatch(value):
                return f"{value[:10]} {value[11:19]}{value[19:26] if value[19] == '.' else '.000000'}"
            return general(value)
    elif isinstance(column.type, JSON):
        empty = {list: general([]), dict: general({})}

        def convert(value: object) -> object:
            return empty[type(value)] if not value and type(value) in empty else general(value)
    elif isinstance(column.type, Date):
        def convert(value: object) -> object:
            if type(value) is str and len(value) == 10:
                try:
                    date.fromisoformat(value)
                    return value
                except ValueError:
                    pass
            return general(value)
    else:
        return None
    samples = next((s for kind, s in _SAMPLES.items() if isinstance(column.type, kind)), ())
    return convert if all(convert(s) == general(s) for s in samples) else None


def _passthrough(column: Column, dialect: Dialect, general: Convert) -> Convert:
    """Text, numbers and booleans the driver takes as they come, once they are of the right type."""
    if _bind(column, dialect) is not None or json_parser(column) is not None:
        return general
    fits = checker(column.type)

    def convert(value: object) -> object:
        if not fits(value):
            raise FieldError(column.name, "sai kiểu dữ liệu")
        return value
    return convert


@cache
def plan(table: Table, dialect: Dialect) -> TablePlan:
    compiled = insert(table).compile(dialect=dialect, column_keys=[c.name for c in table.columns])
    order = list(compiled.positiontup if compiled.positional else [c.name for c in table.columns])
    fields = []
    for name in order:
        column = table.c[name]
        general = _general(column, dialect)
        convert = _shortcut(column, general) or _passthrough(column, dialect, general)
        required = not column.nullable and column.default is None and column.server_default is None
        fallback, bind = _fallback(column), _bind(column, dialect)
        fallback = bind(fallback) if bind is not None and fallback is not None else fallback
        text = isinstance(column.type, String | Text) and convert is not general
        fields.append(Field(name, text, convert, fallback, required, bool(column.nullable)))
    placeholder = "?" if dialect.paramstyle == "qmark" else "%s"
    return TablePlan(str(compiled), compiled.positional, tuple(fields),
                f"SELECT id, version, changed_by, owner_unit FROM {table.name} WHERE id IN ({{}})", placeholder,
                order.index("id"), order.index("changed_by"))


def database_values(table_name: str, fields: tuple[Field, ...], row: dict) -> list[object]:
    """The record's values for the INSERT, every field checked; a UserError names the first that does not fit."""
    values = []
    append = values.append
    try:
        for name, text, convert, fallback, required, nullable in fields:
            value = row.get(name, _ABSENT)
            if text and type(value) is str:
                append(value)
            elif value is None:
                if not nullable:
                    raise FieldError(name, "bị để trống")
                append(None)
            elif value is _ABSENT:
                if required:
                    raise FieldError(name, "bị thiếu")
                append(fallback)
            else:
                append(convert(value))
    except FieldError as exc:
        raise malformed(table_name, exc.field, exc.problem) from None
    return values
