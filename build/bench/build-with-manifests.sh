#!/usr/bin/env bash
# Incremental `dotnet build` of a project with M (default 1,000) generated manifests, against the same project without
# them (docs/performance.md, "Builds with 1,000 manifests"; issue 15):
#   MODE=analyzer  a C# library of 20 small classes: one .cs file touched before each build, so the compiler runs and
#                  the analyzer (in the compiler server, warm) sees the manifests again;
#   MODE=task      a Microsoft.Build.NoTargets project: the ValidateUpgradeManifests task and its incremental target.
# Four projects per mode, built in turn in each round (the order rotating, so load from other processes hits all alike):
#   without    the project with the UpgradeGuard package (packed from this repository) and no manifest;
#   plain      the manifests in the project's folders, no package: what MSBuild's own globs and items cost;
#   unchanged  the package and the manifests, none changed since the last build;
#   changed    another copy of that, one manifest changed (its first line rewritten) before each build.
# The C# builds ask for the compiler server (UseSharedCompilation=true, a pipe of their own), where the analyzer's cache
# lives from one build to the next; an environment that sets UseSharedCompilation=false (as this machine's does) runs
# csc as a new process every time, and the cache starts empty in each build.
# Prints every build's wall time, the medians, the ratios to `without` and the load average. The manifests are the
# first M of the generated corpus on which UpgradeGuard finds nothing, so all three projects build clean: an error
# fails the build (and a failed build is not incremental), and printing warnings would be measured along with them.
#
#   build/bench/build-with-manifests.sh        (MODE=analyzer; M=1000 ROUNDS=7; KEEP=1 keeps the work folder)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
MODE="${MODE:-analyzer}"
M="${M:-1000}"
ROUNDS="${ROUNDS:-7}"
CLI_DLL="$REPO/src/UpgradeGuard.Cli/bin/Release/net10.0/upgrade-guard.dll"
BENCH_DLL="$REPO/tests/UpgradeGuard.Benchmarks/bin/Release/net10.0/UpgradeGuard.Benchmarks.dll"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/upgradeguard-build-bench-XXXXXX")"
[[ "${KEEP:-0}" == 1 ]] || trap 'stop_server; rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release --nologo -v quiet "$REPO/src/UpgradeGuard.Cli" >&2
  dotnet build -c Release --nologo -v quiet "$REPO/tests/UpgradeGuard.Benchmarks" >&2
fi
if [[ ! -f "$CORPUS/.complete" ]]; then
  rm -rf "$CORPUS"
  dotnet "$BENCH_DLL" gen "$N" "$CORPUS" --seed "$SEED" >&2
  touch "$CORPUS/.complete"
fi

# The first M manifests without findings.
CLEAN="$BENCH_DIR/clean-$M"
if [[ ! -f "$CLEAN/.complete" ]]; then
  dotnet "$CLI_DLL" check "$CORPUS" --format json --output "$WORK/report.json" >/dev/null 2>&1 || true
  rm -rf "$CLEAN" && mkdir -p "$CLEAN"
  python3 - "$WORK/report.json" "$CORPUS" "$CLEAN" "$M" <<'PY'
import json, os, shutil, sys
report, corpus, clean, m = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
errors = {os.path.normpath(d["file"]) for d in json.load(open(report))["diagnostics"]}
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(corpus) for f in fs if f.endswith(".upgrade.yaml"))
picked = [f for f in files if os.path.normpath(f) not in errors and os.path.normpath(os.path.relpath(f)) not in errors][:m]
for f in picked:
    target = os.path.join(clean, os.path.relpath(f, corpus))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copy(f, target)
print(f"{len(picked)} manifests without findings", file=sys.stderr)
PY
  touch "$CLEAN/.complete"
fi

# shellcheck source=build/bench/local-feed.sh
source "$REPO/build/bench/local-feed.sh"

