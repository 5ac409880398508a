"""Recognizers: declarative patterns + context words + one validate hook, discovered by entry point.

Built-ins live in ``country/<cc>/``, ``generic/`` and ``nlp/`` and are registered in the
``pii_scanner.recognizers`` entry-point group, the same one third-party packages use.
"""
