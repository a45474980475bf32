# The two commands of the README: `make site` and `make test`.
SWIFT    ?= swift
CONTENT  ?= Content
RELEASE  := .build/release/vitrine
SHARED   ?= ../shared
VENV     := .venv
AXE_CORE := axe-playwright-python==0.1.8
FIXTURE  := Tests/VitrineContentTests/Fixtures/valid

.PHONY: site test build deps test-deps venv site-test reports-test serve-test serve bench check unit originality clean audit

site: deps build venv
	$(RELEASE) build --content $(CONTENT) --output Site

build: deps
	$(SWIFT) build -c release --product vitrine

deps:
	@scripts/install-deps build

test-deps:
	@scripts/install-deps test

# Python tools in a project-local virtual environment: Pagefind (the site's search index;
# `vitrine build` runs .venv/bin/pagefind), Pandoc 3 and Typst (the dossiers' PDF and Word
# files: .venv/bin/pandoc and .venv/bin/vitrine-typst) and the end-to-end checkers. The stamp
# makes a second run instant; it is redone when scripts/requirements.txt changes.
venv: $(VENV)/.installed

$(VENV)/.installed: scripts/requirements.txt scripts/vitrine-typst Makefile | deps
	@test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r scripts/requirements.txt
	@# axe-selenium-python's own axe-core predates the WCAG 2.1 rule tags; this package ships a
	@# current axe.min.js (its Playwright dependency is not needed for that file: --no-deps).
	$(VENV)/bin/pip install -q --disable-pip-version-check --no-deps $(AXE_CORE)
	@# pagefind-bin ships the binary inside its package but no script on PATH: link it.
	ln -sf "$$($(VENV)/bin/python -c 'import os, pagefind_bin; print(os.path.relpath(pagefind_bin.get_executable(), "$(VENV)/bin"))')" $(VENV)/bin/pagefind
	$(VENV)/bin/pagefind --version
	@# pypandoc-binary ships Pandoc 3 inside its package: link it (Debian's 2.17 has no Typst writer).
	ln -sf "$$($(VENV)/bin/python -c 'import os, pypandoc; print(os.path.relpath(os.path.join(os.path.dirname(pypandoc.__file__), "files", "pandoc"), "$(VENV)/bin"))')" $(VENV)/bin/pandoc
	$(VENV)/bin/pandoc --version | head -1
	@# The Typst runner, run by the venv's Python (which has the typst module).
	sed "1s|.*|#!$(abspath $(VENV))/bin/python|" scripts/vitrine-typst > $(VENV)/bin/vitrine-typst && chmod +x $(VENV)/bin/vitrine-typst
	$(VENV)/bin/vitrine-typst --version
	@touch $@

test: deps test-deps unit build check originality coverage schema-test site-test reports-test serve-test serve-load-test kill-test disk-full-test nginx-test

# The unit tests run the real Pagefind (SearchIndexerTests), which `venv` installs.
unit: venv
	$(SWIFT) build --build-tests
	$(SWIFT) test

check: build
	$(RELEASE) check --content $(CONTENT)

# Our texts are our own words: no run of ten words copied from the source reports.
originality:
	@if [ -x $(SHARED)/tools/check-originality ]; then \
	  $(SHARED)/tools/check-originality $(CONTENT); \
	else echo "originality: $(SHARED)/tools/check-originality not found, skipped"; fi

# Every item and term docs/content-coverage.md names exists in the content, and its seed line
# ranges are in order (scripts/check-coverage).
.PHONY: coverage
coverage:
	scripts/check-coverage --content $(CONTENT)

