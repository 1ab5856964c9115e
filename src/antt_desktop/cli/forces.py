"""``antt forces ratings`` and ``antt forces rate``: the yearly rating of Tổ bảo vệ ANTT members."""

from __future__ import annotations

import argparse

from antt_desktop.cli.commands import _with_database
from antt_desktop.errors import UserError
from antt_desktop.services.roles import Role


def ratings(args: argparse.Namespace) -> dict | str:
    from antt_desktop.domain.member_rating import rating_rules
    from antt_desktop.services.forces.member_ratings import check_year, counts_by_team, list_ratings

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


def _pick(label: str, wanted: str, choices: dict[str, object], where: str = "") -> object:
    """The choice whose name is ``wanted``, compared without diacritics or case."""
    from antt_desktop.domain.text import search_key

    found = [value for name, value in choices.items() if search_key(name) == search_key(wanted)]
    if len(found) != 1:
        listed = "; ".join(list(choices)[:20]) or "không có"
        how = "có nhiều hơn một" if found else "không có"
        raise UserError(f"{label} “{wanted[:80]}” {how}{where}; chọn một trong: {listed}.")
    return found[0]


def rate(args: argparse.Namespace) -> str:
    from antt_desktop.domain.member_rating import rating_rules
    from antt_desktop.services.forces.member_ratings import save_ratings, team_sheet
    from antt_desktop.services.forces.teams import list_teams

    rules = rating_rules()
    levels = {lv.code: lv.code for lv in rules.levels} | {lv.name: lv.code for lv in rules.levels}
    level = _pick("Mức xếp loại", args.level, levels)

    def save(database, user):  # noqa: ANN001, ANN202
        own = database.own_unit().code
        team = _pick("Tổ", args.team, {t.name: t for t in list_teams(database, owner=own)})
        sheet = team_sheet(database, team.id, args.year)
        entries = {e.full_name: e for e in sheet.entries}
        where = f" trong số người được xếp loại năm {args.year} của {team.name}"
        chosen = ([_pick("Thành viên", name, entries, where) for name in args.member] if args.member
                  else list(entries.values()))
        changed = save_ratings(database, user, team.id, args.year,
                               {e.member_id: (level, args.note if args.note is not None else e.note) for e in chosen})
        return team, len(chosen), changed

    team, count, changed = _with_database(args, save)
    return (f"Đã xếp loại {count} thành viên của {team.name} năm {args.year}: {rules.level_name(level)} "
            f"({changed} thay đổi).")


def add_parsers(sub, common: argparse.ArgumentParser, parser_class: type) -> None:  # noqa: ANN001
    forces = sub.add_parser("forces", parents=[common], help="lực lượng tham gia bảo vệ ANTT ở cơ sở")
    forces_sub = forces.add_subparsers(dest="forces_command", required=True, parser_class=parser_class,
                                       metavar="LỆNH")
    listing = forces_sub.add_parser("ratings", parents=[common], help="xếp loại thành viên Tổ bảo vệ ANTT trong năm")
    listing.add_argument("--year", type=int, required=True)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=ratings)
    rating = forces_sub.add_parser(
        "rate", parents=[common], help="xếp loại thành viên Tổ bảo vệ ANTT (mọi người của tổ, hoặc người nêu tên)")
    rating.add_argument("--team", required=True, metavar="TÊN", help="tên tổ, ví dụ “Tổ bảo vệ ANTT thôn Nà Va”")
    rating.add_argument("--year", type=int, required=True)
    rating.add_argument("--level", required=True, metavar="MỨC",
                        help="mã hoặc tên mức: xuat_sac, tot, hoan_thanh, khong_hoan_thanh")
    rating.add_argument("--member", action="append", default=[], metavar="HỌ TÊN",
                        help="thành viên được xếp mức này (lặp lại cho nhiều người); không có: mọi người của tổ")
    rating.add_argument("--note", default=None, help="ghi chú (không có: giữ ghi chú đã có)")
    rating.set_defaults(handler=rate)
