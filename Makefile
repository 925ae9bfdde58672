# Closeknit: `make run` serves the app, `make test` runs every check.
# Both set everything up on a fresh clone; a second run reinstalls nothing
# unless pyproject.toml changed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test lint check-migrations unit browser-deps eval bench clean help

help:
	@echo "make run    set up and serve Closeknit on http://127.0.0.1:8000"
	@echo "make test   set up and run every check (lint, migrations, unit and browser tests)"
	@echo "make eval   score the coach against the team set and ../shared/data"
	@echo "make bench  time the coach and the assessments on this machine"
	@echo "make clean  remove the virtual environment (your data in ./var is kept)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Closeknit needs Python 3.11 or newer; set PYTHON=python3.11 (or newer)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(DEV_STAMP): pyproject.toml $(APP_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

run: $(APP_STAMP)
	$(BIN)/closeknit manage migrate --noinput --verbosity 0
	$(BIN)/closeknit manage collectstatic --noinput --verbosity 0
	exec $(BIN)/closeknit serve

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check-migrations: $(DEV_STAMP)
	$(BIN)/closeknit manage makemigrations --check --dry-run

# Browser tests drive the system Chromium (Debian's package); Playwright's own
# download is only the fallback where no system browser can be installed.
browser-deps: $(DEV_STAMP)
	@if command -v chromium >/dev/null 2>&1 || [ -n "$$CLOSEKNIT_CHROMIUM" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Chromium for the browser tests (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		$(BIN)/playwright install chromium; \
	fi

unit: $(DEV_STAMP) browser-deps
	$(BIN)/pytest

test: lint check-migrations unit

# The coach's accuracy (team set in tests/data/coach, third-party sets in
# ../shared/data) and speed; both print figures and never fail on them.
eval: $(DEV_STAMP)
	$(BIN)/python -m evaluation.coach

bench: $(APP_STAMP)
	$(BIN)/python -m bench.coach_bench
	$(BIN)/python -m bench.assessments_bench

clean:
	rm -rf $(VENV)
