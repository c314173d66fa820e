"""failtrail: what failed, when and where, across Zuora, Citrix Cloud, VinylDNS, Workato and ZITADEL.

    import failtrail
    with failtrail.failures(since=timedelta(hours=24), merge=True) as run:
        for record in run:
            print(record.when, record.vendor, record.http_status, record.resource, record.message)
    print(run.errors)   # {vendor: VendorError} for the vendors that failed; the others' records all came

    for record in failtrail.follow(state="failtrail-state.json"):   # every new failure once, as it happens
        ...

The vendor packages do the talking (install them with ``pip install 'failtrail[zuora,citrix]'``);
this package reads them concurrently and maps each vendor's record to one :class:`FailureRecord`.
Every error is a ``failtrail.FailtrailError``, failtrail-core's one base class for every vendor's errors.

Names are imported when first used, so ``failtrail --help`` and ``import failtrail`` stay quick.
"""

from ._version import __version__

# Not `from typing import TYPE_CHECKING` (nor importlib, nor `from __future__ import annotations`, which
# imports the __future__ module): `failtrail --help` imports this package, and typing alone would cost it
# more than argparse. Type checkers read this name as True.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from failtrail_core import APIStatusError, FailtrailError, RateLimitError

    from ._api import afailures, failures, window
    from ._config import VENDORS, Config, VendorConfig, load_config
    from ._errors import ConfigError, VendorError, WindowError
    from ._follow import AsyncFollow, Follow, afollow, follow
    from ._json import to_json, to_row
    from ._record import FailureRecord
    from ._stream import AsyncFailures, Failures, VendorOutcome

_WHERE = {
    "APIStatusError": "failtrail_core",
    "FailtrailError": "failtrail_core",
    "RateLimitError": "failtrail_core",
    "afailures": "failtrail._api",
    "failures": "failtrail._api",
    "window": "failtrail._api",
    "VENDORS": "failtrail._config",
    "Config": "failtrail._config",
    "VendorConfig": "failtrail._config",
    "load_config": "failtrail._config",
    "ConfigError": "failtrail._errors",
    "VendorError": "failtrail._errors",
    "WindowError": "failtrail._errors",
    "AsyncFollow": "failtrail._follow",
    "Follow": "failtrail._follow",
    "afollow": "failtrail._follow",
    "follow": "failtrail._follow",
    "to_json": "failtrail._json",
    "to_row": "failtrail._json",
    "FailureRecord": "failtrail._record",
    "AsyncFailures": "failtrail._stream",
    "Failures": "failtrail._stream",
    "VendorOutcome": "failtrail._stream",
}

if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is an error there, not Any

    def __getattr__(name: str) -> object:
        where = _WHERE.get(name)
        if where is None:
            raise AttributeError(f"module 'failtrail' has no attribute {name!r}")
        value = getattr(__import__(where, fromlist=(name,)), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "VENDORS",
    "APIStatusError",
    "AsyncFailures",
    "AsyncFollow",
    "Config",
    "ConfigError",
    "FailtrailError",
    "FailureRecord",
    "Failures",
    "Follow",
    "RateLimitError",
    "VendorConfig",
    "VendorError",
    "VendorOutcome",
    "WindowError",
    "__version__",
    "afailures",
    "afollow",
    "failures",
    "follow",
    "load_config",
    "to_json",
    "to_row",
    "window",
]
