#!/usr/bin/env bash
# The production build: read and check the content once, then Next's static
# export (with the link-preview cards drawn beside it), then our finishing
# step, then the search index and script. Content problems stop the build
# before Next starts, with only the list of problems.
set -euo pipefail
# Nothing is sent anywhere: Next.js telemetry is off for every build.
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

snapshot_dir=$(mktemp -d)
cards=""
trap '[ -z "$cards" ] || kill "$cards" 2>/dev/null; rm -rf "$snapshot_dir"' EXIT
# Next's workers and the finishing step read this instead of the content folder.
export CONTENT_SNAPSHOT="$snapshot_dir/content.v8"
# The cards are drawn here while Next builds (it empties out/ first); the finishing step copies them in.
export PREVIEW_CARDS_DIR="$snapshot_dir/cards"

node --import tsx scripts/read-content.ts
node --import tsx scripts/draw-preview-cards.tsx &
cards=$!
npx next build
wait "$cards"
cards=""
npx tsx scripts/finish-export.ts
npx tsx scripts/search-build.ts
npx tsx scripts/precompress.ts
