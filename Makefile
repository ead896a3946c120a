# The two commands of the README: `make run` and `make test`. Both build .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_API := pyside6

.PHONY: run test test-postgresql lint bench bundle bundle-check i18n migration screenshots clean

$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found $$($(PYTHON) --version))"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
		{ rm -rf $(VENV); scripts/system-deps.sh venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	scripts/system-deps.sh window
	$(BIN)/facilitator-app $(ARGS)

# The suite on every core (pytest-xdist), then the tests that measure the console's event
# loop, alone (exit code 5: none among the tests asked for).
TEST_WORKERS ?= auto
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) -m "not alone" $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m alone $(PYTEST_ARGS) || [ $$? = 5 ]
	$(BIN)/ruff check facilitator_app tests scripts

# The storage, services and exchange tests on a private PostgreSQL server (Debian's postgresql).
test-postgresql: $(STAMP)
	scripts/test-postgresql.sh $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check facilitator_app tests scripts
	$(BIN)/mypy

bench: $(STAMP)
	scripts/system-deps.sh window
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m bench

# The one-folder application (PyInstaller) in dist/facilitator-app, for this system.
BUNDLE_STAMP := $(VENV)/.bundle-tools
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[bundle]"
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN packaging/facilitator.spec

# Build the bundle, then start it headless: the window installs the demo, and the bundle's
# command line prints a PDF from it, exports it and imports it back.
bundle-check: bundle
	$(BIN)/python packaging/check_bundle.py dist/facilitator-app

i18n: $(STAMP)
	$(BIN)/python scripts/i18n.py update
	$(BIN)/python scripts/i18n.py release

migration: $(STAMP)
	$(BIN)/python scripts/regen_initial_migration.py

# The main screens in French and English at 1366x768 and 1920x1080, as PNGs outside the
# repository (OUT=/tmp/facilitator-shots): look at them for cut or English text.
screenshots: $(STAMP)
	scripts/system-deps.sh window
	$(BIN)/python scripts/screenshots.py $(if $(OUT),--out $(OUT))

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
