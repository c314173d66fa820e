"""failures()/afailures(): all vendors at once, merged newest first, and a failing vendor that does not vanish."""

from __future__ import annotations

import gc
import threading
import time
from datetime import UTC, datetime, timedelta

import failtrail
import pytest
from failtrail import ConfigError, FailureRecord, VendorError, VendorOutcome, WindowError
from failtrail._vendors.zuora import ZuoraSource
from failtrail_zuora import InternalServerError

from .conftest import NOW, SINCE, Vendors, utc

ALL = ["zuora", "citrix", "vinyldns", "workato", "zitadel"]


def _keys(records: list[FailureRecord]) -> list[tuple[str, str, str]]:
    return [(r.vendor, r.kind, r.id) for r in records]


def _newest_first(records: list[FailureRecord]) -> list[FailureRecord]:
    """The merge's documented order: newest first; equal times in vendor (configuration) order, then as read."""
    rank = {name: index for index, name in enumerate(ALL)}
    return sorted(records, key=lambda r: (-r.when.timestamp(), rank[r.vendor]))


def test_every_vendor_merged_newest_first(vendors: Vendors) -> None:
    seen: list[tuple[str, int, int, bool]] = []

    def progress(outcome: VendorOutcome) -> None:
        seen.append((outcome.vendor, outcome.pages, outcome.records, outcome.done))

    with failtrail.failures(SINCE, NOW, merge=True, config=vendors.config(), progress=progress) as run:
        merged = list(run)
    assert run.errors == {}
    assert {name: (o.done, o.error) for name, o in run.outcomes.items()} == {name: (True, None) for name in ALL}
    assert {r.vendor for r in merged} == set(ALL)
    assert [r.when for r in merged] == sorted((r.when for r in merged), reverse=True)
    assert all(SINCE <= r.when < NOW for r in merged)
    with failtrail.failures(SINCE, NOW, merge=False, config=vendors.config()) as unmerged:
        arrived = list(unmerged)
    assert sorted(_keys(arrived)) == sorted(_keys(merged))
    assert len(set(_keys(merged))) == len(merged)
    for name in ALL:  # progress: after every page, counts only grow, and ends with the vendor's total
        mine = [entry for entry in seen if entry[0] == name]
        assert mine[-1] == (name, run.outcomes[name].pages, run.outcomes[name].records, True)
        assert [entry[2] for entry in mine] == sorted(entry[2] for entry in mine)
        assert run.outcomes[name].records == sum(r.vendor == name for r in merged)


def test_merge_order_is_the_documented_order(vendors: Vendors) -> None:
    with failtrail.failures(SINCE, NOW, merge=True, config=vendors.config()) as run:
        merged = list(run)
    assert _keys(merged) == _keys(_newest_first(merged))


async def test_async_form_gives_the_same_records(vendors: Vendors) -> None:
    with failtrail.failures(SINCE, NOW, merge=True, config=vendors.config()) as run:
        expected = _keys(list(run))
    async with failtrail.afailures(SINCE, NOW, merge=True, config=vendors.config()) as arun:
        got = [record async for record in arun]
    assert _keys(got) == expected
    assert arun.errors == {}
    async with failtrail.afailures(SINCE, NOW, config=vendors.config(), vendors=["zitadel", "workato"]) as arun:
        some = [record async for record in arun]
    assert sorted(_keys(some)) == sorted(k for k in expected if k[0] in ("zitadel", "workato"))


def test_a_failing_vendor_is_reported_and_the_others_arrive(vendors: Vendors) -> None:
    with failtrail.failures(SINCE, NOW, merge=True, config=vendors.config()) as run:
        everything = list(run)
    vendors.zuora.add_fault("status", path="/system-health/", status=500)
    with failtrail.failures(SINCE, NOW, merge=True, config=vendors.config()) as run:
        got = list(run)
    assert _keys(got) == [k for k in _keys(everything) if k[0] != "zuora"]
    assert list(run.errors) == ["zuora"]
    error = run.errors["zuora"]
    assert isinstance(error, VendorError) and isinstance(error.__cause__, InternalServerError)
    assert (error.vendor, error.source, error.__cause__.status_code) == ("zuora", "failure records", 500)
    assert str(error).startswith("zuora (failure records): InternalServerError: ")
    assert run.outcomes["zuora"].done and not run.outcomes["zuora"].ok
    assert all(run.outcomes[name].ok for name in ALL if name != "zuora")


