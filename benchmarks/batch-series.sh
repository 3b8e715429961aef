#!/usr/bin/env bash
# The batch figures of docs/performance.md: throughput against N and threads, then against regimen size.
# Usage: benchmarks/batch-series.sh [N ...]   (default: 10000 100000 1000000, about 6 minutes on 2 idle cores)
# Needs benchmarks/target/benchmarks.jar (./mvnw -B -q package -DskipTests -pl benchmarks -am).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
RUN=(java -Xms256m -Xmx256m -cp "$JAR" org.painpath.benchmarks.batch.BatchRun --seed 42 --warmup 5000)
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(10000 100000 1000000)
printf '%-8s %-7s %-6s %-10s %-12s %-12s %-12s %-12s %-10s %-10s\n' \
  N threads drugs work "cases/s" "total s" "cpu us/case" "KiB/case" "peak MiB" "live MiB"
row() { # N T drugs work
  out=$("${RUN[@]}" --cases "$1" --threads "$2" --drugs "$3" --work "$4")
  get() { grep "^$1:" <<<"$out" | sed "s/^$1: *//" | awk '{print $1}'; }
  printf '%-8s %-7s %-6s %-10s %-12s %-12s %-12s %-12s %-10s %-10s\n' "$1" "$2" "${3/#0/1-6}" "$4" \
    "$(get 'cases per second')" "$(get 'total time')" "$(get 'cpu time per case')" "$(get 'allocated per case')" \
    "$(get 'peak heap used')" "$(get 'live heap after GC')"
  [ "$(get errors)" = 0 ] || { echo "errors in run: $out" >&2; exit 1; }
}
for n in "${SIZES[@]}"; do
  for t in 1 2; do row "$n" "$t" 0 both; done
done
for d in 1 3 6; do row 20000 1 "$d" check; done
row 20000 1 0 generate
row 20000 1 0 check
row 20000 1 0 recommend
