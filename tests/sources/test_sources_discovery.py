import pytest

from pii_scanner.errors import ConfigError
from pii_scanner.sources.contract import Connector
from pii_scanner.sources.discovery import available_connectors, load_connector_class


def test_zendesk_is_found_through_the_entry_point():
    assert "zendesk" in available_connectors()
    cls = load_connector_class("zendesk")
    connector = cls("https://acme.zendesk.com", email="agent@example.com", token="t")
    try:
        assert isinstance(connector, Connector)
        assert connector.name == "zendesk"
    finally:
        connector.close()


def test_unknown_connector_names_the_installed_ones():
    with pytest.raises(ConfigError, match="zendesk"):
        load_connector_class("freshdesk-nope")
