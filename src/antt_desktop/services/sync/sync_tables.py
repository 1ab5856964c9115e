"""Which tables travel in packages, parents before children."""

from __future__ import annotations

from sqlalchemy import Table

from antt_desktop.db.campaigns import Activity, CustomCampaign, PrestigiousPerson
from antt_desktop.db.directives import CatalogUpdate, Directive
from antt_desktop.db.evaluation import Commendation, Evaluation, EvaluationReview, EvaluationStep
from antt_desktop.db.forces import Attachment, ForceMember, ForceTeam, MemberEvent, MemberRating
from antt_desktop.db.models import ResidentialArea
from antt_desktop.db.plans import CriterionAssessment, Inspection, Plan, Remedy, Target
from antt_desktop.db.security_models import ModelActivity, ModelReview, SecurityModel

# Parents before children, so foreign keys hold as rows are written.
SYNC_MODELS = (ResidentialArea, ForceTeam, ForceMember, MemberEvent, MemberRating, Attachment, SecurityModel,
               ModelActivity, ModelReview, CustomCampaign, PrestigiousPerson, Activity, Plan, Target, Inspection,
               Remedy, CriterionAssessment, Evaluation, EvaluationReview, EvaluationStep, Commendation, Directive,
               CatalogUpdate)
TABLES: dict[str, Table] = {model.__tablename__: model.__table__ for model in SYNC_MODELS}
