# Anshim — everything a developer or CI needs, on Debian 12 as root (or with sudo).
# `make demo` and `make test` install what is missing first; a second run skips installation in seconds.

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PYTHON := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
DEBIAN_PACKAGES := qgis python3-qgis qgis-providers python3-numpy python3-scipy python3-sklearn \
	python3-geopandas python3-rasterio python3-venv python3-pip xvfb xauth poppler-utils \
	fonts-nanum qttools5-dev-tools locales
# one at a time: dash's `command -v a b` succeeds when only some are found
DEBIAN_TOOLS := qgis_process.bin xvfb-run pdftoppm lrelease
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
HEADLESS := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$$(id -u)
# QGIS settings written by the tests go to a throwaway folder, never the user's profile
TEST_ENV := $(HEADLESS) QGIS_CUSTOM_CONFIG_PATH=$(CURDIR)/.qgis-settings
QGIS_PROFILE ?= default
QGIS_PLUGINS_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/$(QGIS_PROFILE)/python/plugins
# compiled translations: a build product of i18n/*.ts (see scripts/i18n.py), shipped in the plugin
TRANSLATIONS := $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))
# more pytest arguments for unit-test and qgis-test, e.g. PYTEST_ARGS="-k font" or "-W error::DeprecationWarning"
PYTEST_ARGS ?=

.PHONY: deps test unit-test qgis-test test-3.40 demo-3.40 demo bench install package clean translations

# Debian packages are checked by import, not by apt, so a second run costs a second.
$(VENV)/.system-ok: Makefile
	@if $(SYSTEM_PYTHON) -c "import qgis.core, numpy, scipy, sklearn, geopandas, rasterio, ensurepip" 2>/dev/null \
		&& (for tool in $(DEBIAN_TOOLS); do command -v $$tool >/dev/null || exit 1; done) \
		&& fc-list | grep -q NanumBarunGothic && [ -f /usr/share/i18n/locales/ko_KR ]; then \
		echo "QGIS and the Debian Python packages are present."; \
	else \
		echo "Installing QGIS and Python packages from Debian…"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
			--no-install-recommends $(DEBIAN_PACKAGES); \
	fi
	@# the Korean locale the tests run QGIS in (LANG=ko_KR.UTF-8), generated once if the system lacks it
	@locale -a | grep -qix 'ko_KR.utf-\?8' || $(SUDO) localedef -i ko_KR -f UTF-8 ko_KR.UTF-8
	@[ -x $(PYTHON) ] || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	@touch $@

$(VENV)/.test-tools: requirements-test.txt $(VENV)/.system-ok
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	@touch $@

deps: $(VENV)/.system-ok $(VENV)/.test-tools $(TRANSLATIONS)

# written aside and renamed: a running QGIS maps the old file and would crash if it changed under it
i18n/%.qm: i18n/%.ts $(VENV)/.system-ok
	lrelease -silent $< -qm $@.tmp && mv $@.tmp $@

translations: $(TRANSLATIONS)

unit-test: deps
	$(PYTHON) -m pytest -p no:pytest_qgis -p no:cacheprovider tests/unit $(PYTEST_ARGS)

qgis-test: deps
	mkdir -p /tmp/runtime-$$(id -u) && chmod 700 /tmp/runtime-$$(id -u)
	@# test_korean*.py in their own process: after a briefing export, reloading the provider in Korean left GDAL
	@# unable to reopen the demo GeoPackage ("unable to open database file") for the tests that followed; not
	@# understood yet. Both always run; the target fails after them if either failed.
	status=0; \
	$(TEST_ENV) $(PYTHON) -m pytest -p no:cacheprovider --qgis_disable_gui tests/qgis \
		--ignore=tests/qgis/test_korean.py --ignore=tests/qgis/test_korean_areas.py $(PYTEST_ARGS) || status=1; \
	$(TEST_ENV) $(PYTHON) -m pytest -p no:cacheprovider --qgis_disable_gui tests/qgis/test_korean.py \
		tests/qgis/test_korean_areas.py $(PYTEST_ARGS) || status=1; \
	exit $$status

# every suite runs even when an earlier one fails (one failure never hides another); make fails at the end
test: deps
	@$(MAKE) --no-print-directory --keep-going unit-test qgis-test

# the same targets with QGIS 3.40 LTR, in a Debian 13 system built once by debootstrap into /var/cache/anshim
# (see scripts/trixie.sh; the first run takes about TRIXIE_BUILD minutes, later ones reuse it)
test-3.40:
	$(SUDO) scripts/trixie.sh test

demo-3.40:
	$(SUDO) scripts/trixie.sh demo

# follows the locale it runs in (LANG=ko_KR.UTF-8 make demo → Korean); BRIEFING_LANGUAGE=ko|en sets the briefing's
BRIEFING_LANGUAGE ?=
demo: deps
	$(HEADLESS) $(PYTHON) scripts/run_demo.py build/demo $(if $(BRIEFING_LANGUAGE),--briefing-language $(BRIEFING_LANGUAGE))

bench: deps
	$(HEADLESS) $(PYTHON) scripts/bench.py

install: $(TRANSLATIONS)
	rm -rf "$(QGIS_PLUGINS_DIR)/anshim"
	mkdir -p "$(QGIS_PLUGINS_DIR)"
	$(SYSTEM_PYTHON) scripts/package.py --copy-to "$(QGIS_PLUGINS_DIR)/anshim"
	@echo "Installed into $(QGIS_PLUGINS_DIR)/anshim — enable it in Plugins → Manage and Install Plugins."

package: $(TRANSLATIONS)
	$(SYSTEM_PYTHON) scripts/package.py --zip dist/anshim-$(VERSION).zip

clean:
	rm -rf build dist .qgis-settings .pytest_cache $(TRANSLATIONS)
