#!/usr/bin/env bash
# Where the CLI's extra time over the bare parse goes: times, on the corpus of run-cli-vs-bare.sh, the bare parse,
# a Core-only stand-in of `check --format json` (UpgradeGuard.Benchmarks `engine`) sequential / parallel, keeping
# every AnalysisResult alive or only the diagnostics, and the CLI itself, with the CLI's runtime settings (dynamic
# PGO off) and with the runtime's default (DOTNET_TieredPGO=1). Then prints each variant's runtime figures (GC pause,
# JIT time, peak working set) from one run with --stats.
#
#   build/bench/run-cli-vs-bare.sh        # first: builds and generates the corpus
#   build/bench/explain-cli-cost.sh
#
# Environment: N, SEED, BENCH_DIR as for run-cli-vs-bare.sh; RUNS=5, WARMUP=1.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
BENCH="dotnet $REPO/tests/UpgradeGuard.Benchmarks/bin/Release/net10.0/UpgradeGuard.Benchmarks.dll"
CLI="dotnet $REPO/src/UpgradeGuard.Cli/bin/Release/net10.0/upgrade-guard.dll"

require_corpus_and_hyperfine
mkdir -p "$OUT"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

NAMES=(
  "bare"
  "bare-parallel"
  "engine-seq"
  "engine-par"
  "engine-par-keep"
  "cli"
  "bare pgo-on"
  "engine-par pgo-on"
  "engine-par-keep pgo-on"
  "cli pgo-on"
)
# The Benchmarks program is built with the CLI's runtime settings (TieredPGO off); "pgo-on" variants turn dynamic
# PGO back on (the runtime's default) through the environment.
declare -A CMD=(
  ["bare"]="$BENCH bare $CORPUS"
  ["bare-parallel"]="$BENCH bare-parallel $CORPUS"
  ["engine-seq"]="$BENCH engine $CORPUS"
  ["engine-par"]="$BENCH engine $CORPUS --parallel"
  ["engine-par-keep"]="$BENCH engine $CORPUS --parallel --keep-results"
  ["cli"]="$CLI check $CORPUS --format json --output /dev/null"
  ["bare pgo-on"]="env DOTNET_TieredPGO=1 $BENCH bare $CORPUS"
  ["engine-par pgo-on"]="env DOTNET_TieredPGO=1 $BENCH engine $CORPUS --parallel"
  ["engine-par-keep pgo-on"]="env DOTNET_TieredPGO=1 $BENCH engine $CORPUS --parallel --keep-results"
  ["cli pgo-on"]="env DOTNET_TieredPGO=1 $CLI check $CORPUS --format json --output /dev/null"
)
args=()
for n in "${NAMES[@]}"; do args+=(-n "$n" "${CMD[$n]}"); done
hyperfine --ignore-failure --warmup "$WARMUP" --runs "$RUNS" --style basic \
  --export-json "$OUT/explain.json" --export-markdown "$OUT/explain.md" "${args[@]}" >"$OUT/explain.txt"

echo
echo "| variant | mean ± sd (s) | user (s) | vs bare |"
echo "|---|---:|---:|---:|"
python3 - "$OUT/explain.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = next(r["mean"] for r in results if r["command"] == "bare")
for r in results:
    print("| %s | %.3f ± %.3f | %.2f | %.2fx |" % (r["command"], r["mean"], r["stddev"] or 0, r["user"], r["mean"] / base))
PY

echo
echo "runtime figures (one run each, --stats):"
for v in "bare $CORPUS" "bare-parallel $CORPUS" "engine $CORPUS" "engine $CORPUS --parallel" "engine $CORPUS --parallel --keep-results"; do
  $BENCH $v --stats 2>&1 >/dev/null | sed 's/^/  /'
done
for v in "bare $CORPUS" "bare-parallel $CORPUS" "engine $CORPUS --parallel" "engine $CORPUS --parallel --keep-results"; do
  DOTNET_TieredPGO=1 $BENCH $v --stats 2>&1 >/dev/null | sed 's/^/  DOTNET_TieredPGO=1 /'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
