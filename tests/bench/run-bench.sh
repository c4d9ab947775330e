#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `./run bench`: P1–P5 of issue 6, P6 of issue 12, P6j/P7 of issue 13 and P1L/P2L/E1 of issue 16 in one go,
# against separately started waldur-sim processes on loopback.
# Expects a Release build in $WPC_BENCH_BUILD (default build-bench) with waldur-sim, wpc-bench and
# wpc-bench-empty built (E1 builds waldur-provider-console there too). Prints a table and writes
# bench-results.json at the repository root.
# Every figure is a ratio (or a per-row figure) taken in this run; medians of $WPC_BENCH_REPS (≥5) runs.
# WPC_BENCH_ONLY="P1L P2L" runs only those figures (P4 and P5 come together, and P6 with P6s, P6c, P6t, P6j).
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
LATENCY_MS=${WPC_BENCH_LATENCY_MS:-150} # P1L and P2L: the simulator's reply delay, as a real Waldur's 50-300 ms
P2L_REPS=${WPC_BENCH_P2L_REPS:-3} # each repetition waits for curl's 34 round trips (about 6 s at 150 ms)
E1_REPS=${WPC_BENCH_E1_REPS:-3}
E1_FORMATS=${WPC_BENCH_E1_FORMATS:-csv xlsx} # the export formats E1 measures (csv, json, xlsx)
ONLY=${WPC_BENCH_ONLY:-}

FIGURES="P1 P2 P3 P4 P5 P6 P7 wrk P1L P2L E1"
for id in $ONLY; do
    [[ " $FIGURES " == *" $id "* ]] || { echo "run-bench: WPC_BENCH_ONLY: no figure \"$id\" (known: $FIGURES)" >&2; exit 2; }
done
# want ID...: whether any of these figures is to be measured in this run.
want() {
    local id
    [ -z "$ONLY" ] && return 0
    for id in "$@"; do
        [[ " $ONLY " == *" $id "* ]] && return 0
    done
    return 1
}

SIM=$BUILD/app/waldur-sim
CONSOLE=$BUILD/app/waldur-provider-console
BENCH=$BUILD/tests/bench/wpc-bench
EMPTY=$BUILD/tests/bench/wpc-bench-empty
for tool in "$SIM" "$BENCH" "$EMPTY"; do
    [ -n "$tool" ] && [ -x "$tool" ] || { echo "run-bench: missing tool in $BUILD (build waldur-sim wpc-bench wpc-bench-empty)" >&2; exit 1; }
done
command -v curl >/dev/null || { echo "run-bench: curl is needed" >&2; exit 1; }
if want E1; then
    [ -x /usr/bin/time ] || { echo "run-bench: E1 needs /usr/bin/time (GNU time) for peak RSS" >&2; exit 1; }
    # ./run bench builds the three tools above; the console itself is a link step on top of them.
    cmake --build "$BUILD" --target waldur-provider-console >/dev/null
fi

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
# A failed step (a tool that crashed, say) names itself instead of ending the run without a word.
set -o errtrace
trap 'echo "run-bench: line $LINENO failed (exit $?): $BASH_COMMAND" >&2' ERR
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
median() { stats "$@" | cut -d' ' -f1; }
met() { awk -v v="$1" -v g="$2" 'BEGIN {print (v <= g ? "met" : "NOT met")}'; }
# The most requests a `waldur-sim --report-in-flight` (its output file) held at once since its last reset.
sim_max_in_flight() { awk '/^in_flight_reset/ {m = 0} /^max_in_flight=/ {v = substr($0, 15) + 0; if (v > m) m = v} END {print m + 0}' "$1"; }

# figure ID KEY MEASURE GOAL UNIT VALUE V1 V2 ...: one row of the table and one entry of the JSON. The value
# is VALUE, or the median of V1 V2 ... when VALUE is empty; min..max is their spread.
REPORT=() ENTRIES=() NOTES=()
figure() {
    local id=$1 key=$2 measure=$3 goal=$4 unit=$5 value=$6 med min max
    shift 6
    read -r med min max < <(stats "$@")
    [ -n "$value" ] || value=$med
    REPORT+=("$(printf '%-5s %-46s %10s %9s %21s %9s %s' "$id" "$measure" "$value" "≤ $goal" "$min..$max" "$unit" \
        "$(met "$value" "$goal")")")
    ENTRIES+=("$(printf '  "%s": {"value": %s, "goal": %s, "unit": "%s", "median": %s, "min": %s, "max": %s}' \
        "$key" "$value" "$goal" "$unit" "$med" "$min" "$max")")
}

