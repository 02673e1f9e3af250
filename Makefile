# whereby-v1: `make` is the main job, `make test` runs the whole suite.
# Everything installs into .venv from the package registries; nothing is needed by hand.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.DEFAULT_GOAL := all
.PHONY: all venv install generate check check-spec lint-spec drift ruff mypy test build clean

all: install check-spec generate drift build

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet --group dev -e .
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

venv install: $(STAMP)

generate: $(STAMP)
	$(PY) -m generator generate

check: check-spec lint-spec drift ruff mypy

check-spec: $(STAMP)
	$(PY) -m openapi_spec_validator openapi.yaml

lint-spec: $(NODE_STAMP)
	node_modules/.bin/redocly lint --config redocly.yaml --format stylish openapi.yaml

drift: $(STAMP)
	$(PY) -m generator check-drift

ruff: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check generator tests generated_client/whereby_v1/overlay

mypy: $(STAMP)
	$(PY) -m mypy

test: $(STAMP)
	$(PY) -m pytest

build: $(STAMP)
	rm -rf dist
	$(PY) -m build --outdir dist . >/dev/null
	$(PY) -m twine check --strict dist/*
	$(PY) tools/smoke_wheel.py dist

clean:
	rm -rf $(VENV) node_modules dist build .pytest_cache .mypy_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
