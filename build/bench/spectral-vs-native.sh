#!/usr/bin/env bash
# UpgradeGuard against Spectral with a structural ruleset on the first M (default 1,000) manifests of the generated
# corpus, side by side in one hyperfine run (docs/performance.md, "Spectral on 1,000 manifests"; issue 15: at least
# 100 times faster). Spectral checks the JSON Schema and the required keys only (build/bench/spectral/make-ruleset.mjs);
# UpgradeGuard runs all its rules. Both write their JSON report to /dev/null.
#
#   build/bench/spectral-vs-native.sh        (M=1000 RUNS=5 WARMUP=1; SKIP_BUILD=1 uses artifacts/native as it is)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
M="${M:-1000}"
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 1; }
bash "$REPO/build/install-spectral.sh" >&2
SPECTRAL="$REPO/build/bench/spectral/node_modules/.bin/spectral"
BENCH_DLL="$REPO/tests/UpgradeGuard.Benchmarks/bin/Release/net10.0/UpgradeGuard.Benchmarks.dll"
CLI_DLL="$REPO/src/UpgradeGuard.Cli/bin/Release/net10.0/upgrade-guard.dll"
NATIVE="$REPO/artifacts/native/upgrade-guard"
mkdir -p "$OUT"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release --nologo -v quiet "$REPO/tests/UpgradeGuard.Benchmarks" >&2
  dotnet build -c Release --nologo -v quiet "$REPO/src/UpgradeGuard.Cli" >&2
  bash "$REPO/build/publish-native.sh" "$REPO/artifacts/native" >/dev/null
fi
if [[ ! -f "$CORPUS/.complete" ]]; then
  rm -rf "$CORPUS"
  dotnet "$BENCH_DLL" gen "$N" "$CORPUS" --seed "$SEED" >&2
  touch "$CORPUS/.complete"
fi
# The first M cluster folders of the corpus.
SUBSET="$BENCH_DIR/first-$M"
if [[ ! -f "$SUBSET/.complete" ]]; then
  rm -rf "$SUBSET" && mkdir -p "$SUBSET"
  find "$CORPUS" -mindepth 1 -maxdepth 1 -type d -name 'cluster-*' | sort | awk -v m="$M" 'NR <= m' | xargs -I{} cp -r {} "$SUBSET/"
  touch "$SUBSET/.complete"
fi
RULESET="$OUT/spectral-ruleset.json"
node "$REPO/build/bench/spectral/make-ruleset.mjs" "$RULESET"
echo "manifests: $(find "$SUBSET" -name '*.upgrade.yaml' | wc -l); load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" | tee "$OUT/spectral-machine.txt"
# What each finds (not timed).
"$SPECTRAL" lint "$SUBSET/**/*.upgrade.yaml" --ruleset "$RULESET" --format json --output "$OUT/spectral-report.json" >/dev/null 2>&1 || true
"$NATIVE" check "$SUBSET" --format json --output "$OUT/native-1000-report.json" >/dev/null 2>&1 || true
node -e 'const r=require(process.argv[1]); console.log(`spectral: ${r.length} problems in ${new Set(r.map(x=>x.source)).size} files`)' "$OUT/spectral-report.json" | tee -a "$OUT/spectral-machine.txt"
hyperfine --ignore-failure -N --warmup "$WARMUP" --runs "$RUNS" --style basic --export-json "$OUT/spectral.json" \
  -n native "$NATIVE check $SUBSET --format json --output /dev/null" \
  -n cli-jit "dotnet $CLI_DLL check $SUBSET --format json --output /dev/null" \
  -n spectral "$SPECTRAL lint $SUBSET/**/*.upgrade.yaml --ruleset $RULESET --format json --output /dev/null --quiet" | tee "$OUT/spectral.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/spectral-machine.txt"
node -e '
const r = require(process.argv[1]).results, by = Object.fromEntries(r.map(x => [x.command, x]));
const cpu = (x) => x.user + x.system;
for (const other of ["native", "cli-jit"]) {
  console.log(`spectral / ${other}: wall ${(by.spectral.median / by[other].median).toFixed(1)}x (medians ${by.spectral.median.toFixed(3)} s / ${by[other].median.toFixed(3)} s), CPU ${(cpu(by.spectral) / cpu(by[other])).toFixed(1)}x`);
}' "$OUT/spectral.json" | tee -a "$OUT/spectral.txt"