if want P1 P4 P5 E1; then
    say "Starting waldur-sim with $BIG resources"
    start_sim "$BIG"
    BIG_URL=$SIM_URL BIG_TOKEN=$TOKEN
fi
if want P2 P3 wrk E1; then
    say "Starting waldur-sim with $SMALL resources"
    start_sim "$SMALL"
    SMALL_URL=$SIM_URL SMALL_TOKEN=$TOKEN
fi
PAGES=$(((SMALL + PAGE - 1) / PAGE))

# ---- P1: launch -> first rows painted ÷ launch -> empty main window painted -------------------------
if want P1; then
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
    figure P1 P1 "first rows painted ÷ empty window painted" 1.3 ratio "" "${P1_RATIO[@]}"
    NOTES+=("P1: app first paint $(median "${P1_APP[@]}") ms, empty window $(median "${P1_EMPTY[@]}") ms")
fi

# ---- P7: View ▸ Journal over P7_ENTRIES entries ÷ launch -> empty main window painted ----------------
if want P7; then
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
    figure P7 P7 "Journal window, $P7_ENTRIES entries ÷ empty window" 1 ratio "" "${P7[@]}"
    NOTES+=("P7: the Journal window painted with its first page $(median "${P7_OPEN[@]}") ms after View > Journal")
fi

# ---- P3: bytes per row, sparse fields ÷ full objects ----------------------------------------------
if want P3; then
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
    figure P3 P3 "bytes per row, sparse ÷ full" 0.15 ratio "$(div "$SPARSE_BYTES" "$FULL_BYTES")" "${P3_RATIO[@]}"
    NOTES+=("P3: sparse $SPARSE_BYTES B vs full $FULL_BYTES B for $((3 * PAGE)) rows")
fi

# curl_pages URLS TOKEN: one process, one keep-alive connection, every page of the file after the one before.
curl_pages() {
    local args=() url
    while read -r url; do args+=(-o /dev/null "$url"); done <"$1"
    curl -sf -H "Authorization: Token $2" "${args[@]}"
}

# ---- P2: the model's full load of SMALL rows ÷ one curl fetching the same pages at 300 -------------
if want P2 wrk; then
    WALDUR_TOKEN=$SMALL_TOKEN "$BENCH" urls --url "$SMALL_URL" --pages "$PAGES" --page-size $PAGE >"$TMP/small-urls.txt"
fi
if want P2; then
    say "P2: $SMALL rows into the model vs. curl for the same $PAGES pages ($REPS runs each, alternating)"
    curl_pages "$TMP/small-urls.txt" "$SMALL_TOKEN"
    P2_MODEL=() P2_CURL=() P2_RATIO=()
    for _ in $(seq "$REPS"); do
        t0=$(now_ns); curl_pages "$TMP/small-urls.txt" "$SMALL_TOKEN"; t1=$(now_ns)
        curl_ms=$(div $((t1 - t0)) 1000000)
        out=$(WALDUR_TOKEN=$SMALL_TOKEN "$BENCH" load --url "$SMALL_URL")
        rows=$(field rows "$out")
        [ "$rows" = "$SMALL" ] || { echo "run-bench: the model loaded $rows rows, expected $SMALL" >&2; exit 1; }
        model_ms=$(field load_ms "$out")
        P2_MODEL+=("$model_ms") P2_CURL+=("$curl_ms") P2_RATIO+=("$(div "$model_ms" "$curl_ms")")
    done
    figure P2 P2 "$SMALL rows into the model ÷ curl, same pages" 1.1 ratio "" "${P2_RATIO[@]}"
    NOTES+=("P2: model $(median "${P2_MODEL[@]}") ms vs curl $(median "${P2_CURL[@]}") ms for $SMALL rows")
fi

# ---- wrk: the simulator's own ceiling for the same page request ------------------------------------
WRK_RPS=n/a WRK_MBS=n/a
if ! want wrk; then
    :
