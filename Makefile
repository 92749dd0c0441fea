# The project's interface: CI calls these same targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: help setup web web-test web-lint api-types run test lint typecheck unit e2e infra-check bench clean

help:
	@echo "make run    - set up and start the game on http://$(HOST):$(PORT) (offline defaults)"
	@echo "make run-aws-local - the game on DynamoDB/S3/Secrets Manager APIs (a local moto server)"
	@echo "make test   - set up, lint, type-check and run every test"
	@echo "make bench  - run the benchmarks (they print figures)"
	@echo "make api-types - after an API change: snapshot the OpenAPI document, regenerate the web app's types"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[aws,ai,media,dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup web
	$(BIN)/madlibs serve --host $(HOST) --port $(PORT)

# The same game on AWS APIs, in a box: a moto server (in memory, gone when this stops), the
# table, bucket and secret made from infra/template.yaml, then DynamoDB + S3 + Secrets Manager.
MOTO_PORT ?= 5005
AWS_LOCAL := AWS_ENDPOINT_URL=http://127.0.0.1:$(MOTO_PORT) AWS_ACCESS_KEY_ID=local \
	AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1 \
	MADLIBS_STORE=dynamodb MADLIBS_MEDIA=s3 MADLIBS_SECRETS=aws
.PHONY: run-aws-local
run-aws-local: setup web
	@$(BIN)/moto_server -H 127.0.0.1 -p $(MOTO_PORT) >/dev/null 2>&1 & moto=$$!; \
	trap 'kill $$moto 2>/dev/null' EXIT INT TERM; \
	env $(AWS_LOCAL) $(BIN)/madlibs aws-bootstrap --with-secret --wait 30 && \
	env $(AWS_LOCAL) $(BIN)/madlibs serve --host $(HOST) --port $(PORT)

lint: setup
	$(BIN)/ruff check src tests bench infra
	$(BIN)/ruff format --check src tests bench infra

typecheck: setup
	$(BIN)/mypy
	$(BIN)/mypy infra/smoke_test.py

unit: setup
	$(BIN)/pytest tests/unit -q

test: setup web web-lint web-test lint typecheck infra-check
	$(BIN)/pytest -q --ignore=tests/infra

# SAM transform + cfn-lint (with the serverless rules) + actionlint, and the template's promises.
infra-check: setup
	$(BIN)/pytest tests/infra -q

bench: setup web
	@for b in bench/[!_]*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) .data src/madlibs/web_dist web/node_modules
# The web game: `npm ci` when the lock file changes, a build when any source is newer than it.
WEB_DEPS := web/node_modules/.installed
WEB_BUILD := src/madlibs/web_dist/index.html
WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) web/index.html \
	web/vite.config.ts web/tsconfig.json web/openapi.json

$(WEB_DEPS): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	touch $(WEB_DEPS)

$(WEB_BUILD): $(WEB_DEPS) $(WEB_SOURCES)
	cd web && npm run build
	touch $(WEB_BUILD)

web: $(WEB_BUILD)

web-test: $(WEB_DEPS)
	cd web && npm test

# ESLint (with the Rules of React), the type check, and the API types matching web/openapi.json.
web-lint: $(WEB_DEPS)
	cd web && npm run lint

# The web app's API types come from a snapshot of the OpenAPI document (a test checks it is current).
api-types: setup $(WEB_DEPS)
	$(BIN)/python -m madlibs.entrypoints.openapi web/openapi.json
	cd web && npm run gen:api

# Browser tests alone (Debian's chromium, real `madlibs serve`); `make test` runs them too.
e2e: setup web
	$(BIN)/pytest tests/e2e -q
