#!/usr/bin/env bash
# Whole-process time of the default `plumbline assess` (the built-in EPAA phases 1-4 against the
# built-in criteria), cold JVM included, as a user runs it. Issue 5's budget: under 10 s on 2 cores.
#
#   bench/assess-default.sh [RUNS]        (default 3 runs; prints each and the median)
#
# Runs the `./plumbline` launcher, as a user does (its JVM options and class-data archive included).
# Builds the jar first if needed, and writes the launcher's class-data archive with one untimed run
# when the jar has none yet. Each run writes to a fresh temporary folder. Prints wall time and the
# process's user + system CPU time (with GNU time, when installed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-3}"
"$here/plumbline" --version >/dev/null
jar="$here/cli/target/plumbline.jar"
if [ "${PLUMBLINE_CDS:-1}" != 0 ] && ! [ "$jar.jsa" -nt "$jar" ]; then
  echo "untimed first run (writes the class-data archive)"
  warm="$(mktemp -d)"
  "$here/plumbline" assess --out "$warm" --no-progress >/dev/null 2>&1 || true
  rm -rf "$warm"
fi
echo "machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p), load $(cut -d' ' -f1-3 /proc/loadavg)"
timer=()
if [ -x /usr/bin/time ]; then
  timer=(/usr/bin/time -f "%U %S")
fi
times=()
for i in $(seq 1 "$runs"); do
  out="$(mktemp -d)"
  start=$(date +%s.%N)
  set +e
  "${timer[@]}" "$here/plumbline" assess --out "$out" --no-progress >/dev/null 2>"$out.err"
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
  cpu=""
  if [ ${#timer[@]} -gt 0 ]; then
    cpu=$(tail -1 "$out.err" | awk '{printf ", CPU %.1f s (user %.1f + sys %.1f)", $1 + $2, $1, $2}')
  fi
  printf 'run %d: %.2f s%s (exit %d, report %s)\n' "$i" "$t" "$cpu" "$code" "$(du -sh "$out" | cut -f1)"
  rm -rf "$out" "$out.err"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
printf 'median of %d: %.2f s\n' "$runs" "$median"
