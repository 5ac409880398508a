"""Connector contract, shared HTTP client and retry policy, connector discovery."""
