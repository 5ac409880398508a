"""Settings precedence, env names and clear errors naming the key."""

from pathlib import Path

import pytest

from pii_scanner.config import ENV_ALIASES, env_name, load_settings, require_zendesk
from pii_scanner.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "c.toml"
    p.write_text(text)
    return p


def test_precedence_cli_over_env_over_file(tmp_path):
    cfg = write(tmp_path, '[zendesk]\nurl = "https://file.zendesk.com"\nrequests_per_minute = 100\n'
                          '[scan]\nbatch_size = 10\n')
    env = {"PII_SCANNER_ZENDESK_URL": "https://env.zendesk.com", "PII_SCANNER_SCAN_BATCH_SIZE": "20"}
    s = load_settings(env=env, config_path=cfg, overrides={"scan.batch_size": 30})
    assert s.zendesk.url == "https://env.zendesk.com"
    assert s.zendesk.requests_per_minute == 100
    assert s.scan.batch_size == 30


def test_config_file_from_env_var(tmp_path):
    cfg = write(tmp_path, '[database]\nurl = "sqlite:///x.db"\n')
    s = load_settings(env={"PII_SCANNER_CONFIG": str(cfg)})
    assert s.database_url == "sqlite:///x.db"
    assert s.config_path == cfg


def test_contract_env_names():
    assert env_name("database.url") == "PII_SCANNER_DATABASE_URL"
    assert env_name("secrets.secret_key") == "PII_SCANNER_SECRET_KEY"
    assert env_name("secrets.key_file") == "PII_SCANNER_KEY_FILE"
    assert env_name("zendesk.token") == "PII_SCANNER_ZENDESK_TOKEN"
    assert set(ENV_ALIASES) == {"database.url", "secrets.secret_key", "secrets.key_file"}


def test_env_only_settings_work_without_file(tmp_path):
    env = {"PII_SCANNER_DATABASE_URL": f"sqlite:///{tmp_path}/s.db",
           "PII_SCANNER_ZENDESK_URL": "https://acme.zendesk.com",
           "PII_SCANNER_ZENDESK_EMAIL": "a@b.no", "PII_SCANNER_ZENDESK_TOKEN": "t",
           "PII_SCANNER_SECRET_KEY": "k" * 32, "PII_SCANNER_DATA_DIR": str(tmp_path)}
    s = load_settings(env=env, config_path=None)
    z = require_zendesk(s)
    assert (z.email, z.token, s.secret_key) == ("a@b.no", "t", "k" * 32)
    assert s.data_dir == tmp_path
    assert s.key_file == tmp_path / "secret.key"


@pytest.mark.parametrize("text, key", [
    ('[zendesk]\nrequests_per_minute = -3\n', "zendesk.requests_per_minute"),
    ('[zendesk]\nurl = "ftp://x"\n', "zendesk.url"),
    ('[scan]\nstreams = ["tickets", "mail"]\n', "scan.streams"),
    ('[scan]\nbogus = 1\n', "scan.bogus"),
    ('[zendesk]\ntoken = "abc"\n', "zendesk.token"),
    ('[database]\nurl = "mysql://x"\n', "database.url"),
    ('[logging]\nlevel = "loud"\n', "logging.level"),
])
def test_bad_values_name_the_key(tmp_path, text, key):
    with pytest.raises(ConfigError) as exc:
        load_settings(env={}, config_path=write(tmp_path, text))
    assert str(exc.value).startswith(key + ":")


def test_secret_values_do_not_appear_in_errors(tmp_path):
    with pytest.raises(ConfigError) as exc:
        load_settings(env={}, config_path=write(tmp_path, '[zendesk]\ntoken = "s3cr3t-value"\n'))
    assert "s3cr3t-value" not in str(exc.value)


def test_broken_toml_and_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(env={}, config_path=write(tmp_path, "[zendesk\n"))
    with pytest.raises(ConfigError, match="not found"):
        load_settings(env={}, config_path=tmp_path / "nope.toml")


def test_require_zendesk_names_missing_settings():
    s = load_settings(env={}, config_path=None)
    with pytest.raises(ConfigError, match="^zendesk.url"):
        require_zendesk(s)
    s = load_settings(env={"PII_SCANNER_ZENDESK_URL": "https://a.zendesk.com"}, config_path=None)
    with pytest.raises(ConfigError, match="PII_SCANNER_ZENDESK_TOKEN"):
        require_zendesk(s)


def test_example_config_is_valid(tmp_path):
    example = Path(__file__).resolve().parents[1] / "config.example.toml"
    s = load_settings(env={}, config_path=example)
    assert s.zendesk.incremental_requests_per_minute == 10
    assert "tickets" in s.scan.streams
    # every documented table is accepted by the component that reads it
    from pii_scanner.detect.options import DetectOptions
    from pii_scanner.orgs.policy import OrgsPolicy
    from pii_scanner.redact.policy import RedactPolicy

    assert DetectOptions.from_mapping(dict(s.detect)).use_ner is True
    assert RedactPolicy.from_mapping(s.redact).default_operator == "mask"
    assert OrgsPolicy.from_mapping(s.orgs).match_subdomains is True
