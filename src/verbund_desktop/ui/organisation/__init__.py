"""Editing companies, departments, people and role profiles."""
