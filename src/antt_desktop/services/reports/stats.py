"""Live (not deleted) record counts per kind and per owner unit: the figures of ``antt stats``."""

from __future__ import annotations

from sqlalchemy import func, select

from antt_desktop.db.campaigns import Activity, CustomCampaign, PrestigiousPerson
from antt_desktop.db.directives import CatalogUpdate, Directive
from antt_desktop.db.evaluation import Commendation, Evaluation, EvaluationReview, EvaluationStep
from antt_desktop.db.forces import Attachment, ForceMember, ForceTeam, MemberEvent, MemberRating
from antt_desktop.db.models import ResidentialArea
from antt_desktop.db.plans import CriterionAssessment, Inspection, Plan, Remedy, Target
from antt_desktop.db.security_models import ModelActivity, ModelReview, SecurityModel
from antt_desktop.services.database import Database

# Kind name (as in ``antt import-excel``) → synchronised record class. Each data issue adds its own.
KINDS = {
    "areas": ResidentialArea,
    "teams": ForceTeam,
    "members": ForceMember,
    "member_events": MemberEvent,
    "attachments": Attachment,
    "models": SecurityModel,
    "model_activities": ModelActivity,
    "model_reviews": ModelReview,
    "activities": Activity,
    "persons": PrestigiousPerson,
    "campaigns": CustomCampaign,
    "plans": Plan,
    "targets": Target,
    "inspections": Inspection,
    "remedies": Remedy,
    "criterion_assessments": CriterionAssessment,
    "evaluations": Evaluation,
    "evaluation_reviews": EvaluationReview,
    "member_ratings": MemberRating,
    "evaluation_steps": EvaluationStep,
    "commendations": Commendation,
    "directives": Directive,
    "catalog_updates": CatalogUpdate,
}


def record_counts(database: Database) -> dict:
    """``{"counts": {kind: n}, "by_owner": {unit: {kind: n}}}``, sorted, depending only on the data."""
    counts: dict[str, int] = {}
    by_owner: dict[str, dict[str, int]] = {}
    with database.factory() as session:
        for kind, model in sorted(KINDS.items()):
            rows = session.execute(
                select(model.owner_unit, func.count()).where(model.deleted_at.is_(None)).group_by(model.owner_unit)
            )
            counts[kind] = 0
            for owner, number in rows:
                counts[kind] += number
                by_owner.setdefault(owner, {})[kind] = number
    return {"counts": counts, "by_owner": {owner: dict(sorted(k.items())) for owner, k in sorted(by_owner.items())}}
