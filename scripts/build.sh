#!/usr/bin/env bash
# The production build: read and check the content once, then Next's static
# export, then our finishing step, then the search index. Content problems
# stop the build before Next starts, with only the list of problems.
set -euo pipefail
# Nothing is sent anywhere: Next.js telemetry is off for every build.
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

snapshot_dir=$(mktemp -d)
trap 'rm -rf "$snapshot_dir"' EXIT
# Next's workers and the finishing step read this instead of the content folder.
export CONTENT_SNAPSHOT="$snapshot_dir/content.v8"

node --import tsx scripts/read-content.ts
npx next build
npx tsx scripts/finish-export.ts
npx pagefind --site out --output-subdir pagefind --silent
npx tsx scripts/precompress.ts
