"""The yearly rating of Tổ bảo vệ ANTT members, with a small commune's figures: teams of 7 and 12 members."""

import copy
import json
from datetime import date

import pytest
from sqlalchemy import select

from antt_desktop.db.audit import AuditEntry
from antt_desktop.db.forces import MemberRating
from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.catalog import shipped_catalog, use_updates
from antt_desktop.domain.catalog_check import catalog_problem
from antt_desktop.domain.member_rating import rating_rules, rules_from
from antt_desktop.domain.members import MemberInput
from antt_desktop.domain.teams import TeamInput, default_quotas
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.areas import areas
from antt_desktop.services.database import open_database
from antt_desktop.services.forces import member_ratings, members, teams
from antt_desktop.services.sync import sync, sync_import, sync_keys
from tests.conftest import ADMIN, ADMIN_USER, EDITOR_USER, PASSWORD, VIEWER_USER, exchange_keys
from tests.rating_figures import KHUOI_MA, NA_VA, small_commune

YEAR = 2025  # period 15/11/2024 – 14/11/2025


@pytest.fixture
def commune(database):
    return small_commune(database)


def _levels(commune, names_levels):
    return {commune.ids[name]: (level, "") for name, level in names_levels}


def _saved(database):
    with database.factory() as session:
        return {(r.member_id, r.year): (r.level, r.note) for r in session.scalars(
            select(MemberRating).where(MemberRating.deleted_at.is_(None)))}


def test_the_shipped_catalog_names_the_levels_the_period_the_cap_and_the_instrument():
    rules = rating_rules()
    assert [lv.name for lv in rules.levels] == ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
                                                "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"]
    assert rules.period(2026) == (date(2025, 11, 15), date(2026, 11, 14))
    assert rules.force_types == ("to_bao_ve_antt",)
    assert "30/2023/QH15" in rules.source and "01/HD-BCA-V05" in rules.source
    # floor of 20 % of the members rated, at least 1
    assert [rules.cap(n) for n in (0, 1, 3, 5, 7, 9, 10, 12, 14, 15)] == [0, 1, 1, 1, 1, 1, 2, 2, 2, 3]
    content = copy.deepcopy(shipped_catalog("member_rating"))
    content["top_cap"].update(minimum=0)
    assert [rules_from(content).cap(n) for n in (3, 7, 12)] == [0, 1, 2]
    content["top_cap"].update(rounding="ceil")
    assert [rules_from(content).cap(n) for n in (3, 7, 12)] == [1, 2, 3]


def test_a_team_of_7_may_have_one_excellent_member_and_is_told_who_is_over(database, commune):
    choice = _levels(commune, [(NA_VA[0], "xuat_sac"), (NA_VA[1], "xuat_sac")] +
                     [(name, "tot") for name in NA_VA[2:]])
    with pytest.raises(UserError) as refused:
        member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR, choice)
    assert refused.value.message == (
        "Tổ bảo vệ ANTT thôn Nà Va có 7 thành viên được xếp loại: nhiều nhất 1 người được xếp Hoàn thành xuất sắc "
        "nhiệm vụ; đang chọn 2: Nguyễn Văn An, Lò Thị Bình. Hãy xếp 1 người xuống mức thấp hơn.")
    assert _saved(database) == {}  # refused whole
    choice[commune.ids[NA_VA[1]]] = ("tot", "Tham gia đủ các đợt tuần tra")
    assert member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR, choice) == 7
    saved = _saved(database)
    assert saved[(commune.ids[NA_VA[0]], YEAR)] == ("xuat_sac", "")
    assert saved[(commune.ids[NA_VA[1]], YEAR)] == ("tot", "Tham gia đủ các đợt tuần tra")
    # a later save of one member is checked against the whole team's ratings
    with pytest.raises(UserError, match="đang chọn 2: Nguyễn Văn An, Hoàng Văn Chiến"):
        member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR,
                                    _levels(commune, [(NA_VA[2], "xuat_sac")]))
    assert member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR, choice) == 0  # nothing changed


