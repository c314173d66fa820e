"""Seeded batch changes for the VinylDNS sandbox, shaped as the server serializes them.

Shapes: ``BatchChangeInfo`` (``modules/core/.../batch/BatchChange.scala:114-131``), single changes by
``BatchChangeJsonProtocol.scala:131-166`` (``recordName``/``zoneName``/``zoneId`` are ``""`` when unknown,
``ttl`` on Add only, ``None`` fields left out), the batch status by ``BatchChangeStatus.calculateBatchStatus``
and the summary by ``BatchChangeSummary.apply(BatchChangeInfo)``.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from failtrail_core.sandbox import random_moment, random_uuid, utc_stamp

Record = dict[str, Any]

_TYPES = ["A", "AAAA", "CNAME", "TXT", "MX", "PTR"]
_FAILED = [
    "Failed validating update to DNS for change {id}:{name}: Incompatible record already exists in DNS.",
    "Failed applying update to DNS for change {id}:{name}: Refused: the server refused to perform the operation",
    "Failed applying update to DNS for change {id}:{name}: NotAuth: the server is not authoritative for the zone",
]
_ZONE_DISCOVERY = (
    'Zone Discovery Failed: zone for "{name}" does not exist in VinylDNS. If zone exists, then it must be '
    "connected to in VinylDNS."
)
# (approval status, weights of the single change statuses) for the batch shapes the server produces.
_SHAPES: list[tuple[str, list[str]]] = [
    ("AutoApproved", ["Complete"]),
    ("AutoApproved", ["Complete"]),
    ("AutoApproved", ["Complete"]),
    ("AutoApproved", ["Complete", "Failed"]),  # PartialFailure
    ("AutoApproved", ["Failed"]),  # Failed
    ("AutoApproved", ["Complete", "Pending"]),  # PendingProcessing
    ("ManuallyApproved", ["Complete", "Failed"]),
    ("PendingReview", ["NeedsReview", "Pending"]),
    ("ManuallyRejected", ["Rejected"]),
    ("Cancelled", ["Cancelled"]),
]


def batch_status(approval: str, statuses: list[str], scheduled: bool) -> str:
    """``BatchChangeStatus.calculateBatchStatus`` with the counts the summary query takes
    (``MySqlBatchChangeRepository.scala:92-95``: Failed or Rejected fail, Pending or NeedsReview pend)."""
    if approval == "PendingReview":
        return "Scheduled" if scheduled else "PendingReview"
    if approval == "ManuallyRejected":
        return "Rejected"
    if approval == "Cancelled":
        return "Cancelled"
    pending = any(s in ("Pending", "NeedsReview") for s in statuses)
    failed = any(s in ("Failed", "Rejected") for s in statuses)
    complete = "Complete" in statuses
    if pending:
        return "PendingProcessing"
    if failed:
        return "PartialFailure" if complete else "Failed"
    return "Complete"


def seed_batch_changes(
    rng: random.Random, now: datetime, days: float, zones: list[Record], users: list[tuple[str, str]], count: int
) -> list[Record]:
    """``count`` batch changes (newest first) of ``users`` (id, name) against ``zones``."""
    batches = [_batch(rng, now, days, zones, users) for _ in range(count)]
    return sorted(batches, key=lambda b: (b["createdTimestamp"], b["id"]), reverse=True)


def summary_of(batch: Record) -> Record:
    """The summary the listing sends (``BatchChangeSummary.apply``): the batch without its changes."""
    summary: Record = {key: batch[key] for key in ("userId", "userName") if key in batch}
    if "comments" in batch:
        summary["comments"] = batch["comments"]
    summary["createdTimestamp"] = batch["createdTimestamp"]
    summary["totalChanges"] = len(batch["changes"])
    summary["status"] = batch["status"]
    for key in ("ownerGroupId", "id", "ownerGroupName", "approvalStatus", "reviewerId"):
        if key in batch:
            summary[key] = batch[key]
    if "reviewerUserName" in batch:
        summary["reviewerName"] = batch["reviewerUserName"]
    for key in ("reviewComment", "reviewTimestamp", "scheduledTime", "cancelledTimestamp"):
        if key in batch:
            summary[key] = batch[key]
    return summary


def _batch(rng: random.Random, now: datetime, days: float, zones: list[Record], users: list[tuple[str, str]]) -> Record:
    user_id, user_name = users[0] if rng.random() < 0.75 else rng.choice(users[1:])
    approval, statuses = rng.choice(_SHAPES)
    created = random_moment(rng, now, days)
    singles = [_single(rng, zones, rng.choice(statuses)) for _ in range(rng.randint(1, 6))]
    if len(statuses) > 1:  # the shape's mix really present
        for single, status in zip(singles, statuses, strict=False):
            _set_status(rng, single, status)
    batch: Record = {"userId": user_id, "userName": user_name}
    if rng.random() < 0.6:
        batch["comments"] = rng.choice(["cutover of the api hosts", "ticket OPS-1234", "cleanup", "new mail relay"])
    batch["createdTimestamp"] = utc_stamp(created)
    batch["changes"] = singles
    if rng.random() < 0.5:
        batch["ownerGroupId"] = random_uuid(rng)
    batch["id"] = random_uuid(rng)
    scheduled = approval == "PendingReview" and rng.random() < 0.3
    batch["status"] = batch_status(approval, [s["status"] for s in singles], scheduled)
    if "ownerGroupId" in batch:
        batch["ownerGroupName"] = rng.choice(["dns-ops", "platform", "mail-team"])
    batch["approvalStatus"] = approval
    if approval in ("ManuallyApproved", "ManuallyRejected"):
        batch["reviewerId"] = random_uuid(rng)
        batch["reviewerUserName"] = "dns-reviewer"
        batch["reviewComment"] = "approved" if approval == "ManuallyApproved" else "not in this zone"
        batch["reviewTimestamp"] = utc_stamp(min(now, created + timedelta(hours=rng.uniform(0.1, 5))))
    if scheduled:
        batch["scheduledTime"] = utc_stamp(created + timedelta(days=rng.uniform(1, 10)))
    if approval == "Cancelled":
        batch["cancelledTimestamp"] = utc_stamp(min(now, created + timedelta(hours=rng.uniform(0.1, 5))))
    return batch


def _single(rng: random.Random, zones: list[Record], status: str) -> Record:
    kind = rng.choice(_TYPES)
    zone = zones[3] if kind == "PTR" else rng.choice(zones[:3])
    name = (
        str(rng.randint(1, 254))
        if kind == "PTR"
        else f"{rng.choice(['www', 'api', 'mail', 'vpn'])}-{rng.randint(1, 999)}"
    )
    delete = rng.random() < 0.25
    single: Record = {"changeType": "DeleteRecordSet" if delete else "Add", "inputName": f"{name}.{zone['name']}"}
    single["type"] = kind
    if not delete:
        single["ttl"] = rng.choice([300, 3600, 7200])
    if not delete or rng.random() < 0.3:
        single["record"] = _data(rng, kind)
    single.update(status=status, recordName=name, zoneName=zone["name"], zoneId=zone["id"])
    single["validationErrors"] = []
    single["id"] = random_uuid(rng)
    _set_status(rng, single, status)
    return single


def _set_status(rng: random.Random, single: Record, status: str) -> None:
    """The fields a single change carries in ``status``: processed ones name their record set change."""
    single["status"] = status
    for key in ("systemMessage", "recordChangeId", "recordSetId"):
        single.pop(key, None)
    if status in ("Complete", "Failed", "Pending"):
        single["recordChangeId"] = random_uuid(rng)
        single["recordSetId"] = random_uuid(rng)
    if status == "Failed":
        text = rng.choice(_FAILED).format(id=single["recordChangeId"], name=single["recordName"])
        single["systemMessage"] = text
    if status == "NeedsReview":
        single.update(recordName="", zoneName="", zoneId="")
        message = _ZONE_DISCOVERY.format(name=single["inputName"])
        single["validationErrors"] = [{"errorType": "ZoneDiscoveryError", "message": message}]
    # the dict keeps the server's key order: rebuild it after a change of fields
    order = ["changeType", "inputName", "type", "ttl", "record", "status", "recordName", "zoneName", "zoneId"]
    order += ["systemMessage", "recordChangeId", "recordSetId", "validationErrors", "id"]
    ordered = {key: single[key] for key in order if key in single}
    single.clear()
    single.update(ordered)


def _data(rng: random.Random, kind: str) -> Record:
    host = f"{rng.choice(['web', 'lb', 'edge'])}{rng.randint(1, 9)}.example.com."
    data: dict[str, Record] = {
        "A": {"address": f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"},
        "AAAA": {"address": f"2001:db8::{rng.randint(1, 0xFFFF):x}"},
        "CNAME": {"cname": host},
        "TXT": {"text": "v=spf1 -all"},
        "MX": {"preference": 10, "exchange": host},
        "PTR": {"ptrdname": host},
    }
    return data[kind]
