"""Every table of the application, registered on ``Base.metadata`` (for migrations and checks)."""

from antt_desktop.db import campaign_models, force_models, model_models, models, plan_models  # noqa: F401
from antt_desktop.db.base import Base

metadata = Base.metadata
