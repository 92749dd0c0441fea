# The project's interface: CI calls these same targets. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# uv installs exactly what uv.lock pins (versions and hashes); it is bootstrapped with pip.
UV_VERSION := 0.13.9
UV := $(BIN)/uv
UV_SYNC := $(UV) sync --frozen --inexact --quiet
# What `make run` installs: the game, its local server and offline engines, and the OpenAI
# client (MADLIBS_TEXT_ENGINE=openai). `make test` installs every extra, dev tools included.
GAME_EXTRAS := --extra serve --extra ai --extra media
GAME := $(VENV)/.game-installed
DEV := $(VENV)/.dev-installed

.PHONY: help setup game web web-test web-lint api-types run run-aws-local test pytest lint \
	typecheck unit e2e infra-check bench lock clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "make %-14s %s\n", $$1, $$2}' \
		$(MAKEFILE_LIST)

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(GAME): $(UV) uv.lock pyproject.toml
	$(UV_SYNC) $(GAME_EXTRAS)
	touch $@

$(DEV): $(UV) uv.lock pyproject.toml
	$(UV_SYNC) --all-extras
	touch $@ $(GAME)

game: $(GAME) ## install what the game needs, and nothing else, into .venv

setup: $(DEV) ## install the game and every development tool into .venv

run: ## set up and start the game on http://127.0.0.1:8000 (HOST=, PORT= to change)
	@$(MAKE) --no-print-directory -j2 game web
	$(BIN)/madlibs serve --host $(HOST) --port $(PORT)

# The same game on AWS APIs, in a box: a moto server (in memory, gone when this stops), the
# table, bucket and secret made from infra/template.yaml, then DynamoDB + S3 + Secrets Manager.
MOTO_PORT ?= 5005
AWS_LOCAL := AWS_ENDPOINT_URL=http://127.0.0.1:$(MOTO_PORT) AWS_ACCESS_KEY_ID=local \
	AWS_SECRET_ACCESS_KEY=local AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1 \
	MADLIBS_STORE=dynamodb MADLIBS_MEDIA=s3 MADLIBS_SECRETS=aws
run-aws-local: $(UV) web ## the game on DynamoDB/S3/Secrets Manager APIs (a local moto server)
	$(UV_SYNC) $(GAME_EXTRAS) --extra aws-local
	@$(BIN)/moto_server -H 127.0.0.1 -p $(MOTO_PORT) >/dev/null 2>&1 & moto=$$!; \
	trap 'kill $$moto 2>/dev/null' EXIT INT TERM; \
	env $(AWS_LOCAL) $(BIN)/madlibs aws-bootstrap --with-secret --wait 30 && \
	env $(AWS_LOCAL) $(BIN)/madlibs serve --host $(HOST) --port $(PORT)

lint: setup ## ruff: lint and format check
	$(BIN)/ruff check src tests bench infra
	$(BIN)/ruff format --check src tests bench infra

typecheck: setup ## mypy, strict
	$(BIN)/mypy
	$(BIN)/mypy infra/smoke_test.py

unit: setup ## the unit tests alone (fakes, no network)
	$(BIN)/pytest tests/unit -q

# Three workers on two cores: a worker waits on a server, a browser or a moto server about half
# of its time, so a third one fills those waits.
PYTEST_WORKERS ?= 3

# The Python tests run beside the checks and the web app's tests: they wait on servers more
# than they compute. Each job's output is printed whole when it ends.
test: ## set up, lint, type-check and run every test (the web app's too)
	@$(MAKE) --no-print-directory setup web
	@$(MAKE) --no-print-directory -j3 --output-sync=target pytest web-lint web-test lint typecheck

# A file's tests go to one worker (they share its module-scoped servers), files in collection
# order: the browser tests, few but long, first, so the many quick unit tests fill the end
# (xdist's default order, most tests first, left a browser test for last).
pytest: setup web ## every Python test (unit, integration, browser, template checks)
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder

# SAM transform + cfn-lint (with the serverless rules) + actionlint, the template's promises,
# and the lock: the layer is exported from uv.lock.
infra-check: setup ## the SAM template, workflow and lock file checks
	$(BIN)/pytest tests/infra -q

lock: $(UV) ## re-resolve uv.lock after a pyproject.toml change, and export the layer from it
	$(UV) lock
	$(UV) export --frozen --no-dev --extra aws --extra ai --extra media --no-emit-project \
		--format requirements-txt -o infra/layer/requirements.txt

bench: setup web ## run the benchmarks (they print figures)
	@for b in bench/[!_]*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean: ## remove .venv, data, the web build and node_modules
	rm -rf $(VENV) .data src/madlibs/web_dist web/node_modules

# The web game: `npm ci` when the lock file changes, a build when any source is newer than it.
WEB_DEPS := web/node_modules/.installed
WEB_BUILD := src/madlibs/web_dist/index.html
WEB_SOURCES := $(shell find web/src web/public -type f 2>/dev/null) web/index.html \
	web/vite.config.ts web/tsconfig.json web/openapi.json

$(WEB_DEPS): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --prefer-offline
	touch $(WEB_DEPS)

# The API types are generated from the OpenAPI snapshot, never committed: `npm ci` makes them
# (the prepare script) and this rule makes them again whenever the snapshot changes.
API_TYPES := web/src/api/schema.ts

$(API_TYPES): web/openapi.json | $(WEB_DEPS)
	cd web && npm run gen:api

$(WEB_BUILD): $(WEB_DEPS) $(API_TYPES) $(WEB_SOURCES)
	cd web && npm run build
	touch $(WEB_BUILD)

web: $(WEB_BUILD) ## build the web app (npm ci when its lock changes)

# A generous per-test limit: on a busy machine a passing test can take far longer than
# vitest's 5 s default, and a passing test returns as soon as it is done.
web-test: $(WEB_DEPS) $(API_TYPES) ## the web app's own tests
	cd web && npm test -- --testTimeout=60000

web-lint: $(WEB_DEPS) $(API_TYPES) ## ESLint (the Rules of React) and the type check
	cd web && npm run lint

# The web app is typed against a snapshot of the OpenAPI document (a test checks it is current).
api-types: setup $(WEB_DEPS) ## after an API change: snapshot the OpenAPI document, regenerate types
	$(BIN)/python -m madlibs.entrypoints.openapi web/openapi.json
	cd web && npm run gen:api

e2e: setup web ## the browser tests alone (Debian's chromium, a real `madlibs serve`)
	$(BIN)/pytest tests/e2e -q
