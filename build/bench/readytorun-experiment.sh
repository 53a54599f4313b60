#!/usr/bin/env bash
# What-if: the CLI and the bare baseline published ReadyToRun (precompiled, so little JIT at start), and both run
# with tiered compilation off, against the normal Release builds, on the corpus of run-cli-vs-bare.sh.
#
#   build/bench/run-cli-vs-bare.sh          # first: builds and generates the corpus
#   build/bench/readytorun-experiment.sh
#
# The sources are copied to a temporary folder and published there (dotnet publish -r linux-x64 would otherwise
# re-restore the repository's obj/ folders for a runtime identifier under the feet of concurrent builds).
# Environment: N, SEED, BENCH_DIR as for run-cli-vs-bare.sh; RUNS=8, WARMUP=1; RID (default linux-x64).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS="${RUNS:-8}"
WARMUP="${WARMUP:-1}"
RID="${RID:-linux-x64}"
R2R="$BENCH_DIR/readytorun"

require_corpus_and_hyperfine
mkdir -p "$OUT" "$EMPTY"

echo "==> copying the sources to $R2R/src and publishing ReadyToRun for $RID" >&2
rm -rf "$R2R"
mkdir -p "$R2R/src"
(cd "$REPO" && tar --exclude=bin --exclude=obj --exclude=BenchmarkDotNet.Artifacts -cf - \
  global.json build src tests/UpgradeGuard.Benchmarks) | tar -xf - -C "$R2R/src"
git -C "$REPO" rev-parse HEAD >"$R2R/source-commit.txt" 2>/dev/null || true
(cd "$R2R/src" &&
  dotnet publish src/UpgradeGuard.Cli -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true \
    -o "$R2R/cli" -v quiet --nologo >"$R2R/publish-cli.log" 2>&1 &&
  dotnet publish tests/UpgradeGuard.Benchmarks -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true \
    -o "$R2R/bench" -v quiet --nologo >"$R2R/publish-bench.log" 2>&1) || { cat "$R2R"/publish-*.log >&2; exit 1; }

B="dotnet $REPO/tests/UpgradeGuard.Benchmarks/bin/Release/net10.0/UpgradeGuard.Benchmarks.dll"
CLI="dotnet $REPO/src/UpgradeGuard.Cli/bin/Release/net10.0/upgrade-guard.dll"
BR="dotnet $R2R/bench/UpgradeGuard.Benchmarks.dll"
CR="dotnet $R2R/cli/upgrade-guard.dll"
[[ -f "${B#dotnet }" && -f "${CLI#dotnet }" ]] || { echo "build Release first (run-cli-vs-bare.sh does)" >&2; exit 1; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --ignore-failure --warmup "$WARMUP" --runs "$RUNS" --style basic --export-json "$OUT/readytorun.json" \
  -n bare "$B bare $CORPUS" \
  -n cli "$CLI check $CORPUS --format json --output /dev/null" \
  -n bare-r2r "$BR bare $CORPUS" \
  -n engine-seq-r2r "$BR engine $CORPUS" \
  -n engine-par-r2r "$BR engine $CORPUS --parallel" \
  -n cli-r2r "$CR check $CORPUS --format json --output /dev/null" \
  -n bare-tc-off "env DOTNET_TieredCompilation=0 $B bare $CORPUS" \
  -n cli-tc-off "env DOTNET_TieredCompilation=0 $CLI check $CORPUS --format json --output /dev/null" \
  -n cli-r2r-empty "$CR check $EMPTY --format json --output /dev/null" \
  >"$OUT/readytorun.txt" 2>&1
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$OUT/readytorun.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
mean = {r["command"]: r["mean"] for r in results}
print("| variant | mean ± sd (s) | user (s) |")
print("|---|---:|---:|")
for r in results:
    print("| %s | %.3f ± %.3f | %.2f |" % (r["command"], r["mean"], r["stddev"] or 0, r["user"]))
print()
print("cli / bare (both JIT, as built):         %.2fx" % (mean["cli"] / mean["bare"]))
print("cli-r2r / bare-r2r (both ReadyToRun):    %.2fx" % (mean["cli-r2r"] / mean["bare-r2r"]))
print("cli-tc-off / bare-tc-off (both tiering off): %.2fx" % (mean["cli-tc-off"] / mean["bare-tc-off"]))
print("cli-r2r / bare (as built):               %.2fx" % (mean["cli-r2r"] / mean["bare"]))
PY
for v in "bare $CORPUS" "engine $CORPUS" "engine $CORPUS --parallel"; do
  $BR $v --stats 2>&1 >/dev/null | sed 's/^/  ReadyToRun /'
done
