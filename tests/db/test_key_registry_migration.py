"""Revision 0013: key files an administrator imported become registered keys; keys pinned from packages go."""

import sqlite3

from antt_desktop.db import migrate
from antt_desktop.db.engine import sqlite_engine
from antt_desktop.exchange.sync_format import fingerprint
from antt_desktop.services.database import open_database
from antt_desktop.services.sync import sync_keys


def test_imported_key_files_become_registered_and_pins_are_dropped(empty_paths):
    empty_paths.data_dir.mkdir(parents=True)
    engine = sqlite_engine(empty_paths.database)
    migrate.upgrade(engine, "0012")
    engine.dispose()
    signing, encryption = bytes(range(32)), bytes(range(32, 64))
    with sqlite3.connect(empty_paths.database) as connection:
        connection.execute("INSERT INTO peer_keys VALUES ('08', 'Tỉnh Tuyên Quang', ?, ?, 'key-file', "
                           "'2026-05-01 02:03:04.000000')", (signing, encryption))
        connection.execute("INSERT INTO peer_keys VALUES ('02269/0f1e', 'Xã Thượng Lâm', ?, NULL, 'first-package', "
                           "'2026-05-02 02:03:04.000000')", (bytes(32),))

    migrate.upgrade(sqlite_engine(empty_paths.database))

    with sqlite3.connect(empty_paths.database) as connection:
        assert connection.execute("SELECT unit_code FROM peer_keys").fetchall() == [("08",)]
    database = open_database(empty_paths)
    try:
        [key] = sync_keys.key_history(database)
        assert (key.unit, key.name, key.fingerprint, key.active) == ("08", "Tỉnh Tuyên Quang",
                                                                     fingerprint(signing, encryption), True)
    finally:
        database.close()
