"""The review web app: agents review and redact flagged tickets, managers read reports.

``create_app(settings)`` builds the FastAPI application; ``pii-scanner serve`` runs it.
"""

from pii_scanner.web.app import create_app

__all__ = ["create_app"]
