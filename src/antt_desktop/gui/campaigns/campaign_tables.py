"""Columns of the tables on the campaigns page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from antt_desktop.domain.dates import format_date
from antt_desktop.gui.row_table_model import Column, number_text
from antt_desktop.services.areas.key_areas import KeyAreaCoverage
from antt_desktop.services.campaigns.activities import ActivityRow
from antt_desktop.services.campaigns.campaigns import CampaignStatus
from antt_desktop.services.campaigns.persons import PersonRow

translate = QCoreApplication.translate


def _done(status: CampaignStatus) -> str:
    if status.done:
        return translate("CampaignTables", "held (%1)").replace("%1", str(len(status.events)))
    return translate("CampaignTables", "not yet")


def checklist_columns() -> list[Column[CampaignStatus]]:
    return [
        Column(translate("CampaignTables", "Campaign"), lambda s: s.campaign.name),
        Column(translate("CampaignTables", "Day"), lambda s: format_date(s.campaign.key_date(s.year)),
               lambda s: s.campaign.key_date(s.year)),
        Column(translate("CampaignTables", "Counts from – until"),
               lambda s: " – ".join(format_date(d)[:5] for d in s.campaign.window(s.year))),
        Column(translate("CampaignTables", "Grassroots event"), _done, lambda s: len(s.events)),
        Column(translate("CampaignTables", "Events"), lambda s: "; ".join(
            f"{format_date(d)}: {c}" for d, c in s.events)),
    ]


def activity_columns(unit_names: dict[str, str] | None = None) -> list[Column[ActivityRow]]:
    """The last column names the unit an activity belongs to (shown at an upper level, from ``unit_names``)."""
    names = unit_names if unit_names is not None else {}
    return [
        Column(translate("CampaignTables", "Date"), lambda r: format_date(r.data.activity_date),
               lambda r: r.data.activity_date),
        Column(translate("CampaignTables", "Type"), lambda r: r.data.activity_type),
        Column(translate("CampaignTables", "Content"), lambda r: r.data.content),
        Column(translate("CampaignTables", "Area"), lambda r: r.area_name or r.data.place),
        Column(translate("CampaignTables", "Campaign"), lambda r: r.campaign_name),
        Column(translate("CampaignTables", "Channel"), lambda r: r.data.channel),
        Column(translate("CampaignTables", "Participants"), lambda r: number_text(r.data.participants),
               lambda r: r.data.participants or 0, numeric=True),
        Column(translate("CampaignTables", "Reached"), lambda r: number_text(r.data.audience),
               lambda r: r.data.audience or 0, numeric=True),
        Column(translate("CampaignTables", "Unit"), lambda r: names.get(r.owner_unit, r.owner_unit)),
    ]


def day_columns() -> list[Column[ActivityRow]]:
    return activity_columns()[1:5]


def key_area_columns(unit_names: dict[str, str] | None = None) -> list[Column[KeyAreaCoverage]]:
    """The last column names the unit the area belongs to (shown at an upper level)."""
    names = unit_names if unit_names is not None else {}
    return [
        Column(translate("CampaignTables", "Residential area"), lambda c: c.area.name, lambda c: c.area.sort_key),
        Column(translate("CampaignTables", "Key-area characteristics"), lambda c: c.area.flag_labels),
        Column(translate("CampaignTables", "Propaganda sessions"), lambda c: str(c.sessions), lambda c: c.sessions,
               numeric=True),
        Column(translate("CampaignTables", "People reached"), lambda c: number_text(c.audience), lambda c: c.audience,
               numeric=True),
        Column(translate("CampaignTables", "Last session"), lambda c: format_date(c.last_date),
               lambda c: c.last_date.toordinal() if c.last_date else 0),
        Column(translate("CampaignTables", "Channels"), lambda c: ", ".join(c.channels)),
        Column(translate("CampaignTables", "Unit"), lambda c: names.get(c.area.owner_unit, c.area.owner_unit)),
    ]


def person_columns() -> list[Column[PersonRow]]:
    return [
        Column(translate("CampaignTables", "Full name"), lambda p: p.data.full_name, lambda p: p.sort_key),
        Column(translate("CampaignTables", "Category"), lambda p: p.data.category),
        Column(translate("CampaignTables", "Title, position"), lambda p: p.data.title),
        Column(translate("CampaignTables", "Residential area"), lambda p: p.area_name),
        Column(translate("CampaignTables", "Ethnicity"), lambda p: p.data.ethnicity),
        Column(translate("CampaignTables", "Religion"), lambda p: p.data.religion),
        Column(translate("CampaignTables", "Phone"), lambda p: p.data.phone),
        Column(translate("CampaignTables", "Activities"), lambda p: str(p.activity_count), lambda p: p.activity_count,
               numeric=True),
    ]
