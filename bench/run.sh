#!/usr/bin/env bash
# ./portal bench: runs the benchmarks of issue 8 (B1-B7) on this machine and writes
# bench/results/<date>.md and bench/results/latest.md. Starts its own stack (./portal up on free
# ports with a throwaway data folder) and stops it at the end; the developer's ./data is not touched.
#
# Settings (environment), all optional:
#   BENCH_B1_MIB (1024)  BENCH_B1_RUNS (3)       size of the digested file, measured runs (after 1 warm-up)
#   BENCH_B2_COUNT (20000) BENCH_B2_CLIENTS (32) hash-only submissions and concurrent clients
#   BENCH_ONETX_COUNT (500)                      transactions of the one-tx-per-item comparison
#   BENCH_VERIFY_SECONDS (20) BENCH_VERIFY_CLIENTS (50)
#   BENCH_B5_ROWS (1000000) BENCH_B5_MAX_SECONDS (300)  evidence rows for B5 and the time allowed to insert them
#   BENCH_B6_LINES (100000)                      lines of the imported loan book
#   BENCH_B7_RUNS (30)                           confirmation PDFs measured (after 5 warm-up)
#   BENCH_SKIP_STACK=1                           only B1 and B7 (no portal needed)
#   BENCH_STEPS ("b1 b7 b2 b4 b5 b6")            which benches to run (b2 includes B3 and the one-tx comparison)
#   BENCH_RESULTS (bench/results)                where the table goes (e.g. a folder of its own for an experiment)
#   PORTAL_ANCHOR_MAX_WAIT_MS (500)              passed to the portal like every portal setting (B3 depends on it)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
say() { printf '%s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# A JDK >= 21, found like ./portal finds it.
. "$ROOT/scripts/jdk.sh"
command -v curl >/dev/null || die "curl is needed"

# Build when the WAR, the dev classpath or the compiled bench (test classes) are missing or older than the sources.
WAR=$ROOT/portal-web/target/portal-web.war
BENCH_CLASS=$ROOT/portal-web/target/test-classes/org/judicialchain/portal/bench/ApiBench.class
B7_CLASS=$ROOT/ruling-generator/target/test-classes/org/judicialchain/ruling/bench/ConfirmationBenchmark.class
needs_build() {
  [ -f "$WAR" ] && [ -f "$ROOT/portal-web/target/devstack.classpath" ] && [ -f "$BENCH_CLASS" ] && [ -f "$B7_CLASS" ] || return 0
  [ -n "$(find "$ROOT" -path "$ROOT/data" -prune -o -path '*/node_modules' -prune -o -path '*/target' -prune -o \
      \( -name '*.java' -o -name 'pom.xml' -o -name '*.sql' -o -name '*.properties' \) -newer "$WAR" -print -quit)" ]
}
if needs_build; then say "==> building (./portal build)"; "$ROOT/portal" build; fi

CP="$(cat "$ROOT/portal-web/target/devstack.classpath"):$ROOT/portal-web/target/test-classes"
DATE=$(date +%F)
RESULTS=${BENCH_RESULTS:-$ROOT/bench/results}
STEPS=" ${BENCH_STEPS:-b1 b7 b2 b4 b5 b6} "
want() { [[ "$STEPS" == *" $1 "* ]]; }
mkdir -p "$RESULTS"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/portal-bench.XXXXXX")
RAW=$RESULTS/$DATE-raw.txt
: >"$RAW"
record() { printf 'RESULT %s=%s\n' "$1" "$2" >>"$RAW"; }
load1() { cut -d' ' -f1 /proc/loadavg; }
# run a bench step: STEP NAME, then the command; its output goes to the raw log, RESULT lines included
step() {
  local name=$1; shift
  say "==> $name (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  local before after
  before=$(load1)
  { "$@" 2>&1 || echo "BENCH STEP FAILED: $name (exit $?)"; } | tee -a "$RAW" | { grep -v '^RESULT ' || true; } | sed 's/^/    /'
  # a failed step is reported and the others still run; its figures show as n/a in the table
  after=$(load1)
  record "load.$name" "$before→$after"
}
# CPU seconds used by a process and all its descendants (from /proc; clock ticks of live processes)
cpu_tree() {
  local root=$1 hz total=0 p
  hz=$(getconf CLK_TCK)
  local pids=("$root") queue=("$root")
  while [ ${#queue[@]} -gt 0 ]; do
    p=${queue[0]}; queue=("${queue[@]:1}")
    for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do pids+=("$c"); queue+=("$c"); done
  done
  for p in "${pids[@]}"; do
    [ -r /proc/"$p"/stat ] || continue
    total=$((total + $( (sed 's/^.*) //' /proc/"$p"/stat 2>/dev/null || echo "0 0 0 0 0 0 0 0 0 0 0 0 0") | awk '{print $12 + $13}')))
  done
  awk -v t="$total" -v hz="$hz" 'BEGIN { printf "%.1f", t / hz }'
}

record meta.date "$(date -u '+%Y-%m-%d %H:%M UTC')"
record meta.cores "$(nproc)"
record meta.memory "$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
record meta.cpu "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)"
record meta.jdk "$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p') ($JDK)"
record meta.os "$(uname -sr)"
record meta.anchor_wait_ms "${PORTAL_ANCHOR_MAX_WAIT_MS:-500}"
record meta.verify_seconds "${BENCH_VERIFY_SECONDS:-20}"
record load.start "$(cut -d' ' -f1-3 /proc/loadavg)"

# --- B1 and B7: in-process, before the stack starts so they do not compete with it
want b1 && step b1 java -Xmx64m -cp "$CP" org.judicialchain.portal.bench.DigestBench "$WORK" "${BENCH_B1_MIB:-1024}" "${BENCH_B1_RUNS:-3}" 1 16
B7_OUT=$WORK/b7.txt
want b7 && (cd "$ROOT/ruling-generator" && step b7 java -cp "$ROOT/ruling-generator/target/test-classes:$CP" \
  org.judicialchain.ruling.bench.ConfirmationBenchmark "${BENCH_B7_RUNS:-30}" 5)
if want b7; then
  line=$(grep 'generate + sign' "$RAW" | tail -n1 || true)
  record b7.median_ms "$(sed -n 's/.*median \([0-9.]*\) ms.*/\1/p' <<<"$line")"
  record b7.p95_ms "$(sed -n 's/.*median [0-9.]* ms, p95 \([0-9.]*\) ms.*/\1/p' <<<"$line")"
  record b7.runs "$(sed -n 's/.*sign, \([0-9]*\) runs.*/\1/p' <<<"$line")"
  record b7.pages "$( (grep '^document: ' "$RAW" || true) | tail -n1 | sed -n 's/^document: \([0-9]*\) pages.*/\1/p')"
fi

if [ "${BENCH_SKIP_STACK:-0}" != 1 ] && { want b2 || want b4 || want b5 || want b6; }; then
  # --- the stack: ./portal up on free ports with a throwaway data folder
  PORT=$((20000 + RANDOM % 20000))
  DATA=$WORK/data
  export PORTAL_DATA=$DATA PORTAL_PORT=$PORT PORTAL_DB_PORT=$((PORT + 1)) PORTAL_CHAIN_PORT=$((PORT + 2)) PORTAL_KEYCLOAK_PORT=$((PORT + 3))
  unset PORTAL_DB_URL PORTAL_CHAIN_RPC_URL PORTAL_OIDC_ISSUER
  # B4/B5 verify from one address with 50 clients: they measure verification, not the per-client rate limit
  export PORTAL_RATE_LIMIT_VERIFY_BURST=${PORTAL_RATE_LIMIT_VERIFY_BURST:-1000000000}
  export PORTAL_RATE_LIMIT_VERIFY_PER_SECOND=${PORTAL_RATE_LIMIT_VERIFY_PER_SECOND:-1000000000}
  say "==> starting the bench stack: ./portal up on port $PORT, data in $DATA (first Keycloak start takes minutes)"
  "$ROOT/portal" up >"$WORK/up.log" 2>&1 &
  UP_PID=$!
  cleanup() {
    say "==> stopping the bench stack"
    PORTAL_DATA=$DATA "$ROOT/portal" down >/dev/null 2>&1 || true
    wait "$UP_PID" 2>/dev/null || true
    rm -rf "$WORK"
  }
  trap cleanup EXIT
  for ((i = 0; i < 1500; i++)); do
    grep -q "Portal ready at" "$WORK/up.log" 2>/dev/null && break
    kill -0 "$UP_PID" 2>/dev/null || { cat "$WORK/up.log" >&2; die "./portal up failed"; }
    sleep 1
  done
  grep -q "Portal ready at" "$WORK/up.log" || { tail -n 40 "$WORK/up.log" >&2; die "the stack was not ready in 1500 s"; }
  say "    stack ready"
  export BENCH_URL="http://127.0.0.1:$PORT" BENCH_DB_URL="jdbc:postgresql://127.0.0.1:$PORTAL_DB_PORT/postgres"
  export BENCH_RPC_URL="http://127.0.0.1:$PORTAL_CHAIN_PORT" BENCH_CHAIN_ID=1337 BENCH_WORK=$WORK
  export BENCH_TOKEN_CMD="PORTAL_DATA='$DATA' '$ROOT/portal' token lender-a1"
  # the anchoring backlog is in the operations view, which the court administrator reads
  export BENCH_ADMIN_TOKEN_CMD="PORTAL_DATA='$DATA' '$ROOT/portal' token courtadmin1"
  PORTAL_PID=$(cat "$DATA/run/portal.pid")
  # PostgreSQL's postmaster runs detached from its launcher: find it by its data folder
  DB_PID=$(pgrep -o -f "$DATA/postgres/cluster" || cat "$DATA/run/postgres.pid")
  CHAIN_PID=$(cat "$DATA/run/chain.pid")
  API="java -cp $CP org.judicialchain.portal.bench.ApiBench"
  jfr_start() { jcmd "$PORTAL_PID" JFR.start name="$1" settings=profile filename="$WORK/$1.jfr" >/dev/null 2>&1 || true; }
  jfr_stop() {
    jcmd "$PORTAL_PID" JFR.stop name="$1" >/dev/null 2>&1 || return 0
    { echo "## $1: JFR of the portal JVM"; echo
      java -cp "$CP" org.judicialchain.portal.bench.JfrBreakdown "$WORK/$1.jfr" "$1" 2>&1
      echo '```'; jfr view --width 160 hot-methods "$WORK/$1.jfr" 2>&1 | head -n 30; echo '```'; echo
      echo '```'; jfr view --width 160 contention-by-site "$WORK/$1.jfr" 2>&1 | head -n 20; echo '```'; echo
    } >>"$RESULTS/$DATE-profile.md"
  }
  cpu_snapshot() { echo "$(cpu_tree "$PORTAL_PID") $(cpu_tree "$DB_PID") $(cpu_tree "$CHAIN_PID")"; }
  cpu_report() { # name, before snapshot, wall seconds, RESULT key of the load generator's CPU seconds
    local a b lg; read -r -a a <<<"$2"; read -r -a b <<<"$(cpu_snapshot)"
    lg=$(sed -n "s/^RESULT $4=//p" "$RAW" | tail -n1)
    awk -v cores="$(nproc)" -v lg="$lg" -v n="$1" -v p0="${a[0]}" -v d0="${a[1]}" -v c0="${a[2]}" -v p1="${b[0]}" -v d1="${b[1]}" -v c1="${b[2]}" -v w="$3" \
      'BEGIN { printf "## %s: CPU seconds used during the step (%.0f s wall, %d cores = %.0f core-s available)\n\n| process | CPU s | share of the wall time |\n|---|---|---|\n| portal (Payara Micro JVM) | %.1f | %.0f%% |\n| PostgreSQL (all backends) | %.1f | %.0f%% |\n| chain node (anvil + launcher) | %.1f | %.0f%% |\n| load generator (bench JVM) | %s | %s |\n\n", n, w, cores, cores*w, p1-p0, 100*(p1-p0)/w, d1-d0, 100*(d1-d0)/w, c1-c0, 100*(c1-c0)/w, (lg == "" ? "n/a" : lg), (lg == "" ? "n/a" : sprintf("%.0f%%", 100*lg/w)) }' \
      >>"$RESULTS/$DATE-profile.md"
  }
  : >"$RESULTS/$DATE-profile.md"
  { echo "# Where the time goes, $DATE (profile of the bench run)"; echo; } >>"$RESULTS/$DATE-profile.md"

  # B2 + B3 (with a JFR recording of the portal and the CPU split between portal, database and chain)
  # B4 and B5 verify B2's digests, so b2 runs whenever one of them is asked for
  if want b2 || want b4 || want b5; then
  snap=$(cpu_snapshot); t=$SECONDS; jfr_start b2
  step b2 $API submit count="${BENCH_B2_COUNT:-20000}" clients="${BENCH_B2_CLIENTS:-32}"
  jfr_stop b2; cpu_report "B2 (submit until anchored)" "$snap" $((SECONDS - t)) b2.loadgen_cpu_s
  step b2onetx $API onetx count="${BENCH_ONETX_COUNT:-500}"
  fi
  if want b4 || want b5; then
  # B4
  snap=$(cpu_snapshot); t=$SECONDS; jfr_start b4
  step b4 $API verify label=b4 seconds="${BENCH_VERIFY_SECONDS:-20}" clients="${BENCH_VERIFY_CLIENTS:-50}"
  jfr_stop b4; cpu_report "B4 (verify)" "$snap" $((SECONDS - t)) b4.loadgen_cpu_s
  # B5: bulk rows, then B4 again
  want b5 && step b5seed $API seed total="${BENCH_B5_ROWS:-1000000}" maxSeconds="${BENCH_B5_MAX_SECONDS:-300}"
  want b5 && step b5 $API verify label=b5 seconds="${BENCH_VERIFY_SECONDS:-20}" clients="${BENCH_VERIFY_CLIENTS:-50}"
  fi
  if want b6; then
  # B6
  snap=$(cpu_snapshot); t=$SECONDS; jfr_start b6
  step b6 $API import lines="${BENCH_B6_LINES:-100000}"
  jfr_stop b6; cpu_report "B6 (import)" "$snap" $((SECONDS - t)) none
  fi
fi

record load.end "$(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" org.judicialchain.portal.bench.BenchReport "$RAW" "$RESULTS/$DATE.md" >/dev/null
cp "$RESULTS/$DATE.md" "$RESULTS/latest.md"
say "==> results: $RESULTS/$DATE.md (raw output $RAW)"
cat "$RESULTS/$DATE.md"
