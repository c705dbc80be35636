#!/usr/bin/env bash
# Serves out/ with Cloudflare Pages' local runtime (wrangler pages dev, on
# workerd) at 127.0.0.1:$PORT, reading the same _headers and _redirects a
# deploy uses. Runs in the foreground until its process group is stopped
# (wrangler starts workerd and esbuild), then removes its state.
#
# No network: the environment below turns off each thing wrangler would
# otherwise reach the internet for (checked by tracing its connections):
# metrics and error reports (sparrow.cloudflare.com), the request.cf data it
# downloads (workers.cloudflare.com/cf.json; a built-in sample is used), and
# the banner's update check (the npm registry). The compatibility date is
# pinned at or before the one the installed workerd supports, so wrangler has
# no reason to look for a newer version either.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${PORT:?PORT is required}"
root="$(realpath "${OUT_DIR:-out}")"
compatibility_date=2026-04-01
state="$(mktemp -d)"
trap 'rm -rf "$state"' EXIT

export WRANGLER_SEND_METRICS=false
export WRANGLER_SEND_ERROR_REPORTS=false
export CLOUDFLARE_CF_FETCH_ENABLED=false
export WRANGLER_HIDE_BANNER=true
export WRANGLER_LOG_PATH="$state/logs"
export XDG_CONFIG_HOME="$state/config"

# Run from the state folder: wrangler writes its .wrangler/ working files
# into the current folder, and they must not land in the repository.
wrangler="$PWD/node_modules/.bin/wrangler"
(cd "$state" && exec "$wrangler" pages dev "$root" --ip 127.0.0.1 --port "$port" --inspector-port "${INSPECTOR_PORT:-$((port + 1))}" \
  --compatibility-date "$compatibility_date" --persist-to "$state/persist" --show-interactive-dev-session=false --log-level warn) &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$state"' EXIT
trap 'exit 0' TERM INT
wait "$server"