async def test_a_failing_walk_async_keeps_what_it_read(vendors: Vendors) -> None:
    # One zone's walk answers 403 (VinylDNS's failure listing itself never refuses a zone: a fault stands in):
    # that walk fails, VinylDNS's other walks and the other vendors deliver.
    restricted = f"/metrics/health/zones/{vendors.vinyldns.restricted_zone_id}/"
    vendors.vinyldns.add_fault("status", path=restricted, status=403)
    vendors.write_config(vinyldns={"zone_ids": [vendors.vinyldns.restricted_zone_id, *vendors.zone_ids()]})
    async with failtrail.afailures(SINCE, NOW, config=vendors.config(), vendors=["vinyldns", "citrix"]) as run:
        got = [record async for record in run]
    assert list(run.errors) == ["vinyldns"]
    assert run.errors["vinyldns"].source == f"zone {vendors.vinyldns.restricted_zone_id}"
    assert type(run.errors["vinyldns"].error).__name__ == "PermissionDeniedError"
    assert {r.vendor for r in got} == {"vinyldns", "citrix"}
    assert run.outcomes["vinyldns"].records == sum(r.vendor == "vinyldns" for r in got) > 0


def test_what_goes_on_the_wire(vendors: Vendors) -> None:
    since = datetime(2025, 6, 2, 9, 7, 30, 500, tzinfo=UTC)
    until = datetime(2025, 6, 2, 11, 15, 10, tzinfo=UTC)
    with failtrail.failures(since, until, vendors=["zuora", "citrix"], config=vendors.config()) as run:
        list(run)
    zuora = [r for r in vendors.zuora.requests if r.url.path.startswith("/system-health/")]
    # The first page alone (fetch-ahead starts only once there is a next page); it holds everything.
    assert [r.url.params["page"] for r in zuora] == ["1"]
    assert {frozenset((k, v) for k, v in r.url.params.items() if k != "page") for r in zuora} == {
        frozenset(
            {
                "pageSize": "40",
                "sort": "timerange",
                "startTime": "2025-06-02T09:07+0000",  # minutes only: the window's minute, then the next
                "endTime": "2025-06-02T11:16+0000",
            }.items()
        )
    }
    assert zuora[0].headers["Zuora-Track-Id"] == "umbrella-tests"
    (citrix,) = vendors.citrix.requests
    assert dict(citrix.url.params) == {
        "StartDateTime": "2025-06-02T09:07:30Z",
        "EndDateTime": "2025-06-02T11:15:10Z",
        "Limit": "200",
    }


def test_page_size_is_the_configured_one_at_most_each_apis_maximum(vendors: Vendors) -> None:
    vendors.write_config(defaults={"page_size": 150})  # above Zuora's 40, below Citrix's 200
    with failtrail.failures(SINCE, NOW, vendors=["zuora", "citrix"], config=vendors.config()) as run:
        list(run)
    assert {r.url.params["pageSize"] for r in vendors.zuora.requests if r.url.path.startswith("/system-health/")} == {
        "40"
    }
    assert {r.url.params["Limit"] for r in vendors.citrix.requests} == {"150"}


@pytest.mark.parametrize(("prefetch", "sent"), [(1, 1), (2, 2), (None, 4)])
def test_zuora_prefetch_is_the_configured_one(prefetch: int | None, sent: int) -> None:
    settings = {"base_url": "https://zuora.invalid", "token_env": "T"} | (
        {} if prefetch is None else {"prefetch": prefetch}
    )
    source = ZuoraSource(failtrail.VendorConfig("zuora", settings, "test", environ={"T": "t"}))
    try:
        arguments = source._arguments(failtrail.window(SINCE, NOW))
    finally:
        source.close()
    assert (arguments["prefetch"], arguments["page_size"]) == (sent, 40)


