#!/usr/bin/env bash
# Runs Hearth's browser tests: Debian's Chromium driven by playwright-core,
# with axe-core for accessibility, and Debian's Firefox ESR driven by
# puppeteer-core (WebDriver BiDi) for the call page. Needs a built hearth
# binary; HEARTH_BIN overrides where it is.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

export HEARTH_BIN="${HEARTH_BIN:-$root/target/debug/hearth}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export FIREFOX="${FIREFOX:-/usr/bin/firefox-esr}"

if [ ! -x "$HEARTH_BIN" ]; then
  echo "no Hearth binary at $HEARTH_BIN: build it first (cargo build -p hearth)" >&2
  exit 1
fi

# Playwright's and Puppeteer's own browser downloads are not used: Debian's
# Chromium and Firefox ESR are.
missing=()
if [ ! -x "$CHROMIUM" ]; then missing+=(chromium chromium-driver); fi
if [ ! -x "$FIREFOX" ]; then missing+=(firefox-esr); fi
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
fi

cd "$here"
# Reinstall only when the lock file changed since the last install.
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
stamp="node_modules/.hearth-lock-sha256"
if [ ! -d node_modules ] || [ "$(cat "$stamp" 2>/dev/null || true)" != "$lock_sum" ]; then
  # Browsers come from Debian only: no package may fetch one while installing.
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi

npm test
