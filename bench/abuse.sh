#!/usr/bin/env bash
# The rate limits under load (shared/SECURITY.md 13, L): a burst of wrong passwords from one
# address is cut off with 429 and Retry-After, while a person on another address keeps signing in.
#
#   bench/abuse.sh            # defaults: 200 attempts, 10 at a time
#   N=500 C=20 bench/abuse.sh
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

command -v oha >/dev/null || cargo install oha --locked
cargo build -p server --quiet
server_bin="$root/target/debug/server"

work="$(mktemp -d)"
server_pid=""
stop_server() {
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

echo "bench/abuse.sh, $(date -u +%Y-%m-%d), $(nproc) cores, debug build of the server, local mode"
run "default limits (30 calls a minute per IP; sign-ins per email: 3 an hour per network, 5 a minute in all)"
run "RATE_LIMITS=off" RATE_LIMITS=off
