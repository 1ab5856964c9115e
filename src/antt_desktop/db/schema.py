"""Every table of the application, registered on ``Base.metadata`` (for migrations and checks)."""

from antt_desktop.db import (  # noqa: F401
    campaigns,
    directives,
    evaluation,
    forces,
    models,
    plans,
    security_models,
    sync,
)
from antt_desktop.db.base import Base

metadata = Base.metadata