def test_a_team_of_12_may_have_two(database, commune):
    three = _levels(commune, [(name, "xuat_sac") for name in KHUOI_MA[:3]] + [(n, "tot") for n in KHUOI_MA[3:]])
    with pytest.raises(UserError, match="có 12 thành viên được xếp loại: nhiều nhất 2 người .* đang chọn 3: "
                                        "Ma Văn Lâm, Nông Thị Mai, Triệu Văn Nam"):
        member_ratings.save_ratings(database, EDITOR_USER, commune.khuoi_ma, YEAR, three)
    three[commune.ids[KHUOI_MA[2]]] = ("hoan_thanh", "")
    member_ratings.save_ratings(database, EDITOR_USER, commune.khuoi_ma, YEAR, three)
    # the cap is per team: Nà Va's own excellent member does not count against Khuổi Ma
    member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR, _levels(commune, [(NA_VA[0], "xuat_sac")]))
    rows = member_ratings.list_ratings(database, YEAR)
    assert sum(r.level == "xuat_sac" for r in rows) == 3 and len(rows) == 13


def test_the_cap_counts_the_members_rated_so_a_part_rated_team_is_held_to_fewer(database, commune):
    member_ratings.save_ratings(database, EDITOR_USER, commune.khuoi_ma, YEAR,
                                _levels(commune, [(KHUOI_MA[0], "xuat_sac"), (KHUOI_MA[1], "tot")]))
    with pytest.raises(UserError, match="có 3 thành viên được xếp loại: nhiều nhất 1 người"):
        member_ratings.save_ratings(database, EDITOR_USER, commune.khuoi_ma, YEAR,
                                    _levels(commune, [(KHUOI_MA[2], "xuat_sac")]))


def test_period_boundaries_and_nine_months_of_service(database, commune):
    rules = rating_rules()
    team = commune.na_va
    cases = {"Phan Văn Mười": (date(2025, 2, 15), None), "Phan Văn Một": (date(2025, 2, 16), None),
             "Đinh Văn Hai": (date(2025, 11, 20), None), "Đinh Văn Ba": (date(2024, 7, 1), date(2024, 11, 14)),
             "Đinh Văn Bốn": (date(2024, 7, 1), date(2025, 8, 15)),
             "Đinh Văn Năm": (date(2024, 7, 1), date(2025, 8, 13))}
    ids = {}
    for name, (start, end) in cases.items():
        ids[name] = members.create_member(database, EDITOR_USER, MemberInput(name, "nam", date(1990, 1, 1), team,
                                                                             "to_vien", start))
        if end:
            members.end_service(database, EDITOR_USER, ids[name], end, "Chuyển nơi cư trú")
    for name in ("Phan Văn Mười", "Đinh Văn Bốn"):  # exactly nine months in the period
        assert member_ratings.save_ratings(database, EDITOR_USER, team, YEAR, {ids[name]: ("tot", "")}) == 1
    refusals = {
        "Phan Văn Một": "Phan Văn Một tham gia chưa đủ 9 tháng trong kỳ xếp loại 15/11/2024 – 14/11/2025 "
                        "(16/02/2025 – 14/11/2025) nên chưa được xếp loại.",
        "Đinh Văn Hai": "Đinh Văn Hai bắt đầu tham gia ngày 20/11/2025, sau kỳ xếp loại 15/11/2024 – 14/11/2025.",
        "Đinh Văn Ba": "Đinh Văn Ba đã thôi tham gia ngày 14/11/2024, trước kỳ xếp loại 15/11/2024 – 14/11/2025.",
        "Đinh Văn Năm": "Đinh Văn Năm tham gia chưa đủ 9 tháng trong kỳ xếp loại 15/11/2024 – 14/11/2025 "
                        "(15/11/2024 – 13/08/2025) nên chưa được xếp loại."}
    for name, message in refusals.items():
        with pytest.raises(UserError) as refused:
            member_ratings.save_ratings(database, EDITOR_USER, team, YEAR, {ids[name]: ("tot", "")})
        assert refused.value.message == message
    sheet = member_ratings.team_sheet(database, team, YEAR)
    assert {e.full_name for e in sheet.entries} == {*NA_VA, "Phan Văn Mười", "Đinh Văn Bốn"}
    assert set(sheet.not_ratable) == set(refusals.values())
    assert rules.period_text(YEAR) == "15/11/2024 – 14/11/2025"