make_project() { # folder, with-manifests
  mkdir -p "$1"
  local reference="<ItemGroup><PackageReference Include=\"UpgradeGuard\" Version=\"$VERSION\" PrivateAssets=\"all\" /></ItemGroup>"
  [[ "${3:-}" == nopackage ]] && reference=""
  if [[ "$MODE" == analyzer ]]; then
    cat > "$1/Infra.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>$reference</Project>
XML
    for i in $(seq -w 1 20); do
      printf 'namespace Infra;\n\npublic sealed class Service%s\n{\n    public int Id { get; init; }\n    public string Name { get; init; } = "service-%s";\n    public override string ToString() => Name + ":" + Id;\n}\n' "$i" "$i" > "$1/Service$i.cs"
    done
  else
    cat > "$1/Infra.proj" <<XML
<Project Sdk="Microsoft.Build.NoTargets/3.7.0"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>$reference</Project>
XML
  fi
  [[ "$2" == yes ]] && cp -r "$CLEAN" "$1/clusters" && rm -f "$1/clusters/.complete"
  dotnet restore "$1" -nologo -v:q >/dev/null
}
make_project "$WORK/without" no
make_project "$WORK/plain" yes nopackage
make_project "$WORK/unchanged" yes
make_project "$WORK/changed" yes
CHANGED_FILE="$(find "$WORK/changed/clusters" -name '*.upgrade.yaml' | sort | sed -n 1p)"

SERVER_ID="upgradeguard-bench-$$"
build() { dotnet build "$1" --no-restore -nologo -v:q -p:UseSharedCompilation=true -p:SharedCompilationId="$SERVER_ID" "${@:2}"; }
# The compiler server started for these builds, and only that one, ends with the script.
stop_server() { ps -eo pid=,args= | awk -v id="$SERVER_ID" 'index($0, "pipename:" id) {print $1}' | xargs -r kill 2>/dev/null || true; }
prepare() { # the edit before each build
  [[ "$MODE" == analyzer ]] && touch "$WORK/$1/Service01.cs"
  if [[ "$1" == changed ]]; then
    # A different first line each time: the file's content (and so the cache key) changes, its findings do not.
    sed -i "1s/.*/# benchmark edit $(date +%s%N)/" "$CHANGED_FILE"
  fi
}
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || echo "build failed: $*" >&2; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

# Warm the build server and the MSBuild nodes, and bring every project up to date.
for _ in 1 2; do for p in without plain unchanged changed; do prepare "$p"; build "$WORK/$p" >/dev/null 2>&1 || true; done; done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
: > "$OUT/build-$MODE-runs.txt"
orders=("without plain unchanged changed" "plain unchanged changed without" "unchanged changed without plain" "changed without plain unchanged")
for round in $(seq "$ROUNDS"); do
  for p in ${orders[$(( (round - 1) % 4 ))]}; do
    prepare "$p"
    echo "$round $p $(ms build "$WORK/$p")" | tee -a "$OUT/build-$MODE-runs.txt" >&2
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
without=$(awk '$2=="without"{print $3}' "$OUT/build-$MODE-runs.txt" | median)
plain=$(awk '$2=="plain"{print $3}' "$OUT/build-$MODE-runs.txt" | median)
unchanged=$(awk '$2=="unchanged"{print $3}' "$OUT/build-$MODE-runs.txt" | median)
changed=$(awk '$2=="changed"{print $3}' "$OUT/build-$MODE-runs.txt" | median)
{
  echo "mode: $MODE; $(find "$WORK/unchanged/clusters" -name '*.upgrade.yaml' | wc -l) manifests; $ROUNDS rounds, order rotating; $(nproc) cores"
  echo "load average (1, 5, 15 min): before $load_before, after $load_after"
  echo "median wall time of dotnet build --no-restore:"
  echo "  without manifests:     ${without} ms"
  echo "  manifests, no package: ${plain} ms ($(awk -v a="$plain" -v b="$without" 'BEGIN{printf "%+.1f%%", 100*(a/b-1)}'))"
  echo "  manifests unchanged:   ${unchanged} ms ($(awk -v a="$unchanged" -v b="$without" 'BEGIN{printf "%+.1f%%", 100*(a/b-1)}'))"
  echo "  one manifest changed:  ${changed} ms ($(awk -v a="$changed" -v b="$without" 'BEGIN{printf "%+.1f%%", 100*(a/b-1)}'))"
} | tee "$OUT/build-$MODE-summary.txt"

if [[ "$MODE" == analyzer ]]; then
  # The compiler's own account of the analyzer's time in each case (ReportAnalyzer), from one more build of each.
  for p in without unchanged changed; do
    prepare "$p"
    line="$(build "$WORK/$p" -v:d -p:ReportAnalyzer=true 2>&1 | grep -m1 'UpgradeGuard.Analyzers, Version' | sed 's/^ *//' || true)"
    echo "  analyzer time reported by the compiler (s, %), $p: ${line:-(no line)}"
  done | tee -a "$OUT/build-$MODE-summary.txt"
fi
