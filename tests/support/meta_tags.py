"""What a link previewer reads from a page: its <meta property|name=... content=...> tags."""

from __future__ import annotations

from html.parser import HTMLParser


class MetaTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        key = values.get("property") or values.get("name")
        if tag == "meta" and key and values.get("content") is not None:
            self.tags[key] = values["content"] or ""


def meta_tags(page: str) -> dict[str, str]:
    parser = MetaTags()
    parser.feed(page)
    return parser.tags