def test_hostile_choices_are_refused_whole(database, commune):
    good = _levels(commune, [(NA_VA[0], "tot")])
    other_team = _levels(commune, [(KHUOI_MA[0], "tot")])
    cases = [
        (commune.na_va, {**good, **other_team}, "không phải thành viên của Tổ bảo vệ ANTT thôn Nà Va"),
        (commune.na_va, {**good, commune.ids[NA_VA[1]]: ("../../etc", "")}, "Mức xếp loại “../../etc” của Lò Thị"),
        (commune.na_va, {**good, commune.ids[NA_VA[1]]: ("tot", "x" * 501)}, "dài quá 500 ký tự"),
    ]
    for team, choice, reason in cases:
        with pytest.raises(UserError, match=reason):
            member_ratings.save_ratings(database, EDITOR_USER, team, YEAR, choice)
    with pytest.raises(UserError, match="Năm 2090 không xếp loại được"):
        member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, 2090, good)
    with pytest.raises(UserError, match="Năm 99999 không xếp loại được"):
        member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, 99999, good)
    with pytest.raises(UserError, match="Năm 1999 không xếp loại được"):
        member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, 1999, good)
    with pytest.raises(UserError):
        member_ratings.save_ratings(database, VIEWER_USER, commune.na_va, YEAR, good)
    area = areas.create_area(database, EDITOR_USER, AreaInput("Thôn Bản Pài"))
    dan_phong = teams.create_team(database, EDITOR_USER, TeamInput("Đội dân phòng thôn Bản Pài", "dan_phong",
                                                                   area.id, default_quotas("dan_phong")))
    with pytest.raises(UserError, match="“Đội dân phòng thôn Bản Pài” là Đội dân phòng: loại lực lượng này không "
                                        "xếp loại"):
        member_ratings.save_ratings(database, EDITOR_USER, dan_phong, YEAR, {})
    assert _saved(database) == {}


def test_clearing_a_rating_the_history_line_and_the_audit(database, commune):
    an = commune.ids[NA_VA[0]]
    member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, 2025, {an: ("tot", "")})
    member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, 2026, {an: ("xuat_sac", " Bắt  được  trộm ")})
    history = member_ratings.member_history(database, an)
    assert [h.text for h in history] == ["Xếp loại năm 2025: Hoàn thành tốt nhiệm vụ",
                                         "Xếp loại năm 2026: Hoàn thành xuất sắc nhiệm vụ"]
    assert history[1].note == "Bắt được trộm" and history[1].period_end == date(2026, 11, 14)
    member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, 2025, {an: (None, "")})
    assert [h.year for h in member_ratings.member_history(database, an)] == [2026]
    with database.factory() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.kind == "member_ratings"))]
        assert actions == ["create", "create", "delete"]
        assert {e.username for e in session.scalars(select(AuditEntry).where(
            AuditEntry.kind == "member_ratings"))} == {EDITOR_USER.username}


def test_a_received_catalog_changes_the_cap_and_a_broken_one_is_refused(database, commune):
    content = copy.deepcopy(shipped_catalog("member_rating"))
    assert catalog_problem("member_rating", content) is None
    content.update(version="2026.01.01")
    content["top_cap"].update(percent=30)
    try:
        use_updates({"member_rating": content})
        member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR,  # 30 % of 7 → 2
                                    _levels(commune, [(NA_VA[0], "xuat_sac"), (NA_VA[1], "xuat_sac")]
                                            + [(name, "tot") for name in NA_VA[2:]]))
    finally:
        use_updates({})
    for change, reason in (({"top_cap": {"level": "vip", "percent": 20}}, "giới hạn mức cao nhất"),
                           ({"levels": []}, "mỗi mức xếp loại cần mã"),
                           ({"min_service_months": 40}, "số tháng tham gia tối thiểu"),
                           ({"period": {"start_day": 31, "start_month": 2, "end_day": 14, "end_month": 11}},
                            "kỳ xếp loại cần ngày")):
        broken = {**copy.deepcopy(shipped_catalog("member_rating")), **change}
        assert reason in catalog_problem("member_rating", broken)
    without_levels = {k: v for k, v in shipped_catalog("member_rating").items() if k != "levels"}
    assert "thiếu phần levels" in catalog_problem("member_rating", without_levels)


@pytest.mark.both_storages
def test_a_rating_travels_to_the_province(database, commune, tmp_path, new_paths):
    province = initialize(new_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    try:
        exchange_keys(database, province, tmp_path)
        member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR,
                                    _levels(commune, [(NA_VA[0], "xuat_sac"), (NA_VA[3], "tot")]))
        result = sync.export_package(database, ADMIN_USER, tmp_path / "p1.anttsync")
        outcome = sync_import.import_bytes(province, ADMIN_USER, result.path.read_bytes(), "p1.anttsync")
        assert outcome.state == "imported", outcome.message
        rows = member_ratings.list_ratings(province, YEAR)
        assert [(r.full_name, r.level_name, r.team_name, r.owner_unit) for r in rows] == [
            ("Nguyễn Văn An", "Hoàn thành xuất sắc nhiệm vụ", "Tổ bảo vệ ANTT thôn Nà Va", database.own_unit().code),
            ("Lường Thị Dung", "Hoàn thành tốt nhiệm vụ", "Tổ bảo vệ ANTT thôn Nà Va", database.own_unit().code)]
        with pytest.raises(UserError, match="thuộc đơn vị"):  # seen at the province, changed only by the commune
            member_ratings.save_ratings(province, ADMIN_USER, commune.na_va, YEAR, {})
    finally:
        province.close()


