#!/usr/bin/env bash
# Makes sure Debian's nginx and its Brotli static module are installed, for the
# host-conformance tests (as ensure-browser.sh does for Chromium).
set -euo pipefail

module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if command -v nginx >/dev/null && [ -f "$module" ]; then
  exit 0
fi

echo "nginx or its Brotli static module is missing; installing Debian's nginx and libnginx-mod-http-brotli-static…"
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Cannot install nginx: not root and no sudo. Install it (apt-get install nginx libnginx-mod-http-brotli-static)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# RUNLEVEL=1 stops the package from starting a system nginx on port 80: the tests start their own.
$sudo apt-get update -qq
$sudo env RUNLEVEL=1 apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null
command -v nginx >/dev/null || { echo "nginx installed but not on PATH." >&2; exit 1; }
