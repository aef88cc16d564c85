#!/usr/bin/env bash
# Measures each hostile-server and hostile-input case of issue 12 against the built `mist` (Release):
# requests made, peak memory (max RSS from /usr/bin/time) and time to fail. Prints a Markdown table.
#   bench/hostile/run.sh            (builds src/Mist.Cli in Release first)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"; [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null || true' EXIT

dotnet build "$root/src/Mist.Cli" -c Release -v quiet -nologo >/dev/null
mist="$root/src/Mist.Cli/bin/Release/net10.0/mist"
org="6e4dd5f5-1a2b-4c3d-8e9f-0a1b2c3d4e5f"
export MIST_API_TOKEN="tok_hostile_bench_0000" MIST_CONFIG_DIR="$work/config" MIST_STATE_DIR="$work/state"

measure() { # name, mode (or "none"), mist args...
  local name="$1" mode="$2"; shift 2
  local requests="0"
  if [[ "$mode" != none ]]; then
    rm -f "$work/port" "$work/count"
    python3 "$here/hostile_server.py" "$mode" "$work/port" "$work/count" & server=$!
    while [[ ! -s "$work/port" ]]; do sleep 0.1; done
    export MIST_HOST="http://127.0.0.1:$(cat "$work/port")"
  else
    export MIST_HOST="http://127.0.0.1:9"
  fi
  local start end code
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f "%M" -o "$work/rss" "$mist" "$@" >"$work/out" 2>"$work/err"
  code=$?
  set -e
  end=$(date +%s.%N)
  if [[ "$mode" != none ]]; then
    requests=$(cat "$work/count" 2>/dev/null || echo 0)
    kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=""
  fi
  local message
  message=$(grep -m1 '^error:' "$work/err" | cut -c1-150 | sed 's/|/\\|/g')
  printf '| %s | %s | %s | %.0f MB | %.2f s | %s |\n' "$name" "$requests" "$code" "$(( $(tail -n1 "$work/rss") / 1024 ))" "$(echo "$end - $start" | bc)" "$message"
}

echo "| Case | Requests | Exit | Peak memory | Time to fail | Message (first 150 characters) |"
echo "|---|---|---|---|---|---|"
measure "gzip bomb: 4 MB inflating to 4 GiB" bomb api self
measure "200 MB plain body, chunked" giant api self
measure "server ignores page, full pages" ignore-page site list --org "$org" -o ndjson
measure "X-Page-Total 1,000,000, one row" huge-total site list --org "$org" -o ndjson
measure "search next link repeats" next-loop api "orgs/$org/sites/search" --paginate -o ndjson
measure "429 without Retry-After" 429 site list --org "$org"
giant=$(head -c 120000 /dev/zero | tr '\0' n)
measure "120,000-character site name" none site create --name "$giant"
measure "120,000-character api path" none api "sites/$giant"
measure "10,000-character site name" none site create --name "${giant:0:10000}"
