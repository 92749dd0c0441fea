"""Each Lambda entry point fed API Gateway HTTP API events, against DynamoDB, S3 and Secrets
Manager on a moto server (real HTTP on 127.0.0.1), configured as infra/template.yaml does."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from infra.smoke_test import meta_tags
from madlibs.adapters.secrets.origin import ORIGIN_HEADER
from madlibs.entrypoints.aws_setup import (
    bucket_encryption,
    ensure_bucket,
    ensure_secret,
    ensure_table,
    load_template,
    table_definition,
)
from madlibs.ports import VIEWER_HOST_HEADER
from tests.infra.cfn import ROOT, TEMPLATE, function_environment
from tests.infra.lambda_events import LambdaContext, authorizer_event, http_event
from tests.integration.aws_fixtures import REGION, MotoServer, aws_backend_env
from tests.support.server import wait_until
from tests.support.web_build import built_index

pytestmark = pytest.mark.infra

ENTRY_POINTS = ("read", "text", "media", "authorizer")


# What the origin secret holds: CloudFront sends `current`; `previous` is the value before the
# last rotation, which edge locations may still send for a while.
ORIGIN_CURRENT = "origin-current-6f1b0c9a3e"
ORIGIN_PREVIOUS = "origin-previous-2d8e7a41c5"


@dataclass
class Deployed:
    env: dict[str, str]
    table: str
    bucket: str
    origin_secret: str
    site_bucket: str
    functions: dict[str, ModuleType]
    moto: MotoServer

    def call(
        self, function: str, event: dict[str, Any], *, origin: str | None = ORIGIN_CURRENT
    ) -> dict[str, Any]:
        """The function's answer to `event` as CloudFront forwards it (the origin header set),
        or, with `origin=None`, as a caller who went straight to the API's own address."""
        if origin is not None:
            event["headers"][ORIGIN_HEADER] = origin
        answer: dict[str, Any] = self.functions[function].handler(event, LambdaContext())
        return answer

    def json(self, function: str, event: dict[str, Any], status: int) -> Any:
        answer = self.call(function, event)
        assert answer["statusCode"] == status, answer
        return json.loads(answer["body"]) if answer["body"] else None


# The site bucket's index.html, as the deploy publishes the web build (its asset name marks it).
SITE_INDEX = built_index("index-published1.js")
# The host CloudFront's viewer function names on each story page request.
SITE_HOST = "d111111abcdef8.cloudfront.net"


def publish_site(moto: MotoServer, bucket: str, index_html: str) -> None:
    moto.client("s3").put_object(
        Bucket=bucket,
        Key="index.html",
        Body=index_html.encode(),
        ContentType="text/html; charset=utf-8",
        CacheControl="no-cache",
    )


def _fresh(module: str) -> ModuleType:
    """Imports an entry point anew, so its module-level init reads this test's environment."""
    if module in sys.modules:
        return importlib.reload(sys.modules[module])
    return importlib.import_module(module)


@pytest.fixture(scope="module")
def deployed(
    moto_server: MotoServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployed]:
    template = load_template(TEMPLATE)
    suffix = uuid.uuid4().hex[:10]
    table, bucket, secret = f"madlibs-{suffix}", f"madlibs-media-{suffix}", f"madlibs/{suffix}"
    origin_secret = f"madlibs-origin/{suffix}"
    site_bucket = f"madlibs-site-{suffix}"
    ensure_table(moto_server.client("dynamodb"), table, table_definition(template))
    ensure_bucket(moto_server.client("s3"), bucket, REGION, bucket_encryption(template))
    ensure_bucket(moto_server.client("s3"), site_bucket, REGION, None)
    publish_site(moto_server, site_bucket, SITE_INDEX)
    ensure_secret(moto_server.client("secretsmanager"), secret, {})
    moto_server.client("secretsmanager").create_secret(
        Name=origin_secret,
        SecretString=json.dumps({"current": ORIGIN_CURRENT, "previous": ORIGIN_PREVIOUS}),
    )
    env = {
        # What the template's Globals set, with the offline engines (no provider here).
        **aws_backend_env(table, bucket, secret),
        "MADLIBS_ORIGIN_SECRET_ID": origin_secret,
        # The read function's own (a reference in the template): story pages' index.html.
        "MADLIBS_SITE_BUCKET": site_bucket,
        # A rotation is looked for at most once a second here (30 s as deployed).
        "MADLIBS_ORIGIN_SECRET_REFRESH": "1",
        "MADLIBS_TEXT_ENGINE": "offline",
        "MADLIBS_SPEECH_ENGINE": "offline",
        "MADLIBS_IMAGE_ENGINE": "offline",
        "MADLIBS_DATA_DIR": str(tmp_path_factory.mktemp("lambda-tmp")),
        # The rooms' WebSocket API stage (tests/infra/test_rooms_function.py sends through it).
        "MADLIBS_LIVE_ENDPOINT": moto_server.endpoint,
    }
    functions = {}
    for name in ENTRY_POINTS:
        # Each function's own literal settings from the template (service name, tracing).
        own = _own_environment(name)
        with pytest.MonkeyPatch.context() as patch:
            for key, value in {**own, **env}.items():
                patch.setenv(key, value)
            functions[name] = _fresh(f"madlibs.entrypoints.lambda_{name}")
    with pytest.MonkeyPatch.context() as patch:
        for key, value in env.items():
            patch.setenv(key, value)
        yield Deployed(
            {**moto_server.env, **env},
            table,
            bucket,
            origin_secret,
            site_bucket,
            functions,
            moto_server,
        )


