#!/usr/bin/env bash
# Installs Neovim (Debian's package, 0.7.2 on bookworm): the real LSP client the language server's end-to-end test drives.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends neovim >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends neovim >/dev/null; }
nvim --version | head -n 1
