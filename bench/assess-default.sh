#!/usr/bin/env bash
# Whole-process time of the default `plumbline assess` (the built-in EPAA phases 1-4 against the
# built-in criteria), cold JVM included, as a user runs it. Issue 5's budget: under 10 s on 2 cores.
#
#   bench/assess-default.sh [RUNS]        (default 3 runs; prints each and the median)
#
# Builds the jar first if needed (not timed). Each run writes to a fresh temporary folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
"$here/plumbline" --version >/dev/null
jar="$here/cli/target/plumbline.jar"
echo "machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
times=()
for i in $(seq 1 "$runs"); do
  out="$(mktemp -d)"
  start=$(date +%s.%N)
  set +e
  java -jar "$jar" assess --out "$out" --no-progress >/dev/null 2>"$out.err"
  code=$?
  set -e
  end=$(date +%s.%N)
  if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
    cat "$out.err" >&2
    echo "run $i failed with exit code $code" >&2
    exit 1
  fi
  t=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
  times+=("$t")
  printf 'run %d: %.2f s (exit %d, report %s)\n' "$i" "$t" "$code" "$(du -sh "$out" | cut -f1)"
  rm -rf "$out" "$out.err"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
printf 'median of %d: %.2f s\n' "$runs" "$median"
