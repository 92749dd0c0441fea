"""A fake OpenAI-compatible Chat Completions server on 127.0.0.1, scriptable per test.

By default it plays a well-behaved model: a valid template for any theme, and every player's
word handed back unchanged. A test queues replies (`script`) or replaces the default (`always`)
to make it misbehave: malformed JSON, the wrong schema, over-corrections, injected answers,
429 with Retry-After, 500, hangs. Every request is recorded.

Other fakes can serve more paths from the same server with `add_route`.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CHAT_PATH = "/v1/chat/completions"


@dataclass
class Recorded:
    path: str
    body: dict[str, Any]
    at: float

    @property
    def kind(self) -> str:
        """ "template", "corrections" or "other", from the JSON schema the client asked for."""
        schema = (self.body.get("response_format") or {}).get("json_schema") or {}
        name = str(schema.get("name", ""))
        if "template" in name:
            return "template"
        if "correction" in name:
            return "corrections"
        return "other"

    @property
    def messages(self) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = self.body.get("messages", [])
        return messages

    def data_messages(self) -> list[Any]:
        """The JSON data the client sent in user messages, parsed."""
        found = []
        for message in self.messages:
            if message.get("role") == "user":
                try:
                    found.append(json.loads(message["content"]))
                except (ValueError, TypeError):
                    found.append(message["content"])
        return found

    def words(self) -> dict[int, str]:
        """The players' words of a corrections request, by blank id."""
        for data in self.data_messages():
            if isinstance(data, dict) and "words" in data:
                return {int(item["blank_id"]): item["word"] for item in data["words"]}
        return {}


@dataclass
class Reply:
    status: int = 200
    content: str | None = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    hang: float = 0.0

    @classmethod
    def answer(cls, value: Any) -> Reply:
        """The model answers `value` (a dict becomes its JSON text)."""
        return cls(content=value if isinstance(value, str) else json.dumps(value))

    @classmethod
    def error(cls, status: int, retry_after: float | None = None) -> Reply:
        headers = {} if retry_after is None else {"Retry-After": f"{retry_after:g}"}
        body = json.dumps({"error": {"message": f"fake error {status}", "type": "fake"}})
        return cls(status=status, body=body.encode(), headers=headers)

    @classmethod
    def hanging(cls, seconds: float = 30.0) -> Reply:
        """Answer nothing for `seconds` (or until the server stops)."""
        return cls(hang=seconds, content=json.dumps({}))


Behaviour = Reply | Callable[[Recorded], Reply]


def good_template(
    theme: str = "pirates at a bake sale", blanks: int | None = None
) -> dict[str, Any]:
    """A valid template answer with `blanks` blanks (3-8), 3-8 sentences as the prompt asks, and
    each blank's example and suggestions in its form and category."""
    specs = [
        ("proper_noun", "none", "person's name", "Gertrude", ["Barnaby", "Mildred", "Clive"]),
        ("verb", "past", None, "wobbled", ["giggled", "sneezed", "tiptoed", "hopped"]),
        ("adjective", "base", "texture", "squishy", ["gooey", "fluffy", "crunchy"]),
        ("noun", "singular", "food", "pickle", ["waffle", "taco", "muffin", "pretzel"]),
        ("exclamation", "none", None, "Yowza", ["Zoinks", "Fiddlesticks", "Egads"]),
        ("noun", "plural", "animal", "llamas", ["geese", "walruses", "hamsters"]),
        ("verb", "gerund", None, "giggling", ["wobbling", "juggling", "yodeling"]),
        ("adverb", "base", None, "loudly", ["merrily", "wildly", "politely"]),
    ]
    count = max(3, min(len(specs), blanks or 5))
    sentences = [
        "Captain {1} {2} onto the deck of the {3} ship.",
        "Everyone at the " + theme + " stared at the {4}.",
        '"{5}!" shouted {1}.',
        "Then the {6} came aboard.",
        "The crew kept {7}.",
        "It ended {8}.",
    ]
    if count == 3:
        text = "Captain {1} {2} onto the {3} deck. Everyone stared. Then {1} bowed."
    elif count == 4:
        text = " ".join([*sentences[:2], "Then {1} bowed."])
    else:
        text = " ".join(sentences[: count - 2])
    return {
        "title": f"The Tale of the {theme.title()}"[:100],
        "text": text,
        "blanks": [
            {
                "id": i,
                "pos": pos,
                "form": form,
                "category": category,
                "example": example,
                "suggestions": suggestions,
            }
            for i, (pos, form, category, example, suggestions) in enumerate(specs[:count], start=1)
        ],
    }


def well_behaved(request: Recorded) -> Reply:
    if request.kind == "template":
        data = next(
            (d for d in request.data_messages() if isinstance(d, dict) and "theme" in d), {}
        )
        return Reply.answer(good_template(str(data.get("theme", "a party")), data.get("blanks")))
    if request.kind == "corrections":
        return corrections(request.words())
    return Reply.error(400)


def corrections(words: dict[int, str]) -> Reply:
    return Reply.answer(
        {"corrections": [{"blank_id": key, "word": word} for key, word in words.items()]}
    )


class FakeOpenAI:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._queue: deque[Behaviour] = deque()
        self._default: Behaviour = well_behaved
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._routes: dict[str, Callable[[Recorded], Reply]] = {CHAT_PATH: self._chat}
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """What OPENAI_BASE_URL should be."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def script(self, *behaviours: Behaviour) -> None:
        """Answer the next requests with these, in order; then the default again."""
        with self._lock:
            self._queue.extend(behaviours)

    def always(self, behaviour: Behaviour) -> None:
        """Answer every request (after any scripted ones) like this."""
        with self._lock:
            self._default = behaviour

    def reset(self) -> None:
        with self._lock:
            self._queue.clear()
            self._default = well_behaved
            self.requests.clear()

    def add_route(self, path: str, handler: Callable[[Recorded], Reply]) -> None:
        self._routes[path] = handler

    def calls(self, kind: str | None = None) -> list[Recorded]:
        """Chat completion requests (of one kind, if given); `requests` holds every path's."""
        with self._lock:
            chats = [r for r in self.requests if r.path.endswith(CHAT_PATH.removeprefix("/v1"))]
            return [r for r in chats if kind is None or r.kind == kind]

    def _chat(self, request: Recorded) -> Reply:
        with self._lock:
            behaviour = self._queue.popleft() if self._queue else self._default
        return behaviour(request) if callable(behaviour) else behaviour

    def _handle(self, path: str, raw: bytes) -> tuple[Reply, str]:
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        request = Recorded(path, body if isinstance(body, dict) else {}, time.monotonic())
        with self._lock:
            self.requests.append(request)
        route = self._routes.get(path) or self._routes.get(path.replace("/v1", "", 1))
        if route is None:
            return Reply.error(404), ""
        return route(request), str(request.body.get("model", "fake-model"))

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                reply, model = fake._handle(self.path, raw)
                if reply.hang and fake._stopping.wait(reply.hang):
                    return
                body = reply.body
                if body is None:
                    body = json.dumps(_completion(reply.content or "", model)).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting, as a timed-out client does

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def _completion(content: str, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
