#!/usr/bin/env bash
# Measures the upgrade-guard CLI against the bare baseline (read + YamlDotNet parse of every file, nothing else)
# on a generated corpus of manifests, side by side in one run.
#
#   build/bench/run-cli-vs-bare.sh
#
# Environment (all optional):
#   N=10000          manifests to generate          SEED=42        generator seed
#   BENCH_DIR=...    corpus folder (generated once; default ${TMPDIR:-/tmp}/upgradeguard-bench-N-SEED)
#   RUNS=10          timed runs per program         WARMUP=2       untimed runs first (page cache, disk)
#   RSS_RUNS=3       /usr/bin/time -v runs per program for max RSS (hyperfine does not report memory)
#   STARTUP=1        also time both programs on an empty folder (the fixed cost: runtime start, JIT, catalog)
#   DEFAULTS=1       also time the baseline with the runtime's default settings (DOTNET_TieredPGO=1); the
#                    baseline is built with the CLI's runtime settings (TieredPGO off), so the main ratio is
#                    like for like
#   SKIP_BUILD=1     do not build (use the existing Release output)
#   OUT=...          where the results go (default BENCH_DIR/results)
#
# Timing uses hyperfine when it is installed (apt-get install -y hyperfine), otherwise a bash loop of
# /usr/bin/time -v. The target is the CLI within 1.3x the bare sequential parse.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS="${RUNS:-10}"
WARMUP="${WARMUP:-2}"
RSS_RUNS="${RSS_RUNS:-3}"
STARTUP="${STARTUP:-1}"
DEFAULTS="${DEFAULTS:-1}"
TARGET_RATIO="1.3"

BENCH_DLL="$REPO/tests/UpgradeGuard.Benchmarks/bin/Release/net10.0/UpgradeGuard.Benchmarks.dll"
CLI_DLL="$REPO/src/UpgradeGuard.Cli/bin/Release/net10.0/upgrade-guard.dll"

log() { printf '==> %s\n' "$*" >&2; }

# dotnet build, retried when another build holds a file lock.
build() {
  local project="$1" attempt
  for attempt in 1 2 3 4 5; do
    if dotnet build -c Release --nologo -v quiet "$REPO/$project" >"$OUT/build.log" 2>&1; then
      return 0
    fi
    if grep -qiE 'being used by another process|file is locked|MSB3026|MSB3027|MSB3021|cannot access the file' "$OUT/build.log"; then
      log "build of $project hit a file lock (attempt $attempt); retrying in 10 s"
      sleep 10
      continue
    fi
    cat "$OUT/build.log" >&2
    return 1
  done
  cat "$OUT/build.log" >&2
  return 1
}

mkdir -p "$BENCH_DIR" "$EMPTY" "$OUT"

log "machine"
{
  echo "date:    $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu:     $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory:  $(free -m | awk '/^Mem:/ {print $2 " MB total, " $7 " MB available"}')"
  echo "os:      $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") $(uname -r)"
  echo "dotnet:  SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ {v=$2} END {print v}')"
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before the run"
} | tee "$OUT/machine.txt"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  log "building Release"
  build src/UpgradeGuard.Cli/UpgradeGuard.Cli.csproj
  build tests/UpgradeGuard.Benchmarks/UpgradeGuard.Benchmarks.csproj
fi
[[ -f "$CLI_DLL" ]] || { echo "missing $CLI_DLL" >&2; exit 1; }
[[ -f "$BENCH_DLL" ]] || { echo "missing $BENCH_DLL" >&2; exit 1; }

if [[ ! -f "$CORPUS/.complete" ]]; then
  log "generating $N manifests (seed $SEED) into $CORPUS"
  rm -rf "$CORPUS"
  dotnet "$BENCH_DLL" gen "$N" "$CORPUS" --seed "$SEED" | tee "$OUT/generator.txt"
  touch "$CORPUS/.complete"
else
  log "reusing the corpus in $CORPUS"
fi
FILES=$(find "$CORPUS" -name '*.upgrade.yaml' | wc -l)
BYTES=$(find "$CORPUS" -name '*.upgrade.yaml' -printf '%s\n' | awk '{s+=$1} END {print s}')
LINES=$(find "$CORPUS" -name '*.upgrade.yaml' -exec cat {} + | wc -l)
printf 'corpus:  %s files, %.1f MB, %s lines (%.0f per file), generator N=%s seed=%s\n' \
  "$FILES" "$(echo "$BYTES / 1048576" | bc -l)" "$LINES" "$(echo "$LINES / $FILES" | bc -l)" "$N" "$SEED" | tee -a "$OUT/machine.txt"

# The programs, by name (order matters for the report).
NAMES=(bare bare-parallel cli)
declare -A CMD=(
  [bare]="dotnet $BENCH_DLL bare $CORPUS"
  [bare-parallel]="dotnet $BENCH_DLL bare-parallel $CORPUS"
  [cli]="dotnet $CLI_DLL check $CORPUS --format json --output /dev/null"
)
if [[ "$DEFAULTS" == 1 ]]; then
  # The baseline with the runtime's default settings (dynamic PGO on), which the CLI turns off.
  NAMES+=(bare-pgo-on)
  CMD[bare-pgo-on]="env DOTNET_TieredPGO=1 dotnet $BENCH_DLL bare $CORPUS"
fi
if [[ "$STARTUP" == 1 ]]; then
  NAMES+=(bare-empty cli-empty)
  CMD[bare-empty]="dotnet $BENCH_DLL bare $EMPTY"
  CMD[cli-empty]="dotnet $CLI_DLL check $EMPTY --format json --output /dev/null"
fi

