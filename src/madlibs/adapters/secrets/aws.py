"""The app's keys from one Secrets Manager secret (a JSON object), through Powertools
parameters: fetched at cold start, kept in memory for `max_age` seconds, so a rotated secret
is picked up within that time. Values never reach a log line or an error message."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from madlibs.domain.errors import Unavailable

if TYPE_CHECKING:
    from mypy_boto3_secretsmanager import SecretsManagerClient

logger = logging.getLogger("madlibs.secrets")


class AwsSecrets:
    def __init__(self, client: SecretsManagerClient, secret_id: str, max_age: int) -> None:
        from aws_lambda_powertools.utilities import parameters

        self._provider = parameters.SecretsProvider(boto3_client=client)
        self._errors: tuple[type[Exception], ...] = (
            parameters.exceptions.GetParameterError,
            parameters.exceptions.TransformParameterError,
        )
        self._secret_id = secret_id
        self._max_age = max_age
        self._values()  # cold start: fail now, not on the first player's request

    def get(self, name: str) -> str | None:
        value = self._values().get(name)
        return value if isinstance(value, str) and value else None

    def _values(self) -> dict[str, Any]:
        try:
            values = self._provider.get(self._secret_id, transform="json", max_age=self._max_age)
        except self._errors as exc:
            # The SDK's message may quote the secret's body; keep only its kind.
            logger.error("secret_unreadable", extra={"error": type(exc).__name__})
            raise Unavailable("the app secret cannot be read", retry_after=30.0) from None
        if not isinstance(values, dict):
            logger.error("secret_unreadable", extra={"error": "not a JSON object"})
            raise Unavailable("the app secret is not a JSON object", retry_after=30.0)
        return values
