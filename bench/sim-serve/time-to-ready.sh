#!/usr/bin/env bash
# Seconds from starting `mist sim serve --large` to its banner and to its first answered request
# (GET /api/v1/orgs/{org_id}/inventory?limit=1000), for: a new state file (seeded), the same file again (opened),
# and --in-memory, then to its first answered event search (which waits for the activity history seeded in the
# background). Usage: bench/sim-serve/time-to-ready.sh [mist command...]   (default: the Release build via dotnet)
set -euo pipefail
mist=("$@")
if [ ${#mist[@]} -eq 0 ]; then
  dotnet build -c Release src/Mist.Cli -v q >/dev/null
  mist=(dotnet "src/Mist.Cli/bin/Release/net10.0/mist.dll")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  local label=$1; shift
  local out="$work/out.txt"
  : > "$out"
  local start=$(date +%s.%N)
  "${mist[@]}" sim serve --large --port 0 "$@" > "$out" 2>&1 &
  local pid=$!
  until grep -q "Press Ctrl-C" "$out" 2>/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$out"; exit 1; }
    sleep 0.02
  done
  local banner=$(date +%s.%N)
  local base=$(sed -n 's/^Mist simulator listening on \(.*\)$/\1/p' "$out")
  local token=$(awk '$1 == "admin" { print $2 }' "$out")
  local org=$(sed -n 's/.*primary org: .*(\([0-9a-f-]*\)); MSP.*/\1/p' "$out")
  curl -sf -o /dev/null -H "Authorization: Token $token" "${base}api/v1/orgs/$org/inventory?limit=1000"
  local answered=$(date +%s.%N)
  curl -sf -o /dev/null -H "Authorization: Token $token" "${base}api/v1/orgs/$org/devices/events/search?limit=1"
  local history=$(date +%s.%N)
  printf '%-28s banner %5.2f s, first inventory page %5.2f s, first device event search (waits for the history) %5.2f s\n' "$label" \
    "$(echo "$banner - $start" | bc)" "$(echo "$answered - $start" | bc)" "$(echo "$history - $start" | bc)"
  # SIGTERM, not SIGINT: a background job of a non-interactive shell ignores SIGINT, so the server never stopped.
  kill -TERM $pid; wait $pid || true
}

run "new state file (seeds)" --state "$work/state.db"
run "same file again (opens)" --state "$work/state.db"
run "--in-memory (seeds)" --in-memory
