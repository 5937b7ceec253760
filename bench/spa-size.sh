#!/usr/bin/env bash
# The SPA's JavaScript as a browser downloads it: raw and gzipped bytes of the built bundle.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT/frontend"
[ -d dist/assets ] || npm run -s build >/dev/null
raw=0; gz=0
for f in dist/assets/*.js; do
  raw=$((raw + $(stat -c %s "$f"))); gz=$((gz + $(gzip -9c "$f" | wc -c)))
done
echo "SPA JavaScript: $raw bytes raw, $gz bytes gzipped ($(ls dist/assets/*.js | wc -l) files)"
