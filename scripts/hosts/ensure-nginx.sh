#!/usr/bin/env bash
# Makes sure Debian's nginx and its Brotli static module are installed, for the
# host-conformance tests (as ensure-browser.sh does for Chromium).
set -euo pipefail

module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if command -v nginx >/dev/null && [ -f "$module" ]; then
  exit 0
fi

echo "nginx or its Brotli static module is missing; installing Debian's nginx and libnginx-mod-http-brotli-static…"
bash "$(dirname "$0")/../apt-install.sh" nginx libnginx-mod-http-brotli-static
command -v nginx >/dev/null || { echo "nginx installed but not on PATH." >&2; exit 1; }
