#!/usr/bin/env bash
# The speed benchmark of issue 10; prints a Markdown table for the README.
#
#   bench/run.sh                    # builds the release binary first
#   PLAN=path/to/plan TYPST=path/to/typst RUNS=15 bench/run.sh
#   TYPST=none bench/run.sh         # plan's rows only, no Typst CLI
#
# Rows:
# - the seed (plans/may-2024.yaml, 5 pages): a cold `plan build`, against
#   `typst compile` of the *same* document: the templates, fonts and view
#   that `plan template export` and `plan build --emit view` write. Median
#   of RUNS runs of each (default 15), alternated, and the ratio of the
#   medians. Both PDFs are checked to hold the same pages and text first.
# - a generated yearly plan (bench/yearly.sh: 40 sections × 3 subsections ×
#   12 items, 530 KB); median of 5 runs.
# - 100 plans in one `plan build` invocation (copies of the seed).
# - peak memory (max RSS, GNU time) of each, and the binary's size.
#
# typst-cli 0.15.1 is installed with `cargo install --locked` into
# $CARGO_TARGET_DIR/bench-tools (or target/bench-tools) when TYPST is not
# given and it is not there yet (a few minutes, once). Tests assert no
# timings (style.md §7); this script only measures.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
runs=${RUNS:-15}
if [[ -z "${PLAN:-}" ]]; then
    cargo build --release --locked --quiet --manifest-path "$root/Cargo.toml"
    PLAN="$target/release/plan"
fi
if [[ -z "${TYPST:-}" ]]; then # TYPST=none skips it
    TYPST="$target/bench-tools/bin/typst"
    if [[ ! -x $TYPST ]]; then
        echo "installing typst-cli 0.15.1 into $target/bench-tools ..." >&2
        cargo install --locked --quiet typst-cli --version 0.15.1 --root "$target/bench-tools"
    fi
fi
[[ -x /usr/bin/time ]] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }

# Outputs go to memory (/dev/shm) when there is one, so that both tools are
# timed without the disk; `plan` syncs the PDF before renaming it (the
# atomic writer), which the last row times on the disk.
work=$(mktemp -d -p /dev/shm 2> /dev/null || mktemp -d)
disk=$(mktemp -d -p "$target" 2> /dev/null || mktemp -d)
trap 'rm -rf "$work" "$disk"' EXIT
seed="$root/plans/may-2024.yaml"

# The same document for both: exported templates and fonts, the seed's view.
"$PLAN" template export "$work/tpl" 2> /dev/null
"$PLAN" build --emit view "$seed" -o "$work/tpl/view.json" 2> /dev/null
plan_cmd=("$PLAN" build "$seed" -o "$work/plan.pdf")
typst_cmd=("$TYPST" compile --root "$work/tpl" --ignore-system-fonts
    --font-path "$work/tpl/fonts" "$work/tpl/main.typ" "$work/typst.pdf")
"${plan_cmd[@]}" 2> /dev/null
if [[ $TYPST == none ]]; then typst_cmd=(true); cp "$work/plan.pdf" "$work/typst.pdf"; fi
"${typst_cmd[@]}"
if command -v pdftotext > /dev/null; then
    pdftotext -layout "$work/plan.pdf" "$work/plan.txt"
    pdftotext -layout "$work/typst.pdf" "$work/typst.txt"
    cmp -s "$work/plan.txt" "$work/typst.txt" \
        || { echo "the two PDFs differ in text: not the same document" >&2; exit 1; }
fi
pages() { # the page count of a PDF
    if command -v pdfinfo > /dev/null; then
        pdfinfo "$1" 2> /dev/null | awk '/^Pages:/ { print $2 }'
    else
        grep -ac '/Type /Page$\|/Type /Page[^s]' "$1"
    fi
}
[[ $(pages "$work/plan.pdf") == $(pages "$work/typst.pdf") ]] \
    || { echo "the two PDFs differ in page count" >&2; exit 1; }

