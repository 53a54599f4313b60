#!/usr/bin/env bash
# The native toolchain Native AOT links with on Linux (docs/native.md): clang and zlib. Idempotent.
set -euo pipefail
if command -v clang >/dev/null 2>&1 && [ -f /usr/include/zlib.h ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq clang zlib1g-dev
