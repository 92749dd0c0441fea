"""The DynamoDB keys: text order is time order, shards are stable, galleries are sparse."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from madlibs.adapters.dynamodb import items, keys
from tests.integration.test_store_contract import a_story, a_template


def test_sort_keys_order_like_time_then_id():
    start = datetime(2026, 11, 27, 9, 59, 59, 999_999, tzinfo=UTC)
    moments = [
        (start + timedelta(microseconds=step), item_id)
        for step in (0, 1, 2, 1_000_000)
        for item_id in ("A", "a", "b_", "z-")
    ]
    by_text = sorted(moments, key=lambda m: keys.sort_key(*m))
    assert by_text == sorted(moments)


def test_a_sort_key_is_utc_whatever_the_offset_of_the_moment():
    tokyo = timezone(timedelta(hours=9))
    moment = datetime(2026, 1, 1, 8, 0, tzinfo=tokyo)
    assert keys.sort_key(moment, "x") == "2025-12-31T23:00:00.000000#x"
    assert keys.is_sort_key(keys.sort_key(moment, "x"))


def test_shards_are_stable_and_all_used():
    slugs = [f"slug{n}" for n in range(200)]
    assert [keys.shard_of(s, 4) for s in slugs] == [keys.shard_of(s, 4) for s in slugs]
    assert {keys.shard_of(s, 4) for s in slugs} == {0, 1, 2, 3}


def test_cursor_positions_are_checked_strictly():
    assert not keys.is_sort_key("2026-11-27T06:01:46.123456#abc def")
    assert not keys.is_sort_key("RECENT#SUB#2026-11-27#1")
    assert not keys.is_day("2026-11-27#0")


def test_items_round_trip_and_unlisted_stories_have_no_gallery_keys():
    template = a_template(1)
    assert items.to_template(items.template_item(template, 4)) == template
    story = a_story(1, template)
    item = items.submission_item(story, 4)
    assert items.to_submission(item) == story
    assert item["GSI2PK"]["S"].startswith("RECENT#SUB#")
    hidden = items.submission_item(a_story(2, template, flagged=True), 4)
    assert "GSI2PK" not in hidden
    assert "GSI3PK" not in hidden
    assert hidden["GSI1PK"] == {"S": "PLAYER#plr_alice#SUB"}
