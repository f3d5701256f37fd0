#!/usr/bin/env bash
# npm test — every test: static checks, unit, integration (PGlite, and PostgreSQL when TEST_POSTGRES_URL is set),
# then the production build and the end-to-end journeys in Chromium.
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
npx vitest run --project unit
step "Integration tests"
npx vitest run --project integration
step "Production build"
npx next build
step "End-to-end journeys (Chromium)"
npx playwright test
