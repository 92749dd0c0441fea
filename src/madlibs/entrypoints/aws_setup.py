"""`madlibs aws-bootstrap`: create the table, the media bucket and (optionally) the app secret
on the configured endpoint (AWS, or a moto server), from the SAM template's own definitions, so
the adapters and the deployed stack cannot drift. Safe to run again."""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_dynamodb.type_defs import TimeToLiveSpecificationTypeDef
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_secretsmanager import SecretsManagerClient

TABLE_RESOURCE = "Table"
BUCKET_RESOURCE = "MediaBucket"
SECRET_KEYS = ("OPENAI_API_KEY", "ELEVENLABS_API_KEY", "MADLIBS_SIGNING_KEY")


class _CloudFormationLoader(yaml.SafeLoader):
    """A YAML loader that reads CloudFormation short tags (!Ref, !Sub, ...) as plain data."""


def _any_tag(loader: yaml.SafeLoader, tag_suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
    return {f"Fn::{tag_suffix}" if tag_suffix != "Ref" else "Ref": value}


_CloudFormationLoader.add_multi_constructor("!", _any_tag)


def default_template_path() -> Path:
    """infra/template.yaml of the working folder, else of the source checkout."""
    here = Path("infra/template.yaml")
    if here.exists():
        return here
    return Path(__file__).resolve().parents[2] / "infra" / "template.yaml"


def load_template(path: Path | None = None) -> dict[str, Any]:
    with (path or default_template_path()).open(encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=_CloudFormationLoader)  # noqa: S506 - safe subclass
    if not isinstance(document, dict):
        raise ValueError("the SAM template is not a mapping")
    return document


def _properties(template: dict[str, Any], resource: str) -> dict[str, Any]:
    try:
        properties = template["Resources"][resource]["Properties"]
    except KeyError:
        raise ValueError(f"the SAM template has no {resource} resource") from None
    if not isinstance(properties, dict):
        raise ValueError(f"{resource} has no properties")
    return properties


def table_definition(template: dict[str, Any]) -> dict[str, Any]:
    """CreateTable arguments (without TableName) from the template's Table resource."""
    props = _properties(template, TABLE_RESOURCE)
    definition: dict[str, Any] = {
        "AttributeDefinitions": props["AttributeDefinitions"],
        "KeySchema": props["KeySchema"],
        "BillingMode": props.get("BillingMode", "PAY_PER_REQUEST"),
    }
    indexes = [
        {
            "IndexName": index["IndexName"],
            "KeySchema": index["KeySchema"],
            "Projection": index["Projection"],
        }
        for index in props.get("GlobalSecondaryIndexes", [])
    ]
    if indexes:
        definition["GlobalSecondaryIndexes"] = indexes
    if props.get("SSESpecification", {}).get("SSEEnabled"):
        definition["SSESpecification"] = {"Enabled": True}
    return definition


def time_to_live(template: dict[str, Any]) -> TimeToLiveSpecificationTypeDef | None:
    """UpdateTimeToLive's specification from the Table resource (CreateTable takes none)."""
    spec = _properties(template, TABLE_RESOURCE).get("TimeToLiveSpecification")
    if not spec:
        return None
    return {"AttributeName": spec["AttributeName"], "Enabled": bool(spec["Enabled"])}


def ensure_time_to_live(
    client: DynamoDBClient, name: str, spec: TimeToLiveSpecificationTypeDef | None
) -> None:
    """Turn on the table's TTL unless it is on already (asking twice is an error)."""
    if spec is None or not spec["Enabled"]:
        return
    current = client.describe_time_to_live(TableName=name)["TimeToLiveDescription"]
    if current.get("TimeToLiveStatus") in ("ENABLED", "ENABLING"):
        return
    client.update_time_to_live(TableName=name, TimeToLiveSpecification=spec)


def bucket_encryption(template: dict[str, Any]) -> dict[str, Any] | None:
    """PutBucketEncryption's configuration from the template's MediaBucket resource."""
    encryption = _properties(template, BUCKET_RESOURCE).get("BucketEncryption") or {}
    rules = [
        {
            # CloudFormation and the S3 API name the same rule field differently.
            "ApplyServerSideEncryptionByDefault": rule["ServerSideEncryptionByDefault"],
            **(
                {"BucketKeyEnabled": rule["BucketKeyEnabled"]} if "BucketKeyEnabled" in rule else {}
            ),
        }
        for rule in encryption.get("ServerSideEncryptionConfiguration") or []
    ]
    return {"Rules": rules} if rules else None


def ensure_table(client: DynamoDBClient, name: str, definition: dict[str, Any]) -> bool:
    """Create the table unless it exists; True when it was created."""
    try:
        client.create_table(TableName=name, **definition)
    except client.exceptions.ResourceInUseException:
        return False
    client.get_waiter("table_exists").wait(
        TableName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 60}
    )
    return True


