"""Property: random edits on two computers of one commune and on a second commune, packaged as they go and
imported at the province duplicated and in random order, leave the province with the sources' data."""

import random

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from antt_desktop.domain.areas import AreaInput
from antt_desktop.domain.units import Level
from antt_desktop.errors import UserError
from antt_desktop.services.admin.setup import SetupRequest, initialize
from antt_desktop.services.areas import areas
from antt_desktop.services.sync import sync, sync_import
from tests.conftest import ADMIN_USER, exchange_keys

OPERATIONS = st.lists(st.tuples(st.sampled_from(["pc1", "pc2", "other"]), st.sampled_from(["add", "edit", "delete",
                                                                                          "send"]),
                                st.integers(0, 5), st.integers(0, 5000)), min_size=3, max_size=14)


pytestmark = pytest.mark.both_storages


def _state(database, owner):
    return sorted((str(a.id), a.population, a.deleted) for a in areas.list_areas(database, include_deleted=True)
                  if a.owner_unit == owner)


# Each example builds four installations: few examples, no shrinking (a failure prints its operations).
@settings(max_examples=6, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate),
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS, seed=st.integers(0, 10_000))
def test_packages_converge_at_the_province(tmp_path_factory, new_paths, operations, seed):
    folder = tmp_path_factory.mktemp("converge")
    province = initialize(new_paths(folder / "tinh"), SetupRequest(Level.PROVINCE, "08"))
    units = {"pc1": initialize(new_paths(folder / "pc1"), SetupRequest(Level.COMMUNE, "02269")),
             "pc2": initialize(new_paths(folder / "pc2"), SetupRequest(Level.COMMUNE, "02269")),
             "other": initialize(new_paths(folder / "other"), SetupRequest(Level.COMMUNE, "02266"))}
    for database in units.values():
        exchange_keys(database, province, folder)
    exchange_keys(units["pc1"], units["pc2"], folder)
    packages: list[bytes] = []
    for count, (who, action, index, population) in enumerate(operations):
        database = units[who]
        live = areas.list_areas(database)
        try:
            if action == "add" or not live:
                areas.create_area(database, ADMIN_USER, AreaInput(f"Thôn {who} {count}", population=population))
            elif action == "edit":
                area = live[index % len(live)]
                areas.update_area(database, ADMIN_USER, area.id, AreaInput(area.name, population=population))
            elif action == "delete":
                areas.delete_area(database, ADMIN_USER, live[index % len(live)].id)
            else:
                packages.append(sync.export_package(database, ADMIN_USER, folder / f"p{count}.anttsync",
                                                    to="08").path.read_bytes())
        except UserError:
            pass  # e.g. an edit of a record another computer owns the newer version of: refused, nothing written
    # The two computers of the commune exchange everything, both ways, then everyone reports up.
    for a, b in (("pc1", "pc2"), ("pc2", "pc1"), ("pc1", "pc2")):
        data = sync.export_package(units[a], ADMIN_USER, folder / f"{a}-{b}.anttsync", full=True,
                                   to="02269").path.read_bytes()
        sync_import.import_bytes(units[b], ADMIN_USER, data)
    for name, database in units.items():
        packages.append(sync.export_package(database, ADMIN_USER, folder / f"final-{name}.anttsync",
                                            to="08").path.read_bytes())
    rng = random.Random(seed)
    shuffled = packages + rng.sample(packages, k=len(packages) // 2)  # some arrive twice
    rng.shuffle(shuffled)
    for data in shuffled:
        sync_import.import_bytes(province, ADMIN_USER, data)
    assert _state(units["pc1"], "02269") == _state(units["pc2"], "02269")
    assert _state(province, "02269") == _state(units["pc1"], "02269")
    assert _state(province, "02266") == _state(units["other"], "02266")
    for database in (province, *units.values()):
        database.close()
