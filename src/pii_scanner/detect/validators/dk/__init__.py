"""Validators for one country."""
