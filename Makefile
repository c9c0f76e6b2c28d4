# Verbund Desktop — set-up, run, test, benchmark. Each target builds .venv from nothing when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench clean venv test-venv translations lock bundle office screenshots soak

# Every install takes the exact versions in constraints.txt (refresh them with `make lock`).
PIP_INSTALL := $(BIN)/python -m pip install --quiet --constraint constraints.txt

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --constraint constraints.txt pip

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP_INSTALL) -e '.[test,bundle]'
	touch $(VENV)/.installed $@

venv: $(VENV)/.installed

test-venv: $(VENV)/.installed-test

run: QT_QPA_PLATFORM =
run: $(VENV)/.installed
	$(BIN)/verbund-desktop

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

# Two workers (one per core here); coverage is reported and must stay above the floor in pyproject.toml.
test: lint
	$(BIN)/python -m pytest -n auto --dist worksteal --cov --cov-report=term:skip-covered

# Long random sync runs (two laptops, an office user's device, the office; SQLite and PostgreSQL): 200 new examples
# per backend, never derandomized, for a quiet hour; a failure prints the shrunk example to replay.
soak: $(VENV)/.installed-test
	CI= VERBUND_SYNC_SOAK=200 $(BIN)/python -m pytest -p no:xdist -q tests/sync/test_sync_stateful.py -m slow

# The coordination office on this machine: PostgreSQL (pgserver), the demo network, the sync service with a
# self-signed certificate; prints the address, a one-time code and the fingerprint for connecting a laptop.
office: $(VENV)/.installed-test
	$(BIN)/python tools/office_local.py

bench: $(VENV)/.installed-test
	$(BIN)/python -m bench $(BENCH)

# One-folder installer bundle in dist/verbund-desktop/ (the desktop program and the `verbund` command line);
# see docs/install.md for Windows and signing.
bundle: $(VENV)/.installed-test
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/verbund_desktop.spec

# Every screenshot of the README and docs/, German and English, under Xvfb at 1366×768 (tools/screenshots.py).
screenshots: QT_QPA_PLATFORM = xcb
screenshots: $(VENV)/.installed-test
	$(BIN)/python tools/screenshots.py --out docs/screenshots

# English UI: extract every tr()/translate() string of the UI, fill in tools/translations_en.py, compile the .qm.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations relative -source-language de_DE \
		-target-language en src/verbund_desktop/ui -ts resources/translations/verbund_desktop_en.ts
	$(BIN)/python tools/fill_translations.py resources/translations/verbund_desktop_en.ts
	$(BIN)/pyside6-lrelease -silent resources/translations/verbund_desktop_en.ts \
		-qm resources/translations/verbund_desktop_en.qm

# Re-resolve every dependency from pyproject.toml in a throw-away venv and write the new pins to constraints.txt.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet -e '.[test]'
	{ echo '# Exact versions that `make run`, `make test` and CI install (pip --constraint). Refresh with `make lock`.'; \
	  .lock-venv/bin/python -m pip freeze --all --exclude-editable | grep -v -e '^setuptools==' -e '^wheel=='; } > constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
