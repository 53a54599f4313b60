#!/usr/bin/env bash
# Publishes the command line with Native AOT for this machine's platform into DIR (default artifacts/native) and prints
# the executable's path. Trimming and AOT warnings fail the publish (docs/native.md).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/native}"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64) rid=linux-arm64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;;
  *) rid=win-x64 ;;
esac
dotnet publish src/UpgradeGuard.Cli -c Release -r "$rid" -o "$out" -nologo -v:q -clp:ErrorsOnly >&2
exe="$out/upgrade-guard"
[ -f "$exe.exe" ] && exe="$exe.exe"
[ -x "$exe" ] || { echo "no native executable at $exe" >&2; exit 1; }
cd "$(dirname "$exe")" && echo "$PWD/$(basename "$exe")"
