"""Competency interviews: ratings, sheets and queries."""
