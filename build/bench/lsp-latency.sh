#!/usr/bin/env bash
# The language server's figures for docs/performance.md: didChange -> publishDiagnostics latency on a 200-line
# manifest, and memory over 10,000 edits (resident memory of a real `upgrade-guard lsp` process, then the managed heap
# of an in-process server after full collections). EDITS=10000 by default.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
EDITS="${EDITS:-10000}"
dotnet build -c Release "$REPO/src/UpgradeGuard.Cli" -nologo -v:q >/dev/null
dotnet build -c Release "$REPO/tests/UpgradeGuard.Benchmarks" -nologo -v:q >/dev/null
BENCH="$REPO/tests/UpgradeGuard.Benchmarks/bin/Release/net10.0/UpgradeGuard.Benchmarks.dll"
dotnet "$BENCH" lsp "$REPO/src/UpgradeGuard.Cli/bin/Release/net10.0/upgrade-guard.dll" --edits "$EDITS"
dotnet "$BENCH" lsp-memory --edits "$EDITS"
