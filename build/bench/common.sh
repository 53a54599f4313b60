# Shared settings of the benchmark scripts (sourced, not run). Each script sets its own RUNS/WARMUP defaults first.
# Environment: N=10000 manifests, SEED=42, BENCH_DIR (default ${TMPDIR:-/tmp}/upgradeguard-bench-N-SEED), OUT.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${N:-10000}"
SEED="${SEED:-42}"
BENCH_DIR="${BENCH_DIR:-${TMPDIR:-/tmp}/upgradeguard-bench-$N-$SEED}"
CORPUS="$BENCH_DIR/corpus"
EMPTY="$BENCH_DIR/empty"
OUT="${OUT:-$BENCH_DIR/results}"

# For the scripts that measure an existing corpus: fail early, with the way out.
require_corpus_and_hyperfine() {
  [[ -f "$CORPUS/.complete" ]] || { echo "no corpus in $CORPUS: run build/bench/run-cli-vs-bare.sh first" >&2; exit 1; }
  command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 1; }
}
