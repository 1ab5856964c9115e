"""``antt forces ratings``: the yearly rating of Tổ bảo vệ ANTT members, read-only."""

from __future__ import annotations

import argparse

from antt_desktop.cli.commands import _with_database
from antt_desktop.services.roles import Role


def ratings(args: argparse.Namespace) -> dict | str:
    from antt_desktop.domain.member_rating import rating_rules
    from antt_desktop.services.member_ratings import check_year, counts_by_team, list_ratings

    def listing(database, user):  # noqa: ANN001, ANN202
        user.require(Role.VIEWER)
        check_year(args.year)
        return list_ratings(database, args.year)

    rows, rules = _with_database(args, listing), rating_rules()
    teams = counts_by_team(rows)
    if args.json:
        return {"year": args.year, "period": rules.period_text(args.year),
                "levels": [{"code": lv.code, "name": lv.name} for lv in rules.levels],
                "teams": [{"unit": t.owner_unit, "team": t.team_name, "counts": t.counts} for t in teams],
                "ratings": [{"unit": r.owner_unit, "team": r.team_name, "member": r.full_name, "role": r.role_name,
                             "level": r.level, "level_name": r.level_name, "note": r.note} for r in rows]}
    lines = [f"Xếp loại thành viên năm {args.year} (kỳ {rules.period_text(args.year)}): {len(rows)} người."]
    for team in teams:
        counts = ", ".join(f"{rules.level_name(code)} {n}" for code, n in team.counts.items() if n)
        lines.append(f"{team.team_name}: {counts}")
        lines.extend(f"  {r.full_name} ({r.role_name}): {r.level_name}" + (f" – {r.note}" if r.note else "")
                     for r in rows if r.team_name == team.team_name and r.owner_unit == team.owner_unit)
    return "\n".join(lines)


def add_parsers(sub, common: argparse.ArgumentParser, parser_class: type) -> None:  # noqa: ANN001
    forces = sub.add_parser("forces", parents=[common], help="lực lượng tham gia bảo vệ ANTT ở cơ sở")
    forces_sub = forces.add_subparsers(dest="forces_command", required=True, parser_class=parser_class,
                                       metavar="LỆNH")
    listing = forces_sub.add_parser("ratings", parents=[common], help="xếp loại thành viên Tổ bảo vệ ANTT trong năm")
    listing.add_argument("--year", type=int, required=True)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=ratings)
