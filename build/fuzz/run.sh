#!/usr/bin/env bash
# The fuzzing campaign (docs/reliability.md): builds build/fuzz in Release and runs it; arguments pass through.
#   build/fuzz/run.sh                                   # 1,000,000 cases of the default seed, resumable
#   build/fuzz/run.sh --start 500000 --count 500000     # a shard: its own folder under artifacts/fuzz/
#   build/fuzz/run.sh --workers 2 --seed 7 --out /tmp/fuzz
# Progress is saved every 2,000 cases; running the same command again continues where it stopped.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build build/fuzz/UpgradeGuard.Fuzz.csproj -c Release -nologo -v quiet
exec dotnet build/fuzz/bin/Release/net10.0/UpgradeGuard.Fuzz.dll "$@"
