"""Regex fragments shared by number recognizers: a number must not touch other digits/words.

``NUM_START``/``NUM_END`` stop a match inside a longer number (``12.34567890123``,
``4711-12058695082``) while allowing ``fnr:12058695082.`` and ``(962 514 995)``.
"""

NUM_START = r"(?<!\d[.,:/-]|[\w+/@#&=])"
NUM_END = r"(?![\w@/]|[.,:/-]\d)"
