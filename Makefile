# The two commands of the README: `make site` and `make test`.
SWIFT    ?= swift
CONTENT  ?= Content
RELEASE  := .build/release/vitrine
SHARED   ?= ../shared

.PHONY: site test build deps test-deps check unit originality clean

site: deps build
	$(RELEASE) check --content $(CONTENT)

build: deps
	$(SWIFT) build -c release --product vitrine

deps:
	@scripts/install-deps build

test-deps:
	@scripts/install-deps test

test: deps unit build check originality

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

clean:
	rm -rf .build Site
