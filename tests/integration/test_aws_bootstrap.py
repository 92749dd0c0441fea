"""`madlibs aws-bootstrap` creates the table, bucket and secret on an endpoint from the SAM
template's definitions, and can run again without harm."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

from madlibs.entrypoints.aws_setup import load_template
from tests.integration.aws_fixtures import MotoServer

TEMPLATE = Path(__file__).parents[2] / "infra" / "template.yaml"


def aws_bootstrap(env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "madlibs.entrypoints.cli", "aws-bootstrap", "--with-secret"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.splitlines()


def test_bootstrap_creates_once_then_finds_everything_there(moto_server: MotoServer):
    from madlibs.bootstrap import aws_client

    suffix = uuid.uuid4().hex[:8]
    env = {
        **moto_server.env,
        "MADLIBS_TABLE": f"boot-{suffix}",
        "MADLIBS_BUCKET": f"boot-media-{suffix}",
        "MADLIBS_SECRET_ID": f"madlibs/boot-{suffix}",
        "OPENAI_API_KEY": "sk-from-the-operator",
    }
    assert aws_bootstrap(env) == [
        f"table boot-{suffix}: created",
        f"bucket boot-media-{suffix}: created",
        f"secret madlibs/boot-{suffix}: created",
    ]
    assert aws_bootstrap(env) == [
        f"table boot-{suffix}: exists",
        f"bucket boot-media-{suffix}: exists",
        f"secret madlibs/boot-{suffix}: exists",
    ]

    ttl = aws_client("dynamodb").describe_time_to_live(TableName=f"boot-{suffix}")
    assert ttl["TimeToLiveDescription"]["TimeToLiveStatus"] == "ENABLED"
    assert ttl["TimeToLiveDescription"]["AttributeName"] == "expiry"

    secret = json.loads(
        aws_client("secretsmanager").get_secret_value(SecretId=f"madlibs/boot-{suffix}")[
            "SecretString"
        ]
    )
    assert secret["OPENAI_API_KEY"] == "sk-from-the-operator"
    assert len(secret["MADLIBS_SIGNING_KEY"]) >= 32
    encryption = aws_client("s3").get_bucket_encryption(Bucket=f"boot-media-{suffix}")
    rule = encryption["ServerSideEncryptionConfiguration"]["Rules"][0]
    assert rule["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256"


def test_the_created_table_is_the_one_the_template_declares(
    moto_server: MotoServer, dynamodb_table: str
):
    from madlibs.bootstrap import aws_client

    declared = load_template(TEMPLATE)["Resources"]["Table"]["Properties"]
    table = aws_client("dynamodb").describe_table(TableName=dynamodb_table)["Table"]
    assert table["KeySchema"] == declared["KeySchema"]
    assert table["BillingModeSummary"]["BillingMode"] == declared["BillingMode"]
    assert sorted(table["AttributeDefinitions"], key=lambda a: a["AttributeName"]) == sorted(
        declared["AttributeDefinitions"], key=lambda a: a["AttributeName"]
    )
    created = {i["IndexName"]: i for i in table["GlobalSecondaryIndexes"]}
    for index in declared["GlobalSecondaryIndexes"]:
        assert created[index["IndexName"]]["KeySchema"] == index["KeySchema"]
        assert created[index["IndexName"]]["Projection"] == index["Projection"]


def test_the_adapter_uses_only_indexes_the_template_declares():
    from madlibs.adapters.dynamodb import keys

    declared = load_template(TEMPLATE)["Resources"]["Table"]["Properties"]
    indexes = {
        index["IndexName"]: tuple(k["AttributeName"] for k in index["KeySchema"])
        for index in declared["GlobalSecondaryIndexes"]
    }
    assert indexes == keys.INDEX_KEYS
