#!/usr/bin/env bash
# ./portal soak: the long fault tests of issue 9 on the real stack (./portal up on free ports with a
# throwaway data folder; the developer's ./data is not touched). Writes bench/results/soak-latest.md.
#
#   crash     SOAK_ITEMS (10000) hash-only items are submitted; while they are being anchored the portal
#             is killed with SIGKILL, the stack restarted on the same data, and CrashSoak proves from the
#             chain that every acknowledged item was anchored exactly once.
#   outage    the chain node is stopped for SOAK_OUTAGE_SECONDS (60) while SOAK_ITEMS more items arrive;
#             submissions must keep being accepted, /health/ready must show the chain DOWN then UP, and
#             the backlog must drain with nothing lost or duplicated.
#   dbrestart PostgreSQL is restarted under load; acknowledged writes must survive and the portal must
#             reconnect by itself.
# SOAK_STEPS ("crash outage dbrestart") chooses the tests.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
say() { printf '%s\n' "$*"; }
die() { printf 'soak: %s\n' "$*" >&2; exit 1; }
. "$ROOT/scripts/jdk.sh"
command -v curl >/dev/null || die "curl is needed"

"$ROOT/portal" build >/dev/null
CP="$(cat "$ROOT/portal-web/target/devstack.classpath"):$ROOT/portal-web/target/test-classes"
ITEMS=${SOAK_ITEMS:-10000}
STEPS=" ${SOAK_STEPS:-crash outage dbrestart} "
want() { [[ "$STEPS" == *" $1 "* ]]; }
RESULTS=${BENCH_RESULTS:-$ROOT/bench/results}
mkdir -p "$RESULTS"
REPORT=$RESULTS/soak-latest.md
WORK=$(mktemp -d "${TMPDIR:-/tmp}/portal-soak.XXXXXX")
PORT=$((20000 + RANDOM % 20000))
DATA=$WORK/data
export PORTAL_DATA=$DATA PORTAL_PORT=$PORT PORTAL_DB_PORT=$((PORT + 1)) PORTAL_CHAIN_PORT=$((PORT + 2)) PORTAL_KEYCLOAK_PORT=$((PORT + 3))
unset PORTAL_DB_URL PORTAL_CHAIN_RPC_URL PORTAL_OIDC_ISSUER
export BENCH_URL="http://127.0.0.1:$PORT" BENCH_DB_URL="jdbc:postgresql://127.0.0.1:$PORTAL_DB_PORT/postgres"
export BENCH_RPC_URL="http://127.0.0.1:$PORTAL_CHAIN_PORT" BENCH_WORK=$WORK
export BENCH_TOKEN_CMD="PORTAL_DATA='$DATA' '$ROOT/portal' token lender-a1"
export BENCH_ADMIN_TOKEN_CMD="PORTAL_DATA='$DATA' '$ROOT/portal' token courtadmin1"
SOAK="java -cp $CP org.judicialchain.portal.bench.CrashSoak"
UP_PID=
FAILED=0

start_stack() {
  "$ROOT/portal" up >>"$WORK/up.log" 2>&1 &
  UP_PID=$!
  local i
  for ((i = 0; i < 1500; i++)); do
    [ "$(grep -c 'Portal ready at' "$WORK/up.log" 2>/dev/null)" -gt "$1" ] && return 0
    kill -0 "$UP_PID" 2>/dev/null || { tail -n 40 "$WORK/up.log" >&2; die "./portal up failed"; }
    sleep 1
  done
  die "the stack was not ready in 1500 s"
}
stop_stack() {
  "$ROOT/portal" down >/dev/null 2>&1 || true
  [ -n "$UP_PID" ] && wait "$UP_PID" 2>/dev/null || true
}
cleanup() {
  stop_stack
  # a postmaster the dbrestart test started itself is not known to ./portal down
  [ -f "$WORK/postgres-restarted.pid" ] && kill -INT "$(cat "$WORK/postgres-restarted.pid")" 2>/dev/null || true
  sleep 1
  rm -rf "$WORK"
}
trap cleanup EXIT
chain_status() { curl -s -m 8 "$BENCH_URL/health/ready" | grep -o '"name":"chain","status":"[A-Z]*"' | cut -d'"' -f8; }
report() { printf '%s\n' "$*" >>"$REPORT"; }

{ echo "# Fault tests (./portal soak), $(date -u '+%Y-%m-%d %H:%M UTC')"; echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; load average at start $(cut -d' ' -f1-3 /proc/loadavg)."; echo
  echo "| test | what happened | acknowledged | lost | duplicated | result |"; echo "|---|---|---|---|---|---|"; } >"$REPORT"

say "==> starting the stack on port $PORT (data $DATA)"
start_stack 0

if want crash; then
  say "==> crash: submitting $ITEMS items, SIGKILL to the portal while they are anchored"
  $SOAK submit "$ITEMS" | tee "$WORK/crash-submit.log"
  health=$(curl -s -H "Authorization: Bearer $(bash -c "$BENCH_ADMIN_TOKEN_CMD")" "$BENCH_URL/api/v1/operations/status")
  pending=$(grep -o '"pendingLeaves" *: *"\{0,1\}[0-9]*' <<<"$health" | grep -o '[0-9]*$' || true)
  unconfirmed=$(grep -o '"unconfirmedBatches" *: *"\{0,1\}[0-9]*' <<<"$health" | grep -o '[0-9]*$' || true)
  kill -KILL "$(cat "$DATA/run/portal.pid")"
  say "    killed the portal with ${pending:-?} leaves waiting for a batch and ${unconfirmed:-?} batches not yet confirmed; restarting"

  wait "$UP_PID" 2>/dev/null || true
  stop_stack
  start_stack 1
  if $SOAK check 600 | tee "$WORK/crash-check.log"; then verdict=pass; else verdict=FAIL; FAILED=1; fi
  acked=$(sed -n 's/^RESULT soak.acknowledged=//p' "$WORK/crash-submit.log")
  report "| crash | SIGKILL to the portal right after the last 202 (${pending:-?} leaves not batched, ${unconfirmed:-?} batches unconfirmed), stack restarted on the same data | $acked | $(sed -n 's/^RESULT soak.missing=//p' "$WORK/crash-check.log") | $(sed -n 's/^RESULT soak.duplicated=//p' "$WORK/crash-check.log") | $verdict |"
