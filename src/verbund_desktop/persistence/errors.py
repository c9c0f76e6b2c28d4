"""Errors of opening and upgrading a workspace database; messages are German and shown to the user as they are."""

from __future__ import annotations


class WorkspaceError(Exception):
    """A workspace cannot be opened or used. ``str(err)`` is a complete German sentence."""


class WrongPassphraseError(WorkspaceError):
    pass


class NotAWorkspaceError(WorkspaceError):
    """The file is damaged, truncated or not a Verbund Desktop database at all."""


class NewerSchemaError(WorkspaceError):
    """The database was written by a newer program version."""


class WorkspaceExistsError(WorkspaceError):
    pass


class WorkspaceLockedError(WorkspaceError):
    """Another program instance holds the writer lock of the workspace; nothing was changed."""

    def __init__(self, message: str, holder: object = None) -> None:
        super().__init__(message)
        self.holder = holder


class WorkspaceFileChangedError(WorkspaceError):
    """The workspace file was deleted or replaced behind the program's back; the change was not saved."""


class ReadOnlyWorkspaceError(WorkspaceError):
    """The workspace is open read-only (another instance writes to it); nothing can be saved here."""


class IncompleteSchemaError(NotAWorkspaceError):
    """The file holds part of a schema: a creation or an upgrade was interrupted by an older program version."""


class UpgradeFailedError(WorkspaceError):
    """The schema upgrade failed; it ran in one transaction, so the file is as it was before."""
