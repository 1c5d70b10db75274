// npm run test:engines: the conformance bundle on Node (the one running this script, and Node 24,
// the current LTS, which has relaxed SIMD by default), Bun, Deno, headless Chromium and Firefox
// ESR, each with WebAssembly and without it (the pure-TS fallbacks), compared digest for digest
// with test/engines/expected.json. No tolerance anywhere.
// Usage: node scripts/engines/run.mjs [--engines node,node24,bun,deno,chromium,firefox]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, buildBundle } from './build.mjs';

const ALL = ['node', 'node24', 'bun', 'deno', 'chromium', 'firefox'];
const arg = process.argv.indexOf('--engines');
const engines = arg > 0 ? process.argv[arg + 1].split(',') : ALL;
const MODES = ['wasm', 'ts'];
const TIMEOUT = 240_000;

const BIN = {
  node24: join(ROOT, 'node_modules/.cache/node24/bin/node'), // scripts/engines/install.sh puts it there
  bun: join(ROOT, 'node_modules/@oven/bun-linux-x64/bin/bun'),
  deno: join(ROOT, 'node_modules/@deno/linux-x64-glibc/deno'),
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

const expected = JSON.parse(readFileSync(join(ROOT, 'test/engines/expected.json'), 'utf8')).cases;
const bundlePath = await buildBundle();
const child = join(ROOT, 'scripts/engines/engine_child.mjs');

function runChild(engine, mode) {
  const url = pathToFileURL(bundlePath).href;
  const cmd = engine === 'node' ? [process.execPath, [child, url, mode]]
    : engine === 'bun' || engine === 'node24' ? [BIN[engine], [child, url, mode]]
    : [BIN.deno, ['run', '--quiet', '--no-config', '--no-lock', '--allow-read', child, url, mode]];
  if (engine !== 'node' && !existsSync(cmd[0])) throw new Error(`${engine} binary missing at ${cmd[0]} (npm ci installs it)`);
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', maxBuffer: 1 << 28, timeout: TIMEOUT, env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' } });
  if (r.status !== 0) throw new Error(`${engine} exited ${r.status ?? r.signal}: ${(r.stderr || '').slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function serve() {
  const page = `<!doctype html><meta charset="utf-8"><title>numpy-random engines</title>
<script type="module">
const mode = new URLSearchParams(location.search).get('mode');
if (mode === 'ts') window.WebAssembly = undefined;
try {
  const m = await import('./bundle.mjs');
  const r = await m.runAll();
  r.engine = navigator.userAgent;
  window.__report = r;
} catch (e) { window.__report = { fatal: String(e && e.stack || e) }; }
</script>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    if (path === '/' || path === '/index.html') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page); return; }
    if (path === '/bundle.mjs') { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(readFileSync(bundlePath)); return; }
    res.writeHead(404); res.end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function runBrowser(engine, modes) {
  const puppeteer = (await import('puppeteer-core')).default;
  if (!existsSync(BIN[engine])) throw new Error(`${BIN[engine]} is missing (scripts/engines/install.sh installs it)`);
  const profile = mkdtempSync(join(tmpdir(), `npr-${engine}-`));
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const opts = engine === 'chromium'
    ? { executablePath: BIN.chromium, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`] }
    : { browser: 'firefox', executablePath: BIN.firefox, headless: true, protocol: 'webDriverBiDi', userDataDir: profile,
      extraPrefsFirefox: { 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false } };
  const browser = await puppeteer.launch({ ...opts, timeout: 60_000 });
  const version = await browser.version();
  const out = {};
  try {
    for (const mode of modes) {
      const page = await browser.newPage();
      await page.goto(`${base}?mode=${mode}`);
      await page.waitForFunction('window.__report !== undefined', { timeout: TIMEOUT, polling: 500 });
      const r = await page.evaluate(() => window.__report);
      await page.close();
      if (r.fatal) throw new Error(`${engine}: ${r.fatal}`);
      r.engine = version;
      out[mode] = r;
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

function compare(engine, mode, r) {
  const fails = [];
  const wantBackend = mode === 'wasm' ? 'wasm' : 'ts';
  if (r.backend.kernels !== wantBackend || r.backend.math !== wantBackend) fails.push(`backend is ${JSON.stringify(r.backend)}, wanted ${wantBackend}`);
  let same = 0;
  for (const [id, e] of Object.entries(expected)) {
    const got = r.digests[id];
    if (got === e.digest) { same++; continue; }
    if (got === undefined && mode === 'ts' && r.skipped.includes(id) && id.endsWith(':wasm')) continue;
    fails.push(`${id}: ${got === undefined ? r.errors[id] ?? 'not run' : `digest differs (expected from ${e.oracle})`}`);
  }
  for (const id of Object.keys(r.digests)) if (!(id in expected)) fails.push(`${id}: no expected digest (run scripts/engines/export_expected.mjs)`);
  return { same, fails };
}

let passed = 0, failed = 0;
const rows = [];
for (const engine of engines) {
  let reports;
  try {
    reports = engine === 'chromium' || engine === 'firefox' ? await runBrowser(engine, MODES)
      : Object.fromEntries(MODES.map((m) => [m, runChild(engine, m)]));
  } catch (e) {
    for (const m of MODES) { failed++; rows.push(`FAIL ${engine} ${m}: ${e.message}`); }
    continue;
  }
  for (const mode of MODES) {
    const r = reports[mode];
    const { same, fails } = compare(engine, mode, r);
    const label = `${engine} (${r.engine.slice(0, 60)}) ${mode === 'wasm' ? `WebAssembly (math ${r.modules.math}, torch ${r.modules.torch})` : 'pure TS'}`;
    if (fails.length === 0) { passed++; rows.push(`ok   ${label}: ${same} cases bit-exact in ${r.ms} ms`); }
    else { failed++; rows.push(`FAIL ${label}: ${fails.length} of ${Object.keys(expected).length} differ\n       ${fails.slice(0, 10).join('\n       ')}`); }
  }
}
console.log(rows.join('\n'));
console.log(`engines: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