fi

if want outage; then
  seconds=${SOAK_OUTAGE_SECONDS:-60}
  say "==> outage: the chain node stops for $seconds s while $ITEMS items arrive"
  # anvil and its launcher, frozen (not killed): the node keeps its state and port, like a node that hangs
  chain_pids=$(pgrep -f -- "--port $PORTAL_CHAIN_PORT( |\$)" | tr '\n' ' ')
  [ -n "$chain_pids" ] || die "no chain node process found on port $PORTAL_CHAIN_PORT"
  kill -STOP $chain_pids
  down_seen=no
  ( $SOAK submit "$ITEMS" >"$WORK/outage-submit.log" 2>&1 ) &
  submit_pid=$!
  frozen_at=$SECONDS
  while [ $((SECONDS - frozen_at)) -lt "$seconds" ]; do
    [ "$(chain_status)" = DOWN ] && down_seen=yes
    sleep 1
  done
  kill -CONT $chain_pids
  wait "$submit_pid" || true
  grep '^soak submit' "$WORK/outage-submit.log" | sed 's/^/    /' || true
  up_seen=no
  for ((i = 0; i < 120; i++)); do [ "$(chain_status)" = UP ] && { up_seen=yes; break; }; sleep 1; done
  if $SOAK check 900 | tee "$WORK/outage-check.log" && [ $down_seen = yes ] && [ $up_seen = yes ]; then verdict=pass; else verdict=FAIL; FAILED=1; fi
  report "| chain outage | node frozen $seconds s under load; health chain DOWN seen: $down_seen, UP again: $up_seen | $(sed -n 's/^RESULT soak.acknowledged=//p' "$WORK/outage-submit.log") | $(sed -n 's/^RESULT soak.missing=//p' "$WORK/outage-check.log") | $(sed -n 's/^RESULT soak.duplicated=//p' "$WORK/outage-check.log") | $verdict |"
fi

if want dbrestart; then
  say "==> database restart under load"
  ( $SOAK submit "$ITEMS" >"$WORK/db-submit.log" 2>&1 ) &
  submit_pid=$!
  sleep 5
  # PostgreSQL's fast shutdown (SIGINT: sessions cut, open transactions rolled back), then the same
  # postmaster command again
  db_pid=$(pgrep -o -f "$DATA/postgres/cluster")
  mapfile -d '' db_cmd <"/proc/$db_pid/cmdline"
  db_cwd=$(readlink "/proc/$db_pid/cwd")
  kill -INT "$db_pid"
  for ((i = 0; i < 120; i++)); do kill -0 "$db_pid" 2>/dev/null || break; sleep 0.5; done
  sleep 3
  # in a user namespace of its own, as the embedded launcher starts it when run as root (PostgreSQL
  # refuses a root user id; the files stay the launching user's)
  if [ "$(id -u)" = 0 ]; then ns=(unshare -U); else ns=(); fi
  (cd "$db_cwd" && exec setsid "${ns[@]}" "${db_cmd[@]}" >"$WORK/postgres-restarted.log" 2>&1) &
  echo $! >"$WORK/postgres-restarted.pid"
  restarted=no
  for ((i = 0; i < 60; i++)); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORTAL_DB_PORT") 2>/dev/null && { restarted=yes; break; }
    sleep 0.5
  done
  say "    PostgreSQL (pid $db_pid) stopped, restarted as pid $(cat "$WORK/postgres-restarted.pid"): $restarted"
  wait "$submit_pid" || true
  grep '^soak submit' "$WORK/db-submit.log" | sed 's/^/    /' || true
  ready=no
  for ((i = 0; i < 120; i++)); do curl -s -m 5 "$BENCH_URL/health/ready" | grep -q '"status":"UP"' && { ready=yes; break; }; sleep 1; done
  # while the database is away a request may only be refused with 503 + Retry-After; any other 5xx fails the test
  statuses=$(grep -o 'statuses {[^}]*}' "$WORK/db-submit.log" | tail -n 1 | sed 's/^statuses //')
  other_5xx=$(echo "$statuses" | grep -oE '\b5[0-9][0-9]=' | grep -v '^503=' || true)
  if $SOAK check 600 | tee "$WORK/db-check.log" && [ $restarted = yes ] && [ $ready = yes ] && [ -z "$other_5xx" ]; then
    verdict=pass
  else
    verdict=FAIL; FAILED=1
  fi
  report "| database restart | PostgreSQL stopped (fast shutdown) 5 s into the load and started again 3 s later: $restarted; portal ready again by itself: $ready; answers $statuses (503 = refused with Retry-After, nothing stored) | $(sed -n 's/^RESULT soak.acknowledged=//p' "$WORK/db-submit.log") | $(sed -n 's/^RESULT soak.missing=//p' "$WORK/db-check.log") | $(sed -n 's/^RESULT soak.duplicated=//p' "$WORK/db-check.log") | $verdict |"
fi

report ""
report "lost = acknowledged (202) items not in any batch anchored on chain; duplicated = in more than one. Each check"
report "recomputes every on-chain batch root from the leaves the database holds for it (CrashSoak)."
cat "$REPORT"
exit $FAILED
