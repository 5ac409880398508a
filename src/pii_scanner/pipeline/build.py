"""Assemble a scan from settings: store, key, connector, detector, executor. The CLI calls these."""

from __future__ import annotations

import functools
from collections.abc import Callable
from urllib.parse import urlsplit

from pii_scanner import __version__
from pii_scanner.config import Settings, require_zendesk
from pii_scanner.errors import ConfigError
from pii_scanner.pipeline.executor import executor_workers, make_executor
from pii_scanner.pipeline.lock import source_lock
from pii_scanner.pipeline.runner import Progress, Scan, ScanOptions, ScanResult
from pii_scanner.sources.contract import Connector
from pii_scanner.store import Store
from pii_scanner.store.fingerprint import Fingerprinter, load_or_create_key
from pii_scanner.store.preview import masked_preview


def open_store(settings: Settings) -> Store:
    return Store.open(settings.database_url)


def load_key(settings: Settings, *, create: bool = False) -> bytes:
    """The fingerprint key: ``PII_SCANNER_SECRET_KEY`` wins, else the 0600 key file."""
    if settings.secret_key is None and not settings.key_file.exists() and not create:
        raise ConfigError(
            f"secrets.key_file: {settings.key_file} does not exist; run `pii-scanner init` "
            "or set PII_SCANNER_SECRET_KEY"
        )
    return load_or_create_key(secret=settings.secret_key, key_file=settings.key_file, create=create)


def source_name(settings: Settings) -> str:
    return "zendesk:" + (urlsplit(settings.zendesk.url or "").netloc or "unknown")


def build_connector(settings: Settings) -> Connector:
    from pii_scanner.sources.discovery import load_connector_class

    z = require_zendesk(settings)
    cls = load_connector_class("zendesk")
    return cls(
        z.url, email=z.email, token=z.token, oauth_token=z.oauth_token,
        requests_per_minute=z.requests_per_minute,
        incremental_requests_per_minute=z.incremental_requests_per_minute,
        timeout_s=z.timeout_s, max_attempts=z.max_attempts, wait_budget_s=z.wait_budget_s,
        attachment_hosts=z.attachment_hosts, page_size=z.page_size,
    )


def detector_factory(settings: Settings) -> tuple[Callable, str]:
    """A picklable zero-argument detector factory, and a version string for content hashes.

    The version changes whenever detection settings or the package change, so objects are
    re-analysed after an upgrade instead of being skipped as unchanged.
    """
    from pii_scanner.detect.engine import build_detector
    from pii_scanner.detect.options import DetectOptions
    from pii_scanner.records import content_hash

    options = DetectOptions.from_mapping(dict(settings.detect))
    version = f"{__version__}:{content_hash(dict(settings.detect))[:12]}"
    return functools.partial(build_detector, options), version


def attachment_extractor(settings: Settings):
    """``(bytes, file_name) -> Extracted``: type sniffing, text layers, OCR with word boxes."""
    from pii_scanner.extract.attachments import ExtractLimits, extract_bytes
    from pii_scanner.extract.ocr import TesseractOCR

    limits = ExtractLimits()
    ocr = TesseractOCR()

    def extract(data: bytes, file_name: str):
        return extract_bytes(data, file_name, limits, ocr)

    return extract


def attachment_pool(settings: Settings):
    """An :class:`ExtractPool` whose size follows ``scan.executor`` (inline: this process only)."""
    from pii_scanner.extract.attachments import ExtractLimits
    from pii_scanner.extract.ocr import TesseractOCR
    from pii_scanner.extract.pool import ExtractPool

    return ExtractPool(ExtractLimits(), TesseractOCR(), executor_workers(settings.scan.executor))


def run_scan(settings: Settings, options: ScanOptions = ScanOptions(), *,
             connector: Connector | None = None,
             on_progress: Callable[[Progress], None] | None = None) -> ScanResult:
    """Scan the configured source once (under the per-source lock) and return the result."""
    from pii_scanner.extract.images import boxed_findings

    key = load_key(settings)
    fingerprinter = Fingerprinter(key)
    connector = connector or build_connector(settings)
    name = source_name(settings)
    factory, version = detector_factory(settings)
    with source_lock(settings.lock_dir, name):
        store = open_store(settings)
        executor = make_executor(settings.scan.executor, factory)
        pool = attachment_pool(settings)
        try:
            connector.check()
            scan = Scan(settings, connector, store, executor, fingerprinter.fingerprint,
                        masked_preview, detector_version=version, source_name=name,
                        extract_attachment=attachment_extractor(settings),
                        boxed_findings=boxed_findings, extract_many=pool.map)
            return scan.run(options, on_progress)
        finally:
            pool.close()
            executor.close()
            store.close()
            connector.close()