def ensure_bucket(
    client: S3Client, name: str, region: str, encryption: dict[str, Any] | None
) -> bool:
    from botocore.exceptions import ClientError

    # Asked first: in us-east-1, creating a bucket one already owns quietly succeeds.
    try:
        client.head_bucket(Bucket=name)
        created = False
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") not in {"404", "NoSuchBucket", "NotFound"}:
            raise
        created = True
    if created:
        request: dict[str, Any] = {"Bucket": name}
        if region != "us-east-1":
            request["CreateBucketConfiguration"] = {"LocationConstraint": region}
        client.create_bucket(**request)
    if encryption:
        client.put_bucket_encryption(
            Bucket=name,
            ServerSideEncryptionConfiguration=encryption,  # type: ignore[arg-type]
        )
    client.put_public_access_block(
        Bucket=name,
        PublicAccessBlockConfiguration={
            "BlockPublicAcls": True,
            "IgnorePublicAcls": True,
            "BlockPublicPolicy": True,
            "RestrictPublicBuckets": True,
        },
    )
    return created


def ensure_secret(client: SecretsManagerClient, secret_id: str, environ: dict[str, str]) -> bool:
    """Create the app secret unless it exists: provider keys from `environ`, a new signing key."""
    value = {name: environ.get(name, "") for name in SECRET_KEYS}
    value["MADLIBS_SIGNING_KEY"] = value["MADLIBS_SIGNING_KEY"] or secrets.token_urlsafe(32)
    try:
        client.create_secret(Name=secret_id, SecretString=json.dumps(value))
    except client.exceptions.ResourceExistsException:
        return False
    return True


def wait_for_endpoint(client: DynamoDBClient, timeout: float) -> None:
    """Poll until the endpoint answers (a moto server or LocalStack still starting)."""
    import time

    from botocore.exceptions import EndpointConnectionError

    deadline = time.monotonic() + timeout
    while True:
        try:
            client.list_tables(Limit=1)
            return
        except EndpointConnectionError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def aws_bootstrap(
    template_path: Path | None = None, *, with_secret: bool = False, wait: float = 0
) -> list[str]:
    """Create what the configured settings point at; one line per resource, for the operator."""
    import os

    from madlibs.bootstrap import Container

    container = Container()
    settings = container.settings
    template = load_template(template_path)
    dynamodb, s3 = container.aws_client("dynamodb"), container.aws_client("s3")
    if wait:
        wait_for_endpoint(dynamodb, wait)
    lines = []
    created = ensure_table(dynamodb, settings.table, table_definition(template))
    ensure_time_to_live(dynamodb, settings.table, time_to_live(template))
    lines.append(f"table {settings.table}: {'created' if created else 'exists'}")
    region = s3.meta.region_name or "us-east-1"
    created = ensure_bucket(s3, settings.bucket, region, bucket_encryption(template))
    lines.append(f"bucket {settings.bucket}: {'created' if created else 'exists'}")
    if with_secret:
        created = ensure_secret(
            container.aws_client("secretsmanager"), settings.secret_id, dict(os.environ)
        )
        lines.append(f"secret {settings.secret_id}: {'created' if created else 'exists'}")
    return lines