elif command -v wrk >/dev/null; then
    say "wrk: the simulator's throughput for page 1 of $PAGE ($SMALL resources, 1 connection, 5 s)"
    wrk_out=$(wrk -t1 -c1 -d5s -H "Authorization: Token $SMALL_TOKEN" "$(head -n1 "$TMP/small-urls.txt")")
    WRK_RPS=$(awk '/^Requests\/sec:/ {print $2}' <<<"$wrk_out")
    WRK_MBS=$(awk '/^Transfer\/sec:/ {v=$2; u=v; gsub(/[0-9.]/, "", u); sub(/[A-Za-z]+$/, "", v); if (u == "KB") v /= 1024; if (u == "GB") v *= 1024; printf "%.2f", v}' <<<"$wrk_out")
    NOTES+=("wrk ceiling (page 1 of $PAGE, 1 connection): $WRK_RPS requests/s, $WRK_MBS MB/s = $(div $((PAGES * 1000)) "$WRK_RPS") ms for the $PAGES pages of P2")
else
    echo "run-bench: wrk not installed; skipping the simulator ceiling" >&2
fi

# ---- P4 + P5: BIG rows into the model, shown in a QTableView --------------------------------------
if want P4 P5; then
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
    figure P4 P4 "RSS added per row, $BIG rows" 1024 bytes/row "" "${P4[@]}"
    figure P5 P5 "longest GUI stall while $BIG rows load" 16 ms "" "${P5[@]}"
    NOTES+=("P4/P5: heap $(median "${P4_HEAP[@]}") B/row; $BIG rows loaded in $(median "${BIG_MS[@]}") ms")
fi

# ---- P6: bulk pause of P6_COUNT resources ÷ one curl sending the same POSTs one after another ----------
if want P6; then
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
    P6=() P6_STALL=() P6_SEEN=() P6_BULK=() P6_CURL=() P6_SEL_STALL=() P6J=()
    for _ in $(seq "$P6_REPS"); do
        t0=$(now_ns); curl_posts; t1=$(now_ns)
        curl_ms=$(div $((t1 - t0)) 1000000)
        out=$(WALDUR_TOKEN=$P6_TOKEN "$BENCH" bulk --url "$P6_URL" --count "$P6_COUNT" --sim-pid "$P6_SIM_PID")
        [ "$(field succeeded "$out")" = "$P6_COUNT" ] || { echo "run-bench: the bulk run did not succeed on every row: $out" >&2; exit 1; }
        sleep 0.3 # the simulator prints a new high within 100 ms
        bulk_ms=$(field bulk_ms "$out")
        P6+=("$(div "$bulk_ms" "$curl_ms")") P6_STALL+=("$(field max_stall_ms "$out")") P6_SEEN+=("$(sim_max_in_flight "$P6_SIM_OUT")")
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
    figure P6 P6 "bulk pause of $P6_COUNT ÷ curl one by one" 0.3 ratio "" "${P6[@]}"
    figure P6s P6_stall "longest GUI stall during that bulk run" 16 ms "" "${P6_STALL[@]}"
    figure P6c P6_in_flight "most requests the simulator held at once" 4 requests "" "${P6_SEEN[@]}"
    figure P6t P6_selected_stall "that stall with the $P6_COUNT rows selected" 16 ms "" "${P6_SEL_STALL[@]}"
    figure P6j P6_journaled "that bulk run journaled ÷ not journaled" 1.05 ratio "" "${P6J[@]}"
    NOTES+=("P6: bulk $(median "${P6_BULK[@]}") ms vs curl $(median "${P6_CURL[@]}") ms for $P6_COUNT POSTs at $P6_LATENCY_MS ms a reply")
fi

# ---- P1L / P2L: against a server that takes LATENCY_MS to answer each request (issue 16) --------------
if want P1L P2L; then
    say "Starting waldur-sim with $SMALL resources, $LATENCY_MS ms a reply"
    start_sim "$SMALL" --latency-ms "$LATENCY_MS" --report-in-flight
    LAT_URL=$SIM_URL LAT_TOKEN=$TOKEN LAT_SIM_OUT=$SIM_OUT LAT_SIM_PID=${SIM_PIDS[-1]}
