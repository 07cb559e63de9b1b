#!/usr/bin/env bash
# compare.sh [N...]: PodcastSite (Native AOT and JIT) against Hugo on make-corpus shows of N episodes (default 1000
# 10000), the three taking turns, 3 runs each, in /dev/shm. Prints the median wall time, CPU time and peak memory of
# each, and PodcastSite's wall time as a share of Hugo's; then, for each show, the time from saving an episode to the
# preview's live-reload message (median of 10 saves). Needs ../shared/bench (make-corpus, run-hugo.sh), the Debian
# packages hugo, clang and zlib1g-dev, and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
shared="$repo/../shared/bench"
work=${BENCH_DIR:-/dev/shm/podcastsite-compare}
runs=${RUNS:-3}
mkdir -p "$work"

dotnet build generator -c Release -v quiet -nologo >/dev/null
jit="dotnet $repo/generator/bin/Release/net10.0/podcastsite.dll"
# Published on every run: a binary left from older sources would measure them instead.
dotnet publish generator -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -v quiet -nologo >/dev/null
aot="$work/aot/podcastsite"

# One run: prints "wall cpu peak_mb".
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>&1
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/time.txt"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

printf '%-8s %-14s %9s %9s %9s %12s\n' episodes tool "wall s" "cpu s" "peak MB" "wall vs Hugo"
for n in "${@:-1000 10000}"; do
  corpus="$work/corpus-$n"
  [ -d "$corpus/input" ] || "$shared/make-corpus" "$n" "$corpus" >/dev/null
  declare -A results=()
  for run in $(seq "$runs"); do
    results[aot]+="$(cd "$corpus" && measure "$aot" build --output "$work/out-aot")"$'\n'
    results[jit]+="$(cd "$corpus" && measure $jit build --output "$work/out-jit")"$'\n'
    results[hugo]+="$(TMPDIR="$work" measure bash "$shared/run-hugo.sh" "$corpus")"$'\n'
  done
  hugo_wall=$(awk 'NF { print $1 }' <<<"${results[hugo]}" | median)
  for tool in aot jit hugo; do
    wall=$(awk 'NF { print $1 }' <<<"${results[$tool]}" | median)
    cpu=$(awk 'NF { print $2 }' <<<"${results[$tool]}" | median)
    peak=$(awk 'NF { print $3 }' <<<"${results[$tool]}" | median)
    printf '%-8s %-14s %9s %9s %9s %11.2fx\n' "$n" "$tool" "$wall" "$cpu" "$peak" "$(awk -v a="$wall" -v b="$hugo_wall" 'BEGIN { print a / b }')"
  done
  unset results
done

echo
for n in "${@:-1000 10000}"; do
  TMPDIR="$work" dotnet run -c Release --project bench/PodcastSite.Bench -v quiet -- preview "$n" | tail -n 1
done
