# FP Register: `make run` opens the app on a demo database, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian packages the GUI, the PDFs and the PostgreSQL tests need (installed when run as root).
DEB_PACKAGES := libglib2.0-0 libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 \
	libdbus-1-3 libbrotli1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 xvfb xauth \
	fonts-wqy-microhei poppler-utils poppler-data postgresql

.PHONY: run test bench lint system-packages venv translations clean dist dist-test

system-packages:
	@bash installers/system-packages.sh $(DEB_PACKAGES)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,dist]'
	touch $(STAMP)

venv: system-packages $(STAMP) translations

translations: $(STAMP)
	@$(BIN)/python -m ui.translations build

run: venv
	$(BIN)/fpreg gui --demo

test: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests
	$(BIN)/ruff check app db ui tests bench

bench: venv
	$(BIN)/python -m bench.run_all

# The one-folder bundle build/dist/fpreg/, the Debian package build/fpreg_<version>_<arch>.deb and the
# Windows installer files build/installers/ (fpreg.iss for Inno Setup, version_info.txt).
dist: venv
	@$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/pip install --quiet -e '.[dist]'
	$(BIN)/python installers/build.py

# Build, install (as root), run and remove the Debian package (also part of `make test`).
dist-test: venv
	@$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/pip install --quiet -e '.[dist]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_dist.py

lint: $(STAMP)
	$(BIN)/ruff check app db ui tests bench

clean:
	rm -rf $(VENV) build *.egg-info
