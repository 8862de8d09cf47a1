# The two commands of the quick start: `make demo` and `make test`.
# Each installs what is missing, builds, and runs.

PYTHON ?= python3
BUILD ?= build
ASAN_BUILD ?= build-asan
RELEASE_BUILD ?= build-release
BENCH_ARGS ?=
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPACT_WERROR=ON

.PHONY: all deps build demo bench test test-cpp test-python test-abi test-sanitize wheel clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS) -DPython3_EXECUTABLE=$$(command -v $(PYTHON))

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	cd examples/consumer && PYTHONPATH=$(CURDIR)/$(BUILD)/python $(PYTHON) demo.py $(CURDIR)/$(BUILD)/demo-pacts
	cd examples/provider && PYTHONPATH=$(CURDIR)/$(BUILD)/python $(PYTHON) verify_provider.py $(CURDIR)/$(BUILD)/demo-pacts
	@# pact-python 4.2 itself on this build: its consumer tests, then its Verifier
	@# (examples/pact_python; the venv is prepared once, then reused).
	rm -rf $(BUILD)/demo-pacts-python
	PY=$$(PYTHON=$(PYTHON) bash scripts/pact-python-venv.sh) && cd examples/pact_python && \
	  PYTHONPATH=$(CURDIR)/$(BUILD)/python PACT_DIR=$(CURDIR)/$(BUILD)/demo-pacts-python \
	  $$PY -m pytest -v -p no:cacheprovider consumer_test.py provider_test.py

# Verification speed against the reference library (bench/README.md). Uses its
# own Release build of the library only; not part of `make test`.
bench: deps
	@test -f $(RELEASE_BUILD)/build.ninja || cmake -S . -B $(RELEASE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DPACT_BUILD_TESTS=OFF -DPACT_BUILD_PYTHON=OFF
	cmake --build $(RELEASE_BUILD) -j $(JOBS) --target pact_ffi
	$(PYTHON) bench/verifier_bench.py --ours $(RELEASE_BUILD)/src/ffi/libpact_ffi.so $(BENCH_ARGS)

test: build
	@bash scripts/run-tests.sh $(BUILD)

# The same C++ and Python suites built with AddressSanitizer and
# UndefinedBehaviorSanitizer; any report fails the run.
test-sanitize: deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPACT_SANITIZE="address;undefined" \
	  -DPython3_EXECUTABLE=$$(command -v $(PYTHON))
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	@SANITIZE=1 bash scripts/run-tests.sh $(ASAN_BUILD)

wheel: deps
	$(PYTHON) -m pip wheel --no-deps -w dist .

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(RELEASE_BUILD) dist
