"""Pure check-digit validators, one module per number, with the python-stdnum verbs.

Each module exposes ``compact``, ``validate`` (compact form or raises a
``stdnum.exceptions.ValidationError``), ``is_valid`` and ``format``; no I/O, no config.
:func:`number_modules` lists them for meta-tests (as stdnum's ``get_number_modules``).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType


def number_modules() -> Iterator[ModuleType]:
    """Yield every validator module in this package (``validators.no.fodselsnummer``, ...)."""
    for info in pkgutil.walk_packages(__path__, prefix=__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "is_valid") and hasattr(module, "compact"):
            yield module
