"""Opening, creating, checking and filling a workspace."""
