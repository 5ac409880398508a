"""Zendesk-compatible sandbox helpdesk: seeded synthetic data behind a real HTTP server."""
