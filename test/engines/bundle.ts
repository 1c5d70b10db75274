// The conformance bundle's entry (built by scripts/engines/build.mjs for every engine): runs
// every case and returns its digest. The runner compares them with test/engines/expected.json.
import { sha256Hex } from '../../src/cli/digest.js';
import { kernels } from '../../src/bitgen/kernels.js';
import { mathWasm } from '../../src/math/wasm/backend.js';
import { allCases } from './cases/index.js';
import { numpySpecs } from './cases/numpy.js';
import { MATH } from './cases/math.js';

export { numpySpecs, MATH };
export { NUMPY_RUNNER } from '../../src/cli/numpy_runner.js';

export interface RunReport {
  backend: { kernels: string; math: string };
  digests: Record<string, string>;
  skipped: string[];
  errors: Record<string, string>;
  ms: number;
}

export async function runAll(filter?: (id: string) => boolean): Promise<RunReport> {
  const t0 = Date.now();
  const report: RunReport = {
    backend: { kernels: kernels().backend, math: mathWasm() ? 'wasm' : 'ts' },
    digests: {}, skipped: [], errors: {}, ms: 0,
  };
  for (const c of allCases()) {
    if (filter && !filter(c.id)) continue;
    if (c.wasmOnly && !mathWasm()) { report.skipped.push(c.id); continue; }
    try {
      report.digests[c.id] = await sha256Hex(c.async ? await c.bytesAsync!() : c.bytes());
    } catch (e) {
      report.errors[c.id] = String(e);
    }
  }
  report.ms = Date.now() - t0;
  return report;
}

/** Case ids with their oracle, for the script that writes the expected digests. */
export function caseList(): { id: string; oracle: string; spec?: unknown }[] {
  return allCases().map((c) => ({ id: c.id, oracle: c.oracle, spec: c.spec }));
}
