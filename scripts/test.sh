#!/usr/bin/env bash
# `npm test`: the type check (tsc --noEmit) and the jest suite side by side, as the type check uses one core
# for about a second while jest starts up. Arguments go to jest (`npm test -- __tests__/app.test.ts`).
# Fails when either fails.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
node_modules/.bin/tsc --noEmit &
tsc_pid=$!
node_modules/.bin/jest "$@"
jest_status=$?
wait "$tsc_pid"
tsc_status=$?
[ "$tsc_status" -eq 0 ] || echo "npm test: the type check (tsc --noEmit) failed" >&2
[ "$jest_status" -eq 0 ] && [ "$tsc_status" -eq 0 ]
