"""The coordination office's use cases: its database, enrolling and revoking devices, assigning advisors."""
