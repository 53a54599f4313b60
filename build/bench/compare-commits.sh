#!/usr/bin/env bash
# `check` on the same generated manifests with the CLI of two commits, side by side (docs/performance.md,
# "Two commits side by side"; issue 11: the reshaped code is no slower than before).
#
#   build/bench/compare-commits.sh [BEFORE] [AFTER]      (default: 558e9a9, the commit before the reshape, and HEAD)
#
# Each commit is exported with `git archive` into ${TMPDIR:-/tmp}/upgradeguard-compare/SHA (no worktree is
# registered in the repository) and its CLI built there in Release, once (kept for the next run). Both runs use the
# same runtime settings: the script stops when the two runtimeconfig.json files differ (FORCE=1 runs anyway). Then,
# ROUNDS times, both run `check DIR --format json --output /dev/null` on the same corpus, the order alternating from
# one round to the next (A B, B A, ...) so a burst of load from another process hits both alike. It prints each
# run, the medians of wall and CPU time (user + system), the ratio AFTER / BEFORE and the load average, and checks
# that both wrote the same report byte for byte.
#
# Environment: N=10000 SEED=42 (the corpus of common.sh, generated once), ROUNDS=7, WARMUP=1, FORCE=0, OUT.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BEFORE="${1:-558e9a9}"
AFTER="${2:-HEAD}"
ROUNDS="${ROUNDS:-7}"
WARMUP="${WARMUP:-1}"
WORK="${TMPDIR:-/tmp}/upgradeguard-compare"
mkdir -p "$WORK" "$OUT"

# The CLI of one commit, built once: prints the path of its upgrade-guard.dll.
cli_of() {
  local sha dir
  sha="$(git -C "$REPO" rev-parse --verify "$1^{commit}")"
  dir="$WORK/$sha"
  if [[ ! -f "$dir/.built" ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    git -C "$REPO" archive "$sha" | tar -x -C "$dir"
    echo "==> building $1 ($sha) in $dir" >&2
    local attempt
    for attempt in 1 2 3; do
      if dotnet build -c Release --nologo -v quiet "$dir/src/UpgradeGuard.Cli" >"$dir/build.log" 2>&1; then break; fi
      [[ "$attempt" == 3 ]] && { cat "$dir/build.log" >&2; exit 1; }
      sleep 5
    done
    touch "$dir/.built"
  fi
  echo "$dir/src/UpgradeGuard.Cli/bin/Release/net10.0/upgrade-guard.dll"
}

BEFORE_DLL="$(cli_of "$BEFORE")"
AFTER_DLL="$(cli_of "$AFTER")"
if ! cmp -s "${BEFORE_DLL%.dll}.runtimeconfig.json" "${AFTER_DLL%.dll}.runtimeconfig.json"; then
  diff "${BEFORE_DLL%.dll}.runtimeconfig.json" "${AFTER_DLL%.dll}.runtimeconfig.json" >&2 || true
  if [[ "${FORCE:-0}" != 1 ]]; then
    echo "the two commits run with different runtime settings (above); FORCE=1 compares them anyway" >&2
    exit 1
  fi
fi

if [[ ! -f "$CORPUS/.complete" ]]; then
  dotnet build -c Release --nologo -v quiet "$REPO/tests/UpgradeGuard.Benchmarks" >&2
  rm -rf "$CORPUS"
  dotnet "$REPO/tests/UpgradeGuard.Benchmarks/bin/Release/net10.0/UpgradeGuard.Benchmarks.dll" gen "$N" "$CORPUS" --seed "$SEED" >&2
  touch "$CORPUS/.complete"
fi

# Same report from both (the reshape changes no behaviour).
dotnet "$BEFORE_DLL" check "$CORPUS" --format json --output "$OUT/compare-before.json" >/dev/null 2>&1 || true
dotnet "$AFTER_DLL" check "$CORPUS" --format json --output "$OUT/compare-after.json" >/dev/null 2>&1 || true
if cmp -s "$OUT/compare-before.json" "$OUT/compare-after.json"; then same="yes"; else same="NO (see $OUT/compare-*.json)"; fi

# One timed run: prints "wall cpu" in seconds.
run() {
  local t
  t="$(mktemp)"
  /usr/bin/time -f '%e %U %S' -o "$t" dotnet "$1" check "$CORPUS" --format json --output /dev/null >/dev/null 2>&1 || true
  # The last line: GNU time writes "Command exited with non-zero status 1" first when check finds errors.
  tail -n 1 "$t" | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'
  rm -f "$t"
}
for _ in $(seq "$WARMUP"); do run "$BEFORE_DLL" >/dev/null; run "$AFTER_DLL" >/dev/null; done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
: >"$OUT/compare-runs.txt"
for round in $(seq "$ROUNDS"); do
  if (( round % 2 )); then order="before after"; else order="after before"; fi
  for side in $order; do
    if [[ "$side" == before ]]; then dll="$BEFORE_DLL"; else dll="$AFTER_DLL"; fi
    echo "$round $side $(run "$dll")" | tee -a "$OUT/compare-runs.txt" >&2
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
wall_before="$(awk '$2=="before"{print $3}' "$OUT/compare-runs.txt" | median)"
wall_after="$(awk '$2=="after"{print $3}' "$OUT/compare-runs.txt" | median)"
cpu_before="$(awk '$2=="before"{print $4}' "$OUT/compare-runs.txt" | median)"
cpu_after="$(awk '$2=="after"{print $4}' "$OUT/compare-runs.txt" | median)"
{
  echo "corpus: $N manifests (seed $SEED) in $CORPUS; $ROUNDS rounds, order alternating; $(nproc) cores"
  echo "load average (1, 5, 15 min): before $load_before, after $load_after"
  echo "before: $BEFORE ($(git -C "$REPO" rev-parse --short "$BEFORE")), after: $AFTER ($(git -C "$REPO" rev-parse --short "$AFTER"))"
  echo "median wall: before ${wall_before} s, after ${wall_after} s, after/before $(awk -v a="$wall_after" -v b="$wall_before" 'BEGIN{printf "%.3f", a/b}')"
  echo "median CPU:  before ${cpu_before} s, after ${cpu_after} s, after/before $(awk -v a="$cpu_after" -v b="$cpu_before" 'BEGIN{printf "%.3f", a/b}')"
  echo "same report: $same"
} | tee "$OUT/compare-summary.txt"
