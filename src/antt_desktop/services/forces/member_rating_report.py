"""The section "Xếp loại thành viên Tổ bảo vệ ANTT năm …" of the forces statistics: counts per level per team
(per unit below at an upper level)."""

from __future__ import annotations

from antt_desktop.domain.member_rating import rating_rules
from antt_desktop.exchange.report_document import ReportSection, ReportTable, number_text
from antt_desktop.services.database import Database
from antt_desktop.services.forces.member_ratings import counts_by_team, list_ratings
from antt_desktop.services.reports.report_data import is_upper_level, unit_counts


def rating_section(database: Database, year: int) -> ReportSection:
    rules = rating_rules()
    rows = list_ratings(database, year)
    heading = f"Xếp loại thành viên Tổ bảo vệ ANTT năm {year}"
    if not rows:
        return ReportSection(heading, [f"Chưa có thành viên nào được xếp loại năm {year} (kỳ xếp loại "
                                       f"{rules.period_text(year)})."])
    by_level = {lv.code: sum(r.level == lv.code for r in rows) for lv in rules.levels}
    said = (f"Kỳ xếp loại {rules.period_text(year)}: {number_text(len(rows))} thành viên được xếp loại, trong đó "
            + ", ".join(f"{number_text(n)} {rules.level_name(code).lower()}" for code, n in by_level.items()) + ".")
    if is_upper_level(database):
        table = unit_counts(database, rows, lambda r: r.owner_unit,
                            {lv.name: (lambda rs, code=lv.code: sum(r.level == code for r in rs))
                             for lv in rules.levels} | {"Tổng": len})
    else:
        teams = counts_by_team(rows)
        body = [[i, t.team_name, *(t.counts.get(lv.code, 0) for lv in rules.levels), t.total]
                for i, t in enumerate(teams, start=1)]
        total = ["", "Tổng cộng", *by_level.values(), len(rows)]
        table = ReportTable(["STT", "Tổ", *(lv.name for lv in rules.levels), "Tổng"], [*body, total],
                            {0, *range(2, len(rules.levels) + 3)})
    return ReportSection(heading, [said], table)
