"""Powertools telemetry: each count is one CloudWatch EMF line on stdout; events are JSON logs."""

from __future__ import annotations

import json

import pytest

from madlibs.adapters.powertools.telemetry import PowertoolsTelemetry


def emitted(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_a_count_is_an_emf_metric_with_its_own_dimensions(capsys) -> None:
    telemetry = PowertoolsTelemetry(namespace="MadlibsTest", service="text")

    telemetry.count("GuardRejections", reason="changed_word")
    telemetry.count("ProviderLatencyMs", 812, provider="openai-text")

    rejection, latency = emitted(capsys)
    [directive] = rejection["_aws"]["CloudWatchMetrics"]  # type: ignore[index]
    assert directive["Namespace"] == "MadlibsTest"
    assert directive["Dimensions"] == [["service", "reason"]]
    assert directive["Metrics"] == [{"Name": "GuardRejections", "Unit": "Count"}]
    assert rejection["reason"] == "changed_word"
    assert rejection["GuardRejections"] == [1.0]
    assert latency["_aws"]["CloudWatchMetrics"][0]["Metrics"] == [  # type: ignore[index]
        {"Name": "ProviderLatencyMs", "Unit": "Milliseconds"}
    ]
    assert latency["provider"] == "openai-text"


def test_an_event_is_a_structured_log_line(capsys) -> None:
    telemetry = PowertoolsTelemetry(namespace="MadlibsTest", service="events")

    telemetry.event(
        "template_fallback",
        engine="offline",
        reason="provider_failed",
        problems=["title must be a string"],
    )

    [line] = emitted(capsys)
    assert line["message"] == "template_fallback"
    assert line["engine"] == "offline"
    assert line["problems"] == ["title must be a string"]
    assert line["service"] == "events"