log "sanity check"
got=$(${CMD[bare]})
[[ "$got" == "$FILES" ]] || { echo "bare counted $got files, expected $FILES" >&2; exit 1; }
got=$(${CMD[bare-parallel]})
[[ "$got" == "$FILES" ]] || { echo "bare-parallel counted $got files, expected $FILES" >&2; exit 1; }
set +e
dotnet "$CLI_DLL" check "$CORPUS" --format json --output "$OUT/cli-report.json"
rc=$?
set -e
# 0: no error found; 1: errors found (the corpus has deliberate mistakes). Anything else is a failure.
[[ $rc == 0 || $rc == 1 ]] || { echo "the CLI exited with $rc" >&2; exit 1; }
python3 - "$OUT/cli-report.json" <<'PY' | tee "$OUT/cli-report-summary.txt"
import json, sys, collections
report = json.load(open(sys.argv[1]))
diags = report.get("diagnostics", []) if isinstance(report, dict) else report
sev = collections.Counter(d.get("severity") for d in diags)
files = len({d.get("file") for d in diags})
print(f"cli report: {len(diags)} diagnostics ({dict(sev)}) in {files} files; report {sum(1 for _ in open(sys.argv[1], 'rb'))} lines")
PY

declare -A MEAN SD RSS
if command -v hyperfine >/dev/null 2>&1; then
  log "timing with $(hyperfine --version): $WARMUP warmup + $RUNS runs each"
  args=()
  for n in "${NAMES[@]}"; do args+=(-n "$n" "${CMD[$n]}"); done
  # --ignore-failure: the CLI exits 1 because the corpus has errors (checked above).
  hyperfine --ignore-failure --warmup "$WARMUP" --runs "$RUNS" --style basic \
    --export-json "$OUT/hyperfine.json" --export-markdown "$OUT/hyperfine.md" "${args[@]}" | tee "$OUT/hyperfine.txt"
  while IFS=$'\t' read -r name mean sd; do
    MEAN[$name]=$mean
    SD[$name]=$sd
  done < <(python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%s\t%.4f\t%.4f" % (r["command"], r["mean"], r["stddev"] or 0))' "$OUT/hyperfine.json")
else
  log "hyperfine not found: timing with a loop of /usr/bin/time -v ($WARMUP warmup + $RUNS runs each, interleaved)"
  for ((i = 0; i < WARMUP; i++)); do for n in "${NAMES[@]}"; do ${CMD[$n]} >/dev/null 2>&1 || true; done; done
  for n in "${NAMES[@]}"; do : >"$OUT/times-$n.txt"; done
  for ((i = 0; i < RUNS; i++)); do
    for n in "${NAMES[@]}"; do
      /usr/bin/time -v ${CMD[$n]} >/dev/null 2>"$OUT/time-v.txt" || true
      awk -F': ' '/Elapsed \(wall clock\)/ {split($2, t, ":"); s = (length(t) == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2]; print s}' \
        "$OUT/time-v.txt" >>"$OUT/times-$n.txt"
    done
  done
  for n in "${NAMES[@]}"; do
    read -r MEAN[$n] SD[$n] < <(awk '{s+=$1; q+=$1*$1; c++} END {m=s/c; v=(c>1)?(q-c*m*m)/(c-1):0; if (v<0) v=0; printf "%.4f %.4f\n", m, sqrt(v)}' "$OUT/times-$n.txt")
  done
fi

log "max RSS with /usr/bin/time -v ($RSS_RUNS runs each)"
for n in "${NAMES[@]}"; do
  max=0
  for ((i = 0; i < RSS_RUNS; i++)); do
    /usr/bin/time -v ${CMD[$n]} >/dev/null 2>"$OUT/time-v.txt" || true
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/time-v.txt")
    if ((kb > max)); then max=$kb; fi
  done
  RSS[$n]=$max
done

ratio() { echo "scale=3; ${MEAN[$1]} / ${MEAN[$2]}" | bc -l | sed 's/^\./0./'; }
{
  echo
  echo "| program | command | wall time mean ± sd (s) | max RSS (MB) | vs bare |"
  echo "|---|---|---:|---:|---:|"
  for n in "${NAMES[@]}"; do
    printf '| %s | `%s` | %.3f ± %.3f | %.0f | %sx |\n' "$n" "${CMD[$n]//$REPO\//}" "${MEAN[$n]}" "${SD[$n]}" \
      "$(echo "${RSS[$n]} / 1024" | bc -l)" "$(ratio "$n" bare)"
  done
  echo
  r=$(ratio cli bare)
  echo "CLI / bare (sequential):  ${r}x"
  echo "CLI / bare-parallel:      $(ratio cli bare-parallel)x"
  if [[ "$DEFAULTS" == 1 ]]; then
    echo "CLI / bare with the runtime defaults (TieredPGO on): $(ratio cli bare-pgo-on)x"
  fi
  if [[ "$STARTUP" == 1 ]]; then
    echo "fixed cost (empty folder): bare $(printf '%.3f' "${MEAN[bare-empty]}") s, cli $(printf '%.3f' "${MEAN[cli-empty]}") s"
    echo "per-file cost:             bare $(echo "(${MEAN[bare]} - ${MEAN[bare-empty]}) * 1000000 / $FILES" | bc -l | xargs printf '%.1f') µs, cli $(echo "(${MEAN[cli]} - ${MEAN[cli-empty]}) * 1000000 / $FILES" | bc -l | xargs printf '%.1f') µs"
  fi
  if (($(echo "$r <= $TARGET_RATIO" | bc -l))); then
    echo "target (CLI within ${TARGET_RATIO}x of bare): MET"
  else
    echo "target (CLI within ${TARGET_RATIO}x of bare): MISSED"
  fi
  echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/summary.md"
log "results in $OUT"
