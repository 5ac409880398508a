"""pii-scanner: find and remove personal data in Zendesk-style helpdesks."""

__version__ = "0.1.0"
