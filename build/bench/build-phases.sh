#!/usr/bin/env bash
# Where a build's time goes, per project of a kept `build-with-manifests.sh` work folder (KEEP=1): MSBuild's own
# account (-clp:PerformanceSummary) of evaluation, CoreCompile, GenerateMSBuildEditorConfigFileCore and the package's
# targets, medians of ROUNDS interleaved builds (one .cs file touched before each, compiler server as in that script).
#
#   KEEP=1 MODE=analyzer build/bench/build-with-manifests.sh       # prints nothing of the folder; find it under $TMPDIR
#   WORK=/tmp/upgradeguard-build-bench-XXXXXX build/bench/build-phases.sh [project...]   # default: without plain unchanged
# Projects: without, plain, unchanged, changed (as that script makes them) and inert (made here from plain on request).
set -euo pipefail
: "${WORK:?WORK=<a folder kept by build-with-manifests.sh (KEEP=1)>}"
ROUNDS="${ROUNDS:-7}"
projects=("$@")
[[ ${#projects[@]} -gt 0 ]] || projects=(without plain unchanged)
# inert: plain plus the manifests as additional files that no analyzer reads (what the compiler pays for them alone).
if [[ " ${projects[*]} " == *" inert "* && ! -d "$WORK/inert" ]]; then
  cp -r "$WORK/plain" "$WORK/inert" && rm -rf "$WORK/inert/obj" "$WORK/inert/bin"
  cat > "$WORK/inert/Directory.Build.targets" <<'XML'
<Project>
  <Target Name="AddManifestsAsAdditionalFiles" BeforeTargets="CoreCompile">
    <ItemGroup><AdditionalFiles Include="clusters/**/*.upgrade.yaml" /></ItemGroup>
  </Target>
</Project>
XML
  dotnet restore "$WORK/inert" -nologo -v:q >/dev/null
fi
SERVER_ID="upgradeguard-phases-$$"
trap 'ps -eo pid=,args= | awk -v id="$SERVER_ID" '"'"'index($0, "pipename:" id) {print $1}'"'"' | xargs -r kill 2>/dev/null || true' EXIT
runs="$(mktemp)"
one="$(mktemp)"
build() {
  touch "$WORK/$1/Service01.cs"
  dotnet build "$WORK/$1" --no-restore -nologo -v:q -p:UseSharedCompilation=true -p:SharedCompilationId="$SERVER_ID" -clp:PerformanceSummary > "$one" 2>&1 || true
}
for p in "${projects[@]}"; do build "$p"; build "$p"; done   # warm the server and bring each project up to date
for _ in $(seq "$ROUNDS"); do
  for p in "${projects[@]}"; do
    build "$p"
    awk -v p="$p" '
      /Project Evaluation Performance Summary/ { getline; ev = $1 }
      / CoreCompile / { cc = $1 }
      /GenerateMSBuildEditorConfigFileCore/ { ge = $1 }
      /UpgradeGuardConfigurationFiles/ { ug = $1 }
      /_UpgradeGuardFeedAnalyzer/ { fa = $1 }
      /_UpgradeGuardManifests / { um = $1 }
      /Time Elapsed/ { split($3, t, ":"); te = t[3] * 1000 }
      END { printf "%s %d %d %d %d %d %d %d\n", p, te, ev, cc, ge, ug + 0, fa + 0, um + 0 }' "$one" >> "$runs"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf "%-10s %8s %6s %12s %16s %14s %12s %10s   (ms, medians of %s builds; load %s)\n" project elapsed eval CoreCompile GenerateEditorCfg ConfigFiles FeedAnalyzer Manifests "$ROUNDS" "$(cut -d' ' -f1-3 /proc/loadavg)"
for p in "${projects[@]}"; do
  row=("$p")
  for c in 2 3 4 5 6 7 8; do row+=("$(awk -v p="$p" -v c="$c" '$1==p {print $c}' "$runs" | median)"); done
  printf "%-10s %8s %6s %12s %16s %14s %12s %10s\n" "${row[@]}"
done
rm -f "$runs" "$one"
