#!/usr/bin/env bash
# Installs what `npm run test:engines` needs on a fresh Debian machine: Chromium and Firefox ESR
# (apt, only when missing) and the npm dev dependencies (Bun, Deno, puppeteer-core; only when
# node_modules lacks them).
set -euo pipefail
cd "$(dirname "$0")/../.."
need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || need+=(firefox-esr)
if [ "${#need[@]}" -gt 0 ]; then
  echo "installing ${need[*]} with apt-get"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
if [ ! -x node_modules/@oven/bun-linux-x64/bin/bun ] || [ ! -x node_modules/@deno/linux-x64-glibc/deno ] || [ ! -d node_modules/puppeteer-core ]; then
  npm ci --no-audit --no-fund
fi
echo "engines ready: node $(node --version), bun $(node_modules/@oven/bun-linux-x64/bin/bun --version), $(node_modules/@deno/linux-x64-glibc/deno --version | head -1), $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null | head -1), $("${FIREFOX_PATH:-/usr/bin/firefox-esr}" --version 2>/dev/null | head -1)"
