"""Sync, laptop side (outbox, pulls, conflicts, the sync file) and the office's apply (``office_apply``)."""
