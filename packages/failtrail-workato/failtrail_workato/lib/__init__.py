"""Hand-written additions to the generated package.

- :func:`read_request_logs` / :class:`RequestLogReader`: stream the CSV file that Workato's API
  platform exports from its request logs (they have no API) as typed ``ApiLogRow`` objects.
- :mod:`failtrail_workato.lib.exports`: realistic exports to read, for tests and demos.
- :mod:`failtrail_workato.lib.sandbox`: a fake of the Developer API for tests.
"""

from .._rows import ApiLogRow
from ._request_logs import (
    BadRow,
    BadRowError,
    MissingColumnError,
    OnBadRow,
    RequestLogError,
    RequestLogReader,
    read_request_logs,
)

__all__ = [
    "ApiLogRow",
    "BadRow",
    "BadRowError",
    "MissingColumnError",
    "OnBadRow",
    "RequestLogError",
    "RequestLogReader",
    "read_request_logs",
]
