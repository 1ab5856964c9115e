"""Errors a user can fix; their message is Vietnamese and is shown as it is."""


class UserError(Exception):
    """Bad input or a refused action: one clear Vietnamese sentence on what went wrong and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(UserError):
    """The command line was used the wrong way (exit code 2)."""


class PermissionDenied(UserError):
    """The signed-in user's role does not allow the action."""
