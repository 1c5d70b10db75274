// Test files on the relaxed-SIMD WebAssembly modules, run again in a child vitest with V8's flag
// where the engine does not enable relaxed SIMD by default (Node 20). The child sees
// NUMPY_RANDOM_RELAXED_CHILD=1 (so it does not spawn again) and reports every test by name.
import { spawnSync } from 'node:child_process';

export const RELAXED_FLAG = '--experimental-wasm-relaxed-simd';

/** True inside such a child. */
export const inRelaxedChild = process.env.NUMPY_RANDOM_RELAXED_CHILD === '1';

/** The child's exit status and its whole output (uncoloured, verbose reporter). */
export function runRelaxedChild(files: readonly string[], timeoutMs: number): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [RELAXED_FLAG, 'node_modules/vitest/vitest.mjs', 'run', '--project', 'wasm', '--reporter', 'verbose', ...files],
    { encoding: 'utf8', env: { ...process.env, NUMPY_RANDOM_RELAXED_CHILD: '1', NO_COLOR: '1' }, timeout: timeoutMs });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}
