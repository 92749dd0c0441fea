"""Drops a distribution's cached copies of API paths (a deleted story's permalink read).

The distribution's id comes from a setting, or from an SSM parameter named by a setting: the
SAM stack passes it that way because a direct reference would be a cycle (the distribution's
origin is the API, whose routes are the functions that need the id).
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from madlibs.domain.errors import Unavailable

RETRY_AFTER_SECONDS = 5.0


class CloudFrontInvalidation:
    def __init__(self, client: Callable[[], Any], distribution_id: Callable[[], str]) -> None:
        # Both are looked up on the first invalidation: reads never pay for them.
        self._client = functools.cache(client)
        self._distribution_id = functools.cache(distribution_id)

    def invalidate(self, paths: Sequence[str]) -> None:
        if not paths:
            return
        try:
            self._client().create_invalidation(
                DistributionId=self._distribution_id(),
                InvalidationBatch={
                    "Paths": {"Quantity": len(paths), "Items": list(paths)},
                    "CallerReference": uuid.uuid4().hex,
                },
            )
        except (ClientError, BotoCoreError) as exc:
            raise Unavailable(
                "the CDN did not take the invalidation", retry_after=RETRY_AFTER_SECONDS
            ) from exc


def distribution_id_from_parameter(ssm: Any, name: str) -> str:
    """The distribution id an SSM parameter holds."""
    try:
        value = ssm.get_parameter(Name=name)["Parameter"]["Value"]
    except (ClientError, BotoCoreError) as exc:
        raise Unavailable(
            "the CDN's distribution id cannot be read", retry_after=RETRY_AFTER_SECONDS
        ) from exc
    return str(value)
