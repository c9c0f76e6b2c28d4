"""Alembic migration scripts, shipped inside the package.

``HEAD_REVISION`` lets the program see that a database is current without loading Alembic (a test keeps it equal
to Alembic's single head). Add a migration: write it under ``versions/`` and update this constant.
"""

HEAD_REVISION = "0018_sync_after"
