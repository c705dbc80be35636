#!/usr/bin/env bash
# npm run export: the build for a deploy. Its canonical links, sitemap and
# structured data must carry the real public address, so SITE_URL is required.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SITE_URL:-}" ]; then
  echo "npm run export: SITE_URL is not set; set it to the site's public address (SITE_URL=https://… npm run export)." >&2
  exit 1
fi
echo "Building for $SITE_URL."
exec bash scripts/build.sh
