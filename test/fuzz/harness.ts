// Runs fuzz cases in a worker thread under a per-call time bound (a call that does not return
// in time is reported as a hang and the worker is replaced, so a loop can't block the suite),
// then compares each outcome with numpy's and sorts the differences into categories.
import { build } from 'esbuild';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { Case, Outcome } from './runner.js';

export interface FuzzCase extends Case { numpy: Outcome & { numpy_hang?: boolean } }

let bundle: string | null = null;

async function runnerCode(): Promise<string> {
  if (bundle) return bundle;
  const r = await build({
    entryPoints: [join(__dirname, 'runner.ts')], bundle: true, platform: 'node', format: 'cjs',
    write: false, logLevel: 'silent',
  });
  bundle = r.outputFiles[0]!.text;
  return bundle;
}

/** Our outcome of every case; `{ hang: true }` for a case still running after limitMs. */
export async function runCases(cases: readonly Case[], limitMs = 2000): Promise<(Outcome & { hang?: boolean })[]> {
  const code = await runnerCode();
  const out: (Outcome & { hang?: boolean })[] = new Array(cases.length);
  let start = 0;
  while (start < cases.length) {
    start = await new Promise<number>((resolve, reject) => {
      const w = new Worker(code, { eval: true });
      let current = start;
      let since = Date.now();
      const timer = setInterval(() => {
        if (Date.now() - since <= limitMs) return;
        clearInterval(timer);
        out[current] = { hang: true };
        void w.terminate();
        resolve(current + 1);
      }, 50);
      w.on('message', (m: { i?: number; out?: Outcome; started?: boolean; done?: boolean }) => {
        if (m.done) {
          clearInterval(timer);
          void w.terminate();
          resolve(cases.length);
        } else if (m.started) {
          current = m.i!;
          since = Date.now();
        } else {
          out[m.i!] = m.out!;
        }
      });
      w.on('error', (e) => { clearInterval(timer); reject(e); });
      w.postMessage({ cases, start });
    });
  }
  return out;
}

export type Category =
  | 'identical' | 'hang' | 'slow' | 'wrong_value' | 'missing_error' | 'spurious_error' | 'raw_js_error'
  | 'wrong_class' | 'wrong_message' | 'state' | 'deliberate';

const RAW = /Cannot read prop|(?<!' object )is not iterable|Cannot convert|is not a function|Invalid typed array|Invalid array length|Cannot mix BigInt|Array buffer allocation|Maximum call stack|not a constructor|Cannot create property|is not defined|undefined is not|null is not|Cannot use 'in'|BigInt value|Invalid (time|count)|out of memory|The number .* cannot be converted/;
const OURS = new Set(['ValueError', 'OverflowError', 'IndexError', 'TypeError', 'MemoryError', 'AxisError',
  'LinAlgError', 'NotImplementedError', 'KeyError', 'UFuncTypeError']);

/** A JS engine error that escaped (not an error of ours with numpy's message). */
export function isRaw(err: [string, string]): boolean {
  return !OURS.has(err[0]) || RAW.test(err[1]);
}

/**
 * Our documented refusals (README): a value that is not exact as a JS number (the 2**53 rule), and
 * a state position with which numpy's next draw would read outside its buffer.
 */
export function isDeliberate(err: [string, string]): boolean {
  return (err[0] === 'RangeError' && /2\*\*53|not exact as a/.test(err[1])) ||
    (err[0] === 'ValueError' && /\(numpy would read outside/.test(err[1]));
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const bitsToNumber = (s: string): number =>
  s.startsWith('f:') ? new DataView(new BigUint64Array([BigInt('0x' + s.slice(2))]).buffer).getFloat64(0, true) : Number(s);

/** multivariate_normal within a relative 1e-12, for golden values exported where numpy's OpenBLAS ran other kernels. */
function withinMvnTolerance(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const u = bitsToNumber(x), v = bitsToNumber(b[i]!);
    return Object.is(u, v) || Math.abs(u - v) <= 1e-12 * Math.max(Math.abs(u), Math.abs(v));
  });
}

export function categorize(np: FuzzCase['numpy'], us: Outcome & { hang?: boolean }, slowMs = 2000, tolerant = false): Category {
  if (us.hang) return 'hang';
  if ((us.ms ?? 0) > slowMs) return 'slow';
  if ((np.ok as unknown) === 'entropy' || (np.err as unknown) === 'entropy') {
    // seeded from fresh entropy: only success or failure is comparable
    if ((np.ok !== undefined) === (us.ok !== undefined)) return 'identical';
    return np.ok !== undefined ? 'spurious_error' : 'missing_error';
  }
  if (np.ok && us.ok) {
    if (!same(np.ok, us.ok)) {
      const tol = tolerant && same(np.ok.shape, us.ok.shape) && withinMvnTolerance(np.ok.v, us.ok.v);
      return tol ? 'deliberate' : 'wrong_value';
    }
  } else if (np.err && us.ok) {
    return 'missing_error';
  } else if (np.ok && us.err) {
    if (isDeliberate(us.err)) return 'deliberate';
    return isRaw(us.err) ? 'raw_js_error' : 'spurious_error';
  } else if (np.err && us.err) {
    if (isRaw(us.err) && !isDeliberate(us.err)) return 'raw_js_error';
    if (np.err[0] !== us.err[0]) return 'wrong_class';
    // numpy's default repr quotes an address (' at 0x7f...'), which ours leaves out
    if (np.err[1].replace(/ at 0x[0-9a-f]+>/g, '>') !== us.err[1]) return 'wrong_message';
  }
  if (!same(np.post, us.post)) return 'state';
  return 'identical';
}

export interface Report {
  total: number;
  counts: Record<Category, number>;
  identicalPct: number;
  examples: Record<string, { case: Case; numpy: Outcome; ours: Outcome }[]>;
  skipped: number;
}

export async function fuzz(cases: readonly FuzzCase[], limitMs = 2000, keep = Number(process.env.FUZZ_KEEP ?? 5)): Promise<Report> {
  const usable = cases.filter((c) => !c.numpy.numpy_hang);
  const ours = await runCases(usable, limitMs);
  const counts = Object.fromEntries(['identical', 'hang', 'slow', 'wrong_value', 'missing_error', 'spurious_error',
    'raw_js_error', 'wrong_class', 'wrong_message', 'state', 'deliberate'].map((k) => [k, 0])) as Record<Category, number>;
  const examples: Report['examples'] = {};
  usable.forEach((c, i) => {
    // the golden set's numpy ran on a machine whose OpenBLAS kernels need not be the AVX2 ones reproduced here
    const cat = categorize(c.numpy, ours[i]!, limitMs, c.m === 'multivariate_normal');
    counts[cat]++;
    if (cat !== 'identical') {
      const { numpy, ...kase } = c;
      (examples[cat] ??= []).length < keep && examples[cat]!.push({ case: kase, numpy, ours: ours[i]! });
    }
  });
  return {
    total: usable.length, counts, identicalPct: (100 * counts.identical) / usable.length, examples,
    skipped: cases.length - usable.length,
  };
}

export function formatReport(label: string, r: Report): string {
  const lines = [`${label}: ${r.counts.identical}/${r.total} identical outcomes (${r.identicalPct.toFixed(1)}%)` +
    (r.skipped ? `, ${r.skipped} left out (numpy itself does not finish)` : '')];
  for (const [k, v] of Object.entries(r.counts)) if (k !== 'identical' && v) lines.push(`  ${k}: ${v}`);
  return lines.join('\n');
}
