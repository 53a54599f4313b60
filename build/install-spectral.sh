#!/usr/bin/env bash
# Installs Spectral (@stoplight/spectral-cli), the versions pinned by build/bench/spectral/package-lock.json, under
# build/bench/spectral/node_modules (git-ignored), for build/bench/spectral-vs-native.sh (docs/performance.md).
# Idempotent: does nothing when the pinned version is already installed.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$repo_root/build/bench/spectral"
installed="$dir/node_modules/@stoplight/spectral-cli/package.json"
wanted="$(sed -n 's/.*"@stoplight\/spectral-cli": *"\([^"]*\)".*/\1/p' "$dir/package.json" | head -n 1)"
if [ -f "$installed" ] && grep -q "\"version\": *\"$wanted\"" "$installed"; then
  echo "spectral-cli $wanted already installed in $dir/node_modules"
  exit 0
fi
npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
echo "spectral-cli $wanted installed in $dir/node_modules"
