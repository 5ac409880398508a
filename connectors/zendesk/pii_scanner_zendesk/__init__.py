"""Zendesk connector, redaction write-back and the Zendesk-compatible sandbox helpdesk."""
