#!/usr/bin/env bash
# Installs what the VS Code end-to-end tests drive, from Debian's packages and the npm registry only:
# code-server 4.100.3 (VS Code 1.100.3 in a browser), headless Chromium, and playwright-core to drive it.
# code-server's npm postinstall downloads ripgrep and builds kerberos, which cannot work offline, so it is installed
# with --ignore-scripts and the postinstall is done by hand (see docs/editors.md, "Testing the extension").
# Installs under $UPGRADEGUARD_TOOLS (default /opt/upgradeguard-tools). Idempotent.
set -euo pipefail
tools="${UPGRADEGUARD_TOOLS:-/opt/upgradeguard-tools}"
version=4.100.3
prefix="$tools/code-server-$version"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
packages="build-essential pkg-config libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev ripgrep chromium"
missing=""
for p in $packages; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null; }
fi
if [ -f "$prefix/.complete" ]; then echo "code-server $version already installed in $prefix"; exit 0; fi
rm -rf "$prefix"; mkdir -p "$prefix"
cd "$prefix"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error --ignore-scripts "code-server@$version" "playwright-core@1.52.0"
npm rebuild argon2 --loglevel=error
vs="$prefix/node_modules/code-server/lib/vscode"
( cd "$vs" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error )
mkdir -p "$vs/node_modules/@vscode/ripgrep/bin"
ln -sf /usr/bin/rg "$vs/node_modules/@vscode/ripgrep/bin/rg"
( cd "$vs" && npm_config_yes=true npm rebuild --loglevel=error )
ln -sfn node_modules "$vs/node_modules.asar"
ln -sf code-linux.sh "$vs/bin/remote-cli/code-server"
ln -sf browser-linux.sh "$vs/bin/helpers/browser.sh"
( cd "$vs/extensions" && npm install --omit=dev --no-audit --no-fund --loglevel=error )
touch "$prefix/.complete"
echo "code-server $version installed in $prefix"
