// Live cross-check against the C library through scripts/libm_oracle.py (python3 + ctypes on
// libm.so.6), 10^5 inputs per function. Skips, saying why, when python3 with numpy is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const probe = spawnSync('python3', ['-c', 'import numpy, ctypes; ctypes.CDLL("libm.so.6")'], { encoding: 'utf8' });
const reason = probe.status === 0 ? '' : 'python3 with numpy and libm.so.6 not available';
if (reason) console.log(`libm oracle test skipped: ${reason}`);

describe('libm oracle (glibc via ctypes)', () => {
  it.skipIf(reason !== '')('0 mismatches on 10^5 inputs per function', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'libm_oracle_test_'));
    try {
      const mod = join(tmp, 'math.mjs');
      await build({
        entryPoints: [join(ROOT, 'src', 'math', 'index.ts')],
        bundle: true, format: 'esm', outfile: mod, logLevel: 'silent',
      });
      const out = execFileSync('python3', [join(ROOT, 'scripts', 'libm_oracle.py'), '--n', '100000', '--module', mod],
        { encoding: 'utf8' });
      const total = /TOTAL mismatches (\d+)/.exec(out);
      expect(total, out).not.toBeNull();
      expect(Number(total![1]), out).toBe(0);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});
