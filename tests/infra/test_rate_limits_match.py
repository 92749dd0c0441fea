"""The app's rate limits (settings) and the WAF's rate rules (infra/edge.yaml) are one set of
figures: the WAF counts per address over five minutes what the app counts per minute."""

from __future__ import annotations

from typing import Any

import pytest

from madlibs.api.ratelimit import route_classes
from madlibs.entrypoints.aws_setup import load_template
from madlibs.settings import Settings
from tests.infra.cfn import ROOT

pytestmark = pytest.mark.infra

WAF_WINDOW_MINUTES = 5


@pytest.fixture(scope="module")
def edge() -> dict[str, Any]:
    template: dict[str, Any] = load_template(ROOT / "infra" / "edge.yaml")
    return template


@pytest.mark.parametrize(
    ("parameter", "setting"),
    [
        ("TemplateRateLimit", "rate_template_per_address"),
        ("MediaRateLimit", "rate_media_per_address"),
        ("JoinRateLimit", "rate_join_per_address"),
        ("WriteRateLimit", "rate_write_per_address"),
        # Story pages are the reads the edge cannot keep (unlisted and unknown stories).
        ("StoryPageRateLimit", "rate_read_per_address"),
    ],
)
def test_waf_limits_are_the_apps_per_address_figures(edge, parameter, setting):
    per_minute = getattr(Settings(), setting)
    assert edge["Parameters"][parameter]["Default"] == per_minute * WAF_WINDOW_MINUTES


def test_every_rate_rule_counts_over_five_minutes_by_address(edge):
    rules = edge["Resources"]["WebAcl"]["Properties"]["Rules"]
    rate_rules = [
        r["Statement"]["RateBasedStatement"]
        for r in rules
        if "RateBasedStatement" in r["Statement"]
    ]
    assert {r["EvaluationWindowSec"] for r in rate_rules} == {WAF_WINDOW_MINUTES * 60}
    assert {r["AggregateKeyType"] for r in rate_rules} == {"IP"}


@pytest.mark.parametrize(
    ("method", "path", "classes"),
    [
        ("POST", "/api/templates", ("template", "write")),
        ("POST", "/api/p/abc/audio", ("media", "write")),
        ("POST", "/api/p/abc/image", ("media", "write")),
        ("POST", "/api/submissions", ("write",)),
        ("POST", "/api/rooms/QFXT/players", ("join", "write")),
        ("POST", "/api/rooms", ("write",)),
        ("PUT", "/api/rooms/QFXT/words", ("write",)),
        ("GET", "/api/rooms/QFXT", ("read",)),
        ("DELETE", "/api/p/abc", ("write",)),
        ("POST", "/api/session", ("write",)),
        ("GET", "/api/p/abc", ("read",)),
        ("GET", "/assets/app.js", ()),
    ],
)
def test_the_app_scopes_its_budgets_as_the_waf_rules_do(method, path, classes):
    assert route_classes(method, path) == classes


def _scope_matches(statement: dict[str, Any], method: str, path: str) -> bool:
    """Whether a WAF scope-down statement matches a request (the statements edge.yaml uses)."""
    if "AndStatement" in statement:
        return all(_scope_matches(s, method, path) for s in statement["AndStatement"]["Statements"])
    if "OrStatement" in statement:
        return any(_scope_matches(s, method, path) for s in statement["OrStatement"]["Statements"])
    if "NotStatement" in statement:
        return not _scope_matches(statement["NotStatement"]["Statement"], method, path)
    match = statement["ByteMatchStatement"]
    text = method if "Method" in match["FieldToMatch"] else path
    if any(t["Type"] == "LOWERCASE" for t in match["TextTransformations"]):
        text = text.lower()
    wanted = match["SearchString"]
    positions = {
        "EXACTLY": text == wanted,
        "STARTS_WITH": text.startswith(wanted),
        "ENDS_WITH": text.endswith(wanted),
        "CONTAINS": wanted in text,
    }
    return positions[match["PositionalConstraint"]]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/api/rooms/QFXT/players"),
        ("POST", "/api/rooms/qfxt/players"),
        ("POST", "/api/rooms"),
        ("POST", "/api/rooms/QFXT/round"),
        ("POST", "/api/rooms/QFXT/reveal"),
        ("PUT", "/api/rooms/QFXT/words"),
        ("GET", "/api/rooms/QFXT"),
        ("GET", "/api/rooms/QFXT/players"),
        ("POST", "/api/p/players"),
    ],
)
def test_the_waf_counts_a_join_where_the_app_does(edge, method, path):
    [rule] = [
        r
        for r in edge["Resources"]["WebAcl"]["Properties"]["Rules"]
        if r["Name"] == "room-join-rate"
    ]
    rate = rule["Statement"]["RateBasedStatement"]
    assert rate["Limit"] == {"Ref": "JoinRateLimit"}
    counted = _scope_matches(rate["ScopeDownStatement"], method, path)
    assert counted == ("join" in route_classes(method, path))


def _rule(edge: dict[str, Any], name: str) -> dict[str, Any]:
    [rule] = [r for r in edge["Resources"]["WebAcl"]["Properties"]["Rules"] if r["Name"] == name]
    statement: dict[str, Any] = rule["Statement"]["RateBasedStatement"]
    return statement


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/api/templates"),
        ("POST", "/api/submissions"),
        ("POST", "/api/session"),
        ("PATCH", "/api/p/brave-otter-42"),
        ("DELETE", "/api/p/brave-otter-42"),
        ("POST", "/api/rooms"),
        ("PUT", "/api/rooms/QFXT/words"),
        ("POST", "/api/rooms/QFXT/players"),
        ("GET", "/api/p/brave-otter-42"),
        ("GET", "/api/rooms/QFXT"),
        ("GET", "/api/rooms/QFXT/live"),
        ("HEAD", "/api/submissions"),
        ("OPTIONS", "/api/submissions"),
        ("GET", "/p/brave-otter-42"),
    ],
)
def test_the_waf_counts_a_write_where_the_app_does(edge, method, path):
    rate = _rule(edge, "api-write-rate")
    assert rate["Limit"] == {"Ref": "WriteRateLimit"}
    counted = _scope_matches(rate["ScopeDownStatement"], method, path)
    assert counted == ("write" in route_classes(method, path))


@pytest.mark.parametrize(
    ("path", "counted"),
    [
        ("/p/brave-otter-42", True),
        ("/P/Brave-Otter-42", True),
        ("/p/brave-otter-42/", True),
        ("/p/cardigan-otter-42", True),  # a slug that begins like a card's name
        ("/p/brave-otter-42/card.png", False),
        ("/p/brave-otter-42/card-small.webp", False),
        ("/api/p/brave-otter-42", False),
        ("/assets/index-3f9a1c.js", False),
        ("/play", False),
    ],
)
def test_the_waf_counts_story_pages_but_not_their_cards(edge, path, counted):
    """A story page not kept at the edge is a function call: counted as the app counts reads.
    The cards are kept at the edge by version, and a gallery page shows twenty of them."""
    rate = _rule(edge, "story-page-rate")
    assert rate["Limit"] == {"Ref": "StoryPageRateLimit"}
    assert _scope_matches(rate["ScopeDownStatement"], "GET", path) is counted
    if counted:
        assert route_classes("GET", path.lower()) == ("read",)
