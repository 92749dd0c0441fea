"""The player token of an `Authorization: Bearer <token>` header. Framework-free: the rate
limit layer and the Lambda authorizer read it too."""

from __future__ import annotations


def bearer_token(authorization: str | None) -> str | None:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
