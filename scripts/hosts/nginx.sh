#!/usr/bin/env bash
# Serves out/ with Debian's nginx on 127.0.0.1:$PORT, unprivileged, from a
# temporary prefix, using the shipped out/_nginx.conf unchanged except its
# listen and root lines. Runs in the foreground until stopped (SIGTERM or
# SIGINT), then removes its prefix. NGINX_BROTLI=off leaves Debian's Brotli
# module out, as on a host that lacks it.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${PORT:?PORT is required}"
root="$(realpath "${OUT_DIR:-out}")"
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT

sed -e "s|^    listen .*;|    listen 127.0.0.1:$port;|" -e "s|^    root .*;|    root $root;|" "$root/_nginx.conf" > "$prefix/site.conf"

# Brotli where Debian's module is installed; without it nginx still serves the .gz files.
if [ "${NGINX_BROTLI:-on}" != off ] && [ -f "$module" ]; then
  load="load_module $module;"
  brotli="brotli_static on;"
else
  load="" brotli=""
  echo "nginx: without $module; serving gzip only" >&2
fi
# As root, workers drop to nobody; as anyone else nginx simply runs as that user.
[ "$(id -u)" -eq 0 ] && user="user nobody nogroup;" || user=""

cat > "$prefix/nginx.conf" <<CONF
$load
$user
daemon off;
master_process on;
worker_processes 1;
pid $prefix/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path $prefix/client_body;
    proxy_temp_path $prefix/proxy;
    fastcgi_temp_path $prefix/fastcgi;
    uwsgi_temp_path $prefix/uwsgi;
    scgi_temp_path $prefix/scgi;
    $brotli
    include $prefix/site.conf;
}
CONF

nginx -p "$prefix" -c "$prefix/nginx.conf" -e stderr -t -q
nginx -p "$prefix" -c "$prefix/nginx.conf" -e stderr &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$prefix"' EXIT
trap 'exit 0' TERM INT
echo "nginx: serving $root at http://127.0.0.1:$port/"
wait "$server"
