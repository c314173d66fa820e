"""The umbrella's errors, under failtrail-core's one ``FailtrailError`` (so one ``except`` catches every vendor's
errors and the umbrella's); a vendor's own errors stay its package's types (kept as ``__cause__``).

::

    failtrail_core.FailtrailError
     ├── (every vendor package's errors: APIStatusError, RateLimitError, ...)
     ├── ConfigError    the configuration cannot work (exit code 2 in the CLI); nothing was sent
     │    └── WindowError   the time window cannot work (also a ValueError)
     └── VendorError    one vendor's walk failed; the others went on
"""

from __future__ import annotations

from failtrail_core import FailtrailError

__all__ = ["ConfigError", "FailtrailError", "VendorError", "WindowError"]


class ConfigError(FailtrailError):
    """The configuration cannot work: a missing file, key or credential, an unknown key, a vendor not installed."""


class WindowError(ConfigError, ValueError):
    """The time window cannot work: a naive datetime, ``since`` after ``until``, a time out of range."""


class VendorError(FailtrailError):
    """A vendor's walk failed; the vendor's own exception is ``__cause__`` (and ``.error``).

    Attributes:
        vendor: the vendor's name, e.g. ``"citrix"``.
        source: what was being read, e.g. ``"failure records"`` or ``"zone corp.example.com."``.
        error: the vendor package's exception (``RateLimitError``, ``APIConnectionError``, ...).
    """

    def __init__(self, vendor: str, source: str, error: BaseException) -> None:
        super().__init__(f"{vendor} ({source}): {type(error).__name__}: {error}")
        self.vendor: str = vendor
        self.source: str = source
        self.error: BaseException = error
        self.__cause__: BaseException | None = error
