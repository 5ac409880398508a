"""Runs the doctests of the store modules (pytest's doctest collection does not cover src/)."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["clock", "normalise", "preview", "status", "repositories.base", "repositories.runs"]


@pytest.mark.parametrize("name", MODULES)
def test_module_doctests(name):
    module = importlib.import_module(f"pii_scanner.store.{name}")
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
