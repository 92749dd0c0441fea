"""The `madlibs` command: serve the game, write a template, correct words."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from madlibs.domain.errors import DomainError
from madlibs.domain.model import Form, Pos, TemplateDraft


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="madlibs", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="serve the whole app (SPA + API)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)

    generate = commands.add_parser("generate", help="write one template")
    generate.add_argument("--theme", required=True)
    generate.add_argument("--seed", type=int)
    generate.add_argument("--blanks", type=int)
    generate.add_argument("--json", action="store_true", help="print the template as JSON")

    correct = commands.add_parser("correct", help="correct words, one JSON object a line")
    correct.add_argument("--jsonl", action="store_true", required=True)

    aws = commands.add_parser(
        "aws-bootstrap", help="create the table, bucket (and secret) on the AWS endpoint"
    )
    aws.add_argument("--template", type=Path, help="the SAM template (infra/template.yaml)")
    aws.add_argument("--with-secret", action="store_true", help="also create the app secret")
    aws.add_argument("--wait", type=float, default=0, help="seconds to wait for the endpoint")

    args = parser.parse_args(argv)
    if args.command == "aws-bootstrap":
        return _aws_bootstrap(args.template, args.with_secret, args.wait)
    if args.command == "serve":
        return _serve(args.host, args.port)
    if args.command == "generate":
        return _generate(args.theme, args.seed, args.blanks, args.json)
    return _correct(sys.stdin, sys.stdout)


def _aws_bootstrap(template: Path | None, with_secret: bool, wait: float) -> int:
    from madlibs.entrypoints.aws_setup import aws_bootstrap

    for line in aws_bootstrap(template, with_secret=with_secret, wait=wait):
        print(line, flush=True)
    return 0


def _serve(host: str, port: int) -> int:
    import uvicorn

    from madlibs.api.app import create_app
    from madlibs.bootstrap import Container

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    container = Container()
    container.warm()
    app = create_app(container, serve_web=True)
    # The word data and tables loaded at start live as long as the process: keep them out of
    # the collector's full passes, which would otherwise walk them again and again under load.
    gc.collect()
    gc.freeze()
    print(f"madlibs is serving on http://{host}:{port}", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)
    container.close()
    return 0


def _generate(theme: str, seed: int | None, blanks: int | None, as_json: bool) -> int:
    from madlibs.bootstrap import Container
    from madlibs.domain.validation import clean_theme
    from madlibs.services.templates import draft_template

    container = Container()
    try:
        cleaned = clean_theme(theme)
        draft = draft_template(container, cleaned, blanks=blanks, seed=seed)
    except DomainError as exc:
        print(f"madlibs: {exc.message}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(_draft_json(draft, cleaned), ensure_ascii=False))
    else:
        print(_draft_text(draft))
    return 0


def _draft_json(draft: TemplateDraft, theme: str) -> dict[str, Any]:
    from madlibs.api.schemas import BlankOut

    return {
        "title": draft.title,
        "theme": theme,
        "text": draft.text,
        "blanks": [BlankOut.from_domain(b).model_dump() for b in draft.blanks],
        "engine": draft.engine,
    }


def _draft_text(draft: TemplateDraft) -> str:
    lines = [draft.title, "", draft.text, ""]
    for blank in draft.blanks:
        kind = blank.pos.value.replace("_", " ")
        form = "" if blank.form is Form.NONE else f", {blank.form.value.replace('_', ' ')}"
        category = f" ({blank.category})" if blank.category else ""
        lines.append(f"{{{blank.id}}} {kind}{form}{category} — e.g. {blank.example}")
    return "\n".join(lines)


def _correct(lines_in: TextIO, lines_out: TextIO) -> int:
    """DESIGN §3: one `{"input","pos","form","category"?}` per line in; one result per line out."""
    from madlibs.bootstrap import Container
    from madlibs.services.correction import correct_word

    container = Container()
    status = 0
    for number, line in enumerate(lines_in, start=1):
        if not line.strip():
            continue
        try:
            word, pos, form, category = _correction_request(line)
        except (ValueError, KeyError, TypeError) as exc:
            print(f"madlibs: line {number}: {exc}", file=sys.stderr)
            lines_out.write(json.dumps({"error": f"line {number}: {exc}"}) + "\n")
            status = 2
            continue
        correction = correct_word(container, word, pos, form, category)
        result = {
            "output": correction.corrected,
            "changes": [c.value for c in correction.changes],
            "fits": correction.fits,
        }
        lines_out.write(json.dumps(result, ensure_ascii=False) + "\n")
        lines_out.flush()
    return status


def _correction_request(line: str) -> tuple[str, Pos, Form, str | None]:
    request = json.loads(line)
    word, pos = request["input"], Pos(request["pos"])
    form = Form(request.get("form") or "none")
    category = request.get("category")
    if not isinstance(word, str):
        raise TypeError("input must be a string")
    if category is not None and not isinstance(category, str):
        raise TypeError("category must be a string")
    return word, pos, form, category


if __name__ == "__main__":
    raise SystemExit(main())
