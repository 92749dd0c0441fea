"""The `madlibs` command: serve the game, write a template, correct words."""

from __future__ import annotations

import argparse
import gc
import json
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from madlibs.domain.errors import DomainError
from madlibs.domain.model import Blank, Form, Pos, Template, TemplateDraft
from madlibs.services.correction import guarded_corrections


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
    from madlibs.bootstrap import build

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    container = build()
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
    from madlibs.bootstrap import build
    from madlibs.domain.validation import clean_theme, validate_draft

    container = build()
    ports = container.ports
    try:
        cleaned = clean_theme(theme)
        draft = validate_draft(
            ports.writer.write(cleaned, blanks=blanks, seed=seed), ports.corrector.in_form
        )
    except DomainError as exc:
        print(f"madlibs: {exc.message}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(_draft_json(draft, cleaned), ensure_ascii=False))
    else:
        print(_draft_text(draft))
    return 0


def _draft_json(draft: TemplateDraft, theme: str) -> dict[str, Any]:
    from madlibs.adapters.codec import blank_to_dict

    return {
        "title": draft.title,
        "theme": theme,
        "text": draft.text,
        "blanks": [blank_to_dict(b) for b in draft.blanks],
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
    from madlibs.bootstrap import build_correction

    corrector, proposer, telemetry = build_correction()
    status = 0
    for number, line in enumerate(lines_in, start=1):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            word, pos = request["input"], Pos(request["pos"])
            form = Form(request.get("form") or "none")
            category = request.get("category")
            if not isinstance(word, str):
                raise TypeError("input must be a string")
            if category is not None and not isinstance(category, str):
                raise TypeError("category must be a string")
        except (ValueError, KeyError, TypeError) as exc:
            print(f"madlibs: line {number}: {exc}", file=sys.stderr)
            lines_out.write(json.dumps({"error": f"line {number}: {exc}"}) + "\n")
            status = 2
            continue
        if proposer is None:
            fix = corrector.fix(word, pos, form)
            output, changes, fits = fix.output, fix.changes, fix.fits
        else:
            # The model sees the word as the one blank of a one-blank template; the guard judges.
            [correction] = guarded_corrections(
                corrector, proposer, telemetry, _one_blank(pos, form, category), {1: word}
            )
            output, changes, fits = correction.corrected, correction.changes, correction.fits
        result = {"output": output, "changes": [c.value for c in changes], "fits": fits}
        lines_out.write(json.dumps(result, ensure_ascii=False) + "\n")
        lines_out.flush()
    return status


def _one_blank(pos: Pos, form: Form, category: str | None) -> Template:
    blank = Blank(1, pos, form, category, "")
    return Template("tpl_cli", "", "", "{1}", (blank,), datetime.now(UTC))


if __name__ == "__main__":
    raise SystemExit(main())