# End-to-end checks (scripts/test-site): the shipped content and the valid fixture site, each
# built into a temporary folder (the fixture from a copy: a build writes its published-urls.txt), through the Nu validator, axe-core, linkchecker and screenshots.
site-test: build test-deps venv
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && status=0 && \
	for site in content:$(CONTENT) fixture:$(FIXTURE); do \
	  name=$${site%%:*} content=$${site#*:}; \
	  if [ "$$name" = fixture ]; then cp -r "$$content" "$$tmp/fixture-content" && content="$$tmp/fixture-content"; fi; \
	  $(RELEASE) build --content "$$content" --output "$$tmp/$$name" && \
	  scripts/test-site --name "$$name" --content "$$content" "$$tmp/$$name" || status=1; \
	done; exit $$status

# Every report of the content to PDF (Pandoc 3 and Typst) and Word (scripts/test-reports): the
# PDF/UA machine checks (pdfua), tagged, language, title, embedded fonts, titles, captions and
# diacritics in the PDF's text, Heading styles and tables in the Word file, first pages as PNG
# under .build/report-pages/.
reports-test: build test-deps venv
	VITRINE=$(RELEASE) scripts/test-reports --content $(CONTENT)

# The editor schemas (`vitrine schema`) against the shipped content, the valid fixture and the
# broken fixtures a schema can see, with PyPI jsonschema (scripts/test-schemas).
.PHONY: schema-test
schema-test: build venv
	$(VENV)/bin/python scripts/test-schemas --vitrine $(RELEASE) --content $(CONTENT)

# `vitrine serve` end to end: pages over HTTP, an edit served, an error in the overlay, Ctrl-C.
serve-test: build
	scripts/test-serve --vitrine $(RELEASE)

# The preview under load (scripts/test-serve-load): wrk on 127.0.0.1 while a card is saved every
# 200 ms, 3,000 live-reload clients that come and go, and inotify's watch limit reached.
.PHONY: serve-load-test
serve-load-test: build test-deps
	scripts/test-serve-load --vitrine $(RELEASE)

# A full disk and a file-size limit (scripts/test-disk-full, in a user namespace with a small
# tmpfs): one diagnostic, exit 1, the old site untouched.
.PHONY: disk-full-test
disk-full-test: build
	scripts/test-disk-full --vitrine $(RELEASE)

# Crash safety (scripts/test-kill): builds of the 10,000-card corpus killed with SIGKILL at 20
# random moments each leave the output folder exactly the old site or exactly the new one.
.PHONY: kill-test
kill-test: build
	scripts/test-kill --vitrine $(RELEASE) --kills 20

# Deployment (scripts/test-nginx): Debian's nginx on 127.0.0.1 serves the built site with the
# configuration the build writes: headers, redirects, 410, 404, Chromium under the CSP, wrk load.
.PHONY: nginx-test
nginx-test: build test-deps venv
	scripts/test-nginx --vitrine $(RELEASE) --content $(CONTENT)

# The loader's libFuzzer targets, FUZZ_SECONDS each, one at a time; findings go to
# Fuzz/findings/<target>/ (Fuzz/README.md). `make test` replays the corpora (FuzzCorpusReplayTests).
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz

# The accessibility audit (scripts/audit): the site and the dossier PDFs through the Nu validator,
# axe, reflow, linkchecker and PDF/UA; the results go to $(CONTENT)/accessibility-audit.json
# (commit it), from which the build renders the statement at Site/toegankelijkheid/.
.PHONY: audit
audit: build test-deps venv
	scripts/audit --vitrine $(RELEASE) --content $(CONTENT)
	$(RELEASE) build --content $(CONTENT) --output Site

# The live preview of the shipped content on http://127.0.0.1:8000/.
serve: deps build
	$(RELEASE) serve --content $(CONTENT)

# Incremental rebuild timings on the 10,000-card corpus, then full builds against Hugo in turns,
# without and with the search index (figures in docs/performance.md).
bench: build
	@scripts/install-deps bench
	Benchmarks/serve-incremental --vitrine $(RELEASE)
	@if command -v hugo >/dev/null && [ -x $(SHARED)/bench/compare-hugo ]; then \
	  $(SHARED)/bench/compare-hugo --items 10000 --runs 3 --no-search --vitrine $(RELEASE) && \
	  $(SHARED)/bench/compare-hugo --items 10000 --runs 3 --vitrine $(RELEASE); \
	else echo "bench: hugo or $(SHARED)/bench/compare-hugo not found; comparison skipped"; fi

clean:
	rm -rf .build Site