fi

# P1L: launch -> first rows painted ÷ (launch -> empty main window painted + one round trip). The round trip
# is curl's time_total for the window's first request (page 1 of 100 of the default view), from a fresh
# process, connection included.
if want P1L; then
    say "P1L: first rows painted vs. an empty window plus one round trip, $LATENCY_MS ms a reply ($REPS runs each, alternating)"
    FIRST_URL=$(WALDUR_TOKEN=$LAT_TOKEN "$BENCH" urls --url "$LAT_URL" --first-page)
    round_trip_ms() {
        curl -sf -H "Authorization: Token $LAT_TOKEN" -o /dev/null -w '%{time_total}' "$FIRST_URL" \
            | awk '{printf "%.3f", $1 * 1000}'
    }
    WALDUR_TOKEN=$LAT_TOKEN "$BENCH" first-paint --url "$LAT_URL" >/dev/null
    "$EMPTY" >/dev/null
    round_trip_ms >/dev/null
    P1L=() P1L_APP=() P1L_EMPTY=() P1L_RT=() P1_FLOOR=()
    for _ in $(seq "$REPS"); do
        out=$(WPC_BENCH_T0_NS=$(now_ns) "$EMPTY")
        empty=$(field first_paint_ms "$out")
        rt=$(round_trip_ms)
        out=$(WALDUR_TOKEN=$LAT_TOKEN WPC_BENCH_T0_NS=$(now_ns) "$BENCH" first-paint --url "$LAT_URL")
        app=$(field first_paint_ms "$out")
        P1L+=("$(div "$app" "$(awk -v a="$empty" -v b="$rt" 'BEGIN {print a + b}')")")
        P1L_APP+=("$app") P1L_EMPTY+=("$empty") P1L_RT+=("$rt")
        # The console's first frame, painted here before any row can have come: P1's floor with this window.
        P1_FLOOR+=("$(div "$(field window_paint_ms "$out")" "$empty")")
    done
    figure P1L P1L "first rows painted ÷ (empty window + round trip)" 1.3 ratio "" "${P1L[@]}"
    NOTES+=("P1L: app first paint $(median "${P1L_APP[@]}") ms, empty window $(median "${P1L_EMPTY[@]}") ms, round trip $(median "${P1L_RT[@]}") ms at $LATENCY_MS ms a reply")
    NOTES+=("P1 floor: the console's first frame, before any row, ÷ empty window: $(median "${P1_FLOOR[@]}")")
fi

# P2L: P2 against the slow server. The model keeps up to ResourceTableModel::kMaxPagesInFlight (6) pages in
# flight; curl fetches one after another over one keep-alive connection.
if want P2L; then
    say "P2L: $SMALL rows into the model vs. curl for the same $PAGES pages, $LATENCY_MS ms a reply ($P2L_REPS runs each, alternating)"
    WALDUR_TOKEN=$LAT_TOKEN "$BENCH" urls --url "$LAT_URL" --pages "$PAGES" --page-size $PAGE >"$TMP/latency-urls.txt"
    WALDUR_TOKEN=$LAT_TOKEN "$BENCH" load --url "$LAT_URL" >/dev/null # the simulator indexes this list once
    P2L=() P2L_MODEL=() P2L_CURL=() P2L_SEEN=()
    for _ in $(seq "$P2L_REPS"); do
        t0=$(now_ns); curl_pages "$TMP/latency-urls.txt" "$LAT_TOKEN"; t1=$(now_ns)
        curl_ms=$(div $((t1 - t0)) 1000000)
        kill -USR1 "$LAT_SIM_PID" # the simulator counts requests held at once afresh (its timer looks every 100 ms)
        sleep 0.3
        out=$(WALDUR_TOKEN=$LAT_TOKEN "$BENCH" load --url "$LAT_URL")
        rows=$(field rows "$out")
        [ "$rows" = "$SMALL" ] || { echo "run-bench: the model loaded $rows rows, expected $SMALL" >&2; exit 1; }
        model_ms=$(field load_ms "$out")
        sleep 0.3 # the simulator prints a new high within 100 ms
        P2L+=("$(div "$model_ms" "$curl_ms")") P2L_MODEL+=("$model_ms") P2L_CURL+=("$curl_ms")
        P2L_SEEN+=("$(sim_max_in_flight "$LAT_SIM_OUT")")
    done
    figure P2L P2L "$SMALL rows into the model ÷ curl, $LATENCY_MS ms a reply" 0.3 ratio "" "${P2L[@]}"
    figure P2Lc P2L_in_flight "most list requests the simulator held at once" 6 requests "" "${P2L_SEEN[@]}"
    NOTES+=("P2L: model $(median "${P2L_MODEL[@]}") ms vs curl $(median "${P2L_CURL[@]}") ms for $SMALL rows in $PAGES pages at $LATENCY_MS ms a reply")
