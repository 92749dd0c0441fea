"""The composition root: one graph per Settings, each part built on first use, once, and
shared; nothing read from anywhere but Settings."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from madlibs.bootstrap import PORTS, Container
from madlibs.domain.errors import RoomNotFound
from madlibs.settings import Settings


def local(tmp_path: Path, **changes: object) -> Settings:
    return Settings(
        data_dir=tmp_path, db_path=tmp_path / "madlibs.db", media_dir=tmp_path / "media", **changes
    )


def built(container: Container) -> set[str]:
    return {name for name in container.__dict__ if not name.startswith("_") and name != "settings"}


def test_nothing_is_built_until_asked_for(tmp_path: Path):
    container = Container(local(tmp_path))
    assert built(container) == set()
    assert not (tmp_path / "madlibs.db").exists()


def test_a_permalink_read_builds_the_store_alone(tmp_path: Path):
    container = Container(local(tmp_path))
    container.store.ping()
    assert built(container) == {"store", "cursors"}
    assert not (tmp_path / "signing.key").exists(), "no signature was needed"
    container.close()


def test_a_room_read_builds_the_rooms_alone_in_a_file_of_their_own(tmp_path: Path):
    container = Container(local(tmp_path))
    with pytest.raises(RoomNotFound):
        container.rooms.get_room("QFXT", datetime.now(UTC))
    assert built(container) == {"rooms"}
    assert (tmp_path / "madlibs.rooms.db").exists()
    assert not (tmp_path / "madlibs.db").exists(), "the stories' file is not opened"
    container.close()


def test_the_live_channel_is_the_one_the_servers_sockets_listen_to(tmp_path: Path):
    container = Container(local(tmp_path))
    assert container.live_feeds is container.live


def test_each_part_is_built_once_even_when_threads_ask_at_once(tmp_path: Path):
    container = Container(local(tmp_path))
    start = threading.Barrier(8)
    seen: list[object] = []

    def ask() -> None:
        start.wait()
        seen.append(container.locks)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(seen) == 8 and all(locks is seen[0] for locks in seen)


def test_warm_builds_every_port_and_fetches_the_key(tmp_path: Path):
    container = Container(local(tmp_path))
    container.warm()
    assert set(PORTS) <= built(container)
    assert (tmp_path / "signing.key").exists()
    container.close()


def test_with_openai_one_client_serves_text_moderation_and_pictures(tmp_path: Path):
    settings = local(
        tmp_path,
        text_engine="openai",
        image_engine="openai",
        openai_base_url="http://127.0.0.1:9/v1",
    )
    container = Container(settings)
    container.warm("writer", "proposer", "moderator", "images")

    clients = container.openai_clients
    assert clients._base_url == "http://127.0.0.1:9/v1"
    assert container.text_chat is not None and container.text_chat._clients is clients
    assert container.moderator._clients is clients  # type: ignore[attr-defined]
    assert container.images._primary._clients is clients  # type: ignore[attr-defined]
    # Each provider has a breaker of its own.
    providers = {
        container.text_chat.resilience.provider,
        container.moderator._resilience.provider,  # type: ignore[attr-defined]
        container.images._primary._resilience.provider,  # type: ignore[attr-defined]
    }
    assert providers == {"openai-text", "openai-moderation", "openai-images"}


def test_offline_engines_need_no_openai_client(tmp_path: Path):
    container = Container(local(tmp_path))
    container.warm()
    assert "openai_clients" not in container.__dict__
    assert container.proposer is None
    assert container.engines == {
        "store": "sqlite",
        "media": "local",
        "text": "offline",
        "speech": "offline",
        "image": "offline",
    }
    container.close()


def test_the_settings_are_read_from_the_environment_when_not_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("MADLIBS_DB_PATH", str(tmp_path / "from-env.db"))
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1")
    settings = Container().settings
    assert settings.db_path == tmp_path / "from-env.db"
    assert settings.openai_base_url == "http://127.0.0.1:11434/v1"


def test_a_missing_signing_key_is_an_error_and_is_asked_again(tmp_path: Path):
    class NoKey(Container):
        asked = 0

        @property
        def secrets(self):  # type: ignore[no-untyped-def, override]
            container = self

            class Empty:
                def get(self, name: str) -> str | None:
                    container.asked += 1
                    return None

            return Empty()

    container = NoKey(local(tmp_path))
    for _ in range(2):
        with pytest.raises(RuntimeError, match="MADLIBS_SIGNING_KEY"):
            container.signing_key()
    assert container.asked == 2


def test_the_store_and_telemetry_are_built_without_the_settings_model(tmp_path: Path):
    """A permalink read's cold start: the few settings those parts read, read plainly."""
    container = Container(
        environ={"MADLIBS_TELEMETRY": "log", "MADLIBS_ORIGIN_SECRET_REFRESH": "30"}
    )
    container.build("telemetry", "origin_check")
    assert "settings" not in container.__dict__
    assert container.origin_check is None  # no origin secret named
    assert container.settings.telemetry == "log"  # the full model, when something asks for it


