# One command sets everything up and runs the main job: `make build`.
# One command runs the test suite: `make test` (what .ci/run calls).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build test bench browser clean

build: $(VENV)/.installed
	$(BIN)/kg build seeds --out exports

test: $(VENV)/.installed browser
	$(BIN)/python -m pytest -q

# Headless Chromium for the page tests (Debian's chromium and chromium-driver).
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; else \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends chromium chromium-driver; \
	fi

bench: $(VENV)/.installed browser
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_query.py
	$(BIN)/python bench/bench_pages.py

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) build *.egg-info
