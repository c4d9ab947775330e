#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `./run bench`: P1–P5 of issue 6, P6 of issue 12 and P6j/P7 of issue 13 in one go, against separately started waldur-sim processes on loopback.
# Expects a Release build in $WPC_BENCH_BUILD (default build-bench) with waldur-sim, wpc-bench and
# wpc-bench-empty built. Prints a table and writes bench-results.json at the repository root.
# Every figure is a ratio (or a per-row figure) taken in this run; medians of $WPC_BENCH_REPS (≥5) runs.
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
BUILD=${WPC_BENCH_BUILD:-$ROOT/build-bench}
REPS=${WPC_BENCH_REPS:-5}
BIG=${WPC_BENCH_BIG:-100000} # rows for P4/P5 (and the server P1 runs against)
SMALL=${WPC_BENCH_SMALL:-10000} # rows for P2
PAGE=300
OUT_JSON=${WPC_BENCH_JSON:-$ROOT/bench-results.json}
SIM_NICE=${WPC_BENCH_SIM_NICE:-0} # e.g. 10: the simulator yields the cores, as a remote server would
P6_COUNT=${WPC_BENCH_P6_COUNT:-1000} # resources paused in bulk (P6)
P6_LATENCY_MS=${WPC_BENCH_P6_LATENCY_MS:-100} # the simulator's reply delay for P6, as a real Waldur's
P6_REPS=${WPC_BENCH_P6_REPS:-3} # each repetition takes about 3 minutes at 1,000 and 100 ms
P7_ENTRIES=${WPC_BENCH_P7_ENTRIES:-1000000} # journal entries the Journal window opens over (P7)

SIM=$BUILD/app/waldur-sim
BENCH=$BUILD/tests/bench/wpc-bench
EMPTY=$BUILD/tests/bench/wpc-bench-empty
for tool in "$SIM" "$BENCH" "$EMPTY"; do
    [ -n "$tool" ] && [ -x "$tool" ] || { echo "run-bench: missing tool in $BUILD (build waldur-sim wpc-bench wpc-bench-empty)" >&2; exit 1; }
done
command -v curl >/dev/null || { echo "run-bench: curl is needed" >&2; exit 1; }

