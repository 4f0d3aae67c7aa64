#!/usr/bin/env bash
# The Firefox end-to-end tests drive Debian's Firefox ESR; no test tool may download a browser here.
# Debian 12's security archive has 153esr (the main archive has 140): apt-get picks the newest.
set -euo pipefail
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX" ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "Firefox ESR is missing at $FIREFOX. Install it with: sudo apt-get install -y firefox-esr" >&2
  exit 1
fi
echo "Installing Debian's firefox-esr (needed by the Firefox end-to-end tests)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq firefox-esr >/dev/null
"$FIREFOX" --version
