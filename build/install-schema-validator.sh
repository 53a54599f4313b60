#!/usr/bin/env bash
# Installs the JSON Schema validator of the manifest schema (docs/schema/upgrade-manifest-v1.schema.json): Red Hat's
# yaml-language-server, the versions pinned by build/schema/package-lock.json, under build/schema/node_modules
# (git-ignored). The Core tests drive it through build/schema/validate-manifests.mjs.
# Idempotent: does nothing when the pinned version is already installed.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$repo_root/build/schema"
installed="$dir/node_modules/yaml-language-server/package.json"
wanted="$(sed -n 's/.*"yaml-language-server": *"\([^"]*\)".*/\1/p' "$dir/package.json" | head -n 1)"
if [ -f "$installed" ] && grep -q "\"version\": *\"$wanted\"" "$installed"; then
  echo "yaml-language-server $wanted already installed in $dir/node_modules"
  exit 0
fi
npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
echo "yaml-language-server $wanted installed in $dir/node_modules"
