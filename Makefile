# Two commands do all the set-up on a fresh clone:
#   make build   — creates .venv, installs kg, builds seeds/ into exports/
#   make test    — creates .venv, installs kg with its test dependencies, runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test install accuracy clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip "setuptools<82" wheel
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

build: $(STAMP)
	$(BIN)/kg build seeds/ -o exports/

test: $(STAMP)
	scripts/install-browser
	if [ -x scripts/install-services ]; then scripts/install-services; fi
	$(BIN)/python -m pytest

accuracy: $(STAMP)
	$(BIN)/python bench/accuracy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
