"""Contains all the data models used in inputs/outputs"""

from .a_data import AData
from .access_level import AccessLevel
from .acl_rule import ACLRule
from .batch_change import BatchChange
from .batch_change_approval_status import BatchChangeApprovalStatus
from .batch_change_status import BatchChangeStatus
from .batch_change_summary import BatchChangeSummary
from .batch_change_summary_list import BatchChangeSummaryList
from .cname_data import CNAMEData
from .ds_data import DSData
from .list_failed_record_set_changes_response import ListFailedRecordSetChangesResponse
from .list_failed_zone_changes_response import ListFailedZoneChangesResponse
from .mx_data import MXData
from .naptr_data import NAPTRData
from .ns_data import NSData
from .ownership_transfer import OwnershipTransfer
from .ownership_transfer_ownership_transfer_status import OwnershipTransferOwnershipTransferStatus
from .ptr_data import PTRData
from .record_set import RecordSet
from .record_set_change import RecordSetChange
from .record_set_change_status import RecordSetChangeStatus
from .record_set_change_type import RecordSetChangeType
from .record_set_status import RecordSetStatus
from .record_type import RecordType
from .single_change import SingleChange
from .single_change_change_type import SingleChangeChangeType
from .single_change_error import SingleChangeError
from .single_change_status import SingleChangeStatus
from .soa_data import SOAData
from .srv_data import SRVData
from .sshfp_data import SSHFPData
from .txt_data import TXTData
from .unknown_record_data import UnknownRecordData
from .zone import Zone
from .zone_acl import ZoneACL
from .zone_change import ZoneChange
from .zone_change_status import ZoneChangeStatus
from .zone_change_type import ZoneChangeType
from .zone_connection import ZoneConnection
from .zone_connection_algorithm import ZoneConnectionAlgorithm
from .zone_status import ZoneStatus

__all__ = (
    "AccessLevel",
    "ACLRule",
    "AData",
    "BatchChange",
    "BatchChangeApprovalStatus",
    "BatchChangeStatus",
    "BatchChangeSummary",
    "BatchChangeSummaryList",
    "CNAMEData",
    "DSData",
    "ListFailedRecordSetChangesResponse",
    "ListFailedZoneChangesResponse",
    "MXData",
    "NAPTRData",
    "NSData",
    "OwnershipTransfer",
    "OwnershipTransferOwnershipTransferStatus",
    "PTRData",
    "RecordSet",
    "RecordSetChange",
    "RecordSetChangeStatus",
    "RecordSetChangeType",
    "RecordSetStatus",
    "RecordType",
    "SingleChange",
    "SingleChangeChangeType",
    "SingleChangeError",
    "SingleChangeStatus",
    "SOAData",
    "SRVData",
    "SSHFPData",
    "TXTData",
    "UnknownRecordData",
    "Zone",
    "ZoneACL",
    "ZoneChange",
    "ZoneChangeStatus",
    "ZoneChangeType",
    "ZoneConnection",
    "ZoneConnectionAlgorithm",
    "ZoneStatus",
)
