"""Recognizers (see pii_scanner.detect.recognizers)."""
