"""Columns of the tables on the synchronisation page."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from antt_desktop.domain.dates import format_date
from antt_desktop.gui.row_table_model import Column
from antt_desktop.services.sync.sync import gap_text

translate = QCoreApplication.translate


def _when(value) -> str:  # noqa: ANN001
    return value.astimezone().strftime("%d/%m/%Y %H:%M") if value else ""


def state_order(unit) -> str:  # noqa: ANN001
    """Nothing arrived first, then packages missing, then complete (or sent through an intermediate unit)."""
    return f"{int(unit.arrived and not unit.missing)}{int(unit.arrived)}{unit.code}"


def received_columns() -> list[Column]:
    return [
        Column(translate("SyncTables", "Sender"), lambda r: f"{r.unit_name} ({r.unit_code})"),
        Column(translate("SyncTables", "Packages"), lambda r: str(r.packages), lambda r: r.packages, numeric=True),
        Column(translate("SyncTables", "Latest"), lambda r: str(r.last_seq), lambda r: r.last_seq, numeric=True),
        Column(translate("SyncTables", "Missing"), lambda r: gap_text(r.missing) or "—"),
        Column(translate("SyncTables", "Last received"), lambda r: _when(r.last_received)),
        Column(translate("SyncTables", "Records"), lambda r: str(r.records), lambda r: r.records, numeric=True),
    ]


def subordinate_columns() -> list[Column]:
    return [
        Column(translate("SyncTables", "Unit"), lambda s: s.name),
        Column(translate("SyncTables", "Code"), lambda s: s.code),
        Column(translate("SyncTables", "State"), lambda s: s.state,  # nothing sent, then missing, then complete
               state_order),
        Column(translate("SyncTables", "Packages"), lambda s: str(s.packages), lambda s: s.packages, numeric=True),
        Column(translate("SyncTables", "Data current to"), lambda s: _when(s.current_to),
               lambda s: s.current_to.timestamp() if s.current_to else 0),
        Column(translate("SyncTables", "Last received"), lambda s: _when(s.last_received),
               lambda s: s.last_received.timestamp() if s.last_received else 0),
        Column(translate("SyncTables", "Records"), lambda s: str(s.records), lambda s: s.records, numeric=True),
    ]


def sent_columns() -> list[Column]:
    return [
        Column(translate("SyncTables", "Package"), lambda p: str(p.seq), lambda p: p.seq, numeric=True),
        Column(translate("SyncTables", "To"), lambda p: p.recipient),
        Column(translate("SyncTables", "Made"), lambda p: _when(p.created_at)),
        Column(translate("SyncTables", "Records"), lambda p: str(p.records), lambda p: p.records, numeric=True),
        Column(translate("SyncTables", "All data"), lambda p: "✓" if p.full else ""),
        Column(translate("SyncTables", "Receipt"), lambda p: _when(p.acknowledged_at)),
    ]


def conflict_columns() -> list[Column]:
    return [
        Column(translate("SyncTables", "Detected"), lambda c: _when(c.detected_at)),
        Column(translate("SyncTables", "Table"), lambda c: c.table_name),
        Column(translate("SyncTables", "Overwritten version"), lambda c: json.loads(c.losing_row).get(
            "name") or json.loads(c.losing_row).get("full_name") or c.record_id),
    ]


def key_columns() -> list[Column]:
    return [
        Column(translate("SyncTables", "Unit"), lambda k: f"{k.name} ({k.unit})"),
        Column(translate("SyncTables", "Fingerprint"), lambda k: k.fingerprint),
        Column(translate("SyncTables", "Registered"), lambda k: f"{_when(k.registered_at)} {k.registered_by}".strip()),
        Column(translate("SyncTables", "State"), lambda k: translate("SyncTables", "in use") if k.active else
               translate("SyncTables", "retired %1 (%2)").replace("%1", _when(k.retired_at))
               .replace("%2", k.retired_why)),
    ]


def held_columns() -> list[Column]:
    return [
        Column(translate("SyncTables", "Unit"), lambda h: f"{h.sender_name} ({h.sender})"),
        Column(translate("SyncTables", "Fingerprint"), lambda h: h.fingerprint),
        Column(translate("SyncTables", "Package"), lambda h: str(h.seq), lambda h: h.seq, numeric=True),
        Column(translate("SyncTables", "Records"), lambda h: str(h.records), lambda h: h.records, numeric=True),
        Column(translate("SyncTables", "Received"), lambda h: _when(h.held_at)),
        Column(translate("SyncTables", "File"), lambda h: h.file_name),
    ]


def directive_columns() -> list[Column]:
    return [
        Column(translate("SyncTables", "Number"), lambda d: d.number),
        Column(translate("SyncTables", "Date"), lambda d: format_date(d.issued_date), lambda d: d.issued_date),
        Column(translate("SyncTables", "Issued by"), lambda d: d.issuer),
        Column(translate("SyncTables", "Summary"), lambda d: d.title),
        Column(translate("SyncTables", "From unit"), lambda d: d.owner_unit),
        Column(translate("SyncTables", "Attached files"), lambda d: ", ".join(f.filename for f in d.files)),
    ]
