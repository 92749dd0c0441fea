"""Fixtures of the integration tests (real adapters: SQLite, a moto server, real HTTP)."""

from tests.integration.aws_fixtures import (
    dynamodb_table,
    s3_bucket,
    sam_table_definition,
    serial_dynamodb,
    serial_dynamodb_table,
    setup_template,
)

__all__ = [
    "dynamodb_table",
    "s3_bucket",
    "sam_table_definition",
    "serial_dynamodb",
    "serial_dynamodb_table",
    "setup_template",
]
