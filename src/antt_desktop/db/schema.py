"""Every table of the application, registered on ``Base.metadata`` (for migrations and checks)."""

from antt_desktop.db import (  # noqa: F401
    campaign_models,
    directive_models,
    evaluation_models,
    force_models,
    model_models,
    models,
    plan_models,
    sync_models,
)
from antt_desktop.db.base import Base

metadata = Base.metadata
