#!/usr/bin/env bash
# The production build: Next's static export, then our finishing step, then
# the search index. One content snapshot is shared by every process of this
# build (see lib/content/snapshot.ts) and removed at the end.
set -euo pipefail
# Nothing is sent anywhere: Next.js telemetry is off for every build.
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

snapshot_dir=$(mktemp -d)
export CONTENT_SNAPSHOT="$snapshot_dir/content.json"

# The content is read while Next compiles, on the core its type check leaves free.
node --import tsx scripts/read-content.ts &
reader=$!
trap 'kill "$reader" 2>/dev/null || true; rm -rf "$snapshot_dir"' EXIT

npx next build
npx tsx scripts/finish-export.ts
npx pagefind --site out --output-subdir pagefind --silent
npx tsx scripts/precompress.ts
