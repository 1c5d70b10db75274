// The conformance bundle's entry (built by scripts/engines/build.mjs for every engine): runs
// every case and returns its digest. The runner compares them with test/engines/expected.json.
import { sha256Hex } from '../../src/cli/digest.js';
import { kernels } from '../../src/bitgen/kernels.js';
import { getMathBackend, mathWasm, mathWasmKinds } from '../../src/math/wasm/backend.js';
import { boxMullerWasm } from '../../src/torch/wasm/normal_wasm.js';
import { allCases } from './cases/index.js';
import { numpySpecs } from './cases/numpy.js';
import { MATH } from './cases/math.js';

export { numpySpecs, MATH };
export { pyCalls } from './cases/pyrandom.js';
export { NUMPY_RUNNER } from '../../src/cli/numpy_runner.js';

export interface RunReport {
  backend: { kernels: string; math: string };
  /** The WebAssembly modules the cases ran: math's ('relaxed', 'plain' or a mix) and torch's Box-Muller. */
  modules: { math: string; torch: string };
  digests: Record<string, string>;
  skipped: string[];
  errors: Record<string, string>;
  ms: number;
}

export async function runAll(filter?: (id: string) => boolean): Promise<RunReport> {
  const t0 = Date.now();
  const report: RunReport = {
    backend: { kernels: kernels().backend, math: getMathBackend() },
    modules: { math: 'none', torch: 'none' }, digests: {}, skipped: [], errors: {}, ms: 0,
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
  report.modules = loadedModules();
  return report;
}

/** Which WebAssembly modules were loaded by the cases (asked after them: the modules load lazily). */
function loadedModules(): RunReport['modules'] {
  const kinds = new Set(Object.values(mathWasmKinds()).map((k) => k ?? 'ts'));
  return { math: [...kinds].join('+'), torch: boxMullerWasm()?.kind ?? 'none' };
}

/** Case ids with their oracle, for the script that writes the expected digests. */
export function caseList(): { id: string; oracle: string; spec?: unknown }[] {
  return allCases().map((c) => ({ id: c.id, oracle: c.oracle, spec: c.spec }));
}
