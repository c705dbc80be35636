#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests is installed. Playwright cannot
# download its own browser here, so we use the distribution's package.
set -euo pipefail

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi

echo "Chromium not found at $browser; installing Debian's chromium package…"
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Cannot install Chromium: not root and no sudo. Install it (apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
[ -x "$browser" ] || { echo "Chromium installed but not found at $browser; set CHROMIUM_PATH." >&2; exit 1; }
