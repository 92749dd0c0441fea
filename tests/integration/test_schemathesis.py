"""Property-based fuzzing of the whole HTTP API from its own OpenAPI document, on a real server:
no 5xx, every response matches the schema, and every request the schema calls valid is
accepted (but for the rules a schema cannot state, below)."""

from __future__ import annotations

import httpx
import jsonschema_rs
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from tests.support.server import ServerProcess


@pytest.fixture(scope="module")
def fuzzed_server(shared_server: ServerProcess) -> ServerProcess:
    """The module's own server: the fuzzing may fill it with junk, not break it."""
    return shared_server


@pytest.fixture(scope="module")
def api_schema(fuzzed_server: ServerProcess):  # type: ignore[no-untyped-def]
    return schemathesis.openapi.from_url(f"{fuzzed_server.base_url}/api/openapi.json")


@pytest.fixture(scope="module")
def published(fuzzed_server: ServerProcess) -> dict:
    return httpx.get(f"{fuzzed_server.base_url}/api/openapi.json", timeout=10).json()


@pytest.fixture(scope="module")
def player_token(fuzzed_server: ServerProcess) -> str:
    return fuzzed_server.session_token()


schema = schemathesis.pytest.from_fixture("api_schema")


CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
    checks.negative_data_rejection,
    checks.unsupported_method,
]

# Rules no schema can state, each refused with the field named: a cursor must carry our
# signature, and view=template needs the template's id. Every other schema-valid request is
# accepted (a 404 for an id that names nothing is acceptance in schemathesis' terms).
REFUSED_BEYOND_THE_SCHEMA = {"cursor", "template_id"}


def refused_field(response) -> str | None:  # type: ignore[no-untyped-def]
    """The field a 400/422 answer names, if any."""
    if response.status_code not in (400, 422):
        return None
    try:
        error = response.json().get("error")
    except (ValueError, AttributeError):
        return None
    return error.get("field") if isinstance(error, dict) else None


def body_matches_the_schema(case, published: dict) -> bool:  # type: ignore[no-untyped-def]
    """Whether the body really is valid, judged against the published document. Schemathesis
    draws `\\p{M}` from an approximate range that holds unassigned code points (U+20FA), which
    the schema itself refuses; such a body is not positive data, whatever it is labelled."""
    operation = published["paths"].get(case.path, {}).get(case.method.lower(), {})
    if "requestBody" not in operation or not isinstance(case.body, dict):
        return True
    body_schema = operation["requestBody"]["content"]["application/json"]["schema"]
    validator = jsonschema_rs.validator_for({"components": published["components"], **body_schema})
    return bool(validator.is_valid(case.body))


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_fails_and_matches_its_schema(case, player_token, published):
    response = case.call(headers={"Authorization": f"Bearer {player_token}"})
    positive = refused_field(response) not in REFUSED_BEYOND_THE_SCHEMA and body_matches_the_schema(
        case, published
    )
    case.validate_response(
        response, checks=[*CHECKS, checks.positive_data_acceptance] if positive else CHECKS
    )


def test_server_still_serves_after_the_fuzzing(fuzzed_server):
    assert httpx.get(f"{fuzzed_server.base_url}/api/health", timeout=5).status_code == 200
