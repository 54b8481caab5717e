#!/usr/bin/env bash
# Measures what a first visit to a page transfers: the HTML plus every asset it loads (CSS,
# JS, wasm), raw and gzip -9. Needs the release site built (`cargo leptos build --release`) and the
# server running on $BASE_URL (default http://127.0.0.1:3000).
set -euo pipefail
base="${BASE_URL:-http://127.0.0.1:3000}"
page="${1:-/login}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

curl -fsS "$base$page" -o "$tmp/page.html"
assets=(/pkg/doorway.css /pkg/doorway.js /pkg/doorway.wasm)
printf '%-22s %10s %10s\n' "file" "raw B" "gzip B"
total_raw=0
total_gz=0
for path in "$page" "${assets[@]}"; do
  file="$tmp/$(basename "$path").body"
  if [ "$path" = "$page" ]; then cp "$tmp/page.html" "$file"; else curl -fsS "$base$path" -o "$file"; fi
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-22s %10d %10d\n' "$path" "$raw" "$gz"
done
printf '%-22s %10d %10d\n' "total" "$total_raw" "$total_gz"
