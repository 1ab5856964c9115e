"""Figures the reports share: the header of the issuing unit, age bands, and per-unit totals at an upper level."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date

from sqlalchemy import func, select

from antt_desktop.config import load_settings, save_setting
from antt_desktop.db.campaigns import Activity
from antt_desktop.db.forces import ForceMember
from antt_desktop.db.models import ResidentialArea, Unit
from antt_desktop.db.security_models import SecurityModel
from antt_desktop.domain.dates import age_on
from antt_desktop.domain.forces import ACTIVE
from antt_desktop.domain.text import collation_key
from antt_desktop.domain.units import Level
from antt_desktop.exchange.report_document import ReportDocument, ReportSection, ReportTable
from antt_desktop.services.database import Database
from antt_desktop.services.sync.subordinates import unit_names

AGE_BANDS = ((0, 29, "Dưới 30"), (30, 39, "30 – 39"), (40, 49, "40 – 49"), (50, 59, "50 – 59"), (60, 70, "60 – 70"),
             (71, 200, "Trên 70"))


def age_band(birth: date, on: date) -> str:
    age = age_on(birth, on)
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


def is_upper_level(database: Database) -> bool:
    return database.installation().level != Level.COMMUNE


SIGNER_TITLE, SIGNER_NAME = "report_signer_title", "report_signer_name"
# the superior's department that receives the reports: a province's, or the Ministry's (above a province)
STEERING_DEPARTMENT = {True: "Phòng Xây dựng phong trào toàn dân bảo vệ ANTQ",
                       False: "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc"}


def default_signer_title(database: Database) -> str:
    unit = database.own_unit()
    if unit.level != Level.COMMUNE:
        return "Giám đốc"
    kind = next((k for k in ("Phường", "Đặc khu", "Thị trấn") if unit.name.startswith(k)), "Xã")
    return f"Trưởng Công an {kind.lower()}"


def signer(database: Database) -> tuple[str, str]:
    """(title, name) printed under every report: the settings' or the head of this unit's title and no name."""
    settings = load_settings(database.paths)
    title = str(settings.get(SIGNER_TITLE) or "").strip() or default_signer_title(database)
    return title, str(settings.get(SIGNER_NAME) or "").strip()


def save_signer(database: Database, title: str, name: str) -> None:
    save_setting(database.paths, SIGNER_TITLE, " ".join(title.split()))
    save_setting(database.paths, SIGNER_NAME, " ".join(name.split()))


UNIT_KINDS = ("Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", "Thị trấn")


def in_sentence(name: str) -> str:
    """A unit's name inside a sentence: its kind in lower case ("tỉnh Tuyên Quang")."""
    kind = next((k for k in UNIT_KINDS if name.startswith(k + " ")), "")
    return kind.lower() + name[len(kind):] if kind else name


def document(database: Database, title: str, subtitle: str, sections: list[ReportSection],
             symbol: str = "BC") -> ReportDocument:
    """The header, addressee and signature of the installation's unit, per Nghị định 30/2020/NĐ-CP."""
    with database.factory() as session:
        unit = database.own_unit()
        parent = session.get(Unit, unit.parent_code) if unit.parent_code else None
    commune = unit.level == Level.COMMUNE
    superior = f"Công an {in_sentence(parent.name)}" if parent else "Bộ Công an"
    signer_title, signer_name = signer(database)
    issuer = f"Công an {unit.name}"
    place = unit.name.split(" ", 1)[1] if unit.name.split(" ", 1)[0] in ("Xã", "Phường", "Tỉnh", "Thành",
                                                                          "Đặc") else unit.name
    if unit.name.startswith("Thành phố"):
        place = unit.name.removeprefix("Thành phố ")
    blank = "\u00a0" * 10  # the number is written by hand after signing
    return ReportDocument(superior, issuer, f"Số:{blank}/{symbol}-{'CAX' if commune else 'CAT'}", place,
                          date.today(), "Báo cáo", subtitle or title, sections, signer_title, signer_name,
                          [f"{superior} ({STEERING_DEPARTMENT[parent is not None]})"])


def by_unit(database: Database, columns: list[str], records: list, cells, numeric: set[int],  # noqa: ANN001
            owner=lambda record: record.owner_unit) -> ReportTable:  # noqa: ANN001
    """A numbered table of ``cells(record)``; at an upper level grouped by the unit owning each record, which a
    column after the number names."""
    if not is_upper_level(database):
        return ReportTable(["STT", *columns], [[i, *cells(r)] for i, r in enumerate(records, start=1)],
                           {0, *(c + 1 for c in numeric)})
    units = unit_names(database)
    grouped = sorted(records, key=lambda r: (collation_key(units.get(owner(r), owner(r))), owner(r)))
    return ReportTable(["STT", "Đơn vị", *columns],
                       [[i, units.get(owner(r), owner(r)), *cells(r)] for i, r in enumerate(grouped, start=1)],
                       {0, *(c + 2 for c in numeric)})


def unit_counts(database: Database, records: list, owner: Callable[[object], str],
                counts: dict[str, Callable[[list], int]]) -> ReportTable:
    """One row per unit holding any of the records, with each count of its records, and the totals."""
    units, groups = unit_names(database), defaultdict(list)
    for record in records:
        groups[owner(record)].append(record)
    order = sorted(groups, key=lambda code: (collation_key(units.get(code, code)), code))
    rows = [[i, units.get(code, code), *(count(groups[code]) for count in counts.values())]
            for i, code in enumerate(order, start=1)]
    return ReportTable(["STT", "Đơn vị", *counts], [*rows, ["", "Tổng cộng", *(c(records) for c in counts.values())]],
                       {0, *range(2, 2 + len(counts))})


def per_unit_totals(database: Database, year: int) -> list[list[object]]:
    """At an upper level: for each owner unit, areas, active members, live models and the year's activities."""
    names, counts = unit_names(database), per_unit_counts(database, year)
    return [[names.get(code, code), code, *counts[code]] for code in sorted(counts)]


def per_unit_counts(database: Database, year: int) -> dict[str, tuple[int, int, int, int]]:
    """Owner unit → (areas, active members, live models, the year's activities), for every owner with any."""
    with database.factory() as session:

        def counts(model, *conditions) -> Counter:  # noqa: ANN001, ANN002
            rows = session.execute(select(model.owner_unit, func.count()).where(model.deleted_at.is_(None),
                                                                                 *conditions)
                                   .group_by(model.owner_unit)).all()
            return Counter(dict(rows))
        areas = counts(ResidentialArea)
        members = counts(ForceMember, ForceMember.status == ACTIVE)
        models = counts(SecurityModel)
        activities = counts(Activity, Activity.activity_date.between(date(year, 1, 1), date(year, 12, 31)))
    owners = set(areas) | set(members) | set(models) | set(activities)
    return {code: (areas[code], members[code], models[code], activities[code]) for code in owners}
