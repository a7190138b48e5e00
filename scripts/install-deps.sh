#!/usr/bin/env bash
# Installs every Debian package Vigil needs to build, test, fuzz and benchmark.
# Idempotent: quiet and quick when everything is already installed.
# Usage: scripts/install-deps.sh   (as root, or with sudo available)
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang libclang-rt-14-dev lld
  # core
  libsimdjson-dev nlohmann-json3-dev libcli11-dev libssl-dev libspdlog-dev libfmt-dev
  libtomlplusplus-dev libgtest-dev libgmock-dev libbenchmark-dev
  # media
  libjpeg62-turbo-dev libjpeg-turbo-progs libpng-dev libwebp-dev libgif-dev
  libavformat-dev libavcodec-dev libavutil-dev libswscale-dev
  # text and PII
  libicu-dev libopencc-dev opencc libvectorscan-dev libphonenumber-dev libprotobuf-dev
  libboost-dev python3-stdnum
  # storage, evidence, service, streams
  libsqlite3-dev sqlite3 libpq-dev libpqxx-dev postgresql libsodium-dev
  libcpp-httplib-dev libnats-dev nats-server
  # benchmark peers and load tools
  libfaiss-dev libopenblas-dev wrk hyperfine
  # scripting helpers used by tests
  python3 jq curl
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
