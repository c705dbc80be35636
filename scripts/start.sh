#!/usr/bin/env bash
# npm start: build the site for this machine's own address, then serve it.
# A deploy uses npm run export with SITE_URL set to the public address.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${PORT:-3000}"
export SITE_URL="http://localhost:$PORT"
echo "Building for $SITE_URL (canonical links, sitemap and structured data point there)."
npm run -s build
exec npx tsx scripts/serve.ts
