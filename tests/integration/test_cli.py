"""The `madlibs` command as a user runs it (DESIGN §3): generate and correct, offline."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from madlibs.domain.validation import parse_draft, template_problems
from tests.support.server import run_madlibs


def madlibs(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MADLIBS_DATA_DIR": str(tmp_path),
        "MADLIBS_DB_PATH": str(tmp_path / "madlibs.db"),
    }
    return run_madlibs(*args, env=env, stdin=stdin)


def test_generate_prints_a_valid_template_the_same_for_the_same_seed(tmp_path):
    first = madlibs(
        tmp_path, "generate", "--theme", "pirates at a bake sale", "--seed", "7", "--json"
    )
    again = madlibs(
        tmp_path, "generate", "--theme", "pirates at a bake sale", "--seed", "7", "--json"
    )
    other = madlibs(
        tmp_path, "generate", "--theme", "pirates at a bake sale", "--seed", "8", "--json"
    )
    assert first.returncode == 0, first.stderr
    template = json.loads(first.stdout)
    assert template["theme"] == "pirates at a bake sale"
    assert template_problems(parse_draft(template)) == []
    assert first.stdout == again.stdout
    assert first.stdout != other.stdout


def test_generate_as_text_lists_the_blanks(tmp_path):
    result = madlibs(tmp_path, "generate", "--theme", "space", "--seed", "1")
    assert result.returncode == 0, result.stderr
    assert "{1}" in result.stdout
    assert "— e.g. " in result.stdout


def test_generate_refuses_a_bad_theme_with_a_message(tmp_path):
    result = madlibs(tmp_path, "generate", "--theme", "<script>")
    assert result.returncode == 2
    assert "theme" in result.stderr


def test_correct_jsonl_answers_one_line_per_line_in_order(tmp_path):
    lines = [
        {"input": "runned", "pos": "verb", "form": "past"},
        {"input": "elefant", "pos": "noun", "form": "singular"},
        {"input": "brillig", "pos": "adjective", "form": "base"},
        {"input": "McGillicuddy", "pos": "proper_noun", "form": "none", "category": "name"},
        {"input": "blue", "pos": "verb", "form": "past"},
        {"input": "gertrude", "pos": "proper_noun"},
    ]
    result = madlibs(
        tmp_path, "correct", "--jsonl", stdin="".join(json.dumps(line) + "\n" for line in lines)
    )
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["output"] for a in answers] == [
        "ran",
        "elephant",
        "brillig",
        "McGillicuddy",
        "blue",
        "Gertrude",
    ]
    assert answers[0]["changes"] == ["form"]
    assert answers[1]["changes"] == ["spelling"]
    assert answers[2]["changes"] == []
    assert answers[4]["fits"] is False
    assert answers[5]["changes"] == ["capitalization"]


@pytest.mark.parametrize("bad", ["not json", '{"pos": "verb"}', '{"input": "x", "pos": "gizmo"}'])
def test_correct_jsonl_reports_a_bad_line_and_goes_on(tmp_path, bad):
    good = json.dumps({"input": "mouses", "pos": "noun", "form": "plural"})
    result = madlibs(tmp_path, "correct", "--jsonl", stdin=f"{bad}\n{good}\n")
    assert result.returncode == 2
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert "line 1" in first["error"]
    assert second["output"] == "mice"
