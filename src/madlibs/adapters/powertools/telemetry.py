"""Telemetry through Powertools for AWS Lambda: each metric one EMF line on stdout (CloudWatch
reads them from the Lambda log; locally they are plain JSON lines), events as structured logs.
"""

from __future__ import annotations

import os
from typing import Any

NAMESPACE = "Madlibs"
SERVICE = "madlibs"


class PowertoolsTelemetry:
    def __init__(self, namespace: str | None = None, service: str | None = None) -> None:
        from aws_lambda_powertools import Logger

        self._namespace = namespace or os.environ.get("POWERTOOLS_METRICS_NAMESPACE", NAMESPACE)
        self._service = service or os.environ.get("POWERTOOLS_SERVICE_NAME", SERVICE)
        self._logger = Logger(service=self._service)

    def count(self, name: str, value: float = 1, **dimensions: str) -> None:
        from aws_lambda_powertools.metrics import MetricUnit, single_metric

        unit = MetricUnit.Milliseconds if name.endswith("Ms") else MetricUnit.Count
        # single_metric keeps each metric's own dimensions and flushes it at once.
        with single_metric(
            name=name,
            unit=unit,
            value=value,
            namespace=self._namespace,
            default_dimensions={"service": self._service},
        ) as metric:
            for key, dimension in dimensions.items():
                metric.add_dimension(name=key, value=str(dimension))

    def event(self, name: str, **fields: object) -> None:
        self._logger.info(name, extra={"event": name, **{k: _plain(v) for k, v in fields.items()}})


def _plain(value: object) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)
