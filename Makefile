# pii-scanner: the README's two commands are `make demo` and `make test`.
# Both set everything up first (Debian packages, .venv/, editable installs); re-runs are quick.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APT_PACKAGES := tesseract-ocr tesseract-ocr-nor tesseract-ocr-swe tesseract-ocr-dan tesseract-ocr-eng postgresql chromium
PG_PORT ?= 54329
PYTEST_ARGS ?=

.PHONY: setup system-packages demo test test-fast model bench clean

setup: system-packages $(STAMP)
	@# byte-compile our own (editable) sources once: an editable install writes no .pyc, and
	@# with PYTHONDONTWRITEBYTECODE set every start-up would compile ~260 modules again
	@$(BIN)/python -m compileall -q src connectors >/dev/null

system-packages:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" -ne 0 ]; then echo "need root for apt-get (or install:$$missing)"; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(STAMP): pyproject.toml connectors/zendesk/pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]" -e connectors/zendesk
	touch $(STAMP)

## The main job on the embedded default: sandbox helpdesk -> scan -> local SQLite -> summary.
demo: setup
	$(BIN)/pii-scanner demo

## The whole test suite, on SQLite and on a throwaway PostgreSQL.
test: setup
	@url=$$(.ci/postgres.sh start $(PG_PORT)) || exit 1; \
	PII_SCANNER_TEST_POSTGRES_URL=$$url $(BIN)/pytest -q $(PYTEST_ARGS); rc=$$?; \
	.ci/postgres.sh stop $(PG_PORT); exit $$rc

## Tests without PostgreSQL (its tests are skipped).
test-fast: setup
	$(BIN)/pytest -q -x $(PYTEST_ARGS)

## Retrain the shipped NER model from ../shared/data (fixed seed; see models/MODEL_CARD.md).
model: setup
	$(BIN)/python models/recipe/train.py

bench: setup
	$(BIN)/python benchmarks/scan_sandbox.py

clean:
	rm -rf var/demo .pytest_cache
