"""The store fixtures of tests/store (SQLite, and PostgreSQL when configured) for GDPR tests."""

from tests.store.conftest import clock, source_id, store, store_url  # noqa: F401
