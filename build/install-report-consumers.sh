#!/usr/bin/env bash
# Installs the real readers of the CI report formats (junit2json, codeclimate-types + typescript,
# azure-pipelines-task-lib, danger-plugin-lint-report + xml-js), the versions pinned by
# build/consumers/package-lock.json, under build/consumers/node_modules (git-ignored). The CLI tests
# (tests/UpgradeGuard.Cli.Tests/Formats) drive them through the build/consumers/*.mjs scripts.
# Idempotent: does nothing when the pinned versions are already installed.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$repo_root/build/consumers"
# Every pinned direct dependency already at its version: nothing to do.
installed=yes
while read -r name version; do
  manifest="$dir/node_modules/$name/package.json"
  if [ ! -f "$manifest" ] || ! grep -q "\"version\": *\"$version\"" "$manifest"; then installed=no; fi
done < <(sed -n '/"dependencies"/,/}/s/^ *"\([^"]*\)": *"\([^"]*\)".*/\1 \2/p' "$dir/package.json")
if [ "$installed" = yes ]; then
  echo "report consumers already installed in $dir/node_modules"
  exit 0
fi
npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
echo "report consumers installed in $dir/node_modules"
