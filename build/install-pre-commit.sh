#!/usr/bin/env bash
# Installs pre-commit (Debian's package, 3.0.4 on bookworm): the real pre-commit the hook's end-to-end test drives.
set -euo pipefail
if command -v pre-commit >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends pre-commit >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends pre-commit >/dev/null; }
pre-commit --version
