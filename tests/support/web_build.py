"""The web build's index.html, as `npm run build` writes it, for tests that serve or publish it."""

from __future__ import annotations


def built_index(entry_script: str) -> str:
    """index.html loading the build's `entry_script` (its hashed name marks which build it is)."""
    return f"""<!doctype html>
<html lang="en"><head>
<meta charset="UTF-8" />
<meta name="description" content="Silly stories with blanks." />
<title>Mad Libs</title>
<script type="module" crossorigin src="/assets/{entry_script}"></script>
</head><body><div id="root"></div></body></html>
"""
