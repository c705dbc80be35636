#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests is installed. Playwright cannot
# download its own browser here, so we use the distribution's package.
set -euo pipefail

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi

echo "Chromium not found at $browser; installing Debian's chromium package…"
bash "$(dirname "$0")/apt-install.sh" chromium
[ -x "$browser" ] || { echo "Chromium installed but not found at $browser; set CHROMIUM_PATH." >&2; exit 1; }
