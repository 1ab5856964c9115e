"""Revision 0015: the level each subject had under the former points-per-criterion rule is kept as an adjusted
level with its reason; subjects not fully assessed, or already adjusted, are left as they were."""

import json
import sqlite3
import uuid

from antt_desktop.db import migrate
from antt_desktop.db.engine import sqlite_engine

MET = {"met": True, "evidence": ""}
NOT_MET = {"met": False, "evidence": ""}


def _insert(connection, unit_type: str, name: str, results: dict, override: str = "") -> str:
    row_id = uuid.uuid4().hex
    connection.execute(
        "INSERT INTO evaluations (id, owner_unit, created_at, updated_at, version, year, unit_type, subject_name, "
        "catalog_version, results, decision_number, decision_level, override_level, override_reason) "
        "VALUES (?, '02269', '2026-11-01 00:00:00.000000', '2026-11-01 00:00:00.000000', 1, 2026, ?, ?, "
        "'TT124-2021+TT48-2025', ?, '', '', ?, ?)",
        (row_id, unit_type, name, json.dumps(results), override, "tự điều chỉnh" if override else ""))
    return name


def test_former_levels_are_kept_as_adjusted_levels(empty_paths):
    empty_paths.data_dir.mkdir(parents=True)
    engine = sqlite_engine(empty_paths.database)
    migrate.upgrade(engine, "0014")
    engine.dispose()
    area_codes = ("dang_ky", "ho_gia_dinh", "chinh_sach", "an_ninh", "toi_pham", "ma_tuy", "tai_nan")
    with sqlite3.connect(empty_paths.database) as connection:
        _insert(connection, "khu_dan_cu", "Thôn Nà Va", dict.fromkeys(area_codes, MET))
        # 75 points but a criterion not met: the former rule capped it at Trung bình
        _insert(connection, "khu_dan_cu", "Thôn Bản Ché", {**dict.fromkeys(area_codes, MET), "ma_tuy": NOT_MET,
                                                           "tai_nan": NOT_MET})
        _insert(connection, "xa", "Xã Thượng Lâm", {"nghi_quyet": MET, "mo_hinh": MET})
        _insert(connection, "co_quan", "Trường THCS Thượng Lâm", {c: MET for c in ("ke_hoach", "noi_bo", "phoi_hop")},
                override="kha")

    migrate.upgrade(sqlite_engine(empty_paths.database))

    with sqlite3.connect(empty_paths.database) as connection:
        rows = dict(((name, (level, reason[:24])) for name, level, reason in connection.execute(
            "SELECT subject_name, override_level, override_reason FROM evaluations")))
        assert rows == {"Thôn Nà Va": ("xuat_sac", "Mức phân loại tính theo "),
                        "Thôn Bản Ché": ("trung_binh", "Mức phân loại tính theo "),
                        "Xã Thượng Lâm": ("", ""),
                        "Trường THCS Thượng Lâm": ("kha", "tự điều chỉnh")}
        assert connection.execute("SELECT DISTINCT scores, score_sheet_version FROM evaluations").fetchall() == \
            [("{}", "")]
