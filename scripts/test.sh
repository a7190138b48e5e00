#!/usr/bin/env bash
# Builds (if needed), starts the test servers on loopback and runs the whole
# test suite with CTest. Fails if any test fails or if no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d build ] || cmake --preset release >/dev/null
cmake --build build -j"$(nproc)"
bash scripts/services.sh start
ctest --test-dir build --output-on-failure --no-tests=error -j"$(nproc)" "$@"
