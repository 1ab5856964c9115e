"""What the rows of an import are matched against: the unit's areas (by name, with or without their kind),
teams, members and the catalog's roles, loaded once and kept up to date as rows are written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from antt_desktop.db.bulk_records import insert_new_records
from antt_desktop.db.forces import ForceMember, ForceTeam
from antt_desktop.db.models import ResidentialArea
from antt_desktop.domain.areas import AREA_KINDS
from antt_desktop.domain.members import MemberInput
from antt_desktop.domain.text import search_key
from antt_desktop.errors import UserError

KIND_PREFIXES = sorted({search_key(k) + " " for k in (*AREA_KINDS, "TDP")}, key=len, reverse=True)


def _area_keys(name: str) -> list[str]:
    """The name's key, then without each kind of area it begins with: 'Thôn Nà Liềm', 'thon na liem' and
    'Nà Liềm' are the same area, and so are 'Thôn Bản Ché' and 'Bản Ché' (a name that begins with a kind)."""
    keys = [search_key(name)]
    while prefix := next((p for p in KIND_PREFIXES if keys[-1].startswith(p) and len(keys[-1]) > len(p)), None):
        keys.append(keys[-1][len(prefix):].strip())
    return keys


@dataclass
class ImportContext:
    """What rows are matched against, loaded once and kept up to date as rows are written."""

    session: Session
    unit: str
    campaign_codes: set[str]
    areas: dict[str, uuid.UUID] = field(default_factory=dict)
    area_names: dict[uuid.UUID, str] = field(default_factory=dict)
    teams: dict[str, ForceTeam] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    cccds: set[str] = field(default_factory=set)
    roles: dict[object, tuple[str, str]] = field(default_factory=dict)  # name key, or ("label", code)
    members: dict[tuple, uuid.UUID] | None = None  # ("cccd", number) or (name key, birth date) → member id
    staged: dict[type, list[dict]] = field(default_factory=dict)  # new records, inserted by write_staged
    loaded_members: dict[uuid.UUID, ForceMember] | None = None  # the unit's members, loaded when one is updated

    def stage(self, model: type, values: dict) -> None:
        """Keep a new record to be inserted with the others at the next ``write_staged``."""
        self.staged.setdefault(model, []).append(values)

    def write_staged(self) -> None:
        """Write what the session holds, then the staged records (in the order their kinds were first staged)."""
        self.session.flush()
        for model, rows in self.staged.items():
            insert_new_records(self.session, model, rows)
        self.staged.clear()

    def member_id(self, data: MemberInput) -> uuid.UUID | None:
        """The live member of this unit the row means (by CCCD, else by name and birth date), loaded once."""
        if self.members is None:
            self.members = {}
            for member_id, cccd, key, birth in self.session.execute(
                    select(ForceMember.id, ForceMember.cccd, ForceMember.search_key, ForceMember.birth_date)
                    .where(ForceMember.deleted_at.is_(None), ForceMember.owner_unit == self.unit)):
                if cccd:
                    self.members.setdefault(("cccd", cccd), member_id)
                self.members.setdefault((key, birth), member_id)
        return self.members.get(self._member_key(data))

    def existing_member(self, member_id: uuid.UUID) -> ForceMember:
        """A member of this unit a row updates; the first asked loads them all in one query, not one per row."""
        if self.loaded_members is None:
            self.loaded_members = {m.id: m for m in self.session.scalars(select(ForceMember).where(
                ForceMember.deleted_at.is_(None), ForceMember.owner_unit == self.unit))}
        if member_id not in self.loaded_members:  # added by an earlier row of this file
            self.write_staged()
            self.loaded_members[member_id] = self.session.get(ForceMember, member_id)
        return self.loaded_members[member_id]

    def remember_member(self, data: MemberInput, member_id: uuid.UUID) -> None:
        if self.members is not None:
            self.members.setdefault(self._member_key(data), member_id)
            self.members.setdefault((search_key(data.full_name), data.birth_date), member_id)

    @staticmethod
    def _member_key(data: MemberInput) -> tuple:
        return ("cccd", data.cccd) if data.cccd else (search_key(data.full_name), data.birth_date)

    @classmethod
    def load(cls, session: Session, unit: str, campaign_codes: set[str]) -> ImportContext:
        context = cls(session, unit, campaign_codes)
        for area in session.scalars(select(ResidentialArea).where(ResidentialArea.owner_unit == unit,
                                                                  ResidentialArea.deleted_at.is_(None))):
            context.remember_area(area)
        for team in session.scalars(select(ForceTeam).where(ForceTeam.owner_unit == unit,
                                                            ForceTeam.deleted_at.is_(None))):
            context.teams[search_key(team.name)] = team
        return context

    def remember_area(self, area: ResidentialArea) -> None:
        first, *shorter = _area_keys(area.name)
        self.areas[first] = area.id
        for key in shorter:
            self.areas.setdefault(key, area.id)
        self.area_names[area.id] = area.name

    def find_area(self, name: str) -> uuid.UUID | None:
        """The area the name means, the most exact match first."""
        return next((self.areas[key] for key in _area_keys(name) if key in self.areas), None)

    def area(self, name: str, required: bool = False) -> uuid.UUID | None:
        if not name:
            if required:
                raise UserError("Chưa ghi khu dân cư.")
            return None
        found = self.find_area(name)
        if found is None:
            near = self.near_area(name)
            hint = (f" Có phải “{near}”? Hãy sửa cho đúng tên." if near else
                    " Hãy nhập danh sách khu dân cư trước (Tệp → Nhập từ Excel → Khu dân cư) hoặc thêm khu dân cư "
                    "đó ở trang Địa bàn.")
            raise UserError(f"Không có khu dân cư “{name}”.{hint}")
        return found

    def near_area(self, name: str) -> str | None:
        """The area whose name almost matches (a letter off), to propose; never taken without asking."""
        keys = _area_keys(name)
        best = process.extractOne(keys[-1], {key: key for key in self.areas}, scorer=fuzz.ratio, score_cutoff=85)
        return self.area_names[self.areas[best[0]]] if best else None
