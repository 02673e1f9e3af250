# whereby-v1: `make` is the main job, `make test` runs the whole suite.
# Everything installs into .venv from the package registries; nothing is needed by hand.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

define SMOKE
import importlib.metadata as md, pathlib, whereby_v1
from whereby_v1.api.meetings import create_meeting, get_meetings
from whereby_v1.models import CreateMeetingRequest
from whereby_v1 import AsyncWhereby, Whereby, WherebyError
assert callable(Whereby("smoke-key").meetings.create) and callable(AsyncWhereby("smoke-key").insights.rooms)
assert whereby_v1.__version__ == md.version("whereby-v1"), (whereby_v1.__version__, md.version("whereby-v1"))
assert (pathlib.Path(whereby_v1.__file__).parent / "py.typed").is_file(), "py.typed missing"
assert "site-packages" in whereby_v1.__file__, whereby_v1.__file__
print("whereby_v1", whereby_v1.__version__, "imports from", pathlib.Path(whereby_v1.__file__).parent)
endef
export SMOKE

.DEFAULT_GOAL := all
.PHONY: all venv install generate check check-spec lint-spec drift ruff mypy typecheck test build publish clean sandbox bench quickstart docs compare

all: install check-spec generate drift build quickstart

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet --group dev -e ".[cli]"
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

venv install: $(STAMP)

generate: $(STAMP)
	$(PY) -m generator generate

check: check-spec lint-spec drift ruff mypy typecheck check-version

check-spec: $(STAMP)
	$(PY) -m openapi_spec_validator openapi.yaml

lint-spec: $(NODE_STAMP)
	node_modules/.bin/redocly lint --config redocly.yaml --format stylish openapi.yaml

drift: $(STAMP)
	$(PY) -m generator check-drift

.PHONY: check-version release
# info.version must match the changes since the last release of this major (docs/versioning.md).
check-version: $(STAMP)
	$(PY) -m generator check-version

# Bump info.version as the diff requires, add the CHANGELOG.md entry, record the baseline, build.
# Upload dist/ to the index in WHEREBY_PUBLISH_URL (credentials: WHEREBY_PUBLISH_USERNAME and
# WHEREBY_PUBLISH_PASSWORD); refused when check-version refuses or the index has this version.
publish: build
	$(PY) -m generator publish

release: $(STAMP)
	$(PY) -m generator release && $(MAKE) generate build

ruff: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check generator sandbox tests generated_client/whereby_v1/overlay generated_client/whereby_v1/cli examples docs/hooks

mypy: $(STAMP)
	$(PY) -m mypy

# Users' code against the public face (examples/ and tests/typing/usage.py), without casts:
# mypy --strict and pyright in strict mode ([tool.pyright] in pyproject.toml), both must be clean.
typecheck: $(STAMP) $(NODE_STAMP)
	$(PY) -m mypy --strict examples
	$(PY) -m mypy --strict tests/typing/usage.py
	node_modules/.bin/pyright -p pyproject.toml

# What a revision Whereby published (REV=file, 3.0 or 3.1, JSON or YAML) has that openapi.yaml lacks,
# and what it dropped; its defects are warnings (docs/versioning.md). check-version above stays strict.
compare: $(STAMP)
	@test -n "$(REV)" || { echo "usage: make compare REV=path/to/published-openapi.json" >&2; exit 2; }
	$(PY) -m generator diff --report openapi.yaml "$(REV)"

SANDBOX_ARGS ?= --port 8080
sandbox: $(STAMP)
	$(PY) -m sandbox $(SANDBOX_ARGS)

# One worker per core, a test file per worker (some files' last test checks the ones before it),
# handed out in the order collected: the longest files first (tests/conftest.py, LONGEST_FIRST).
# The suite starts hundreds of interpreters (sandboxes, the command line, the generator): with
# PYTHONDONTWRITEBYTECODE set, each would compile every module it imports again, so it is unset here.
# The `paced` tests count 429s while pacing in real time; a reply delayed by a busy machine can
# cross a window boundary, so they run after the rest, beside each other only. Both runs always go.
# The second run collects only the files that have paced tests (the rest takes seconds per worker).
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -n auto --dist loadfile --no-loadscope-reorder
PACED_FILES = $(shell grep -rl --include='test_*.py' 'mark\.paced' tests)
test: $(STAMP) $(NODE_STAMP)
	status=0; \
	$(PYTEST) -m "not paced" || status=$$?; \
	$(PYTEST) -m paced $(PACED_FILES) || status=$$?; \
	exit $$status

# The end of the main job: examples/quickstart.py against a throwaway local sandbox (no key needed),
# with a small budget and a short window so that pacing shows within seconds.
QUICKSTART_SANDBOX ?= --budget 20 --window 2
quickstart: $(STAMP)
	@echo "== The quickstart (examples/quickstart.py) against a local sandbox; no API key needed =="
	$(PY) -m sandbox.run $(QUICKSTART_SANDBOX) -- $(PY) examples/quickstart.py

# Guides (docs/) and the API reference read from the code, into site/; any warning fails the build.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --site-dir site

BENCH_ARGS ?=
bench: $(STAMP)
	$(PY) -m bench $(BENCH_ARGS)

build: $(STAMP)
	rm -rf dist
	$(PY) -m build --outdir dist . >/dev/null
	$(PY) -m twine check --strict dist/*
	@# The wheel must install and import on its own, outside this checkout.
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(PYTHON) -m venv "$$tmp/venv" && \
	  "$$tmp/venv/bin/pip" install --quiet dist/*.whl && \
	  cd "$$tmp" && "$$tmp/venv/bin/python" -c "$$SMOKE" && \
	  echo "built and smoke-tested: $$(ls $(CURDIR)/dist)"

clean:
	rm -rf $(VENV) node_modules dist build site .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
