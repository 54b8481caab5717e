#!/usr/bin/env bash
# The rate limits under load (shared/SECURITY.md 13, L): a burst of wrong passwords from one
# address is cut off with 429 and Retry-After, while a person on another address keeps signing in.
#
#   bench/abuse.sh            # defaults: 200 attempts, 10 at a time
#   N=500 C=20 bench/abuse.sh
#   INSTANCES=3 bench/abuse.sh   # the limits across three instances behind one load balancer
#   SERVER_BIN=path/to/server bench/abuse.sh   # a server already built (skips the build)
#
# With INSTANCES=n (n > 1) it starts one server in local mode, which hosts the emulators, and n
# instances of the same binary in AWS mode pointed at them (LOCAL_AWS_DIR/instances.env), each
# on its own port, and sends the wrong passwords for one email round-robin over the n from one
# attacker address: at most the quota (3 per email and network an hour) may reach Cognito in
# all, whatever the number of instances (shared/SECURITY.md 35). Needs curl only.
#
# Starts the server in local mode (its own state in a temporary directory, loopback only) with
# 127.0.0.1 as a trusted proxy, so `X-Forwarded-For` stands for the caller's address, as behind a
# load balancer. Runs the burst twice: with the default limits, then with RATE_LIMITS=off for
# comparison. Needs `oha` (installed with `cargo install oha --locked` when missing) and node.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

N="${N:-200}"
C="${C:-10}"
PORT="${PORT:-3907}"
base="http://127.0.0.1:$PORT"
attacker="203.0.113.66"
person="198.51.100.20"

INSTANCES="${INSTANCES:-1}"
if [[ -n "${SERVER_BIN:-}" ]]; then
  server_bin="$SERVER_BIN"
else
  cargo build -p server --quiet
  server_bin="${CARGO_TARGET_DIR:-$root/target}/debug/server"
fi

work="$(mktemp -d)"
server_pid=""
instance_pids=()
stop_server() {
  local pid
  for pid in "${instance_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  instance_pids=()
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap 'stop_server; rm -rf "$work"' EXIT

start_server() { # extra environment as NAME=value arguments
  stop_server
  rm -rf "$work/aws"
  env LOCAL_AWS_DIR="$work/aws" LOCAL_COGNITO_PORT=0 LEPTOS_OUTPUT_NAME=doorway \
    LEPTOS_SITE_ADDR="127.0.0.1:$PORT" TRUSTED_PROXIES=127.0.0.1/32 RUST_LOG=warn "$@" \
    "$server_bin" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 300); do
    curl -fso /dev/null "$base/" && return 0
    sleep 0.1
  done
  echo "the server did not start:" >&2
  cat "$work/server.log" >&2
  exit 1
}

api() { # api PATH JSON [CLIENT]: prints the status, then the body
  curl -s -o "$work/body" -w '%{http_code}\n' -X POST "$base/api/$1" \
    -H 'content-type: application/json' -H "x-forwarded-for: ${3:-127.0.0.1}" -d "$2"
  cat "$work/body"
  echo
}

# A confirmed account for the person, signed up and verified from their own address.
make_account() {
  local email="$1"
  api sign_up "{\"email\":\"$email\",\"password\":\"correct horse battery staple\",\"display_name\":\"P\"}" "$person" >/dev/null
  local code
  code="$(api dev/mailbox '{}' "$person" | tail -n +2 | node -e '
    let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
      const m = JSON.parse(s).find(m => m.to === process.argv[1]);
      process.stdout.write(m ? m.code : "");
    });' "$email")"
  api confirm_sign_up "{\"email\":\"$email\",\"code\":\"$code\",\"password\":null,\"time_zone\":null,\"language\":null}" "$person" >/dev/null
}

sign_in_body() {
  echo "{\"email\":\"$1\",\"password\":\"$2\",\"time_zone\":null,\"language\":null}"
}

# oha's status-code counts and timings, as one line each.
burst() { # burst CLIENT EMAIL PASSWORD N C
  oha --no-tui --output-format json -n "$4" -c "$5" -m POST \
    -H 'content-type: application/json' -H "x-forwarded-for: $1" \
    -d "$(sign_in_body "$2" "$3")" "$base/api/sign_in" >"$work/oha.json"
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const codes = Object.entries(r.statusCodeDistribution).map(([k, v]) => `${k}: ${v}`).join(", ");
    const ms = (s) => (s * 1000).toFixed(1);
    console.log(`  ${codes} | ${r.summary.requestsPerSec.toFixed(0)} req/s | latency p50 ${ms(r.latencyPercentiles.p50)} ms, p99 ${ms(r.latencyPercentiles.p99)} ms`);
  ' "$work/oha.json"
}

