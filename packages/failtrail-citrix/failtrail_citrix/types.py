"""Shared types, re-exported from failtrail-core: the UNSET marker and the raw Response of the ``*_detailed`` calls."""

from failtrail_core.gen_v1 import UNSET, File, FileTypes, RequestFiles, Response, Unset, is_absent

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "is_absent"]