@pytest.fixture(scope="module")
def session(deployed: Deployed) -> dict[str, Any]:
    created: dict[str, Any] = deployed.json("read", http_event("POST", "/api/session"), 201)
    return created


@pytest.fixture(scope="module")
def player(session: dict[str, Any]) -> str:
    token: str = session["token"]
    return token


@pytest.fixture(scope="module")
def story(deployed: Deployed, player: str) -> dict[str, Any]:
    return played(deployed, player, {"theme": "pirates at a bake sale", "seed": 3}, "public")


def played(
    deployed: Deployed, player: str, template_request: dict[str, Any], visibility: str
) -> dict[str, Any]:
    """The template the text function writes for `template_request`, filled with its examples
    and submitted by `player`."""
    template = deployed.json(
        "text", http_event("POST", "/api/templates", template_request, token=player), 201
    )
    fills = {str(blank["id"]): blank["example"] for blank in template["blanks"]}
    body = {"template_id": template["id"], "fills": fills, "visibility": visibility}
    created: dict[str, Any] = deployed.json(
        "text", http_event("POST", "/api/submissions", body, token=player), 201
    )
    return created


def test_health_reports_the_aws_backends(deployed: Deployed) -> None:
    health = deployed.json("read", http_event("GET", "/api/health"), 200)
    assert health["status"] == "ok"
    assert health["engines"]["store"] == "dynamodb"
    assert health["engines"]["media"] == "s3"


def test_a_submission_is_stored_in_the_table(deployed: Deployed, story: dict[str, Any]) -> None:
    items = deployed.moto.client("dynamodb").scan(TableName=deployed.table)["Items"]
    assert any(story["slug"] in json.dumps(item) for item in items)


