#!/usr/bin/env bash
# The production build: read and check the content once, then Next's static
# export, with the steps that need only the content (link-preview cards, the
# search index and script) run beside it, then our finishing step and the
# pre-compressed copies. Content problems stop the build before Next starts,
# with only the list of problems.
set -euo pipefail
# Nothing is sent anywhere: Next.js telemetry is off for every build.
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

snapshot_dir=$(mktemp -d)
beside=()
trap 'kill "${beside[@]}" 2>/dev/null || true; rm -rf "$snapshot_dir"' EXIT
# Next's workers and the other steps read this instead of the content folder.
export CONTENT_SNAPSHOT="$snapshot_dir/content.v8"
# What is written while Next builds lands here (Next empties out/ first); the finishing step copies it in.
export BESIDE_NEXT_DIR="$snapshot_dir/beside-next"

# How long each step took, printed last: where a slow build's time goes (npm run bench reads it too).
laps=()
lap_start=$EPOCHREALTIME
lap() {
  laps+=("$1 $(awk -v a="$lap_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }') s")
  lap_start=$EPOCHREALTIME
}

node --import tsx scripts/read-content.ts
lap "content"
cores=$(nproc)
for ((shard = 0; shard < cores; shard++)); do
  PREVIEW_CARDS_DIR="$BESIDE_NEXT_DIR" PREVIEW_CARDS_SHARD="$shard/$cores" node --import tsx scripts/draw-preview-cards.tsx &
  beside+=($!)
done
OUT_DIR="$BESIDE_NEXT_DIR" node --import tsx scripts/search-build.ts &
beside+=($!)
npx next build
for job in "${beside[@]}"; do wait "$job"; done
beside=()
lap "next build (cards and search beside it)"
npx tsx scripts/finish-export.ts
lap "finishing"
npx tsx scripts/precompress.ts
lap "compression"
echo "build steps: $(IFS=,; echo "${laps[*]}" | sed 's/,/, /g')"
