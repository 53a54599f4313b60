#!/usr/bin/env bash
# The Native AOT executable against the JIT-compiled programs, side by side in one hyperfine run per target
# (docs/performance.md, "Native start-up"):
#   1. one manifest: native `check FILE` against the bare parse of that file (JIT), and the framework-dependent CLI;
#   2. N generated manifests (default 10,000): native and framework-dependent CLI against the bare parse built with
#      the CLI's runtime settings;
#   3. the language server: start to the first publishDiagnostics, native and framework-dependent.
#
#   build/bench/native-targets.sh            (RUNS=10 WARMUP=2; RUNS_N=3 for the large corpus; SKIP_BUILD=1)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS="${RUNS:-10}"
WARMUP="${WARMUP:-2}"
RUNS_N="${RUNS_N:-3}"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 1; }
BENCH_DLL="$REPO/tests/UpgradeGuard.Benchmarks/bin/Release/net10.0/UpgradeGuard.Benchmarks.dll"
CLI_DLL="$REPO/src/UpgradeGuard.Cli/bin/Release/net10.0/upgrade-guard.dll"
NATIVE="$REPO/artifacts/native/upgrade-guard"
mkdir -p "$OUT" "$EMPTY"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build -c Release --nologo -v quiet "$REPO/tests/UpgradeGuard.Benchmarks" >&2
  bash "$REPO/build/publish-native.sh" "$REPO/artifacts/native" >/dev/null
fi
if [[ ! -f "$CORPUS/.complete" ]]; then
  rm -rf "$CORPUS"
  dotnet "$BENCH_DLL" gen "$N" "$CORPUS" --seed "$SEED" >&2
  touch "$CORPUS/.complete"
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores" | tee "$OUT/native-machine.txt"

# 1. One manifest (the first of the corpus), in a folder of its own for the bare parse.
ONE_DIR="$BENCH_DIR/one"
rm -rf "$ONE_DIR" && mkdir -p "$ONE_DIR"
cp "$(find "$CORPUS" -name '*.upgrade.yaml' | sort | head -n 1)" "$ONE_DIR/one.upgrade.yaml"
ONE="$ONE_DIR/one.upgrade.yaml"
hyperfine --ignore-failure -N --warmup "$WARMUP" --runs "$RUNS" --style basic --export-json "$OUT/native-one.json" \
  -n native "$NATIVE check $ONE --format json --output /dev/null" \
  -n bare-jit "dotnet $BENCH_DLL bare $ONE_DIR" \
  -n bare-jit-defaults "env DOTNET_TieredPGO=1 dotnet $BENCH_DLL bare $ONE_DIR" \
  -n cli-jit "dotnet $CLI_DLL check $ONE --format json --output /dev/null" | tee "$OUT/native-one.txt"

# 2. The whole corpus.
hyperfine --ignore-failure --warmup 1 --runs "$RUNS_N" --style basic --export-json "$OUT/native-n.json" \
  -n native "$NATIVE check $CORPUS --format json --output /dev/null" \
  -n bare "dotnet $BENCH_DLL bare $CORPUS" \
  -n bare-parallel "dotnet $BENCH_DLL bare-parallel $CORPUS" \
  -n cli-jit "dotnet $CLI_DLL check $CORPUS --format json --output /dev/null" | tee "$OUT/native-n.txt"

# 3. The language server: spawn, initialize, didOpen, until the first publishDiagnostics.
python3 - "$NATIVE" "$CLI_DLL" "$ONE" "$RUNS" <<'PY' | tee "$OUT/native-lsp.txt"
import json, subprocess, sys, time, statistics
native, dll, path, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
text = open(path, encoding="utf-8").read()
def frame(m):
    b = json.dumps(m).encode()
    return b"Content-Length: %d\r\n\r\n" % len(b) + b
msgs = frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}}) \
     + frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}) \
     + frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file://" + path, "languageId": "yaml", "version": 1, "text": text}}})
def once(cmd):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    p.stdin.write(msgs); p.stdin.flush()
    seen = b""
    while b"publishDiagnostics" not in seen:
        chunk = p.stdout.read1(65536)
        if not chunk: raise SystemExit("server closed before publishing diagnostics")
        seen += chunk
    elapsed = time.perf_counter() - start
    p.stdin.close(); p.kill(); p.wait()
    return elapsed
for name, cmd in (("native", [native, "lsp"]), ("cli-jit", ["dotnet", dll, "lsp"])):
    once(cmd)
    times = [once(cmd) for _ in range(runs)]
    print(f"lsp {name}: start to first publishDiagnostics {statistics.mean(times)*1000:.1f} ms ± {statistics.stdev(times)*1000:.1f} (min {min(times)*1000:.1f}, {runs} runs)")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/native-machine.txt"
