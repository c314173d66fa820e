# pyright: strict
"""VinylDNS: failed zone changes and failed record set changes of one zone, with their system message."""

from __future__ import annotations

from failtrail_vinyldns import Client, NotFoundError
from failtrail_vinyldns.api.recordsets import list_record_set_change_failures
from failtrail_vinyldns.api.zones import list_zone_change_failures


def report(url: str, access_key: str, secret_key: str, zone_id: str) -> int:
    failed = 0
    with Client(url, access_key=access_key, secret_key=secret_key) as vinyl:
        for zone_change in list_zone_change_failures.sync(client=vinyl, max_items=100):
            print(zone_change.created, zone_change.zone.name, zone_change.system_message)
            failed += 1
        try:
            for change in list_record_set_change_failures.sync(zone_id, client=vinyl):
                print(change.created, change.record_set.name, change.record_set.ttl, change.system_message)
                failed += 1
        except NotFoundError as error:
            print("no such zone:", error.body)
    return failed