run() { # run LABEL [ENV...]
  local label="$1"
  shift
  echo "== $label"
  start_server "$@"
  make_account "person@example.com"
  echo "burst: $N wrong-password sign-ins for victim@example.com from $attacker, $C at a time"
  burst "$attacker" victim@example.com "wrong password" "$N" "$C"
  echo "the same address, another account, right after:"
  curl -s -o "$work/body" -D "$work/headers" -w '  status %{http_code}: ' -X POST "$base/api/sign_in" \
    -H 'content-type: application/json' -H "x-forwarded-for: $attacker" \
    -d "$(sign_in_body other@example.com 'wrong password')"
  cat "$work/body"
  echo
  grep -i '^retry-after' "$work/headers" | tr -d '\r' | sed 's/^/  /' || true
  # Three: the share of one network without a sign-in marker (oha keeps no cookies).
  echo "right after, the person on $person signs in to their own account 3 times:"
  burst "$person" person@example.com "correct horse battery staple" 3 1
}

# INSTANCES=n: one local-mode server for the emulators, n AWS-mode instances in front of them.
run_instances() {
  local n="$INSTANCES" i port
  echo "bench/abuse.sh, $(date -u +%Y-%m-%d), $(nproc) cores, $n instances in AWS mode against the emulators of one local-mode server"
  start_server
  local env_file="$work/aws/instances.env"
  [[ -f "$env_file" ]] || { echo "local mode wrote no $env_file" >&2; exit 1; }
  local -a instance_env
  mapfile -t instance_env < <(grep -v '^#' "$env_file")
  local -a bases=()
  for i in $(seq 1 "$n"); do
    port=$((PORT + i))
    bases+=("http://127.0.0.1:$port")
    # A clean environment, in a folder without a `.env`: only what instances.env names.
    (cd "$work" && exec env -i PATH="$PATH" "${instance_env[@]}" LEPTOS_OUTPUT_NAME=doorway \
      LEPTOS_SITE_ADDR="127.0.0.1:$port" TRUSTED_PROXIES=127.0.0.1/32 RUST_LOG=warn \
      "$server_bin" >"$work/instance-$i.log" 2>&1) &
    instance_pids+=($!)
  done
  for i in $(seq 1 "$n"); do
    local up=""
    for _ in $(seq 1 300); do
      curl -fso /dev/null "${bases[$((i - 1))]}/healthz" && { up=1; break; }
      sleep 0.1
    done
    [[ -n "$up" ]] || { echo "instance $i did not start:" >&2; cat "$work/instance-$i.log" >&2; exit 1; }
  done
  echo "$N wrong-password sign-ins for victim@example.com from $attacker, round-robin over $n instances, $C at a time"
  local body
  body="$(sign_in_body victim@example.com 'wrong password')"
  export body attacker
  for k in $(seq 0 $((N - 1))); do
    echo "$((k % n + 1)) ${bases[$((k % n))]}"
  done | xargs -P "$C" -L 1 sh -c 'printf "%s %s\n" "$0" "$(curl -s -o /dev/null -w "%{http_code}" -X POST "$1/api/sign_in" \
      -H "content-type: application/json" -H "x-forwarded-for: $attacker" -d "$body")"' >"$work/answers"
  awk -v n="$n" '
    { total[$1]++; if ($2 == 429) refused[$1]++; else { reached[$1]++; codes[$2]++ } }
    END {
      for (i = 1; i <= n; i++) {
        printf "  instance %d: %d sent, %d reached Cognito, %d refused (429)\n", i, total[i], reached[i], refused[i]
        all += total[i]; r += reached[i]; x += refused[i]
      }
      printf "  in all: %d sent, %d reached Cognito, %d refused (429)", all, r, x
      sep = " | statuses that reached it: "
      for (c in codes) { printf "%s%s: %d", sep, c, codes[c]; sep = ", " }
      printf "\n"
    }' "$work/answers"
  local reached
  reached="$(awk '$2 != 429' "$work/answers" | wc -l)"
  local quota=3
  if ((reached > quota)); then
    echo "FAIL: $reached reached Cognito, more than the quota of $quota" >&2
    exit 1
  fi
  echo "ok: $reached reached Cognito, within the quota of $quota for one email from one network"
  if grep -q "rate-limits table cannot be reached" "$work"/instance-*.log; then
    echo "note: an instance fell back to its own limits during the run" >&2
  fi
}

if ((INSTANCES > 1)); then
  run_instances
  exit 0
fi

command -v oha >/dev/null || cargo install oha --locked
echo "bench/abuse.sh, $(date -u +%Y-%m-%d), $(nproc) cores, debug build of the server, local mode"
run "default limits (30 calls a minute per IP; sign-ins per email: 3 an hour per network, 5 a minute in all)"
run "RATE_LIMITS=off" RATE_LIMITS=off