TMP=$(mktemp -d)
SIM_PIDS=()
cleanup() {
    local pid
    for pid in "${SIM_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME=$TMP/config XDG_CACHE_HOME=$TMP/cache # the console's settings stay out of $HOME
export XDG_RUNTIME_DIR=$TMP/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_LOGGING_RULES='*.debug=false;qt.qpa.*=false'

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
now_ns() { date +%s%N; }
field() { sed -n "s/^$1=//p" <<<"$2" | head -n1; } # field KEY "key=value lines"

# start_sim ROWS [ARGS...]: starts waldur-sim on a free loopback port (port 0), sets SIM_URL, TOKEN and
# SIM_OUT (its output).
start_sim() {
    local rows=$1 out=$TMP/sim-${#SIM_PIDS[@]}.out
    shift
    SIM_OUT=$out
    nice -n "$SIM_NICE" "$SIM" --port 0 --seed 1 --resources "$rows" --order-delay 0 "$@" >"$out" 2>&1 &
    SIM_PIDS+=($!)
    local waited=0
    until grep -q '^WPC_TEST_STAFF_TOKEN=' "$out" 2>/dev/null; do
        kill -0 "${SIM_PIDS[-1]}" 2>/dev/null || { cat "$out" >&2; echo "run-bench: waldur-sim died" >&2; exit 1; }
        sleep 0.2
        waited=$((waited + 1))
        [ $waited -lt 900 ] || { echo "run-bench: waldur-sim did not start in 180 s" >&2; exit 1; }
    done
    SIM_URL=$(sed -n 's/^WPC_TEST_SERVER_URL=//p' "$out")
    TOKEN=$(sed -n 's/^WPC_TEST_STAFF_TOKEN=//p' "$out")
}

# stats V1 V2 ...: prints "median min max"
stats() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {m = NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2; printf "%.6g %.6g %.6g\n", m, v[1], v[NR]}'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.6g", (b == 0 ? 0 : a / b)}'; }

say "Starting waldur-sim with $BIG and $SMALL resources"
start_sim "$BIG"
BIG_URL=$SIM_URL BIG_TOKEN=$TOKEN
start_sim "$SMALL"
SMALL_URL=$SIM_URL SMALL_TOKEN=$TOKEN

# ---- P1: launch -> first rows painted ÷ launch -> empty main window painted -------------------------
say "P1: first rows painted vs. an empty main window ($REPS runs each, alternating, after a warm-up)"
WALDUR_TOKEN=$BIG_TOKEN "$BENCH" first-paint --url "$BIG_URL" >/dev/null
"$EMPTY" >/dev/null
P1_APP=() P1_EMPTY=() P1_RATIO=()
for _ in $(seq "$REPS"); do
    out=$(WPC_BENCH_T0_NS=$(now_ns) "$EMPTY")
    empty=$(field first_paint_ms "$out")
    out=$(WALDUR_TOKEN=$BIG_TOKEN WPC_BENCH_T0_NS=$(now_ns) "$BENCH" first-paint --url "$BIG_URL")
    app=$(field first_paint_ms "$out")
    P1_APP+=("$app") P1_EMPTY+=("$empty") P1_RATIO+=("$(div "$app" "$empty")")
done

# ---- P7: View ▸ Journal over P7_ENTRIES entries ÷ launch -> empty main window painted ----------------
say "P7: the Journal window over $P7_ENTRIES entries vs. an empty main window ($REPS runs each, alternating)"
"$BENCH" journal-fill --journal "$TMP/p7-journal.sqlite" --count "$P7_ENTRIES" >/dev/null
"$BENCH" journal-open --journal "$TMP/p7-journal.sqlite" >/dev/null
P7=() P7_OPEN=()
for _ in $(seq "$REPS"); do
    out=$(WPC_BENCH_T0_NS=$(now_ns) "$EMPTY")
    empty=$(field first_paint_ms "$out")
    out=$("$BENCH" journal-open --journal "$TMP/p7-journal.sqlite")
    open=$(field open_ms "$out")
    P7+=("$(div "$open" "$empty")") P7_OPEN+=("$open")
done

# ---- P3: bytes per row, sparse fields ÷ full objects ----------------------------------------------
say "P3: bytes on the wire per row, sparse vs. full (pages 1-3 of $PAGE)"
WALDUR_TOKEN=$SMALL_TOKEN "$BENCH" urls --url "$SMALL_URL" --pages 3 --page-size $PAGE >"$TMP/sparse3.txt"
WALDUR_TOKEN=$SMALL_TOKEN "$BENCH" urls --url "$SMALL_URL" --pages 3 --page-size $PAGE --full >"$TMP/full3.txt"
P3_RATIO=() SPARSE_BYTES=0 FULL_BYTES=0
for i in 1 2 3; do
    s=$(curl -sf -H "Authorization: Token $SMALL_TOKEN" -o /dev/null -w '%{size_download}' "$(sed -n "${i}p" "$TMP/sparse3.txt")")
    f=$(curl -sf -H "Authorization: Token $SMALL_TOKEN" -o /dev/null -w '%{size_download}' "$(sed -n "${i}p" "$TMP/full3.txt")")
    SPARSE_BYTES=$((SPARSE_BYTES + s)) FULL_BYTES=$((FULL_BYTES + f))
    P3_RATIO+=("$(div "$s" "$f")")
done

# ---- P2: the model's full load of SMALL rows ÷ one curl fetching the same pages at 300 -------------
PAGES=$(((SMALL + PAGE - 1) / PAGE))
WALDUR_TOKEN=$SMALL_TOKEN "$BENCH" urls --url "$SMALL_URL" --pages "$PAGES" --page-size $PAGE >"$TMP/small-urls.txt"
curl_all() { # one process, one keep-alive connection, every page
    local args=() url
    while read -r url; do args+=(-o /dev/null "$url"); done <"$TMP/small-urls.txt"
    curl -sf -H "Authorization: Token $SMALL_TOKEN" "${args[@]}"
}
say "P2: $SMALL rows into the model vs. curl for the same $PAGES pages ($REPS runs each, alternating)"
curl_all
P2_MODEL=() P2_CURL=() P2_RATIO=()
for _ in $(seq "$REPS"); do
    t0=$(now_ns); curl_all; t1=$(now_ns)
    curl_ms=$(div $((t1 - t0)) 1000000)
    out=$(WALDUR_TOKEN=$SMALL_TOKEN "$BENCH" load --url "$SMALL_URL")
    rows=$(field rows "$out")
    [ "$rows" = "$SMALL" ] || { echo "run-bench: the model loaded $rows rows, expected $SMALL" >&2; exit 1; }
    model_ms=$(field load_ms "$out")
    P2_MODEL+=("$model_ms") P2_CURL+=("$curl_ms") P2_RATIO+=("$(div "$model_ms" "$curl_ms")")
done

# ---- wrk: the simulator's own ceiling for the same page request ------------------------------------
WRK_RPS=n/a WRK_MBS=n/a
if command -v wrk >/dev/null; then
    say "wrk: the simulator's throughput for page 1 of $PAGE ($SMALL resources, 1 connection, 5 s)"
    wrk_out=$(wrk -t1 -c1 -d5s -H "Authorization: Token $SMALL_TOKEN" "$(head -n1 "$TMP/small-urls.txt")")
    WRK_RPS=$(awk '/^Requests\/sec:/ {print $2}' <<<"$wrk_out")
    WRK_MBS=$(awk '/^Transfer\/sec:/ {v=$2; u=v; gsub(/[0-9.]/, "", u); sub(/[A-Za-z]+$/, "", v); if (u == "KB") v /= 1024; if (u == "GB") v *= 1024; printf "%.2f", v}' <<<"$wrk_out")
else
    echo "run-bench: wrk not installed; skipping the simulator ceiling" >&2
fi

# ---- P4 + P5: BIG rows into the model, shown in a QTableView --------------------------------------
say "P4/P5: $BIG rows into the model shown in the console's main window ($REPS runs)"
P4=() P4_HEAP=() P5=() BIG_MS=()
for _ in $(seq "$REPS"); do
    out=$(WALDUR_TOKEN=$BIG_TOKEN "$BENCH" load --url "$BIG_URL" --view)
    grep '^slow_event=' <<<"$out" | head -n2 | sed 's/^slow_event=/    slowest GUI events: /' >&2
    rows=$(field rows "$out")
    [ "$rows" = "$BIG" ] || { echo "run-bench: the model loaded $rows rows, expected $BIG" >&2; exit 1; }
    P4+=("$(field rss_per_row_bytes "$out")") P4_HEAP+=("$(field heap_per_row_bytes "$out")")
    P5+=("$(field max_stall_ms "$out")") BIG_MS+=("$(field load_ms "$out")")
done

# ---- P6: bulk pause of P6_COUNT resources ÷ one curl sending the same POSTs one after another ----------
say "P6: bulk pause of $P6_COUNT resources vs. curl sending them one by one, ${P6_LATENCY_MS} ms a reply ($P6_REPS runs)"
start_sim 3000 --latency-ms "$P6_LATENCY_MS" --report-in-flight
P6_URL=$SIM_URL P6_TOKEN=$TOKEN P6_SIM_OUT=$SIM_OUT P6_SIM_PID=${SIM_PIDS[-1]}
WALDUR_TOKEN=$P6_TOKEN "$BENCH" bulk --url "$P6_URL" --count "$P6_COUNT" --urls-only >"$TMP/p6-urls.txt"
[ "$(wc -l <"$TMP/p6-urls.txt")" -eq "$P6_COUNT" ] || { echo "run-bench: P6 found too few OK resources" >&2; exit 1; }
curl_posts() { # one process, one keep-alive connection, every POST after the answer to the one before
    local args=() url
    while read -r url; do args+=(-o /dev/null "$url"); done <"$TMP/p6-urls.txt"
    curl -sf -H "Authorization: Token $P6_TOKEN" -H 'Content-Type: application/json' -d '{"paused":true}' "${args[@]}"
}
# The most requests the simulator held at once since the bulk run's reset (SIGUSR1 from wpc-bench).
sim_max_in_flight() { awk '/^in_flight_reset/ {m = 0} /^max_in_flight=/ {v = substr($0, 15) + 0; if (v > m) m = v} END {print m + 0}' "$P6_SIM_OUT"; }
P6=() P6_STALL=() P6_SEEN=() P6_BULK=() P6_CURL=() P6_SEL_STALL=() P6J=()
for _ in $(seq "$P6_REPS"); do
    t0=$(now_ns); curl_posts; t1=$(now_ns)
    curl_ms=$(div $((t1 - t0)) 1000000)
    out=$(WALDUR_TOKEN=$P6_TOKEN "$BENCH" bulk --url "$P6_URL" --count "$P6_COUNT" --sim-pid "$P6_SIM_PID")
    [ "$(field succeeded "$out")" = "$P6_COUNT" ] || { echo "run-bench: the bulk run did not succeed on every row: $out" >&2; exit 1; }
    sleep 0.3 # the simulator prints a new high within 100 ms
    bulk_ms=$(field bulk_ms "$out")
    P6+=("$(div "$bulk_ms" "$curl_ms")") P6_STALL+=("$(field max_stall_ms "$out")") P6_SEEN+=("$(sim_max_in_flight)")
    P6_BULK+=("$bulk_ms") P6_CURL+=("$curl_ms")
    # The same run with every row selected, as the user chose them: the menu sees every change it makes.
    out=$(WALDUR_TOKEN=$P6_TOKEN "$BENCH" bulk --url "$P6_URL" --count "$P6_COUNT" --select)
    [ "$(field succeeded "$out")" = "$P6_COUNT" ] || { echo "run-bench: the selected bulk run failed: $out" >&2; exit 1; }
    P6_SEL_STALL+=("$(field max_stall_ms "$out")")
    # And journaled (P6j), into a journal that grows with every repetition as a user's does.
    out=$(WALDUR_TOKEN=$P6_TOKEN "$BENCH" bulk --url "$P6_URL" --count "$P6_COUNT" --journal "$TMP/p6-journal.sqlite")
    [ "$(field succeeded "$out")" = "$P6_COUNT" ] || { echo "run-bench: the journaled bulk run failed: $out" >&2; exit 1; }
    P6J+=("$(div "$(field bulk_ms "$out")" "$bulk_ms")")
done

# ---- Report -----------------------------------------------------------------------------------------
read -r P1_MED P1_MIN P1_MAX < <(stats "${P1_RATIO[@]}")
read -r P2_MED P2_MIN P2_MAX < <(stats "${P2_RATIO[@]}")
read -r P3_MED P3_MIN P3_MAX < <(stats "${P3_RATIO[@]}")
P3_VALUE=$(div "$SPARSE_BYTES" "$FULL_BYTES")
read -r P4_MED P4_MIN P4_MAX < <(stats "${P4[@]}")
read -r P5_MED P5_MIN P5_MAX < <(stats "${P5[@]}")
read -r APP_MED _ _ < <(stats "${P1_APP[@]}")
read -r EMPTY_MED _ _ < <(stats "${P1_EMPTY[@]}")
read -r MODEL_MED _ _ < <(stats "${P2_MODEL[@]}")
read -r CURL_MED _ _ < <(stats "${P2_CURL[@]}")
read -r HEAP_MED _ _ < <(stats "${P4_HEAP[@]}")
read -r BIG_MED _ _ < <(stats "${BIG_MS[@]}")
read -r P6_MED P6_MIN P6_MAX < <(stats "${P6[@]}")
read -r P6S_MED P6S_MIN P6S_MAX < <(stats "${P6_STALL[@]}")
read -r P6C_MED P6C_MIN P6C_MAX < <(stats "${P6_SEEN[@]}")
read -r P6T_MED P6T_MIN P6T_MAX < <(stats "${P6_SEL_STALL[@]}")
read -r P6B_MED _ _ < <(stats "${P6_BULK[@]}")
read -r P6U_MED _ _ < <(stats "${P6_CURL[@]}")
read -r P6J_MED P6J_MIN P6J_MAX < <(stats "${P6J[@]}")
read -r P7_MED P7_MIN P7_MAX < <(stats "${P7[@]}")
read -r P7O_MED _ _ < <(stats "${P7_OPEN[@]}")
met() { awk -v v="$1" -v g="$2" 'BEGIN {print (v <= g ? "met" : "NOT met")}'; }

printf '\n%-3s %-44s %10s %9s %21s %8s %s\n' id measure median goal "spread (min..max)" unit status
row() { printf '%-3s %-44s %10s %9s %21s %8s %s\n' "$1" "$2" "$3" "≤ $4" "$5..$6" "$7" "$(met "$3" "$4")"; }
row P1 "first rows painted ÷ empty window painted" "$P1_MED" 1.3 "$P1_MIN" "$P1_MAX" ratio
row P2 "$SMALL rows into the model ÷ curl, same pages" "$P2_MED" 1.1 "$P2_MIN" "$P2_MAX" ratio
row P3 "bytes per row, sparse ÷ full" "$P3_VALUE" 0.15 "$P3_MIN" "$P3_MAX" ratio
row P4 "RSS added per row, $BIG rows" "$P4_MED" 1024 "$P4_MIN" "$P4_MAX" bytes
row P5 "longest GUI stall while $BIG rows load" "$P5_MED" 16 "$P5_MIN" "$P5_MAX" ms
row P6 "bulk pause of $P6_COUNT ÷ curl one by one" "$P6_MED" 0.3 "$P6_MIN" "$P6_MAX" ratio
row P6s "longest GUI stall during that bulk run" "$P6S_MED" 16 "$P6S_MIN" "$P6S_MAX" ms
row P6c "most requests the simulator held at once" "$P6C_MED" 4 "$P6C_MIN" "$P6C_MAX" requests
row P6t "that stall with the $P6_COUNT rows selected" "$P6T_MED" 16 "$P6T_MIN" "$P6T_MAX" ms
row P6j "that bulk run journaled ÷ not journaled" "$P6J_MED" 1.05 "$P6J_MIN" "$P6J_MAX" ratio
row P7 "Journal window, $P7_ENTRIES entries ÷ empty window" "$P7_MED" 1 "$P7_MIN" "$P7_MAX" ratio
printf '\nraw medians: app first paint %s ms, empty window %s ms; model %s ms vs curl %s ms for %s rows;\n' \
    "$APP_MED" "$EMPTY_MED" "$MODEL_MED" "$CURL_MED" "$SMALL"
printf '             sparse %s B vs full %s B for %s rows; heap %s B/row; %s rows loaded in %s ms\n' \
    "$SPARSE_BYTES" "$FULL_BYTES" $((3 * PAGE)) "$HEAP_MED" "$BIG" "$BIG_MED"
printf '             P6: bulk %s ms vs curl %s ms for %s POSTs at %s ms a reply\n' "$P6B_MED" "$P6U_MED" \
    "$P6_COUNT" "$P6_LATENCY_MS"
printf '             P7: the Journal window painted with its first page %s ms after View > Journal\n' "$P7O_MED"
printf 'wrk ceiling (page 1 of %s, 1 connection): %s requests/s, %s MB/s' "$PAGE" "$WRK_RPS" "$WRK_MBS"
if [ "$WRK_RPS" != n/a ]; then
    printf ' = %s ms for the %s pages of P2' "$(div $((PAGES * 1000)) "$WRK_RPS")" "$PAGES"
fi
printf '\n'

entry() { printf '  "%s": {"value": %s, "goal": %s, "unit": "%s", "median": %s, "min": %s, "max": %s}' "$@"; }
{
    printf '{\n'
    entry P1 "$P1_MED" 1.3 ratio "$P1_MED" "$P1_MIN" "$P1_MAX"; printf ',\n'
    entry P2 "$P2_MED" 1.1 ratio "$P2_MED" "$P2_MIN" "$P2_MAX"; printf ',\n'
    entry P3 "$P3_VALUE" 0.15 ratio "$P3_MED" "$P3_MIN" "$P3_MAX"; printf ',\n'
    entry P4 "$P4_MED" 1024 bytes/row "$P4_MED" "$P4_MIN" "$P4_MAX"; printf ',\n'
    entry P5 "$P5_MED" 16 ms "$P5_MED" "$P5_MIN" "$P5_MAX"; printf ',\n'
    entry P6 "$P6_MED" 0.3 ratio "$P6_MED" "$P6_MIN" "$P6_MAX"; printf ',\n'
    entry P6_stall "$P6S_MED" 16 ms "$P6S_MED" "$P6S_MIN" "$P6S_MAX"; printf ',\n'
    entry P6_in_flight "$P6C_MED" 4 requests "$P6C_MED" "$P6C_MIN" "$P6C_MAX"; printf ',\n'
    entry P6_selected_stall "$P6T_MED" 16 ms "$P6T_MED" "$P6T_MIN" "$P6T_MAX"; printf ',\n'
    entry P6_journaled "$P6J_MED" 1.05 ratio "$P6J_MED" "$P6J_MIN" "$P6J_MAX"; printf ',\n'
    entry P7 "$P7_MED" 1 ratio "$P7_MED" "$P7_MIN" "$P7_MAX"; printf ',\n'
    printf '  "wrk": {"requests_per_s": "%s", "mb_per_s": "%s"},\n' "$WRK_RPS" "$WRK_MBS"
    printf '  "repetitions": %s,\n  "machine": {"nproc": %s, "cpu": "%s", "qt": "%s"}\n}\n' "$REPS" "$(nproc)" \
        "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)" \
        "$(qtpaths6 --qt-version 2>/dev/null || qmake6 -query QT_VERSION 2>/dev/null || echo unknown)"
} >"$OUT_JSON"
say "Wrote $OUT_JSON"
