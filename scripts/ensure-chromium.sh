#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium (Playwright's own browser download cannot work on these
# machines). Install it, and fonts with Arabic glyphs, when missing and we are allowed to.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
need_fonts=0
[ -d /usr/share/fonts/truetype/noto ] || need_fonts=1
if [ -x "$chromium" ] && [ "$need_fonts" = 0 ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-chromium: $chromium or the Noto fonts are missing; install them: sudo apt-get install -y chromium fonts-noto-core" >&2
  exit 1
fi
echo "ensure-chromium: installing chromium and fonts-noto-core with apt-get" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core >/dev/null