def test_permalink_read_answers_with_etag_then_304(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    first = deployed.call("read", http_event("GET", f"/api/p/{story['slug']}"))
    assert first["statusCode"] == 200
    assert json.loads(first["body"])["story"] == story["story"]
    etag = first["headers"]["etag"]
    assert first["headers"]["cache-control"].startswith("public, max-age=")
    again = deployed.call(
        "read", http_event("GET", f"/api/p/{story['slug']}", headers={"if-none-match": etag})
    )
    assert again["statusCode"] == 304
    assert again["body"] == ""


def test_fast_permalink_answer_matches_the_app_route(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    read = deployed.functions["read"].read_function
    event = http_event("GET", f"/api/p/{story['slug']}")
    fast = read(event, LambdaContext())
    routed = read._full_app()(event, LambdaContext())
    assert fast["statusCode"] == routed["statusCode"] == 200
    assert fast["body"] == routed["body"]
    for header in ("etag", "cache-control", "content-type", "x-content-type-options"):
        assert fast["headers"][header] == routed["headers"][header], header


def test_unknown_permalink_gets_the_apps_error_body(deployed: Deployed) -> None:
    answer = deployed.call("read", http_event("GET", "/api/p/no-such-story-99"))
    assert answer["statusCode"] == 404
    assert json.loads(answer["body"])["error"]["code"] == "submission_not_found"


# ------------------------------------------------------------------ story pages (/p/{slug})


def _page(deployed: Deployed, path: str, method: str = "GET", **headers: str) -> dict[str, Any]:
    """The read function's answer to a story page as CloudFront forwards it: the viewer's host
    named by CloudFront's viewer function."""
    event = http_event(method, path, headers={VIEWER_HOST_HEADER: SITE_HOST, **headers})
    return deployed.call("read", event)


def _current_card(deployed: Deployed, slug: str) -> str:
    """The story's card path now (the card's version changes with its words and picture)."""
    story = deployed.json("read", http_event("GET", f"/api/p/{slug}"), 200)
    card: str = story["card"]
    return card


def test_a_story_page_shows_its_share_card_to_link_previewers(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    import base64
    import io
    from urllib.parse import urlsplit

    from PIL import Image

    slug = story["slug"]
    answer = _page(deployed, f"/p/{slug}")
    assert answer["statusCode"] == 200
    assert answer["headers"]["content-type"] == "text/html; charset=utf-8"
    page = answer["body"]
    assert "/assets/index-published1.js" in page  # the site bucket's build, not the package's
    tags = meta_tags(page)
    assert tags["og:title"] == story["title"]
    assert tags["og:url"] == f"https://{SITE_HOST}/p/{slug}"
    assert tags["og:image"] == f"https://{SITE_HOST}{_current_card(deployed, slug)}"
    assert tags["og:image"].startswith(f"https://{SITE_HOST}/p/{slug}/card.png?v=")
    assert tags["twitter:card"] == "summary_large_image"
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    # What the previewer fetches next: the media function draws the 1200x630 card.
    card_url = urlsplit(tags["og:image"])
    card = deployed.call("media", http_event("GET", card_url.path, query=card_url.query))
    assert card["statusCode"] == 200
    assert Image.open(io.BytesIO(base64.b64decode(card["body"]))).size == (1200, 630)
    # Some previewers ask for the image's headers first.
    head = deployed.call("media", http_event("HEAD", card_url.path, query=card_url.query))
    assert head["statusCode"] == 200
    assert head["headers"]["content-type"] == "image/png"
    assert not head["body"]


def test_a_public_story_page_is_cached_like_its_permalink_and_revalidated(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    from madlibs.api.representation import PERMALINK_CACHE

    first = _page(deployed, f"/p/{story['slug']}")
    assert first["headers"]["cache-control"] == PERMALINK_CACHE
    etag = first["headers"]["etag"]
    again = _page(deployed, f"/p/{story['slug']}", **{"if-none-match": etag})
    assert again["statusCode"] == 304
    assert again["body"] == ""
    head = _page(deployed, f"/p/{story['slug']}", method="HEAD")
    assert head["statusCode"] == 200
    assert head["body"] == ""
    assert head["headers"]["etag"] == etag


def test_an_unlisted_story_page_is_kept_only_by_the_readers_browser(
    deployed: Deployed, player: str
) -> None:
    from madlibs.api.representation import PRIVATE

    unlisted = played(deployed, player, {"theme": "zoo", "seed": 5}, "unlisted")
    answer = _page(deployed, f"/p/{unlisted['slug']}")
    assert answer["statusCode"] == 200
    assert answer["headers"]["cache-control"] == PRIVATE
    assert meta_tags(answer["body"])["og:title"] == unlisted["title"]


def test_an_unknown_story_page_is_a_404_that_still_loads_the_game(deployed: Deployed) -> None:
    answer = _page(deployed, "/p/no-such-story-99")
    assert answer["statusCode"] == 404
    assert answer["headers"]["content-type"] == "text/html; charset=utf-8"
    assert answer["headers"]["cache-control"] == "no-cache"
    assert '<div id="root">' in answer["body"]
    assert "/assets/index-published1.js" in answer["body"]
    assert "og:title" not in answer["body"]


def test_other_paths_under_p_get_the_game_itself(deployed: Deployed, story: dict[str, Any]) -> None:
    answer = _page(deployed, f"/p/{story['slug']}/somewhere")
    assert answer["statusCode"] == 200
    assert '<div id="root">' in answer["body"]
    assert "og:title" not in answer["body"]


def test_the_public_origin_setting_names_the_site_in_the_preview(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    """With a custom domain the template sets MADLIBS_PUBLIC_ORIGIN: it wins over the host
    CloudFront names (a viewer who reached the distribution by its own name)."""
    from madlibs.bootstrap import Container
    from madlibs.entrypoints.lambda_story_pages import StoryPages
    from madlibs.settings import Settings

    origin = "https://play.example.com"
    settings = Settings.from_environment({**deployed.env, "MADLIBS_PUBLIC_ORIGIN": origin})
    container = Container(settings)
    event = http_event("GET", f"/p/{story['slug']}", headers={VIEWER_HOST_HEADER: SITE_HOST})
    answer = StoryPages(container).answer(event)
    assert answer is not None
    tags = meta_tags(answer["body"])
    assert tags["og:url"] == f"{origin}/p/{story['slug']}"
    assert tags["og:image"].startswith(f"{origin}/p/{story['slug']}/card.png?v=")
    assert SITE_HOST not in answer["body"]


@pytest.mark.parametrize("host", ["", "evil.example/<script>", "a b", 'host"@x'])
def test_a_viewer_host_that_is_no_host_name_puts_no_url_in_the_page(
    deployed: Deployed, story: dict[str, Any], host: str
) -> None:
    event = http_event("GET", f"/p/{story['slug']}", headers={VIEWER_HOST_HEADER: host})
    answer = deployed.call("read", event)
    assert answer["statusCode"] == 200
    tags = meta_tags(answer["body"])
    assert "og:url" not in tags
    assert "og:image" not in tags
    assert tags["twitter:card"] == "summary"


def test_a_new_build_reaches_story_pages_once_their_copy_ages(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    """The function keeps index.html for a minute and then asks S3 whether it changed."""
    from madlibs.adapters.s3.site import SitePageShell
    from madlibs.bootstrap import Container
    from madlibs.entrypoints.lambda_story_pages import StoryPages
    from madlibs.settings import Settings

    now = [0.0]
    container = Container(Settings.from_environment(deployed.env))
    container.__dict__["page_shell"] = SitePageShell(
        lambda: deployed.moto.client("s3"), deployed.site_bucket, clock=lambda: now[0]
    )
    pages = StoryPages(container)
    event = http_event("GET", f"/p/{story['slug']}", headers={VIEWER_HOST_HEADER: SITE_HOST})
    published = SITE_INDEX.replace("index-published1.js", "index-published2.js")
    try:
        assert "index-published1.js" in (pages.answer(event) or {})["body"]
        publish_site(deployed.moto, deployed.site_bucket, published)
        now[0] = 30.0
        assert "index-published1.js" in (pages.answer(event) or {})["body"]
        now[0] = 61.0
        assert "index-published2.js" in (pages.answer(event) or {})["body"]
    finally:
        publish_site(deployed.moto, deployed.site_bucket, SITE_INDEX)


def test_without_a_published_site_a_story_page_is_a_503_no_cache_keeps(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    from madlibs.bootstrap import Container
    from madlibs.entrypoints.lambda_story_pages import StoryPages
    from madlibs.settings import Settings

    empty = f"madlibs-site-empty-{uuid.uuid4().hex[:8]}"
    ensure_bucket(deployed.moto.client("s3"), empty, REGION, None)
    settings = Settings.from_environment({**deployed.env, "MADLIBS_SITE_BUCKET": empty})
    answer = StoryPages(Container(settings)).answer(http_event("GET", f"/p/{story['slug']}"))
    assert answer is not None
    assert answer["statusCode"] == 503
    assert answer["headers"]["cache-control"] == "no-store"
    assert int(answer["headers"]["retry-after"]) >= 1
    assert answer["headers"]["content-type"] == "text/html; charset=utf-8"


def test_audio_is_rendered_into_the_media_bucket(
    deployed: Deployed, story: dict[str, Any], player: str
) -> None:
    media = deployed.json(
        "media", http_event("POST", f"/api/p/{story['slug']}/audio", token=player), 200
    )
    assert media["url"].startswith(deployed.moto.endpoint)
    assert media["content_type"].startswith("audio/")
    objects = deployed.moto.client("s3").list_objects_v2(Bucket=deployed.bucket)
    assert objects["KeyCount"] >= 1


def test_the_share_card_comes_back_whole_through_the_media_function(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    import base64
    import io

    from PIL import Image

    path, _, version = story["card"].partition("?")
    answer = deployed.call("media", http_event("GET", path, query=version))
    assert answer["statusCode"] == 200
    assert answer["headers"]["content-type"] == "image/png"
    assert answer["headers"]["cache-control"] == (
        "public, max-age=31536000, s-maxage=86400, immutable"
    )
    assert answer["isBase64Encoded"] is True
    card = Image.open(io.BytesIO(base64.b64decode(answer["body"])))
    assert card.size == (1200, 630)
    listed = deployed.moto.client("s3").list_objects_v2(Bucket=deployed.bucket)
    cards = [o["Key"] for o in listed.get("Contents", []) if "/cards/" in o["Key"]]
    assert len(cards) == 1  # kept in the media bucket, drawn once


def test_the_owner_changes_the_words_and_asks_whose_story_it_is(
    deployed: Deployed, story: dict[str, Any], player: str
) -> None:
    blank = str(story["corrections"][0]["blank_id"])
    changed = deployed.json(
        "text",
        http_event("PATCH", f"/api/p/{story['slug']}", {"fills": {blank: "Zebedee"}}, token=player),
        200,
    )
    assert changed["slug"] == story["slug"]
    assert "Zebedee" in changed["story"]
    owner = deployed.json(
        "read", http_event("GET", f"/api/p/{story['slug']}/owner", token=player), 200
    )
    assert owner["owned"] is True
    anyone = deployed.json("read", http_event("GET", f"/api/p/{story['slug']}/owner"), 200)
    assert anyone["owned"] is False


def test_galleries_list_the_new_story(
    deployed: Deployed, story: dict[str, Any], player: str
) -> None:
    mine = deployed.json(
        "read", http_event("GET", "/api/submissions", token=player, query="view=mine"), 200
    )
    assert story["slug"] in [item["slug"] for item in mine["items"]]


def test_authorizer_lets_a_valid_player_token_through(
    deployed: Deployed, session: dict[str, Any]
) -> None:
    answer = deployed.call(
        "authorizer", authorizer_event("POST /api/submissions", f"Bearer {session['token']}")
    )
    assert answer == {"isAuthorized": True, "context": {"player_id": session["player_id"]}}


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Basic dXNlcjpwYXNz", "Bearer not-a-token", "Bearer eyJzdWIiOiJ4In0.AAAA"],
)
def test_authorizer_refuses_missing_or_forged_tokens(
    deployed: Deployed, authorization: str | None
) -> None:
    answer = deployed.call("authorizer", authorizer_event("POST /api/templates", authorization))
    assert answer == {"isAuthorized": False}


def test_authorizer_refuses_a_token_signed_with_another_key(deployed: Deployed) -> None:
    from datetime import UTC, datetime

    from madlibs.adapters.signing import TokenIssuer

    forged, _ = TokenIssuer(b"not the deployment's key", 3600).issue(
        "p_intruder", datetime.now(UTC)
    )
    answer = deployed.call(
        "authorizer", authorizer_event("DELETE /api/p/{slug}", f"Bearer {forged}")
    )
    assert answer == {"isAuthorized": False}


def test_owner_deletes_the_story_and_it_is_gone(deployed: Deployed, player: str) -> None:
    doomed = played(deployed, player, {"theme": "robots at a picnic"}, "unlisted")
    stranger = deployed.json("read", http_event("POST", "/api/session"), 201)["token"]
    refused = deployed.call(
        "read", http_event("DELETE", f"/api/p/{doomed['slug']}", token=stranger)
    )
    assert refused["statusCode"] == 403
    deleted = deployed.call("read", http_event("DELETE", f"/api/p/{doomed['slug']}", token=player))
    assert deleted["statusCode"] == 204
    gone = deployed.call("read", http_event("GET", f"/api/p/{doomed['slug']}"))
    assert gone["statusCode"] == 404


# ------------------------------------------------------------------ the origin header

THROUGH_THE_SITE_ONLY = [
    ("read", "GET", "/api/health"),
    ("read", "GET", "/api/p/{slug}"),
    ("read", "GET", "/p/{slug}"),
    ("read", "GET", "/api/templates/{template_id}"),
    ("read", "POST", "/api/session"),
    ("text", "GET", "/api/health"),
    ("text", "POST", "/api/templates"),
    ("media", "POST", "/api/p/{slug}/audio"),
]


@pytest.mark.parametrize(("function", "method", "path"), THROUGH_THE_SITE_ONLY)
@pytest.mark.parametrize("origin", [None, "", "a-guessed-value", ORIGIN_CURRENT + "x"])
def test_requests_that_skip_cloudfront_are_refused(
    deployed: Deployed,
    story: dict[str, Any],
    player: str,
    function: str,
    method: str,
    path: str,
    origin: str | None,
) -> None:
    path = path.format(slug=story["slug"], template_id=story["template_id"])
    body = {"theme": "robots at a picnic"} if path == "/api/templates" else None
    event = http_event(method, path, body, token=player)
    if origin is not None:
        event["headers"][ORIGIN_HEADER] = origin
    before = _table_items(deployed)
    answer = deployed.call(function, event, origin=None)
    assert answer["statusCode"] == 403
    assert json.loads(answer["body"])["error"]["code"] == "not_through_site"
    assert answer["headers"]["cache-control"] == "no-store"
    assert _table_items(deployed) == before  # refused before any work


@pytest.mark.parametrize("origin", [ORIGIN_CURRENT, ORIGIN_PREVIOUS])
def test_current_and_previous_origin_values_are_both_served(
    deployed: Deployed, story: dict[str, Any], origin: str
) -> None:
    answer = deployed.call("read", http_event("GET", f"/api/p/{story['slug']}"), origin=origin)
    assert answer["statusCode"] == 200


def test_a_rotated_origin_value_is_served_without_a_restart(deployed: Deployed) -> None:
    """A rotation (new current, the old one kept as previous): the running functions accept the
    new value CloudFront starts sending, and still the old one, without a cold start."""
    secrets = deployed.moto.client("secretsmanager")
    rotated = "origin-rotated-93c0d5e17b"
    secrets.put_secret_value(
        SecretId=deployed.origin_secret,
        SecretString=json.dumps({"current": rotated, "previous": ORIGIN_CURRENT}),
    )
    try:
        # The first unknown value within a second of the last read is refused; then it is seen.
        assert wait_until(
            lambda: (
                deployed.call("read", http_event("GET", "/api/health"), origin=rotated)[
                    "statusCode"
                ]
                == 200
            ),
            timeout=30,
            interval=0.2,
        )
        token = _token(deployed)
        assert wait_until(
            lambda: deployed.call(
                "authorizer",
                authorizer_event("POST /api/templates", f"Bearer {token}"),
                origin=rotated,
            )["isAuthorized"],
            timeout=30,
            interval=0.2,
        )
        still = deployed.call("read", http_event("GET", "/api/health"), origin=ORIGIN_CURRENT)
        assert still["statusCode"] == 200
    finally:
        secrets.put_secret_value(
            SecretId=deployed.origin_secret,
            SecretString=json.dumps({"current": ORIGIN_CURRENT, "previous": ORIGIN_PREVIOUS}),
        )


@pytest.mark.parametrize("origin", [None, "a-guessed-value"])
def test_authorizer_refuses_a_valid_token_that_skipped_cloudfront(
    deployed: Deployed, session: dict[str, Any], origin: str | None
) -> None:
    event = authorizer_event("POST /api/submissions", f"Bearer {session['token']}")
    if origin is not None:
        event["headers"][ORIGIN_HEADER] = origin
    assert deployed.call("authorizer", event, origin=None) == {"isAuthorized": False}


def test_renders_need_a_player_token(deployed: Deployed, story: dict[str, Any]) -> None:
    for kind in ("audio", "image"):
        answer = deployed.call("media", http_event("POST", f"/api/p/{story['slug']}/{kind}"))
        assert answer["statusCode"] == 401, kind
        assert json.loads(answer["body"])["error"]["field"] == "authorization"


def test_every_function_answers_health_for_the_pretraffic_hook(deployed: Deployed) -> None:
    for function in ("read", "text", "media"):
        health = deployed.json(function, http_event("GET", "/api/health"), 200)
        assert health["status"] == "ok", function


def test_template_reads_are_served_by_the_read_function(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    template = deployed.json(
        "read", http_event("GET", f"/api/templates/{story['template_id']}"), 200
    )
    assert template["id"] == story["template_id"]
    recent = deployed.json("read", http_event("GET", "/api/templates", query="view=recent"), 200)
    assert story["template_id"] in [item["id"] for item in recent["items"]]


def _token(deployed: Deployed) -> str:
    token: str = deployed.json("read", http_event("POST", "/api/session"), 201)["token"]
    return token


def _table_items(deployed: Deployed) -> int:
    table = deployed.moto.client("dynamodb").scan(TableName=deployed.table, Select="COUNT")
    count: int = table["Count"]
    return count


# ------------------------------------------------------------------ 5xx per version


def test_a_5xx_answer_is_counted_per_function_alias_and_version(
    deployed: Deployed, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app answers 503 when its table is gone; Lambda's Errors metric stays at 0, so the
    function emits Http5xx with the version that answered (what a canary alarm watches)."""
    with pytest.MonkeyPatch.context() as patch:
        for key, value in {
            **_own_environment("read"),
            "MADLIBS_TABLE": "no-such-table",
            "MADLIBS_TELEMETRY": "powertools",
            "POWERTOOLS_METRICS_DISABLED": "false",
        }.items():
            patch.setenv(key, value)
        broken = _fresh("madlibs.entrypoints.lambda_read")
        capsys.readouterr()
        context = LambdaContext()
        context.function_version = "7"
        event = http_event("GET", "/api/submissions", query="view=recent")
        event["headers"][ORIGIN_HEADER] = ORIGIN_CURRENT
        answer = broken.handler(event, context)
        ok = broken.handler(_through_site(http_event("GET", "/api/health")), context)
        printed = capsys.readouterr().out
    with pytest.MonkeyPatch.context() as patch:
        for key, value in _own_environment("read").items():
            patch.setenv(key, value)
        deployed.functions["read"] = _fresh("madlibs.entrypoints.lambda_read")
    assert answer["statusCode"] == 503
    assert ok["statusCode"] == 200  # health reports a broken store as "degraded", not 5xx
    counted = [m for m in _emf(printed) if "Http5xx" in m]
    assert len(counted) == 1
    metric = counted[0]
    assert metric["Http5xx"] == [1.0]
    assert metric["service"] == "madlibs-read"
    assert metric["alias"] == "live"
    assert metric["version"] == "7"
    directive = metric["_aws"]["CloudWatchMetrics"][0]
    assert directive["Namespace"] == "madlibs"
    assert sorted(directive["Dimensions"][0]) == ["alias", "service", "version"]


def test_a_function_that_fails_outright_is_counted_too(capsys: pytest.CaptureFixture[str]) -> None:
    from madlibs.adapters.powertools.telemetry import PowertoolsTelemetry
    from madlibs.entrypoints.lambda_http import http_function

    def failing(event: dict[str, Any], context: Any) -> dict[str, Any]:
        raise RuntimeError("a bug")

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("POWERTOOLS_METRICS_DISABLED", "false")
        patch.setenv("POWERTOOLS_METRICS_NAMESPACE", "madlibs")
        handler = http_function(failing, None, PowertoolsTelemetry(service="madlibs-text"))
        with pytest.raises(RuntimeError):
            handler(http_event("GET", "/api/health"), LambdaContext())
        printed = capsys.readouterr().out
    [metric] = [m for m in _emf(printed) if "Http5xx" in m]
    assert metric["service"] == "madlibs-text"
    assert metric["version"] == "$LATEST"


def _through_site(event: dict[str, Any]) -> dict[str, Any]:
    event["headers"][ORIGIN_HEADER] = ORIGIN_CURRENT
    return event


def _emf(printed: str) -> list[dict[str, Any]]:
    found = []
    for line in printed.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "_aws" in record:
            found.append(record)
    return found


# ------------------------------------------------------------------ the PreTraffic hook

HOOK_EVENT = {"DeploymentId": "d-MADLIBS01", "LifecycleEventHookExecutionId": "exec-0001"}
FUNCTION_NAMES = {
    function: f"madlibs-{function.title()}Function-AbCdEf123456"
    for function in ("read", "text", "media")
}


def _invoke_in_process(deployed: Deployed) -> Any:
    """Lambda's Invoke of a function version, answered by that function's handler in this
    process (the event goes through JSON, as it does on the wire)."""
    by_name = {name: function for function, name in FUNCTION_NAMES.items()}

    def invoke(name: str, version: str, event: dict[str, Any]) -> Any:
        assert version == "7"
        return deployed.call(by_name[name], json.loads(json.dumps(event)), origin=None)

    return invoke


@pytest.mark.parametrize("function", ["read", "text", "media"])
def test_pretraffic_check_passes_a_healthy_version_through_the_origin_check(
    deployed: Deployed, function: str
) -> None:
    from madlibs.entrypoints.lambda_pretraffic import check_version

    invoke = _invoke_in_process(deployed)
    name = FUNCTION_NAMES[function]
    assert check_version(invoke, name, "7", ORIGIN_CURRENT)
    assert not check_version(invoke, name, "7", None)  # 403 is a failed check
    assert not check_version(invoke, name, "7", "stale-value")


def test_pretraffic_check_fails_a_version_whose_store_is_broken(deployed: Deployed) -> None:
    from madlibs.entrypoints.lambda_pretraffic import check_version

    with pytest.MonkeyPatch.context() as patch:
        for key, value in {**_own_environment("read"), "MADLIBS_TABLE": "no-such-table"}.items():
            patch.setenv(key, value)
        broken = _fresh("madlibs.entrypoints.lambda_read")

        def invoke(name: str, version: str, event: dict[str, Any]) -> Any:
            return broken.handler(event, LambdaContext())

        healthy = check_version(invoke, FUNCTION_NAMES["read"], "7", ORIGIN_CURRENT)
    with pytest.MonkeyPatch.context() as patch:
        for key, value in _own_environment("read").items():
            patch.setenv(key, value)
        deployed.functions["read"] = _fresh("madlibs.entrypoints.lambda_read")
    assert not healthy  # health answers 200 "degraded": not good enough to take traffic


def _app_spec(function_name: str) -> str:
    """The AppSpec CloudFormation gives CodeDeploy for an alias update (JSON)."""
    return json.dumps(
        {
            "version": 0.0,
            "Resources": [
                {
                    "ReadFunction": {
                        "Type": "AWS::Lambda::Function",
                        "Properties": {
                            "Name": function_name,
                            "Alias": "live",
                            "CurrentVersion": "6",
                            "TargetVersion": "7",
                        },
                    }
                }
            ],
        }
    )


def _codedeploy_expecting(app_spec: str, status: str) -> tuple[Any, Any]:
    """A real CodeDeploy client whose answers (and the requests it must send) are the API's
    own shapes, checked by botocore's Stubber against the service model."""
    from botocore.stub import Stubber

    from madlibs.bootstrap import aws_client

    codedeploy = aws_client("codedeploy")
    stub = Stubber(codedeploy)
    revision = {"revisionType": "String", "string": {"content": app_spec, "sha256": "0" * 64}}
    stub.add_response(
        "get_deployment",
        {
            "deploymentInfo": {
                "deploymentId": HOOK_EVENT["DeploymentId"],
                "applicationName": "madlibs-ServerlessDeploymentApplication-1A",
                "deploymentGroupName": "madlibs-ReadFunctionDeploymentGroup-2B",
                "revision": revision,
            }
        },
        {"deploymentId": HOOK_EVENT["DeploymentId"]},
    )
    stub.add_response(
        "get_application_revision",
        {"applicationName": "madlibs-ServerlessDeploymentApplication-1A", "revision": revision},
        {"applicationName": "madlibs-ServerlessDeploymentApplication-1A", "revision": revision},
    )
    stub.add_response(
        "put_lifecycle_event_hook_execution_status",
        {"lifecycleEventHookExecutionId": HOOK_EVENT["LifecycleEventHookExecutionId"]},
        {
            "deploymentId": HOOK_EVENT["DeploymentId"],
            "lifecycleEventHookExecutionId": HOOK_EVENT["LifecycleEventHookExecutionId"],
            "status": status,
        },
    )
    stub.activate()
    return codedeploy, stub


@pytest.mark.parametrize("function", ["read", "text", "media"])
def test_pretraffic_hook_reports_a_healthy_new_version_to_codedeploy(
    deployed: Deployed, function: str
) -> None:
    from madlibs.entrypoints.lambda_pretraffic import run_hook

    codedeploy, stub = _codedeploy_expecting(_app_spec(FUNCTION_NAMES[function]), "Succeeded")
    status = run_hook(HOOK_EVENT, codedeploy, _invoke_in_process(deployed), ORIGIN_CURRENT)
    assert status == "Succeeded"
    stub.assert_no_pending_responses()


def test_pretraffic_hook_reports_failure_when_it_cannot_check(deployed: Deployed) -> None:
    from madlibs.entrypoints.lambda_pretraffic import run_hook

    # An AppSpec it cannot read: no version is let through unchecked.
    codedeploy, stub = _codedeploy_expecting("version: 0.0\nResources: []", "Failed")
    assert run_hook(HOOK_EVENT, codedeploy, _invoke_in_process(deployed), ORIGIN_CURRENT) == (
        "Failed"
    )
    stub.assert_no_pending_responses()

    def timing_out(name: str, version: str, event: dict[str, Any]) -> Any:
        raise TimeoutError("the new version did not answer")

    codedeploy, stub = _codedeploy_expecting(_app_spec(FUNCTION_NAMES["read"]), "Failed")
    assert run_hook(HOOK_EVENT, codedeploy, timing_out, ORIGIN_CURRENT) == "Failed"
    stub.assert_no_pending_responses()


def test_pretraffic_hook_invokes_the_version_it_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from botocore.response import StreamingBody
    from botocore.stub import Stubber

    from madlibs.bootstrap import aws_client
    from madlibs.entrypoints.lambda_pretraffic import health_event, lambda_invoker

    # The stubbed client never calls AWS, but botocore still wants a region to build it.
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    functions = aws_client("lambda")
    stub = Stubber(functions)
    answered = json.dumps({"statusCode": 200, "body": '{"status": "ok"}'}).encode()
    event = health_event(ORIGIN_CURRENT)
    stub.add_response(
        "invoke",
        {"StatusCode": 200, "Payload": StreamingBody(io.BytesIO(answered), len(answered))},
        {
            "FunctionName": FUNCTION_NAMES["read"],
            "Qualifier": "7",
            "Payload": json.dumps(event).encode(),
        },
    )
    failed = b'{"errorMessage": "boom"}'
    stub.add_response(
        "invoke",
        {
            "StatusCode": 200,
            "FunctionError": "Unhandled",
            "Payload": StreamingBody(io.BytesIO(failed), len(failed)),
        },
        {
            "FunctionName": FUNCTION_NAMES["read"],
            "Qualifier": "8",
            "Payload": json.dumps(event).encode(),
        },
    )
    with stub:
        invoke = lambda_invoker(functions)
        assert invoke(FUNCTION_NAMES["read"], "7", event)["statusCode"] == 200
        assert invoke(FUNCTION_NAMES["read"], "8", event)["statusCode"] == 500
    assert event["headers"][ORIGIN_HEADER] == ORIGIN_CURRENT


def test_correlation_id_is_the_api_request_id(deployed: Deployed) -> None:
    from aws_lambda_powertools import Logger

    deployed.call("read", http_event("GET", "/api/health", request_id="req-correlate-me"))
    assert Logger(service="madlibs-read").get_correlation_id() == "req-correlate-me"


def test_read_function_traces_without_the_xray_sdk(deployed: Deployed) -> None:
    assert function_environment("read")["POWERTOOLS_TRACE_DISABLED"] == "true"
    assert "aws_xray_sdk" not in _imported_by_read(deployed, "/api/health")


def test_read_function_imports_no_engine_sdk(deployed: Deployed, story: dict[str, Any]) -> None:
    imported = _imported_by_read(deployed, f"/api/p/{story['slug']}", "/api/submissions")
    assert not {"openai", "PIL", "espeakng_loader", "lemminflect", "httpx", "stamina"} & imported


def test_read_function_fetches_the_secret_and_builds_s3_only_when_needed(
    deployed: Deployed, story: dict[str, Any]
) -> None:
    """A cold permalink read reads the origin secret and then talks to DynamoDB alone (without
    pydantic or boto3's import); a request straight to the API's address is refused before the
    table is touched; the first session then fetches the signing key."""
    permalink = f"/api/p/{story['slug']}"
    through_site = {ORIGIN_HEADER: ORIGIN_CURRENT}
    script = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
import botocore.session
from tests.infra.lambda_events import LambdaContext, http_event
created, calls = [], []
create_client = botocore.session.Session.create_client
def recording(self, service, *args, **kwargs):
    client = create_client(self, service, *args, **kwargs)
    created.append(service)
    client.meta.events.register(
        "before-call", lambda model, **_: calls.append(service + "." + model.name)
    )
    return client
botocore.session.Session.create_client = recording
from madlibs.entrypoints import lambda_read
direct = lambda_read.handler(
    http_event("GET", {permalink!r}, headers={{{ORIGIN_HEADER!r}: "guessed"}}), LambdaContext()
)
refused = {{"status": direct["statusCode"], "calls": list(calls)}}
permalink = lambda_read.handler(
    http_event("GET", {permalink!r}, headers={through_site!r}), LambdaContext()
)
seen = {{"status": permalink["statusCode"], "created": list(created), "calls": list(calls),
        "parameters": "aws_lambda_powertools.utilities.parameters" in sys.modules,
        "pydantic": "pydantic" in sys.modules, "boto3": "boto3" in sys.modules}}
session = lambda_read.handler(
    http_event("POST", "/api/session", headers={through_site!r}), LambdaContext()
)
print(json.dumps({{"refused": refused, "permalink": seen,
                  "session": {{"status": session["statusCode"], "created": created,
                              "calls": calls}}}}))
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_base_env() | deployed.env | _own_environment("read"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    # The origin secret is read once, at cold start; the guessed header (just after it) does
    # not read it again, and touches nothing else.
    assert seen["refused"] == {"status": 403, "calls": ["secretsmanager.GetSecretValue"]}
    assert seen["permalink"] == {
        "status": 200,
        # Both clients at init: the origin check's, then the store's.
        "created": ["secretsmanager", "dynamodb"],
        "calls": ["secretsmanager.GetSecretValue", "dynamodb.GetItem"],
        "parameters": False,
        "pydantic": False,
        "boto3": False,
    }
    assert seen["session"]["status"] == 201
    assert seen["session"]["created"][-1] == "secretsmanager"
    assert seen["session"]["calls"].count("secretsmanager.GetSecretValue") == 2
    assert not any(call.startswith("s3.") for call in seen["session"]["calls"])


def _imported_by_read(deployed: Deployed, *paths: str) -> set[str]:
    """The top-level modules a fresh interpreter (a cold start) loaded to serve `paths`."""
    script = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from tests.infra.lambda_events import LambdaContext, http_event
from madlibs.entrypoints import lambda_read
for path in {list(paths)!r}:
    event = http_event("GET", path, query="view=recent" if path.endswith("submissions") else "",
                       headers={{{ORIGIN_HEADER!r}: {ORIGIN_CURRENT!r}}})
    assert lambda_read.handler(event, LambdaContext())["statusCode"] == 200
print(json.dumps(sorted({{name.split(".")[0] for name in sys.modules}})))
"""
    own = _own_environment("read")
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=_base_env() | deployed.env | own,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _own_environment(function: str) -> dict[str, str]:
    """The template's literal settings for `function`, less those naming deployed resources."""
    placed = ("MADLIBS_STORE", "MADLIBS_MEDIA", "MADLIBS_SECRETS", "MADLIBS_DATA_DIR")
    return {k: v for k, v in function_environment(function).items() if k not in placed}


def _base_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("MADLIBS_")}


def test_a_hanging_model_is_cut_off_by_the_invocations_time_left(
    deployed: Deployed, player: str
) -> None:
    from tests.fakes.openai_server import FakeOpenAI, Reply

    with FakeOpenAI() as model, pytest.MonkeyPatch.context() as patch:
        model.always(Reply.hanging(30))
        for key, value in {
            **_own_environment("text"),
            "MADLIBS_TEXT_ENGINE": "openai",
            "OPENAI_BASE_URL": model.base_url,
            "OPENAI_API_KEY": "test",
            "MADLIBS_PROVIDER_TIMEOUT": "20",
        }.items():
            patch.setenv(key, value)
        text = _fresh("madlibs.entrypoints.lambda_text")
        event = http_event(
            "POST",
            "/api/templates",
            {"theme": "slow pirates"},
            token=player,
            headers={ORIGIN_HEADER: ORIGIN_CURRENT},
        )
        started = time.monotonic()
        answer = text.handler(event, LambdaContext(remaining_ms=3000))
        took = time.monotonic() - started
    _fresh("madlibs.entrypoints.lambda_text")  # back to the module-wide settings
    assert answer["statusCode"] == 201, answer
    assert json.loads(answer["body"])["engine"] != "openai"
    assert model.calls("template"), "the model was asked"
    # 3 s left, less the 1 s reserve to answer in: the provider gets about 2 s, not its own 20
    # nor the 30 the model hangs for. The bound sits far from both ends, so a loaded machine
    # cannot make it fail while a deadline taken from the settings instead still would.
    assert took < 12.0
