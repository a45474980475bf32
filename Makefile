# The two commands of the README: `make site` and `make test`.
SWIFT    ?= swift
CONTENT  ?= Content
RELEASE  := .build/release/vitrine
SHARED   ?= ../shared

.PHONY: site test build deps test-deps check unit originality reports-test clean

site: deps build
	$(RELEASE) check --content $(CONTENT)

build: deps
	$(SWIFT) build -c release --product vitrine

deps:
	@scripts/install-deps build

test-deps:
	@scripts/install-deps test

test: deps unit build check originality reports-test

unit:
	$(SWIFT) build --build-tests
	$(SWIFT) test

check: build
	$(RELEASE) check --content $(CONTENT)

# Our texts are our own words: no run of ten words copied from the source reports.
originality:
	@if [ -x $(SHARED)/tools/check-originality ]; then \
	  $(SHARED)/tools/check-originality $(CONTENT); \
	else echo "originality: $(SHARED)/tools/check-originality not found, skipped"; fi

# Every report of the content through Pandoc to PDF (scripts/test-reports): no missing characters
# or undefined references, titles, captions and diacritics in the PDF's text, first pages as PNG
# under .build/report-pages/.
reports-test: build test-deps
	VITRINE=$(RELEASE) scripts/test-reports --content $(CONTENT)

clean:
	rm -rf .build Site
