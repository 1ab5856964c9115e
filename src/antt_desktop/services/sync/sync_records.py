"""Records in packages: which tables travel (parents before children), rows to JSON and back, and the merge
by version (last writer wins) with the losing side of a concurrent edit kept as a conflict."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from sqlalchemy import Connection, Table, insert, select, update

from antt_desktop.db.base import utcnow
from antt_desktop.db.sync import Conflict
from antt_desktop.domain.text import collation_key, person_name_key, search_key
from antt_desktop.errors import UserError
from antt_desktop.services.sync.sync_ingest import TablePlan, database_values, json_parser, plan
from antt_desktop.services.sync.sync_tables import TABLES

CHUNK = 500
# Personal data a package may leave out (Nghị định 13/2023). Birth dates stay: the upper level's statistics
# count members by age. A field absent from a record means "not sent": the receiver keeps what it has.
SENSITIVE_FIELDS = {"force_members": ("cccd", "phone", "ethnicity", "religion"),
                    "prestigious_persons": ("phone", "ethnicity", "religion"),
                    "member_events": ("category", "content")}  # of welfare events only: illness, injury
WELFARE = "welfare"


def _text(row: dict, *fields: str) -> str:
    return " ".join(value if isinstance(value, str) else "" for value in (row.get(f, "") for f in fields))


# Search and sort keys, as the services write them: recomputed from each incoming record, never taken from it.
DERIVED: dict[str, Callable[[dict], dict]] = {
    "residential_areas": lambda r: {"search_key": search_key(_text(r, "kind", "name")),
                                    "sort_key": collation_key(_text(r, "name"))},
    "force_teams": lambda r: {"search_key": search_key(_text(r, "name")), "sort_key": collation_key(_text(r, "name"))},
    "force_members": lambda r: {"search_key": search_key(_text(r, "full_name")),
                                "sort_key": person_name_key(_text(r, "full_name"))},
    "security_models": lambda r: {"search_key": search_key(_text(r, "name")),
                                  "sort_key": collation_key(_text(r, "name"))},
    "prestigious_persons": lambda r: {"search_key": search_key(_text(r, "full_name")),
                                      "sort_key": person_name_key(_text(r, "full_name"))},
    "activities": lambda r: {"search_key": search_key(_text(r, "content", "place", "organisers", "channel"))},
}


def to_json(row: dict) -> dict:
    out = {}
    for key, value in row.items():
        if isinstance(value, uuid.UUID):
            value = str(value)
        elif isinstance(value, (date, datetime)):
            value = value.isoformat()
        out[key] = value
    return out


@cache
def _converters(table: Table) -> tuple[tuple[str, Callable[[object], object] | None], ...]:
    return tuple((column.name, json_parser(column)) for column in table.columns)


def from_json(table: Table, row: dict) -> dict:
    """The columns present in the record, converted; absent ones stay absent (left out by the sender)."""
    out = {}
    for name, convert in _converters(table):
        if name in row:
            value = row[name]
            out[name] = convert(value) if convert is not None and value is not None else value
    return out


def changed_rows(connection: Connection, owners: set[str], since: int, omit_sensitive: bool = False,
                 recipient: str = "") -> Iterator[tuple[str, dict]]:
    """Every row owned by ``owners`` written after version ``since`` (tombstones included), without the
    personal-data fields when ``omit_sensitive``. A target set for one unit below goes to the other units as a
    tombstone, so that a unit it was moved away from drops its copy; another computer of the same unit gets it
    as it is."""
    for name, table in TABLES.items():
        statement = select(table).where(table.c.owner_unit.in_(owners), table.c.version > since)
        scoped = "for_unit" in table.c and bool(recipient) and recipient not in owners
        keep = _review_filter(connection, owners, recipient) if name == "evaluation_reviews" else None
        for row in connection.execute(statement.execution_options(yield_per=CHUNK)).mappings():
            if keep is not None and not keep(row):
                continue
            if scoped and row["for_unit"] not in ("", recipient):
                row = {**row, "deleted_at": row["deleted_at"] or row["updated_at"]}
            yield name, packaged(name, row, omit_sensitive)


def _review_filter(connection: Connection, owners: set[str], recipient: str) -> Callable[[dict], bool] | None:
    """The level above's decisions go down only to the unit whose evaluation each one is."""
    if not recipient or recipient in owners or len(owners) != 1:
        return None
    from antt_desktop.services.sync.sync_review_check import review_recipient_filter

    return review_recipient_filter(connection, next(iter(owners)), recipient)


def packaged(name: str, row: dict, omit_sensitive: bool) -> dict:
    """A row as a package carries it, without the personal-data fields when ``omit_sensitive``."""
    if not omit_sensitive or (name == "member_events" and row["kind"] != WELFARE):
        return to_json(dict(row))  # training, commendations… are not health data
    left_out = SENSITIVE_FIELDS.get(name, ())
    return to_json({key: value for key, value in row.items() if key not in left_out})


@dataclass
class MergeResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    max_version: int = 0
    touched: dict[str, int] = field(default_factory=dict)
    written: list[tuple[str, uuid.UUID]] | None = None  # (table, id) of rows written, when asked for


def merge(connection: Connection, name: str, rows: list[dict], result: MergeResult) -> None:
    """Write incoming rows of one table: new ones inserted, newer versions applied, older ones ignored."""
    table = TABLES[name]
    derive = DERIVED.get(name)
    if derive is not None:
        for row in rows:
            row.update(derive(row))
    for start in range(0, len(rows), CHUNK):
        _merge_chunk(connection, name, table, rows[start:start + CHUNK], result)


