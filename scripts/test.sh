#!/usr/bin/env bash
# `npm test`: types, lint, every vitest file, every Playwright spec — with one build of the app made
# beside the type check and lint (each of those keeps one core busy, the build takes what is left) and
# used by both the vitest file that starts replicas and the browser tests, which would otherwise build twice.
# Its own folder: the type check reads .next/types when present, and is not to see a half-written one.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-test}"
build_log="$(mktemp)"
NIANBAO_SKIP_TYPECHECK=1 node node_modules/next/dist/bin/next build >"$build_log" 2>&1 &
build_pid=$!
trap 'kill "$build_pid" 2>/dev/null || true; rm -f "$build_log"' EXIT # a failed step leaves no build running
npm run typecheck
npm run lint
if ! wait "$build_pid"; then
  cat "$build_log"
  exit 1
fi
npm run test:unit
E2E_SKIP_BUILD=1 npm run test:e2e