def test_given_settings_are_the_ones_every_part_reads(tmp_path: Path):
    container = Container(local(tmp_path, store="dynamodb", table="stories", telemetry="log"))
    core = container._core
    assert (core.store, core.table, core.telemetry) == ("dynamodb", "stories", "log")


def test_a_value_settings_refuses_is_refused_when_read_plainly_too():
    from pydantic import ValidationError

    container = Container(environ={"MADLIBS_ORIGIN_SECRET_REFRESH": "0"})
    with pytest.raises(ValidationError):
        container.build("origin_check")


def test_aws_clients_share_one_sdk_session(monkeypatch: pytest.MonkeyPatch):
    environ = {
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_ENDPOINT_URL": "http://127.0.0.1:9",
    }
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    container = Container(environ=environ)
    tables, secrets = container.aws_client("dynamodb"), container.aws_client("secretsmanager")
    assert tables.meta.endpoint_url == secrets.meta.endpoint_url == "http://127.0.0.1:9"
    # Clients of one session share its loader, and the service data it has read.
    assert tables._loader is secrets._loader
    assert tables.meta.config.retries == {"mode": "standard", "total_max_attempts": 3}


def test_on_api_gateway_changes_go_to_the_websocket_apis_connections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from madlibs.adapters.apigateway.live import ApiGatewayLiveChannel

    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")  # a client is made; nothing is called

    settings = local(tmp_path, live="apigateway", live_endpoint="https://abc.example/rooms")
    container = Container(settings, live_message=lambda room, viewer: "{}")
    assert isinstance(container.live, ApiGatewayLiveChannel)
    assert container.live_sockets is container.live  # the rooms function sends with it too
    assert container.live_feeds is None  # no socket of this process listens
    container.close()


def test_the_local_channel_has_no_sockets_held_elsewhere(tmp_path: Path):
    container = Container(local(tmp_path))
    assert container.live_sockets is None
    assert container.live_feeds is container.live


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"live": "apigateway"}, "MADLIBS_LIVE_ENDPOINT"),
        ({"live": "apigateway", "live_endpoint": "https://abc.example/rooms"}, "live message"),
    ],
)
def test_an_api_gateway_channel_needs_its_endpoint_and_its_message(
    tmp_path: Path, changes: dict[str, str], message: str
):
    with pytest.raises(RuntimeError, match=message):
        _ = Container(local(tmp_path, **changes)).live


def test_the_offline_writer_reads_a_themes_slips_as_themes_are_read(tmp_path: Path):
    writer = Container(local(tmp_path)).writer
    slipped = writer.write("a ghost in the libraby", seed=4)
    assert slipped.text == writer.write("a ghost in the library", seed=4).text
