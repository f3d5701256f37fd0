#!/usr/bin/env bash
# npm test — every test: static checks, unit, integration (PGlite, and PostgreSQL when TEST_POSTGRES_URL is set),
# then the production build and the end-to-end journeys in Chromium; the JSON results feed the safety case report.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

step "Section registry"
npx tsx scripts/generate-section-registry.ts
step "Formatting (prettier)"
npx prettier --check . --log-level warn
step "Type check"
npx tsc --noEmit -p .
step "Lint"
npx eslint . --max-warnings 0
step "Unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=.data/test-results/vitest-unit.json
step "Integration tests"
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=.data/test-results/vitest-integration.json
step "Production build"
npx next build
step "End-to-end journeys (Chromium)"
npx playwright test
step "Safety case report (docs/clinical-safety/safety-case-report.md)"
npx tsx scripts/safety-report.ts
