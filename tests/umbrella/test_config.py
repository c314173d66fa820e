"""Configuration: TOML plus FAILTRAIL_* variables; every mistake is a ConfigError that says what to do."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import failtrail
import pytest
from failtrail import ConfigError, load_config


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "failtrail.toml"
    path.write_text(text, encoding="utf-8")
    return path


ZUORA = '[zuora]\nenvironment = "EU_PRODUCTION"\nclient_id = "cid"\nclient_secret_env = "MY_ZUORA_SECRET"\n'


def test_file_defaults_and_environment_merge(tmp_path: Path) -> None:
    path = _file(tmp_path, "[defaults]\ntimeout = 12\nmax_retries = 1\n" + ZUORA + "track_id = 'from-file'\n")
    env = {"FAILTRAIL_ZUORA_TRACK_ID": "from-env", "FAILTRAIL_ZUORA_ENTITY_IDS": "e1", "MY_ZUORA_SECRET": "s3cr3t"}
    config = load_config(path, env)
    zuora = config.vendors["zuora"]
    assert dict(zuora.settings) == {
        "timeout": 12.0,
        "max_retries": 1,
        "environment": "EU_PRODUCTION",
        "client_id": "cid",
        "client_secret_env": "MY_ZUORA_SECRET",
        "track_id": "from-env",
        "entity_ids": ("e1",),  # Zuora-Entity-Ids takes one id (see specs/zuora/SOURCES.md)
    }
    assert zuora.base_url({"EU_PRODUCTION": "https://rest.eu.zuora.com"}) == "https://rest.eu.zuora.com"
    assert zuora.secret("client_secret") == "s3cr3t"
    assert "s3cr3t" not in repr(zuora) and "s3cr3t" not in repr(config)
    assert [v.vendor for v in config.select()] == ["zuora"]


def test_config_file_from_environment_variable_and_vendor_from_variables_only(tmp_path: Path) -> None:
    path = _file(tmp_path, ZUORA)
    env = {"FAILTRAIL_CONFIG": str(path), "FAILTRAIL_WORKATO_EXPORT": "logs.csv", "MY_ZUORA_SECRET": "x"}
    config = load_config(environ=env)
    assert config.path == path
    assert sorted(config.vendors) == ["workato", "zuora"]
    assert config.vendors["workato"].origin == "FAILTRAIL_WORKATO_* variables"


@pytest.mark.parametrize(
    ("text", "env", "message"),
    [
        ("[zuora\n", {}, "is not valid TOML"),
        ("[jira]\n", {}, "unknown table(s) jira"),
        ("[defaults]\ntrack_id = 'x'\n", {}, "[defaults]: unknown key 'track_id'"),
        (ZUORA + "client_secret = 'inline'\n", {}, "[zuora]: unknown key 'client_secret'"),
        (ZUORA, {"FAILTRAIL_ZUORA_PASSWORD": "x"}, "FAILTRAIL_ZUORA_PASSWORD: unknown key 'password'"),
        (ZUORA + "timeout = 'soon'\n", {}, "zuora.timeout must be a number, not 'soon'"),
        (ZUORA + "max_retries = 1.5\n", {}, "zuora.max_retries must be a whole number"),
        ("[vinyldns]\nzone_ids = 'z1'\nzone_changes = 'maybe'\n", {}, "vinyldns.zone_changes must be true or false"),
        (ZUORA + "max_retries = inf\n", {}, "zuora.max_retries must be a finite number, not inf"),
        (ZUORA, {"FAILTRAIL_ZUORA_MAX_RETRIES": "nan"}, "FAILTRAIL_ZUORA_MAX_RETRIES must be a finite number, not nan"),
        (ZUORA + "timeout = nan\n", {}, "zuora.timeout must be a finite number, not nan"),
        (ZUORA, {"FAILTRAIL_ZUORA_TIMEOUT": "inf"}, "FAILTRAIL_ZUORA_TIMEOUT must be a finite number, not inf"),
        (ZUORA + "timeout = -1\n", {}, "zuora.timeout must be a number >= 0, not -1"),
        (ZUORA + "page_size = 0\n", {}, "zuora.page_size must be a number >= 1, not 0"),
        ("[defaults]\nprefetch = 0\n" + ZUORA, {}, "zuora.prefetch must be a number >= 1, not 0"),
    ],
)
def test_bad_files(tmp_path: Path, text: str, env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(_file(tmp_path, text), env)
    assert message in str(caught.value)


SECRET = "sk_live/4eC39HqLyjWDarjtT1zdp7dc+=="


@pytest.mark.parametrize(
    ("text", "env", "message"),
    [
        (
            f'[zuora]\nclient_secret_env = "{SECRET}"\n',
            {},
            "zuora.client_secret_env must name an environment variable (like ZUORA_CLIENT_SECRET); its value"
            " (35 characters) is not a variable name, and is not shown in case it is the secret itself",
        ),
        (
            ZUORA,
            {"FAILTRAIL_ZUORA_CLIENT_SECRET_ENV": SECRET},
            "FAILTRAIL_ZUORA_CLIENT_SECRET_ENV must name an environment variable (like ZUORA_CLIENT_SECRET); its"
            " value (35 characters) is not a variable name, and is not shown in case it is the secret itself",
        ),
        (
            "[zuora]\ntoken_env = 4242424242\n",
            {},
            "zuora.token_env must name an environment variable (like ZUORA_CLIENT_SECRET), not be a value of type int",
        ),
    ],
)
def test_a_secret_in_place_of_its_variable_name_is_never_shown(
    tmp_path: Path, text: str, env: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(_file(tmp_path, text), env)
    assert str(caught.value) == message
    assert SECRET not in str(caught.value) and "4242424242" not in str(caught.value)


def test_an_alphanumeric_secret_in_place_of_its_variable_name_is_never_shown(tmp_path: Path) -> None:
    pasted = "a8f9Qz7LmN2xKp4"  # passes as a variable name, but does not look like one
    config = load_config(_file(tmp_path, f'[zuora]\nclient_id = "c"\nclient_secret_env = "{pasted}"\n'), {})
    with pytest.raises(ConfigError) as caught:
        config.select()
    assert str(caught.value) == (
        f"zuora: the environment variable that client_secret_env names in {tmp_path / 'failtrail.toml'} [zuora]"
        " is not set (its name is not shown: it does not look like one, and may be the secret itself)"
    )


def test_missing_file_named_explicitly(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"config file .*nope.toml does not exist"):
        load_config(tmp_path / "nope.toml", {})


def test_missing_credential_names_the_variable(tmp_path: Path) -> None:
    config = load_config(_file(tmp_path, ZUORA), {})
    with pytest.raises(ConfigError) as caught:
        config.select(["zuora"])
    assert str(caught.value) == (
        f"zuora: environment variable MY_ZUORA_SECRET is not set (client_secret_env in {tmp_path / 'failtrail.toml'} [zuora])"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[citrix]\ntoken_env = "T"\n', "citrix: customer_id is required"),
        ('[zuora]\nenvironment = "EU_PRODUCTION"\n', "zuora: token_env is required"),
        ('[zuora]\nclient_id = "c"\ntoken_env = "T"\n', None),
        ('[zuora]\nclient_id = "c"\n', "zuora: client_secret_env is required"),
        ('[vinyldns]\nbase_url = "http://x"\naccess_key_env = "T"\n', "vinyldns: secret_key_env is required"),
        ("[workato]\n", "workato: export is required"),
    ],
)
def test_required_keys(tmp_path: Path, text: str, message: str | None) -> None:
    config = load_config(_file(tmp_path, text), {"T": "t"})
    if message is None:
        config.select()
        return
    with pytest.raises(ConfigError, match=message):
        config.select()


def test_missing_workato_export_is_a_config_error(tmp_path: Path) -> None:
    config = load_config(_file(tmp_path, '[workato]\nexport = "logs/api.csv"\n'), {})
    with pytest.raises(ConfigError) as caught:
        config.select()
    assert str(caught.value) == (
        f"workato: export file {tmp_path / 'logs' / 'api.csv'} does not exist ({tmp_path / 'failtrail.toml'} [workato])"
    )


def test_unknown_environment_lists_the_choices(tmp_path: Path) -> None:
    config = load_config(_file(tmp_path, '[zuora]\nenvironment = "MARS"\ntoken_env = "T"\n'), {"T": "t"})
    with pytest.raises(
        ConfigError, match="unknown environment 'MARS' .* one of US_DEVELOPER_CENTRAL_SANDBOX_US_CLOUD_2, "
    ):
        failtrail.failures(timedelta(hours=1), config=config)


def test_vendor_not_configured_or_unknown(tmp_path: Path) -> None:
    config = load_config(_file(tmp_path, ZUORA), {"MY_ZUORA_SECRET": "x"})
    with pytest.raises(ConfigError, match=r"citrix is not configured: add a \[citrix\] table to "):
        config.select(["citrix"])
    with pytest.raises(ConfigError, match="unknown vendor 'jira'"):
        config.select(["jira"])
    with pytest.raises(ConfigError, match="no vendor is configured"):
        load_config(_file(tmp_path, ""), {}).select()


def test_configured_but_not_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "failtrail_citrix", None)  # import failtrail_citrix: ModuleNotFoundError
    monkeypatch.delitem(sys.modules, "failtrail._vendors.citrix", raising=False)
    config = load_config(_file(tmp_path, '[citrix]\ncustomer_id = "c"\ntoken_env = "T"\n'), {"T": "t"})
    with pytest.raises(ConfigError) as caught:
        config.select()
    assert str(caught.value) == (
        f"citrix is configured ({tmp_path / 'failtrail.toml'} [citrix]) but failtrail-citrix is not installed:"
        " pip install 'failtrail[citrix]'"
    )


@pytest.mark.parametrize("base_url", ["vinyl.example.com:9000", "ftp://vinyl.example.com", "https://"])
def test_a_base_url_without_scheme_or_host_is_a_config_error(tmp_path: Path, base_url: str) -> None:
    text = f'[vinyldns]\nbase_url = "{base_url}"\naccess_key_env = "A"\nsecret_key_env = "S"\n'
    with pytest.raises(ConfigError, match=r"vinyldns\.base_url must be an http:// or https:// URL with a host"):
        load_config(_file(tmp_path, text), {"A": "a", "S": "s"})


def test_every_vendor_declares_its_keys_and_how_to_open_it_in_its_own_module() -> None:
    from failtrail._vendors import declaration

    for name in failtrail.VENDORS:
        declared = declaration(name)
        module = sys.modules[f"failtrail._vendors.{name}"]
        assert declared is module.VENDOR and callable(declared.open)
        assert set(declared.required({"token_env": "T"})) <= set(declared.keys)
