#!/usr/bin/env bash
# Smoke check of the evidence API contract against a running portal (start it with ./portal up;
# ./portal test and ./portal smoke run it against a fresh stack of their own).
# Usage: scripts/api-smoke.sh [BASE_URL]   (default http://127.0.0.1:8080)
# Set TOKEN to a bearer token (the API requires one: TOKEN=$(./portal token lender-a1)).
# Needs bash, curl, python3 (reads the JSON answers) and sha256sum. Exits non-zero on the first failure.
set -u
for tool in curl python3 sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || { echo "FAIL: $tool is needed by $0 and not installed"; exit 2; }
done
BASE=${1:-http://127.0.0.1:8080}
H=(-H 'Content-Type: application/json'); [ -n "${TOKEN:-}" ] && H+=(-H "Authorization: Bearer $TOKEN")
field() { python3 -c 'import json,sys; print(json.load(sys.stdin).get(sys.argv[1],""))' "$1"; }
fail() { echo "FAIL: $*"; exit 1; }

d=$(head -c 4096 /dev/urandom | sha256sum | cut -c1-64)
r=$(curl -sS -m 20 -w '\n%{http_code}' "${H[@]}" \
  -d "{\"sha256\":\"$d\",\"caseRef\":\"SMOKE-1\",\"kind\":\"CALL_RECORDING\",\"capturedAt\":\"$(date -u +%FT%TZ)\"}" \
  "$BASE/api/v1/evidence")
code=${r##*$'\n'}; body=${r%$'\n'*}
[ "$code" = 202 ] || fail "POST /api/v1/evidence (hash-only) answered $code: $body"
id=$(echo "$body" | field id); [ -n "$id" ] || fail "no id in $body"
[ "$(echo "$body" | field status)" = PENDING ] || fail "status not PENDING in $body"

for i in $(seq 1 30); do
  e=$(curl -sS -m 10 "${H[@]}" "$BASE/api/v1/evidence/$id"); st=$(echo "$e" | field status)
  [ "$st" = ANCHORED ] && break; sleep 1; done
[ "$st" = ANCHORED ] || fail "evidence $id not ANCHORED after 30 s: $e"
echo "ok: anchored within ${i}s"

rc=$(curl -sS -m 10 -o /dev/null -w '%{http_code}' "${H[@]}" "$BASE/api/v1/evidence/$id/receipt")
[ "$rc" = 200 ] || fail "GET receipt answered $rc"

v=$(curl -sS -m 20 "${H[@]}" -d "{\"sha256\":\"$d\"}" "$BASE/api/v1/verify")
echo "$v" | grep -q NOT_FOUND && fail "anchored digest reported NOT_FOUND: $v"
x=$(head -c 64 /dev/urandom | sha256sum | cut -c1-64)
echo "$(curl -sS -m 20 "${H[@]}" -d "{\"sha256\":\"$x\"}" "$BASE/api/v1/verify")" | grep -q NOT_FOUND \
  || fail "unknown digest not reported NOT_FOUND"

for bad in '{"sha256":"xyz","caseRef":"S","kind":"CALL_RECORDING","capturedAt":"2026-01-01T00:00:00Z"}' \
           '{"sha256":"'"$d"'","caseRef":"S","kind":"NO_SUCH_KIND","capturedAt":"2026-01-01T00:00:00Z"}' \
           '{not json'; do
  c=$(curl -sS -m 10 -o /dev/null -w '%{http_code}' "${H[@]}" -d "$bad" "$BASE/api/v1/evidence")
  case "$c" in 4??) ;; *) fail "bad input answered $c: $bad";; esac
done
echo "ok: verify found / NOT_FOUND, receipt, bad input 4xx"
