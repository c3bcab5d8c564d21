# verify: the few commands people use. `make run` and `make test` set everything up themselves.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# Development defaults; anything set in the environment wins.
export DEBUG ?= 1

.PHONY: run test ci bench lint migrations-check requirements clean venv install install-dev browsers

# uv installs the hash-pinned requirements in well under a minute where pip takes several;
# pip stays the fallback. unsafe-best-match lets uv pick a pinned version from any configured
# index (some machines add local mirrors in front of PyPI); the hashes still decide what installs.
UV_VERSION := 0.13.9
INSTALL = $(VENV)/bin/uv pip install --quiet --python $(PY) --index-strategy unsafe-best-match --require-hashes -r $(1) \
	|| $(PIP) install --quiet --require-hashes -r $(1)

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip uv==$(UV_VERSION) || true

$(VENV)/.installed: requirements.txt | $(VENV)/bin/activate
	$(call INSTALL,requirements.txt)
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(call INSTALL,requirements-dev.txt)
	touch $@

venv: $(VENV)/bin/activate
install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@if [ -n "$$REDIS_URL" ]; then \
		echo "REDIS_URL is set: starting a Celery worker and beat beside the web server"; \
		$(VENV)/bin/celery -A verify worker --beat --loglevel=INFO --concurrency=2 & \
		trap 'kill $$!' EXIT INT TERM; \
		$(PY) manage.py runserver $(HOST):$(PORT); \
	else \
		$(PY) manage.py runserver $(HOST):$(PORT); \
	fi

test: install-dev
	$(PY) -m pytest $(PYTEST_ARGS)

ci:
	bash .ci/run

bench: install-dev
	$(PY) bench/run.py

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

migrations-check: install
	$(PY) manage.py makemigrations --check --dry-run

# Re-pin after editing requirements*.in (needs network access to PyPI).
requirements: venv
	$(PIP) install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.txt requirements.in
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements-dev.txt requirements-dev.in

clean:
	rm -rf $(VENV) staticfiles .pytest_cache test-artifacts
