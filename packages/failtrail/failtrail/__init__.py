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

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

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
    "afailures": "._api",
    "failures": "._api",
    "window": "._api",
    "VENDORS": "._config",
    "Config": "._config",
    "VendorConfig": "._config",
    "load_config": "._config",
    "ConfigError": "._errors",
    "VendorError": "._errors",
    "WindowError": "._errors",
    "AsyncFollow": "._follow",
    "Follow": "._follow",
    "afollow": "._follow",
    "follow": "._follow",
    "to_json": "._json",
    "to_row": "._json",
    "FailureRecord": "._record",
    "AsyncFailures": "._stream",
    "Failures": "._stream",
    "VendorOutcome": "._stream",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'failtrail' has no attribute {name!r}")
    value = getattr(importlib.import_module(where, __name__), name)
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
