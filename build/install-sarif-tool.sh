#!/usr/bin/env bash
# Installs the SARIF multitool (used by the CLI tests to validate SARIF output) under .ci/tools.
# Idempotent: does nothing when the tool is already installed.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$repo_root/.ci/tools"
if [ -x "$tools/node_modules/.bin/sarif-multitool" ]; then
  echo "sarif-multitool already installed in $tools"
  exit 0
fi
mkdir -p "$tools"
npm install --prefix "$tools" --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool
echo "sarif-multitool installed in $tools"