# Records cited by id without a foreign key, and the tables whose records files are attached to (by kind).
CITES = {"evaluations": (("area_id", "residential_areas"),), "security_models": (("head_member_id", "force_members"),),
         "commendations": (("member_id", "force_members"), ("evaluation_id", "evaluations"))}
ATTACHED_TO = {"members": "force_members", "models": "security_models", "activities": "activities",
               "directive": "directives", "evaluations": "evaluations"}


@cache
def _references(table: Table) -> tuple[tuple[str, str], ...]:
    """The columns of ``table`` that cite a record of a travelling table, with that table's name."""
    keyed = tuple((column.name, key.column.table.name) for column in table.columns for key in column.foreign_keys
                  if key.column.table.name in TABLES)
    return keyed + CITES.get(table.name, ())


def _cited(name: str, table: Table, rows: list[dict]) -> Iterator[tuple[str, str, list[dict]]]:
    for column, cited in _references(table):
        yield column, cited, rows
    if name == "attachments":
        for kind, cited in ATTACHED_TO.items():
            yield "record_id", cited, [row for row in rows if row.get("record_kind") == kind]


def _check_references(connection: Connection, name: str, table: Table, rows: list[dict]) -> None:
    """A record cites only records of its own owner: a unit cannot hang its records under another unit's (but for
    the level above's decision on a unit's evaluation, checked on its own terms)."""
    if name == "evaluation_reviews":
        from antt_desktop.services.sync.sync_review_check import check_incoming_reviews

        check_incoming_reviews(connection, rows)
    for column, cited_name, citing in _cited(name, table, rows):
        cited = TABLES[cited_name]
        ids = {uuid.UUID(str(row[column])) for row in citing if row.get(column)}
        if not ids:
            continue
        owners = dict(connection.execute(select(cited.c.id, cited.c.owner_unit).where(cited.c.id.in_(ids))).all())
        for row in citing:
            owner = owners.get(uuid.UUID(str(row[column]))) if row.get(column) else None
            if owner is not None and owner != row["owner_unit"]:
                raise UserError(f"Gói chứa bản ghi ({name}) gắn vào bản ghi của đơn vị khác ({owner}); một đơn vị "
                                "chỉ được gắn dữ liệu vào dữ liệu của mình. Gói bị từ chối, không nhập gì.")


def _existing(connection: Connection, insertion: TablePlan,
              ids: list[object]) -> dict[object, tuple[int, object, str]]:
    """Version, writer and owner of the rows already here, by id (as the database driver gives and takes them)."""
    lookup = insertion.lookup_sql.format(", ".join([insertion.placeholder] * len(ids)))
    if connection.dialect.name != "postgresql":
        return {row[0]: row[1:] for row in connection.exec_driver_sql(lookup, tuple(ids))}
    # Planned for its values each time: a prepared statement's cached generic plan, made while the table was
    # still small, would go on scanning the whole table as an upper level's database grows.
    connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
    found = {row[0]: row[1:] for row in connection.exec_driver_sql(lookup, tuple(ids))}
    connection.exec_driver_sql("SET LOCAL plan_cache_mode = auto")
    return found


def _merge_chunk(connection: Connection, name: str, table: Table, rows: list[dict], result: MergeResult) -> None:
    insertion = plan(table, connection.dialect)
    prepared = [database_values(name, insertion.fields, row) for row in rows]  # every field checked first
    _check_references(connection, name, table, rows)
    existing = _existing(connection, insertion, [values[insertion.id_index] for values in prepared])
    inserts, updates, written = [], [], []
    for row, values in zip(rows, prepared, strict=True):
        version = row["version"]
        result.max_version = max(result.max_version, version)
        old = existing.get(values[insertion.id_index])
        if old is None:
            inserts.append(values)
            written.append(row["id"])
            continue
        old_version, old_writer, old_owner = old
        if old_owner != row["owner_unit"]:  # a record is only ever changed by its owner, never taken over
            raise UserError(f"Gói chứa bản ghi ({name}) trùng mã với bản ghi thuộc đơn vị khác ({old_owner}); một "
                            "đơn vị chỉ được sửa dữ liệu của mình. Gói bị từ chối, không nhập gì.")
        if old_version == version:
            result.unchanged += 1
            continue
        newer = version > old_version
        row_id = uuid.UUID(row["id"])
        if old_writer != values[insertion.changed_by_index]:
            # written on two installations: keep the losing side
            loser = (to_json(dict(connection.execute(select(table).where(table.c.id == row_id)).mappings().one()))
                     if newer else row)
            connection.execute(insert(Conflict.__table__).values(
                id=uuid.uuid4(), table_name=name, record_id=str(row_id),
                losing_row=json.dumps(loser, ensure_ascii=False),
                winning_version=max(version, old_version), detected_at=utcnow(),
                resolved=False))
            result.conflicts += 1
        if newer:
            updates.append(from_json(table, row))
            written.append(row["id"])
        else:
            result.unchanged += 1
    if inserts:
        if insertion.positional:
            connection.exec_driver_sql(insertion.insert_sql, [tuple(values) for values in inserts])
        else:
            names = [f.name for f in insertion.fields]
            connection.exec_driver_sql(insertion.insert_sql, [dict(zip(names, v, strict=True)) for v in inserts])
    for row in updates:
        connection.execute(update(table).where(table.c.id == row["id"]).values(row))
    result.inserted += len(inserts)
    result.updated += len(updates)
    if inserts or updates:
        result.touched[name] = result.touched.get(name, 0) + len(inserts) + len(updates)
    if result.written is not None:
        result.written.extend((name, uuid.UUID(row_id)) for row_id in written)