def test_a_rating_at_a_level_not_in_the_catalog_is_refused_at_the_province(database, commune, tmp_path, new_paths):
    from tests.services.test_sync import forged, opened
    province = initialize(new_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    try:
        exchange_keys(database, province, tmp_path)
        member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR, _levels(commune, [(NA_VA[0], "tot")]))
        result = sync.export_package(database, ADMIN_USER, tmp_path / "p1.anttsync")
        _, records = opened(result.path, sync_keys.own_keys(database).signing, sync_keys.own_keys(province).encryption)
        records["member_ratings"][0]["level"] = "vip"
        with pytest.raises(UserError, match="member_ratings, trường “level” có giá trị không có trong danh mục"):
            sync_import.import_bytes(province, ADMIN_USER, forged(database, province, records, seq=1), "p.anttsync")
        assert member_ratings.list_ratings(province, YEAR) == []
    finally:
        province.close()


@pytest.mark.parametrize("year", [99999, 1999, 2101, -2025])
def test_a_rating_for_a_year_out_of_range_is_refused_at_the_province(database, commune, tmp_path, new_paths, year):
    from tests.services.test_sync import forged, opened
    province = initialize(new_paths(tmp_path / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    try:
        exchange_keys(database, province, tmp_path)
        member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR, _levels(commune, [(NA_VA[0], "tot")]))
        result = sync.export_package(database, ADMIN_USER, tmp_path / "p1.anttsync")
        _, records = opened(result.path, sync_keys.own_keys(database).signing, sync_keys.own_keys(province).encryption)
        records["member_ratings"][0]["year"] = year
        with pytest.raises(UserError, match="member_ratings, trường “year” không trong khoảng năm 2000–2100"):
            sync_import.import_bytes(province, ADMIN_USER, forged(database, province, records, seq=1), "p.anttsync")
        with province.session() as session:
            assert session.query(MemberRating).count() == 0
    finally:
        province.close()


def test_the_ratings_listing_on_the_command_line(paths, database, commune):
    code = database.own_unit().code
    from tests.cli_runner import antt

    member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR,
                                _levels(commune, [(NA_VA[0], "xuat_sac"), (NA_VA[1], "tot")]))
    database.close()
    env = {"ANTT_DATA_DIR": str(paths.data_dir)}
    listed = antt("forces", "ratings", "--year", YEAR, "--json", env=env, as_user=ADMIN, password=PASSWORD)
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert data["period"] == "15/11/2024 – 14/11/2025"
    assert [(r["member"], r["level"], r["level_name"]) for r in data["ratings"]] == [
        ("Nguyễn Văn An", "xuat_sac", "Hoàn thành xuất sắc nhiệm vụ"),
        ("Lò Thị Bình", "tot", "Hoàn thành tốt nhiệm vụ")]
    assert data["teams"] == [{"unit": code, "team": "Tổ bảo vệ ANTT thôn Nà Va", "counts": {
        "xuat_sac": 1, "tot": 1, "hoan_thanh": 0, "khong_hoan_thanh": 0}}]
    text = antt("forces", "ratings", "--year", YEAR, env=env, as_user=ADMIN, password=PASSWORD)
    assert "Tổ bảo vệ ANTT thôn Nà Va: Hoàn thành xuất sắc nhiệm vụ 1" in text.stdout
    bad = antt("forces", "ratings", "--year", 2090, env=env, as_user=ADMIN, password=PASSWORD)
    assert bad.returncode == 1 and "Năm 2090" in bad.stderr


