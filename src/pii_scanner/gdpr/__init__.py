"""What a privacy officer needs for GDPR requests, over the findings store.

- :mod:`.subject`: a data subject's access, export and erasure requests: every place the
  person's identifiers appear (found through their HMAC fingerprints: the values typed in are
  never stored or logged), and approving all of it for redaction.
- :mod:`.retention`: personal data in tickets past the retention period.
- :mod:`.breach`: what personal data a set of tickets (leaked, misdirected, exposed) holds.

The CLI (:mod:`.cli`, ``pii-scanner gdpr ...``) is a thin layer over these functions.
"""
