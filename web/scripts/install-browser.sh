#!/usr/bin/env bash
# The browser tests drive Debian's chromium through playwright-core: Playwright's own browser
# download cannot reach its CDN here. CI runs as root, so the set-up installs the package itself.
set -euo pipefail
CHROMIUM="${CB_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "chromium is missing at $CHROMIUM: install it as root (apt-get install chromium) or set CB_CHROMIUM." >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
