"""Exceptions shared across layers. Messages never contain personal data."""


class PiiScannerError(Exception):
    """Base class for every error this package raises on purpose."""


class ConfigError(PiiScannerError):
    """A setting is missing or invalid. The message names the key. CLI exit code 2."""


class AuthError(PiiScannerError):
    """The helpdesk rejected our credentials (401/403). CLI exit code 2."""


class ApiError(PiiScannerError):
    """The helpdesk answered with an error we do not retry (or retries ran out)."""

    def __init__(self, message: str, status: int | None = None, url: str | None = None):
        super().__init__(message)
        self.status = status
        self.url = url


class NotFound(ApiError):
    """The object vanished (404), e.g. a ticket deleted between list and fetch."""


class RateLimited(ApiError):
    """429 and the retry/wait budget is spent (or raise_on_ratelimit is set)."""


class UnsafeRedirect(ApiError):
    """A redirect or pagination URL pointed at a host that is not allowed."""


class TooLarge(PiiScannerError):
    """A download or input exceeded its configured size cap."""


class ScanLocked(PiiScannerError):
    """Another scan of the same source holds the lock."""


class DetectionError(PiiScannerError):
    """A record could not be analysed (recorded as an item error; the scan goes on)."""
