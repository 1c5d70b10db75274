/// <reference types="node" />
// `numpy-random check`: runs every sample call (samples.ts) here and through numpy (python3),
// compares the digests of result + following draws, and prints a per-method table.
import { spawnSync } from 'node:child_process';
import { callParts, frame, sha256Hex } from './digest.js';
import { apiLabel } from './calls.js';
import type { Api, CallSpec } from './calls.js';
import { NUMPY_RUNNER } from './numpy_runner.js';
import { sampleSpecs, specId } from './samples.js';

export interface NumpyResult { dtype?: string; shape?: number[]; digest?: string; hex?: string | null; error?: string }

/** Runs calls through numpy; throws with the reason when python3 or numpy is missing. */
export function runNumpyCalls(calls: CallSpec[], python = 'python3', hex = false): { numpy: string; results: NumpyResult[] } {
  const r = spawnSync(python, ['-c', NUMPY_RUNNER], { input: JSON.stringify({ calls, hex }), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error || r.status !== 0) {
    const why = r.error ? String(r.error) : (r.stderr || '').trim().split('\n').pop();
    throw new Error(`python3 with numpy is needed for this (${why})`);
  }
  return JSON.parse(r.stdout) as { numpy: string; results: NumpyResult[] };
}

/** Calls whose results numpy computes with LAPACK: compared with a tolerance, not bits (see README). */
export const TOLERANCE_METHODS = new Set(['multivariate_normal']);

export interface CheckRow { api: Api; method: string; cases: number; same: number; close: number; tolerance: boolean; failures: string[] }

export async function check(opts: { apis?: Api[]; seeds?: number[]; methods?: string[]; python?: string } = {}): Promise<{ numpy: string; seeds: number[]; rows: CheckRow[] }> {
  const apis = opts.apis ?? ['legacy', 'facade', 'generator', 'bitgen'];
  const seeds = opts.seeds ?? [Math.floor(Math.random() * 2 ** 31)];
  let calls: CallSpec[] = [];
  for (const api of apis) calls.push(...sampleSpecs(api, { seeds, sizes: [null, 7, [3, 2]] }));
  if (opts.methods) calls = calls.filter((c) => opts.methods!.includes(c.method));
  const theirs = runNumpyCalls(calls, opts.python, true);
  const rows = new Map<string, CheckRow>();
  for (let i = 0; i < calls.length; i++) {
    const c = calls[i]!;
    const key = `${c.api}:${c.method}`;
    const row = rows.get(key) ?? { api: c.api, method: c.method, cases: 0, same: 0, close: 0, tolerance: TOLERANCE_METHODS.has(c.method), failures: [] };
    rows.set(key, row);
    row.cases++;
    const t = theirs.results[i]!;
    let ours: string;
    let values: ArrayLike<number | bigint> | null = null;
    try {
      const parts = callParts(c);
      values = parts[0]!.values;
      ours = await sha256Hex(frame(parts));
    } catch (e) {
      ours = `error ${String(e)}`;
    }
    if (t.digest !== undefined && ours === t.digest) row.same++;
    else if (row.tolerance && values && t.hex && withinTolerance(values, t.hex)) row.close++;
    else row.failures.push(`${specId(c)}: ${t.error ? `numpy raised ${t.error}` : ours.startsWith('error') ? ours : 'different bits'}`);
  }
  return { numpy: theirs.numpy, seeds, rows: [...rows.values()] };
}

/** numpy's float64 result (hex bytes) within a relative 1e-12 of ours, element by element. */
function withinTolerance(ours: ArrayLike<number | bigint>, hex: string): boolean {
  const b = new Uint8Array(hex.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  const theirs = new Float64Array(b.buffer);
  if (theirs.length !== ours.length) return false;
  for (let i = 0; i < theirs.length; i++) {
    const x = Number(ours[i]), y = theirs[i]!;
    if (!(Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y)))) return false;
  }
  return true;
}

export function formatTable(rows: CheckRow[]): string {
  const lines = [['api', 'method', 'cases', 'bit-exact', 'result']];
  for (const r of rows) {
    const result = r.same === r.cases ? 'ok' : r.same + r.close === r.cases ? 'ok (rest within rtol 1e-12: LAPACK factorisation)' : 'FAIL';
    lines.push([apiLabel(r.api), r.method, String(r.cases), String(r.same), result]);
  }
  const w = lines[0]!.map((_, j) => Math.max(...lines.map((l) => l[j]!.length)));
  return lines.map((l) => l.map((x, j) => x.padEnd(w[j]!)).join('  ').trimEnd()).join('\n') + '\n';
}
