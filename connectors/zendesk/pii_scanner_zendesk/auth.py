"""Zendesk credentials as ``requests`` auth objects (API token or OAuth bearer token)."""

from __future__ import annotations

import requests
from requests.auth import AuthBase, HTTPBasicAuth

from pii_scanner.errors import ConfigError


class BearerAuth(AuthBase):
    """``Authorization: Bearer <token>``; the token never shows in ``repr``."""

    def __init__(self, token: str):
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return request

    def __repr__(self) -> str:
        return "BearerAuth(<hidden>)"


class ApiTokenAuth(HTTPBasicAuth):
    """Basic auth as ``{email}/token:{api_token}``; the token never shows in ``repr``."""

    def __init__(self, email: str, token: str):
        super().__init__(f"{email}/token", token)

    def __repr__(self) -> str:
        return "ApiTokenAuth(<hidden>)"


def zendesk_auth(email: str | None = None, token: str | None = None,
                 oauth_token: str | None = None) -> AuthBase | None:
    """The auth object for the given credentials (None = anonymous).

    >>> zendesk_auth(oauth_token="t")
    BearerAuth(<hidden>)
    >>> zendesk_auth("agent@example.com", "t")
    ApiTokenAuth(<hidden>)
    >>> zendesk_auth() is None
    True
    """
    if oauth_token and token:
        raise ConfigError("zendesk: give either email + token or oauth_token, not both")
    if oauth_token:  # an email next to an OAuth token is harmless and ignored
        return BearerAuth(oauth_token)
    if bool(email) != bool(token):
        raise ConfigError("zendesk: email and token must be given together")
    if email and token:
        return ApiTokenAuth(email, token)
    return None
