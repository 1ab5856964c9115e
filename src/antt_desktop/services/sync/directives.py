"""What an upper level sends down: directives (văn bản chỉ đạo) and new versions of catalogs. Both are owned
by the upper level, so they are read-only below."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from antt_desktop.db.directives import CatalogUpdate, Directive
from antt_desktop.db.forces import Attachment
from antt_desktop.domain.catalog_check import catalog_problem
from antt_desktop.domain.text import normalize
from antt_desktop.errors import UserError
from antt_desktop.services.admin.audit_log import record_refusal
from antt_desktop.services.attachments import (
    DOCUMENT_MAX_BYTES,
    DOCUMENT_TYPES,
    AttachmentRow,
    keep_named,
    list_attachments,
)
from antt_desktop.services.auth import CurrentUser
from antt_desktop.services.database import Database
from antt_desktop.services.roles import Role

DIRECTIVE_FILES = "directive"  # the record kind of a directive's attached files


@dataclass(frozen=True)
class DirectiveRow:
    id: uuid.UUID
    number: str
    issued_date: date
    issuer: str
    title: str
    content: str
    owner_unit: str
    files: tuple[AttachmentRow, ...] = ()


def add_directive(database: Database, user: CurrentUser, number: str, issued: date | None, issuer: str, title: str,
                  content: str = "", files: Sequence[Path] = ()) -> uuid.UUID:
    """A directive with its files (the signed text scanned as PDF, images), all sent down in the next packages."""
    user.require(Role.EDITOR)
    if not normalize(number) or not normalize(title) or not normalize(issuer) or issued is None:
        raise UserError("Văn bản chỉ đạo cần số, ngày, cơ quan ban hành và trích yếu.")
    if issued > date.today():
        raise UserError("Ngày ban hành ở tương lai.")
    kept = [keep_named(database, path, DOCUMENT_TYPES, DOCUMENT_MAX_BYTES, user.username) for path in files]
    with database.session(user.username) as session:
        directive = Directive(id=uuid.uuid4(), number=normalize(number), issued_date=issued, issuer=normalize(issuer),
                              title=normalize(title), content=normalize(content))
        session.add(directive)
        for name, sha, size in kept:
            session.add(Attachment(id=uuid.uuid4(), record_kind=DIRECTIVE_FILES, record_id=directive.id,
                                   filename=name, sha256=sha, size=size))
        return directive.id


def list_directives(database: Database) -> list[DirectiveRow]:
    with database.factory() as session:
        found = list(session.scalars(select(Directive).where(Directive.deleted_at.is_(None))
                                     .order_by(Directive.issued_date.desc(), Directive.id)))
    return [DirectiveRow(d.id, d.number, d.issued_date, d.issuer, d.title, d.content, d.owner_unit,
                         tuple(list_attachments(database, DIRECTIVE_FILES, d.id))) for d in found]


def publish_catalog(database: Database, user: CurrentUser, path: Path) -> tuple[str, str]:
    """An upper level publishes a new catalog version (a JSON file shaped like the shipped one)."""
    user.require(Role.ADMIN)
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
        name, version = content["catalog"], str(content["version"])
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        content, name, version = None, "", ""
    problem = catalog_problem(name, content) if content is not None else \
        f"Tệp {path.name} không phải danh mục hợp lệ (cần các khóa “catalog” và “version”)."
    if problem:
        record_refusal(database, user.username, "catalog", path.name, problem)
        raise UserError(problem)
    with database.session(user.username) as session:
        session.add(CatalogUpdate(catalog=name, catalog_version=version,
                                  content=json.dumps(content, ensure_ascii=False)))
    return name, version
