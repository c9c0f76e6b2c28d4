"""Consent, privacy, retention, audit and backup dialogs."""
