#!/usr/bin/env bash
# Every test, in the order that fails fastest: types, unit tests, the build,
# the built pages' HTML validity and byte budgets, then the browser tests
# against the exported site.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run -s typecheck
npx eslint --max-warnings 0 .
npx vitest run
bash scripts/ensure-browser.sh
bash scripts/hosts/ensure-nginx.sh
npm run build
npx tsx scripts/check-html.ts
npx tsx scripts/check-budget.ts
npx playwright test
