#!/usr/bin/env bash
# Whole-process time of `plumbline footprint` (issue 7's defended-area maps), cold JVM included,
# against the number of grid cells (the spacing) and against the number of interceptor sites, with
# CPU time (user + sys, from /usr/bin/time -v) next to wall time, and the fitted exponents.
#
#   bench/footprint-scaling.sh [SPACINGS] [SITES]
#       SPACINGS  degrees, default "1 0.5 0.25": epaa-phase-3 from LAUNCH over NATO Europe
#       SITES     default "3 6 12 24": epaa-phase-3 with extra SM-3 IIA sites (8 rounds each) on a
#                 5 x 5 lattice over Europe (38-62 N, 6 W-34 E), at SITES_SPACING (default 1 deg)
#   LAUNCH=semnan  JAR=cli/target/plumbline.jar  SITES_SPACING=1  (environment, optional)
#   ARGS="--exact" or "--refine 8"  more footprint options (default: none, i.e. the default refinement)
#   JAVA_OPTS      default "-XX:+UseParallelGC -Xms2g -Xmn256m" (as the launcher)
#   KEEP=DIR       keep each run's report.json and footprint.geojson there (as LABEL-report.json ...)
# Columns: cells, cells evaluated (all of them with --exact), wall and CPU seconds, peak resident MB,
# defended share.
#
# Builds the jar first if needed (not timed). Each run writes to a fresh temporary folder. The
# machine is shared: read the CPU time as the cost, the wall time as what a user waits.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
spacings="${1:-1 0.5 0.25}"
sites="${2:-3 6 12 24}"
launch="${LAUNCH:-semnan}"
args="${ARGS:-}"
java_opts="${JAVA_OPTS:--XX:+UseParallelGC -Xms2g -Xmn256m}"
sites_spacing="${SITES_SPACING:-1}"
jar="${JAR:-$here/cli/target/plumbline.jar}"
if [ -z "${JAR:-}" ]; then "$here/plumbline" --version >/dev/null; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | sed -n 1p), load $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # label scenario spacing -> "label cells evaluated wall cpu rss defended"
  local out="$work/out"
  rm -rf "$out"
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$work/time" java $java_opts -jar "$jar" footprint "$2" --launch "$launch" --spacing "$3" \
      $args --out "$out" --format json >"$work/json" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  local wall user sys cells frac evaluated rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time")
  user=$(awk -F': ' '/User time/ {print $2}' "$work/time")
  sys=$(awk -F': ' '/System time/ {print $2}' "$work/time")
  cells=$(grep -o '"cells": *[0-9]*' "$work/json" | head -1 | grep -o '[0-9]*$')
  frac=$(grep -o '"defendedFraction": *[0-9.]*' "$work/json" | head -1 | grep -o '[0-9.]*$')
  evaluated=$(grep -o '"evaluatedCells": *[0-9]*' "$work/json" | head -1 | grep -o '[0-9]*$')
  evaluated="${evaluated:-$cells}"
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time")
  if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP"
    cp "$out/report.json" "$KEEP/$1-report.json"
    cp "$out/footprint.geojson" "$KEEP/$1-footprint.geojson"
  fi
  printf '%-10s %8s %9s %9.1f %9.1f %8s %9s\n' "$1" "$cells" "$evaluated" "$wall" \
      "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" "$rss" "$frac"
}

fit() { # column of x -> exponent of wall and cpu against x (log-log least squares) and linear slope of cpu
  awk -v c="$1" '{x=log($c); y=log($4); z=log($5); n++; sx+=x; sy+=y; sz+=z; sxx+=x*x; sxy+=x*y; sxz+=x*z;
    X=$c; lx+=X; lz+=$5; lxx+=X*X; lxz+=X*$5}
    END {if (n>1) {d=n*sxx-sx*sx; e=n*lxx-lx*lx;
      printf "  exponent: wall %.2f, cpu %.2f; linear fit of cpu: %.4f s per unit + %.1f s (%d points)\n",
        (n*sxy-sx*sy)/d, (n*sxz-sx*sz)/d, (n*lxz-lx*lz)/e, (lz - (n*lxz-lx*lz)/e*lx)/n, n}}'
}

echo "== time against grid cells (epaa-phase-3, from $launch${args:+, $args})"
printf '%-10s %8s %9s %9s %9s %8s %9s\n' spacing cells evaluated wall_s cpu_s rss_mb defended
lines=()
for s in $spacings; do
  l=$(run "${s}deg" epaa-phase-3 "$s"); echo "$l"; lines+=("$l")
done
printf '%s\n' "${lines[@]}" | fit 2
echo "  (against the cells evaluated:)"
printf '%s\n' "${lines[@]}" | fit 3

echo "== time against interceptor sites (epaa-phase-3 plus extra sites, $sites_spacing deg)"
python3 - "$here/io/src/main/resources/org/plumbline/io/scenarios/epaa-phase-3.yaml" "$work" $sites <<'PY'
import sys
src = open(sys.argv[1]).read()
work = sys.argv[2]
pts = [(lat, lon) for lat in (38, 44, 50, 56, 62) for lon in (-6, 4, 14, 24, 34)]
def ll(lat, lon):
    return f'{abs(lat)} {"N" if lat >= 0 else "S"}, {abs(lon)} {"E" if lon >= 0 else "W"}'
for n in map(int, sys.argv[3:]):
    extra = ''.join(f'      extra-{k + 1}:\n        position: "{ll(*p)}"\n        interceptor: sm3-iia\n        count: 8\n'
                    for k, p in enumerate(pts[:max(0, n - 3)]))
    s = src.replace('\ncriteria:\n', '\n' + extra + '\ncriteria:\n', 1).replace('id: epaa-phase-3', f'id: epaa-phase-3-sites-{n}', 1)
    open(f'{work}/sites-{n}.yaml', 'w').write(s)
PY
printf '%-10s %8s %9s %9s %9s %8s %9s\n' sites cells evaluated wall_s cpu_s rss_mb defended
lines=()
for n in $sites; do
  l=$(run "$n" "$work/sites-$n.yaml" "$sites_spacing"); echo "$l"; lines+=("$l")
done
printf '%s\n' "${lines[@]}" | fit 1