def test_the_forces_statistics_count_each_level_per_team(database, commune, tmp_path):
    from openpyxl import load_workbook

    from antt_desktop.services.reports import reports

    member_ratings.save_ratings(database, EDITOR_USER, commune.na_va, YEAR, _levels(
        commune, [(NA_VA[0], "xuat_sac"), *((name, "tot") for name in NA_VA[1:6]), (NA_VA[6], "khong_hoan_thanh")]))
    member_ratings.save_ratings(database, EDITOR_USER, commune.khuoi_ma, YEAR, _levels(
        commune, [(KHUOI_MA[0], "xuat_sac"), (KHUOI_MA[1], "xuat_sac"), *((n, "hoan_thanh") for n in KHUOI_MA[2:])]))
    out = reports.render(database, ADMIN_USER, "thong-ke-luc-luong", YEAR, "xlsx", tmp_path / "tk.xlsx")
    rows = [row for row in load_workbook(out).active.iter_rows(values_only=True)]
    texts = [str(cell) for row in rows for cell in row if cell]
    assert any(t.endswith("Xếp loại thành viên Tổ bảo vệ ANTT năm 2025") for t in texts)
    assert ("Kỳ xếp loại 15/11/2024 – 14/11/2025: 19 thành viên được xếp loại, trong đó 3 hoàn thành xuất sắc nhiệm "
            "vụ, 5 hoàn thành tốt nhiệm vụ, 10 hoàn thành nhiệm vụ, 1 không hoàn thành nhiệm vụ.") in texts
    table = {row[1]: list(row[2:7]) for row in rows if row[1] in ("Tổ bảo vệ ANTT thôn Khuổi Ma",
                                                                   "Tổ bảo vệ ANTT thôn Nà Va", "Tổng cộng")
             and isinstance(row[2], int)}
    assert table == {"Tổ bảo vệ ANTT thôn Khuổi Ma": [2, 0, 10, 0, 12], "Tổ bảo vệ ANTT thôn Nà Va": [1, 5, 0, 1, 7],
                     "Tổng cộng": [3, 5, 10, 1, 19]}


def test_demo_data_rates_most_teams_within_the_cap(database):
    from antt_desktop.services.demo import demo

    demo.fill_commune(database, ADMIN_USER)
    rules = rating_rules()
    year = rules.last_ended_year(date.today())
    counts = member_ratings.counts_by_team(member_ratings.list_ratings(database, year))
    antt_teams = [t for t in teams.list_teams(database) if t.force_type == "to_bao_ve_antt"]
    assert len(antt_teams) // 2 < len(counts) <= len(antt_teams)
    assert all(t.counts[rules.top_level] <= rules.cap(t.total) for t in counts)
    assert all(t.team_name.startswith("Tổ bảo vệ ANTT") for t in counts)


def test_rating_on_the_command_line(paths, database, commune):
    from tests.cli_runner import antt

    database.close()
    env = {"ANTT_DATA_DIR": str(paths.data_dir)}

    def run(*args):
        return antt("forces", "rate", "--team", "to bao ve antt thon na va", "--year", YEAR, *args, env=env,
                    as_user=ADMIN, password=PASSWORD)

    everyone = run("--level", "Hoàn thành tốt nhiệm vụ")
    assert everyone.returncode == 0, everyone.stderr
    assert everyone.stdout.strip() == ("Đã xếp loại 7 thành viên của Tổ bảo vệ ANTT thôn Nà Va năm 2025: Hoàn thành "
                                       "tốt nhiệm vụ (7 thay đổi).")
    assert run("--level", "xuat_sac", "--member", "Nguyen Van An", "--note", "Bắt được trộm").returncode == 0
    over = run("--level", "xuat_sac", "--member", "Lò Thị Bình")
    assert over.returncode == 1 and over.stderr.strip() == (
        "antt: Tổ bảo vệ ANTT thôn Nà Va có 7 thành viên được xếp loại: nhiều nhất 1 người được xếp Hoàn thành xuất "
        "sắc nhiệm vụ; đang chọn 2: Nguyễn Văn An, Lò Thị Bình. Hãy xếp 1 người xuống mức thấp hơn.")
    stranger = run("--level", "tot", "--member", "Ma Văn Lâm")
    assert stranger.returncode == 1 and "Thành viên “Ma Văn Lâm” không có trong số người được xếp loại năm 2025 " \
                                        "của Tổ bảo vệ ANTT thôn Nà Va" in stranger.stderr
    assert run("--level", "vip").returncode == 1
    database = open_database(paths)
    try:
        rows = {r.full_name: (r.level, r.note) for r in member_ratings.list_ratings(database, YEAR)}
    finally:
        database.close()
    assert rows["Nguyễn Văn An"] == ("xuat_sac", "Bắt được trộm") and rows["Lò Thị Bình"] == ("tot", "")
    assert len(rows) == 7