# Wall time of one run of "$@", in milliseconds (bash's clock: no fork).
time_ms() {
    local start=$EPOCHREALTIME
    "$@" > /dev/null 2>&1
    local end=$EPOCHREALTIME
    echo "$(((${end/./} - ${start/./}) / 1000))"
}
# The same in microseconds: the seed's runs, whose medians (in tenths of a
# millisecond) make the ratio; whole milliseconds made 28 against 32 any
# ratio from 0.85 to 0.90.
time_us() {
    local start=$EPOCHREALTIME
    "$@" > /dev/null 2>&1
    local end=$EPOCHREALTIME
    echo "$((${end/./} - ${start/./}))"
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# Max RSS of one run of "$@", in MB.
peak_mb() {
    /usr/bin/time -f '%M' -o "$work/rss" "$@" > /dev/null 2>&1
    awk '{ printf "%.1f", $1 / 1024 }' "$work/rss"
}

# The machine's CPU time its host took (`steal` in /proc/stat) and all of
# it, in ticks: read before and after the seed's runs. `plan` lays a plan
# out on two cores, the CLI on one, so the ratio is only comparable when
# the host took little (docs/speed.md).
cpu_ticks() {
    awk '/^cpu / { t = 0; for (i = 2; i <= 9; i++) t += $i; print $9, t }' /proc/stat \
        2> /dev/null || echo "0 0"
}

# Warm the page cache, then alternate.
for _ in 1 2; do time_ms "${plan_cmd[@]}" > /dev/null; time_ms "${typst_cmd[@]}" > /dev/null; done
: > "$work/plan.us"
: > "$work/typst.us"
ticks_before=$(cpu_ticks)
for ((i = 0; i < runs; i++)); do
    time_us "${plan_cmd[@]}" >> "$work/plan.us"
    time_us "${typst_cmd[@]}" >> "$work/typst.us"
done
host=$(echo "$ticks_before $(cpu_ticks)" \
    | awk '{ d = $4 - $2; if (d > 0) printf "%.1f %%", 100 * ($3 - $1) / d; else print "unknown" }')
in_ms() { awk '{ printf "%.1f", $1 / 1000 }'; }
plan_ms=$(median < "$work/plan.us" | in_ms)
typst_ms=$(median < "$work/typst.us" | in_ms)
ratio=$(awk -v a="$plan_ms" -v b="$typst_ms" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')

# The yearly plan.
"$root/bench/yearly.sh" > "$work/yearly.yaml"
yearly_cmd=("$PLAN" build "$work/yearly.yaml" -o "$work/yearly.pdf")
if "${yearly_cmd[@]}" 2> "$work/yearly.err"; then
    : > "$work/yearly.ms"
    for _ in 1 2 3 4 5; do time_ms "${yearly_cmd[@]}" >> "$work/yearly.ms"; done
    yearly="$(median < "$work/yearly.ms") ms, $(pages "$work/yearly.pdf") pages"
    yearly_mb=$(peak_mb "${yearly_cmd[@]}")
else
    yearly="refused: $(grep -o 'plan::[a-z_]*' "$work/yearly.err" | head -n 1)"
    yearly_mb=-
fi

# 100 plans in one invocation.
mkdir "$work/batch"
for ((i = 0; i < 100; i++)); do cp "$seed" "$work/batch/plan-$i.yaml"; done
batch_cmd=("$PLAN" build "$work"/batch/*.yaml)
: > "$work/batch.ms"
for _ in 1 2 3; do time_ms "${batch_cmd[@]}" >> "$work/batch.ms"; done
batch_ms=$(median < "$work/batch.ms")

# Warm rebuilds: `plan watch` on a copy of the seed, saved 15 times; each
# rebuild prints its own time ("đã ghi … (12 ms)"), the first build's left out.
cp "$seed" "$work/watched.yaml"
"$PLAN" --lang en watch "$work/watched.yaml" 2> "$work/watch.err" &
watch_pid=$!
sleep 2
for ((i = 0; i < 15; i++)); do echo "# $i" >> "$work/watched.yaml"; sleep 0.5; done
kill "$watch_pid"; wait "$watch_pid" 2> /dev/null || true
watch_ms=$(grep -o '(\([0-9]*\) ms)' "$work/watch.err" | tail -n +2 | tr -dc '0-9\n' | median)

# The seed written to the disk, synced.
disk_cmd=("$PLAN" build "$seed" -o "$disk/plan.pdf")
: > "$work/disk.ms"
for _ in 1 2 3 4 5; do time_ms "${disk_cmd[@]}" >> "$work/disk.ms"; done
disk_ms=$(median < "$work/disk.ms")

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo
echo "Machine: $cpu, $(nproc) cores; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg);"
echo "its host took $host of its CPU time during the seed's runs (steal)."
typst_version=none
[[ $TYPST == none ]] || typst_version=$("$TYPST" --version | head -n 1)
echo "plan $("$PLAN" --version | cut -d' ' -f2), Typst CLI: $typst_version; $runs runs each, alternated."
echo
echo "| what | time (median) | peak memory |"
echo "|---|---|---|"
echo "| seed (may-2024, $(pages "$work/plan.pdf") pages): \`plan build\` | $plan_ms ms | $(peak_mb "${plan_cmd[@]}") MB |"
if [[ $TYPST != none ]]; then
    echo "| same document: \`typst compile --ignore-system-fonts\` | $typst_ms ms | $(peak_mb "${typst_cmd[@]}") MB |"
    echo "| ratio plan / typst | **$ratio** | |"
fi
echo "| yearly plan ($(($(stat -c %s "$work/yearly.yaml") / 1024)) KiB of YAML) | $yearly | $yearly_mb MB |"
echo "| 100 plans in one \`plan build\` (all cores) | $batch_ms ms ($((100000 / (batch_ms > 0 ? batch_ms : 1))) plans/s) | $(peak_mb "${batch_cmd[@]}") MB |"
echo "| seed rebuilt by \`plan watch\` after a save (warm) | $watch_ms ms | |"
echo "| seed, PDF written to the disk (synced) | $disk_ms ms | |"
echo "| binary size | $(($(stat -c %s "$PLAN") / 1024 / 1024)) MB | |"