def test_vinyldns_stops_at_the_first_page_older_than_the_window(vendors: Vendors) -> None:
    zone = vendors.zone_ids()[0]
    vendors.write_config(vinyldns={"zone_ids": [zone], "zone_changes": False, "page_size": 5})
    newest = [vendors_change["created"] for vendors_change in vendors.vinyldns.failures_in(zone)]
    since = utc(newest[6])  # inside the second page of five
    with failtrail.failures(since, NOW, vendors=["vinyldns"], config=vendors.config()) as run:
        got = list(run)
    assert [r.when for r in got] == [utc(c) for c in newest[:7]]
    starts = [r.url.params.get("startFrom") for r in vendors.vinyldns.requests]
    assert starts == [None, "5"]  # two pages of the zone's many, not all of them


def test_window_checks_before_anything_is_sent(vendors: Vendors) -> None:
    with pytest.raises(WindowError) as naive:
        failtrail.failures(datetime(2025, 1, 1), config=vendors.config())
    assert str(naive.value) == (
        "since must be an aware datetime (e.g. with tzinfo=timezone.utc), not datetime.datetime(2025, 1, 1, 0, 0)"
    )
    with pytest.raises(WindowError) as backwards:
        failtrail.failures(NOW, NOW - timedelta(seconds=1), config=vendors.config())
    assert str(backwards.value) == "since (2025-06-02T12:00:00+00:00) is after until (2025-06-02T11:59:59+00:00)"
    with pytest.raises(WindowError) as far:
        failtrail.failures(timedelta(days=999_999_999), config=vendors.config())
    assert str(far.value) == "since (999999999 days, 0:00:00) is out of range (before the year 1 or after 9999)"
    # the documented ConfigError, and still the ValueError it used to be
    assert isinstance(far.value, ConfigError) and isinstance(far.value, ValueError)
    assert failtrail.window(timedelta(hours=2), now=NOW) == failtrail.window(NOW - timedelta(hours=2), NOW)
    assert vendors.zuora.request_count == vendors.citrix.request_count == 0


def test_a_run_is_iterated_once(vendors: Vendors) -> None:
    with failtrail.failures(SINCE, NOW, vendors=["zitadel"], config=vendors.config()) as run:
        list(run)
        with pytest.raises(RuntimeError, match="iterated once"):
            iter(run)


def test_public_surface() -> None:
    assert sorted(failtrail.__all__) == sorted(
        [
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
    )
    assert failtrail.VENDORS == ("citrix", "vinyldns", "workato", "zitadel", "zuora")  # one module each


def test_one_error_tree_for_every_vendor_and_the_umbrella() -> None:
    import failtrail_citrix
    import failtrail_core
    import failtrail_zuora

    assert failtrail.FailtrailError is failtrail_core.FailtrailError
    assert failtrail_zuora.RateLimitError is failtrail_citrix.RateLimitError is failtrail.RateLimitError
    assert issubclass(failtrail_citrix.RateLimitError, failtrail.FailtrailError)
    assert issubclass(failtrail.ConfigError, failtrail_zuora.FailtrailError)


def _fetching_ahead() -> list[str]:
    return [thread.name for thread in threading.enumerate() if thread.name.startswith("failtrail-page")]


def test_a_run_closed_early_ends_the_pages_its_walks_fetch_ahead(vendors: Vendors) -> None:
    vendors.write_config(zuora={"page_size": 5, "prefetch": 3})
    vendors.zuora.add_fault("latency", delay=0.2)  # pages are still in flight when the run is closed
    gc.disable()  # the walk's threads must end because the run ended the walk, not because it was collected
    try:
        with failtrail.failures(SINCE, NOW, vendors=["zuora"], config=vendors.config()) as run:
            next(iter(run))  # the walk is under way, pages asked for ahead of it
        for _ in range(100):  # the run's threads wind down on their own
            if not _fetching_ahead():
                break
            time.sleep(0.05)
        assert _fetching_ahead() == []
    finally:
        gc.enable()
