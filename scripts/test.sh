#!/usr/bin/env bash
# Every test, in the order that fails fastest: types, unit tests, then the
# browser tests against a fresh production build.
set -euo pipefail
cd "$(dirname "$0")/.."

npx tsc --noEmit
npx vitest run
bash scripts/ensure-browser.sh
npm run build
npx playwright test
