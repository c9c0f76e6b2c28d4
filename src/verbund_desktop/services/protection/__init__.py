"""Data protection: consent, erasure, retention, audit log and data subject access."""
