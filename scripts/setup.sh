#!/usr/bin/env bash
# Installs Debian packages (needs root or sudo), configures and builds the
# Release preset into build/. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build build -j"$(nproc)"
