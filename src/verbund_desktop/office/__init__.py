"""The coordination office's sync service: an ASGI app (Starlette) on uvicorn over HTTPS, in front of PostgreSQL.

A top layer like ``ui`` and ``cli``: it calls services only. Laptops never connect to PostgreSQL directly.
"""
