# The project's interface: CI calls these same targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: help setup web run test lint typecheck unit integration e2e infra bench clean

help:
	@echo "make run    - set up and start the game on http://$(HOST):$(PORT) (offline defaults)"
	@echo "make test   - set up, lint, type-check and run every test"
	@echo "make bench  - run the benchmarks (they print figures)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[aws,ai,media,dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup web
	$(BIN)/madlibs serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest tests/unit -q

test: setup web lint typecheck
	$(BIN)/pytest -q

bench: setup web
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .data src/madlibs/web_dist web/node_modules
web:
	@echo "(no web build yet)"
