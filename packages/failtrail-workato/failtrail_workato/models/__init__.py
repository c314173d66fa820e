"""Contains all the data models used in inputs/outputs"""

from .api_client import ApiClient
from .api_client_auth_type import ApiClientAuthType
from .api_client_list_response import ApiClientListResponse
from .api_client_response import ApiClientResponse
from .api_collection import ApiCollection
from .api_collection_ref import ApiCollectionRef
from .api_endpoint import ApiEndpoint
from .api_key import ApiKey
from .api_key_list_response import ApiKeyListResponse
from .api_key_response import ApiKeyResponse
from .api_policy_ref import ApiPolicyRef
from .create_api_client_request import CreateApiClientRequest
from .create_api_collection_request import CreateApiCollectionRequest
from .create_api_key_request import CreateApiKeyRequest
from .import_results import ImportResults
from .job_status import JobStatus
from .jwt_method import JwtMethod
from .open_api_spec import OpenApiSpec
from .open_api_spec_format import OpenApiSpecFormat
from .recipe_job import RecipeJob
from .recipe_job_error_parts import RecipeJobErrorParts
from .recipe_job_list import RecipeJobList
from .success_response import SuccessResponse
from .workato_error import WorkatoError
from .workato_field_errors import WorkatoFieldErrors

__all__ = (
    "ApiClient",
    "ApiClientAuthType",
    "ApiClientListResponse",
    "ApiClientResponse",
    "ApiCollection",
    "ApiCollectionRef",
    "ApiEndpoint",
    "ApiKey",
    "ApiKeyListResponse",
    "ApiKeyResponse",
    "ApiPolicyRef",
    "CreateApiClientRequest",
    "CreateApiCollectionRequest",
    "CreateApiKeyRequest",
    "ImportResults",
    "JobStatus",
    "JwtMethod",
    "OpenApiSpec",
    "OpenApiSpecFormat",
    "RecipeJob",
    "RecipeJobErrorParts",
    "RecipeJobList",
    "SuccessResponse",
    "WorkatoError",
    "WorkatoFieldErrors",
)
