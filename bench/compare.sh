#!/usr/bin/env bash
# Measure guarantor on a generated corpus, and compare it with a pandoc + wkhtmltopdf pipeline
# rendering the same Markdown drafts, when those are installed.
#
#   bench/compare.sh [-n DRAFTS] [-r RUNS] [--install]
#
# Prints, as medians of RUNS runs: a full build (md, html, pdf; every language; parallel
# editions), a build of Word documents against pandoc's md -> docx, its peak memory, a no-op rebuild, a rebuild after one clause changed (and how many
# drafts it rebuilt), review of every spec, and the pandoc (md -> html) + wkhtmltopdf
# (html -> pdf) time for the same Markdown, run with one job per core, with the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."

n=100 runs=5 install=false
while [ $# -gt 0 ]; do
  case "$1" in
    -n) n=$2; shift 2 ;;
    -r) runs=$2; shift 2 ;;
    --install) install=true; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if $install; then
  apt-get update -qq && apt-get install -y -qq pandoc wkhtmltopdf time >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jobs=$(nproc)
go build -o "$work/guarantor" ./cmd/guarantor
g="$work/guarantor"
# The library is a copy the script changes a clause of; --no-builtin makes it the library rather
# than a layer over the built-in one (which would load both).
cp -r clauses "$work/clauses"
"$g" corpus "$n" -o "$work/corpus" >/dev/null

# seconds runs a command and prints its wall time in seconds.
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  calc "($end - $start) / 1000000000"
}

# calc prints the value of an arithmetic expression.
calc() { awk "BEGIN { printf \"%.6f\", $1 }"; }

# median prints the median of its arguments.
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# repeat runs a command RUNS times and prints the median time.
repeat() {
  local times=()
  for _ in $(seq "$runs"); do times+=("$(seconds "$@")"); done
  median "${times[@]}"
}

build() { "$g" --no-builtin --clauses "$work/clauses" build "$work/corpus" -o "$work/out" -q --format md,html,pdf "$@"; }

full=$(repeat build --force)
peak=0
if [ -x /usr/bin/time ]; then
  peak=$( { /usr/bin/time -f '%M' "$g" --no-builtin --clauses "$work/clauses" build "$work/corpus" -o "$work/out-mem" -q >/dev/null; } 2>&1 | tail -1 )
fi
noop=$(repeat build)
review=$(repeat "$g" --no-builtin --clauses "$work/clauses" review "$work/corpus" --fail-on none)

# Change one clause: only the drafts that use it are rebuilt.
clause="$work/clauses/defence/art5-style.md"
users=$(grep -l 'defence/art5-style' "$work/corpus"/*.yaml | wc -l)
change=()
for i in $(seq "$runs"); do
  sed -i "s/including the use of armed force/including the use of armed force (rev. $i)/" "$clause"
  change+=("$(seconds build)")
done
change=$(median "${change[@]}")
rebuilt=$(sed -i 's/(rev\. [0-9]*)/(rev. x)/' "$clause"; build --json | grep -c '"status": "built"' || true)

drafts=$(ls "$work/out"/*/*.md | wc -l)
echo "corpus: $n specs, $drafts Markdown drafts (en/uk), $jobs cores, median of $runs runs"
printf '%-44s %8.3f s\n' "guarantor full build (md, html, pdf)" "$full"
if [ "$peak" -gt 0 ]; then
  printf '%-44s %8d MB\n' "guarantor full build, peak memory" "$((peak / 1024))"
else
  printf '%-44s %8s\n' "guarantor full build, peak memory" "n/a (needs /usr/bin/time: apt-get install time)"
fi
printf '%-44s %8.3f s  (%.1f%% of a full build)\n' "guarantor no-op rebuild" "$noop" "$(calc "100 * $noop / $full")"
printf '%-44s %8.3f s  (%d drafts rebuilt, %d use the clause)\n' "guarantor rebuild after one clause changed" "$change" "$rebuilt" "$users"
printf '%-44s %8.3f s  (%.2f ms per spec)\n' "guarantor review of every spec" "$review" "$(calc "1000 * $review / $n")"

# Word: guarantor's .docx (every language and the parallel edition) against pandoc converting
# the same Markdown to .docx, one job per core.
docx=$(repeat "$g" --no-builtin --clauses "$work/clauses" build "$work/corpus" -o "$work/out-docx" -q --force --format docx)
printf '%-44s %8.3f s\n' "guarantor build of .docx (+ parallel.docx)" "$docx"
if command -v pandoc >/dev/null; then
  ls "$work/out"/*/*.md > "$work/mds"
  pandoc_docx() { xargs -P "$jobs" -I{} pandoc -o {}.docx {} < "$work/mds"; }
  pd=$(repeat pandoc_docx)
  printf '%-44s %8.3f s\n' "pandoc md -> docx" "$pd"
  printf '%-44s %8.1fx\n' "guarantor .docx is faster by" "$(calc "$pd / $docx")"
fi

if ! command -v pandoc >/dev/null || ! command -v wkhtmltopdf >/dev/null; then
  echo "pandoc or wkhtmltopdf is not installed: run with --install to compare"
  exit 0
fi
# The same Markdown, rendered by pandoc to a standalone HTML page, then by wkhtmltopdf to PDF,
# one job per core.
ls "$work/out"/*/*.md > "$work/mds"
pandoc_html() { xargs -P "$jobs" -I{} pandoc -s --metadata title=Draft -o {}.html {} < "$work/mds"; }
wk_pdf() { xargs -P "$jobs" -I{} sh -c 'QT_QPA_PLATFORM=offscreen wkhtmltopdf -q {}.html {}.pdf' < "$work/mds"; }
pruns=$(( runs < 3 ? runs : 3 ))
p1=() p2=()
for _ in $(seq "$pruns"); do p1+=("$(seconds pandoc_html)"); p2+=("$(seconds wk_pdf)"); done
p1=$(median "${p1[@]}") p2=$(median "${p2[@]}")
total=$(calc "$p1 + $p2")
printf '%-44s %8.3f s\n' "pandoc md -> html" "$p1"
printf '%-44s %8.3f s\n' "wkhtmltopdf html -> pdf" "$p2"
printf '%-44s %8.3f s\n' "pandoc + wkhtmltopdf" "$total"
printf '%-44s %8.1fx\n' "guarantor is faster by" "$(calc "$total / $full")"
