#!/usr/bin/env bash
# Runs the unit suite (or the command given, e.g. `npm test`) from a clone of this repository's HEAD placed where no
# ../shared exists, as on a user's machine. It guards `npm test` against tests that quietly start depending on the
# project's shared folder.
set -euo pipefail
cd "$(dirname "$0")/.."
place=$(mktemp -d)
trap 'rm -rf "$place"' EXIT
git clone --quiet . "$place/leadway"
[ ! -e "$place/shared" ] || { echo "test:alone: $place/shared exists; refusing to run" >&2; exit 2; }
# The clone shares this checkout's installed packages (same lockfile, same commit) instead of installing again.
ln -s "$PWD/node_modules" "$place/leadway/node_modules"
cd "$place/leadway"
npx wxt prepare >/dev/null
if (($#)); then "$@"; else npx vitest run; fi
