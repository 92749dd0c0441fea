"""Rotates the origin secret (the header CloudFront sends the API) without downtime.

    python -m madlibs.rotate_origin_secret --secret-id ARN            # step 1: a new value
    python -m madlibs.rotate_origin_secret --secret-id ARN --retire   # step 3: drop the old one

Step 1 writes a new `current` and keeps the old one as `previous`: the functions accept both, so
nothing is refused while CloudFront changes over. Step 2 is a deploy (docs/deploy.md): it passes
the new version's id to the stack, which makes CloudFormation read the secret again and give
CloudFront the new value. Step 3, once that deploy is done, stops accepting the old value.
"""

from __future__ import annotations

import argparse
import json
import secrets
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mypy_boto3_secretsmanager import SecretsManagerClient

VALUE_BYTES = 32


def rotate(client: SecretsManagerClient, secret_id: str) -> str:
    """A new current value, the old one kept as previous; returns the new version's id."""
    old = _values(client, secret_id)
    new = {"current": secrets.token_urlsafe(VALUE_BYTES), "previous": old.get("current", "")}
    return client.put_secret_value(SecretId=secret_id, SecretString=json.dumps(new))["VersionId"]


def retire_previous(client: SecretsManagerClient, secret_id: str) -> str:
    """Only the current value stays accepted; returns the new version's id."""
    current = _values(client, secret_id).get("current", "")
    if not current:
        raise SystemExit(f"{secret_id} has no current value: rotate first")
    value = json.dumps({"current": current, "previous": ""})
    return client.put_secret_value(SecretId=secret_id, SecretString=value)["VersionId"]


def _values(client: SecretsManagerClient, secret_id: str) -> dict[str, str]:
    values = json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])
    if not isinstance(values, dict):
        raise SystemExit(f"{secret_id} does not hold a JSON object")
    return {k: v for k, v in values.items() if isinstance(v, str)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--secret-id", required=True, help="the stack's OriginSecretArn output")
    parser.add_argument("--retire", action="store_true", help="drop the previous value")
    args = parser.parse_args(argv)
    from madlibs.bootstrap import aws_client

    client = aws_client("secretsmanager")
    if args.retire:
        version = retire_previous(client, args.secret_id)
        print(f"only the current value is accepted now (version {version})")
    else:
        version = rotate(client, args.secret_id)
        print(f"new current value written; now deploy with OriginSecretVersion={version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
