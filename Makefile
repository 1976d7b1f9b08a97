# Collecta — build, run and test. `make test` and `make run` work on a fresh Debian machine:
# missing system libraries are installed when running as root, else the apt-get line is printed.

SWIFT        ?= swift
DEMO_DB      ?= $(CURDIR)/.build/demo.sqlite
APT_PACKAGES := libncursesw5-dev libsqlite3-dev libcurl4-openssl-dev tmux
BIN_DEBUG    := .build/debug/collecta

.PHONY: all deps test-deps build run demo test release bench clean keybindings

all: build

deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" \
	    || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing; \
	  else \
	    echo "Collecta needs these system packages. Install them with:"; \
	    echo "  sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build

# Opens the application on the demo company (created on first use; `make demo` recreates it).
run: build
	@test -f $(DEMO_DB) || $(BIN_DEBUG) demo --db $(DEMO_DB)
	$(BIN_DEBUG) --db $(DEMO_DB)

# (Re)creates the demo database and prints its summary.
demo: build
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN_DEBUG) demo --db $(DEMO_DB)

# The delivery tests run a real SMTP server on 127.0.0.1 (aiosmtpd, from PyPI).
test-deps: deps
	@python3 -c "import aiosmtpd" 2>/dev/null || python3 -m pip install -q aiosmtpd

test: test-deps
	$(SWIFT) build --build-tests
	LC_ALL=C.UTF-8 $(SWIFT) test --skip-build

# Regenerates docs/keybindings.md from the command table and keymaps (a test fails when stale).
keybindings: build
	$(BIN_DEBUG) keybindings > docs/keybindings.md

release: deps
	$(SWIFT) build -c release

# The benchmark at scale (docs/performance.md): release binaries, generated companies of 10,000 and
# 100,000 customers cached in .build/bench/, results in .build/bench/results.md and results.json.
# Options go in BENCH_ARGS, e.g. `make bench BENCH_ARGS="--sizes 10000 --runs 3 --skip tui"`.
bench: deps
	$(SWIFT) build -c release --product collecta
	$(SWIFT) build -c release --product collecta-bench
	.build/release/collecta-bench suite $(BENCH_ARGS)

clean:
	rm -rf .build
