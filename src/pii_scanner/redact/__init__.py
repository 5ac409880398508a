"""Redaction: operators, policy, the plan → approve → apply workflow, and files on disk.

The helpdesk-specific write calls live in the connector package (``pii_scanner.writeback``
entry points); this package decides what to write and checks that it is still right to.
"""
