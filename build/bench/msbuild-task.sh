#!/usr/bin/env bash
# The MSBuild task's figures for docs/performance.md: wall time of `dotnet build` of a NoTargets project holding
# MANIFESTS manifests (copies of the ok/ corpus), when the check runs and when the incremental target skips it, next to
# the same project without the package. RUNS=5 builds each (the median is reported). Packs the package first.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MANIFESTS="${MANIFESTS:-500}"
RUNS="${RUNS:-5}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# shellcheck source=build/bench/local-feed.sh
source "$REPO/build/bench/local-feed.sh"
make_project() { # folder, with-package
  mkdir -p "$1/clusters"
  local i=0
  while [ "$i" -lt "$MANIFESTS" ]; do
    for f in "$REPO"/tests/UpgradeGuard.Core.Tests/testdata/ok/*.upgrade.yaml; do
      [ "$i" -ge "$MANIFESTS" ] && break
      cp "$f" "$1/clusters/m$i.upgrade.yaml"; i=$((i + 1))
    done
  done
  local reference=""
  [ "$2" = yes ] && reference="<ItemGroup><PackageReference Include=\"UpgradeGuard\" Version=\"$VERSION\" PrivateAssets=\"all\" /></ItemGroup>"
  cat > "$1/Infra.proj" <<XML
<Project Sdk="Microsoft.Build.NoTargets/3.7.0"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>$reference</Project>
XML
  dotnet restore "$1/Infra.proj" -nologo -v:q >/dev/null
}
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
build() { dotnet build "$1/Infra.proj" --no-restore -nr:false -nologo -v:q "${@:2}"; }

make_project "$WORK/with" yes
make_project "$WORK/without" no
checked=$(for _ in $(seq "$RUNS"); do rm -f "$WORK"/with/obj/Debug/net10.0/*.UpgradeGuard.stamp; ms build "$WORK/with"; done | median)
skipped=$(for _ in $(seq "$RUNS"); do ms build "$WORK/with"; done | median)
baseline=$(for _ in $(seq "$RUNS"); do ms build "$WORK/without"; done | median)
echo "manifests: $MANIFESTS, runs: $RUNS (median wall time of dotnet build -nr:false)"
echo "without the package:        ${baseline} ms"
echo "with the package, checking: ${checked} ms"
echo "with the package, skipped:  ${skipped} ms"