fi

# ---- E1: peak RSS of a headless export, BIG rows ÷ SMALL rows (issue 16) -------------------------------
if want E1; then
    say "E1: peak RSS of waldur-provider-console --export, $BIG vs. $SMALL rows ($E1_FORMATS; $E1_REPS runs each, alternating)"
    EXPORT_STATES=(--state Creating --state OK --state Erred --state Updating --state Terminating --state Terminated)
    # export_rss_kb URL TOKEN FILE: exports every resource to FILE; prints the process's peak RSS (GNU time's
    # maximum resident set size, KiB).
    export_rss_kb() {
        if ! WALDUR_TOKEN=$2 /usr/bin/time -f '%M' -o "$TMP/e1-time" "$CONSOLE" --url "$1" --export "$3" \
            "${EXPORT_STATES[@]}" >/dev/null 2>"$TMP/e1-err"; then
            cat "$TMP/e1-err" >&2
            echo "run-bench: the export to $3 failed" >&2
            exit 1
        fi
        tail -n1 "$TMP/e1-time"
    }
    for format in $E1_FORMATS; do
        E1=() E1_SMALL=() E1_BIG=()
        for _ in $(seq "$E1_REPS"); do
            small_kb=$(export_rss_kb "$SMALL_URL" "$SMALL_TOKEN" "$TMP/e1-small.$format")
            big_kb=$(export_rss_kb "$BIG_URL" "$BIG_TOKEN" "$TMP/e1-big.$format")
            if [ "$format" = csv ]; then # a header line and one line a row
                [ $(($(wc -l <"$TMP/e1-big.csv") - 1)) -eq "$BIG" ] || { echo "run-bench: the CSV export lacks rows" >&2; exit 1; }
            fi
            E1+=("$(div "$big_kb" "$small_kb")") E1_SMALL+=("$small_kb") E1_BIG+=("$big_kb")
            rm -f "$TMP/e1-small.$format" "$TMP/e1-big.$format"
        done
        case $format in
            csv) id=E1 key=E1 ;;
            *) id=E1${format:0:1} key=E1_$format ;;
        esac
        figure "$id" "$key" "peak RSS exporting $BIG ÷ $SMALL rows, $format" 1.2 ratio "" "${E1[@]}"
        NOTES+=("$id: peak RSS $(median "${E1_BIG[@]}") KiB exporting $BIG rows, $(median "${E1_SMALL[@]}") KiB exporting $SMALL ($format)")
    done
fi

# ---- Report -----------------------------------------------------------------------------------------
printf '\n%-5s %-46s %10s %9s %21s %9s %s\n' id measure median goal "spread (min..max)" unit status
printf '%s\n' "${REPORT[@]}"
printf '\n'
[ ${#NOTES[@]} -eq 0 ] || printf '%s\n' "${NOTES[@]}"

{
    printf '{\n'
    for entry in "${ENTRIES[@]}"; do printf '%s,\n' "$entry"; done
    printf '  "wrk": {"requests_per_s": "%s", "mb_per_s": "%s"},\n' "$WRK_RPS" "$WRK_MBS"
    printf '  "figures": "%s",\n' "${ONLY:-$FIGURES}"
    printf '  "repetitions": %s,\n  "machine": {"nproc": %s, "cpu": "%s", "qt": "%s", "load_average": "%s"}\n}\n' \
        "$REPS" "$(nproc)" "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)" \
        "$(qtpaths6 --qt-version 2>/dev/null || qmake6 -query QT_VERSION 2>/dev/null || echo unknown)" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT_JSON"
say "Wrote $OUT_JSON"
