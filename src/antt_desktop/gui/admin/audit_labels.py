"""Words for the audit trail's action and data codes, as officers read them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ACTIONS = {
    "login": QT_TRANSLATE_NOOP("AuditLabels", "sign-in"),
    "login-failed": QT_TRANSLATE_NOOP("AuditLabels", "failed sign-in"),
    "create": QT_TRANSLATE_NOOP("AuditLabels", "add"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "change"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "delete"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "restore"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "import"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "export"),
    "refuse": QT_TRANSLATE_NOOP("AuditLabels", "package refused"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "backup"),
    "restore-refused": QT_TRANSLATE_NOOP("AuditLabels", "restore refused"),
    "keys": QT_TRANSLATE_NOOP("AuditLabels", "keys"),
    "reset": QT_TRANSLATE_NOOP("AuditLabels", "password reset"),
    "revert": QT_TRANSLATE_NOOP("AuditLabels", "revert sync change"),
    "init": QT_TRANSLATE_NOOP("AuditLabels", "installation"),
    "submit": QT_TRANSLATE_NOOP("AuditLabels", "sent to the level above"),
    "review": QT_TRANSLATE_NOOP("AuditLabels", "review by the level above"),
}

KINDS = {
    "users": QT_TRANSLATE_NOOP("AuditLabels", "user accounts"),
    "installation": QT_TRANSLATE_NOOP("AuditLabels", "installation"),
    "units": QT_TRANSLATE_NOOP("AuditLabels", "units"),
    "residential_areas": QT_TRANSLATE_NOOP("AuditLabels", "residential areas"),
    "areas": QT_TRANSLATE_NOOP("AuditLabels", "residential areas"),
    "force_teams": QT_TRANSLATE_NOOP("AuditLabels", "teams"),
    "force_members": QT_TRANSLATE_NOOP("AuditLabels", "force members"),
    "members": QT_TRANSLATE_NOOP("AuditLabels", "force members"),
    "member_events": QT_TRANSLATE_NOOP("AuditLabels", "member changes"),
    "attachments": QT_TRANSLATE_NOOP("AuditLabels", "attachments"),
    "security_models": QT_TRANSLATE_NOOP("AuditLabels", "self-management models"),
    "models": QT_TRANSLATE_NOOP("AuditLabels", "self-management models"),
    "model_activities": QT_TRANSLATE_NOOP("AuditLabels", "model activities"),
    "model_reviews": QT_TRANSLATE_NOOP("AuditLabels", "model reviews"),
    "campaigns": QT_TRANSLATE_NOOP("AuditLabels", "campaign days"),
    "activities": QT_TRANSLATE_NOOP("AuditLabels", "activities"),
    "prestigious_persons": QT_TRANSLATE_NOOP("AuditLabels", "prestigious persons"),
    "persons": QT_TRANSLATE_NOOP("AuditLabels", "prestigious persons"),
    "plans": QT_TRANSLATE_NOOP("AuditLabels", "plans"),
    "targets": QT_TRANSLATE_NOOP("AuditLabels", "targets"),
    "evaluations": QT_TRANSLATE_NOOP("AuditLabels", "evaluations"),
    "evaluation_steps": QT_TRANSLATE_NOOP("AuditLabels", "evaluation steps"),
    "evaluation_reviews": QT_TRANSLATE_NOOP("AuditLabels", "score sheet reviews"),
    "member_ratings": QT_TRANSLATE_NOOP("AuditLabels", "member ratings"),
    "criterion_assessments": QT_TRANSLATE_NOOP("AuditLabels", "criteria assessed"),
    "commendations": QT_TRANSLATE_NOOP("AuditLabels", "commendations"),
    "inspections": QT_TRANSLATE_NOOP("AuditLabels", "inspections"),
    "remedies": QT_TRANSLATE_NOOP("AuditLabels", "remedies"),
    "directives": QT_TRANSLATE_NOOP("AuditLabels", "directives"),
    "catalog_updates": QT_TRANSLATE_NOOP("AuditLabels", "catalog versions"),
    "score_sheet": QT_TRANSLATE_NOOP("AuditLabels", "province score sheets"),
    "sync": QT_TRANSLATE_NOOP("AuditLabels", "sync packages"),
    "peer_keys": QT_TRANSLATE_NOOP("AuditLabels", "keys of other units"),
    "database": QT_TRANSLATE_NOOP("AuditLabels", "database"),
    "report": QT_TRANSLATE_NOOP("AuditLabels", "reports"),
}


def action_label(code: str) -> str:
    return QCoreApplication.translate("AuditLabels", ACTIONS[code]) if code in ACTIONS else code


def kind_label(code: str) -> str:
    return QCoreApplication.translate("AuditLabels", KINDS[code]) if code in KINDS else code
