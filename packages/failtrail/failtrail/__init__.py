"""failtrail: what failed, when and where, across Zuora, Citrix Cloud, VinylDNS, Workato and ZITADEL.

    import failtrail
    with failtrail.failures(since=timedelta(hours=24), merge=True) as run:
        for record in run:
            print(record.when, record.vendor, record.http_status, record.resource, record.message)
    print(run.errors)   # {vendor: VendorError} for the vendors that failed; the others' records all came

The vendor packages do the talking (install them with ``pip install 'failtrail[zuora,citrix]'``);
this package reads them concurrently and maps each vendor's record to one :class:`FailureRecord`.
"""

from ._api import afailures, failures, window
from ._config import VENDORS, Config, VendorConfig, load_config
from ._errors import ConfigError, FailtrailError, VendorError, WindowError
from ._follow import AsyncFollow, Follow, afollow, follow
from ._json import to_json, to_row
from ._record import FailureRecord
from ._stream import AsyncFailures, Failures, VendorOutcome
from ._version import __version__

__all__ = [
    "VENDORS",
    "AsyncFailures",
    "AsyncFollow",
    "Config",
    "ConfigError",
    "FailtrailError",
    "FailureRecord",
    "Failures",
    "Follow",
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
