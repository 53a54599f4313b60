#!/usr/bin/env bash
# The pre-commit hook `upgrade-guard` (.pre-commit-hooks.yaml, language: script). pre-commit clones this repository at
# the `rev` a user's .pre-commit-config.yaml names and runs this script from that clone, in the user's repository, with
# the manifests to check as arguments. The first run builds the tool into the clone (.pre-commit-build/, with the .NET
# SDK that global.json names); every later run reuses it, since a clone never changes revision.
set -euo pipefail
clone="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="$clone/.pre-commit-build/upgrade-guard.dll"
if [ ! -f "$tool" ]; then
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "upgrade-guard: the .NET 10 SDK is needed to build the hook (https://dot.net); 'dotnet' is not on PATH" >&2
    exit 2
  fi
  echo "upgrade-guard: building the tool once for this revision..." >&2
  # A folder of its own per build (output and obj/), so two hooks starting at once never share a file; the first to
  # finish is kept.
  work="$(mktemp -d "$clone/.pre-commit-build-XXXXXX")"
  if ! (cd "$clone" && dotnet build src/UpgradeGuard.Cli/UpgradeGuard.Cli.csproj --configuration Release \
        --output "$work/out" --artifacts-path "$work/artifacts" -nologo -verbosity:quiet -consoleLoggerParameters:NoSummary -p:TreatWarningsAsErrors=false >&2); then
    rm -rf "$work"
    echo "upgrade-guard: the build of the hook failed (see above)" >&2
    exit 2
  fi
  [ -f "$tool" ] || mv "$work/out" "$clone/.pre-commit-build" 2>/dev/null || true
  rm -rf "$work"
fi
exec dotnet "$tool" check "$@"
