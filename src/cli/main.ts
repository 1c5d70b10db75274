/// <reference types="node" />
// The numpy-random command line: one numpy call, printed as JSON or CSV or saved as .npy.
//   numpy-random [--legacy] [--seed N] [--bitgen NAME] METHOD [ARG ...] [--size 3,2] [--dtype D]
//                [--NAME VALUE ...] [--format json|csv|npy] [--out FILE] [--state FILE] [--save-state FILE]
//   numpy-random check        live cross-check against python3 + numpy, a table per method
import { readFileSync, writeFileSync } from 'node:fs';
import * as np from '../index.js';
import { saveNpy } from '../npy/index.js';
import { BITGENS, apiLabel, methodNames, numpyDtype, positional, signature } from './calls.js';
import type { Api, BitgenName, CallSpec, Json } from './calls.js';
import { asNpy, encodeResult, toCsvText, toJsonText } from './encode.js';
import { check, formatTable } from './check.js';
import { SIGNATURES } from './signatures.js';

export interface Io {
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (the progress bar shows only there, or with --progress). */
  stderrIsTTY: boolean;
}

const nodeIo: Io = {
  stdout: (t) => { process.stdout.write(t); },
  stderr: (t) => { process.stderr.write(t); },
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

class UsageError extends Error {}

/** A command-line value as numpy would take it: numbers, True/False/None, JSON arrays, else a string. */
export function parseValue(text: string): Json {
  if (text === 'None' || text === 'null') return null;
  if (text === 'True' || text === 'true') return true;
  if (text === 'False' || text === 'false') return false;
  if (/^[+-]?\d+$/.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : { int: BigInt(text).toString() };
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) || /^[+-]?(inf|nan)$/i.test(text)) {
    return /inf/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) as number : /nan/i.test(text) ? NaN : Number(text);
  }
  if (/^[[{]/.test(text)) {
    try {
      return JSON.parse(text.replace(/\bTrue\b/g, 'true').replace(/\bFalse\b/g, 'false')) as Json;
    } catch {
      throw new UsageError(`cannot read ${JSON.stringify(text)} as a JSON array`);
    }
  }
  return text;
}

function parseSize(text: string): number[] | number {
  const t = text.replace(/^\(|\)$/g, '').trim();
  const dims = t.split(',').map((d) => d.trim()).filter((d) => d !== '');
  if (!dims.every((d) => /^\d+$/.test(d))) throw new UsageError(`--size wants integers separated by commas (e.g. 3,2), got ${JSON.stringify(text)}`);
  return dims.length === 1 && !t.includes(',') ? Number(dims[0]) : dims.map(Number);
}

interface Options {
  legacy: boolean; seed: number | bigint | null; bitgen?: BitgenName; size: number | number[] | null; dtype?: string;
  format: 'json' | 'csv' | 'npy'; out?: string; state?: string; saveState?: string; progress?: boolean;
  method?: string; args: Json[]; kw: Record<string, Json>; help: boolean;
}

const FLAGS = new Set(['--legacy', '--help', '-h', '--progress', '--no-progress']);
const VALUED = new Set(['--seed', '--bitgen', '--size', '--dtype', '--format', '--out', '-o', '--state', '--save-state']);

function parseArgs(argv: string[]): Options {
  const o: Options = { legacy: false, seed: null, size: null, format: 'json', args: [], kw: {}, help: false };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    let value: string | undefined;
    if (a.startsWith('--') && a.includes('=')) { value = a.slice(a.indexOf('=') + 1); a = a.slice(0, a.indexOf('=')); }
    const next = () => {
      if (value !== undefined) return value;
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value`);
      return argv[++i]!;
    };
    if (FLAGS.has(a)) {
      if (a === '--legacy') o.legacy = true;
      else if (a === '--progress') o.progress = true;
      else if (a === '--no-progress') o.progress = false;
      else o.help = true;
    } else if (VALUED.has(a)) {
      const v = next();
      switch (a) {
        case '--seed': {
          if (!/^\d+$/.test(v)) throw new UsageError(`--seed wants a non-negative integer, got ${JSON.stringify(v)}`);
          const n = Number(v);
          o.seed = Number.isSafeInteger(n) ? n : BigInt(v);
          break;
        }
        case '--bitgen':
          if (!(BITGENS as readonly string[]).includes(v)) throw new UsageError(`unknown bit generator ${JSON.stringify(v)}; choose one of ${BITGENS.join(', ')}`);
          o.bitgen = v as BitgenName;
          break;
        case '--size': o.size = parseSize(v); break;
        case '--dtype': o.dtype = v; break;
        case '--format':
          if (v !== 'json' && v !== 'csv' && v !== 'npy') throw new UsageError(`--format is json, csv or npy, not ${JSON.stringify(v)}`);
          o.format = v;
          break;
        case '--out': case '-o': o.out = v; break;
        case '--state': o.state = v; break;
        case '--save-state': o.saveState = v; break;
      }
    } else if (a.startsWith('--') && o.method) {
      o.kw[a.slice(2)] = parseValue(next());
    } else if (a.startsWith('-') && !/^-[\d.]/.test(a) && !/^-inf$/i.test(a)) {
      throw new UsageError(`unknown option ${a}`);
    } else if (!o.method) {
      o.method = a;
    } else o.args.push(parseValue(a));
  }
  return o;
}

function sigText(api: Api, m: string): string {
  const ps = signature(api, m) ?? [];
  return `${m}(${ps.map((p) => (p.kind === 'var' ? `*${p.name}` : p.default === null ? p.name : `${p.name}=${p.default}`)).join(', ')})`;
}

export function helpText(): string {
  const list = (api: Api) => methodNames(api).map((m) => `  ${sigText(api, m)}`).join('\n');
  return `numpy-random: draw numpy.random's numbers (numpy ${SIGNATURES.numpy}, bit for bit) from the command line

usage:
  numpy-random [options] METHOD [ARG ...] [--NAME VALUE ...]
  numpy-random check [--seed N]     compare every method with python3 + numpy (needs numpy)

Arguments follow numpy's positional order; keyword arguments are --NAME VALUE (e.g. --endpoint True,
--p [0.2,0.8]). Values: integers, floats, True/False/None, JSON arrays, strings.

options:
  --legacy            RandomState (np.random.RandomState(seed), MT19937) instead of a Generator
  --seed N            the seed (default: fresh entropy)
  --bitgen NAME       ${BITGENS.join(', ')} (default PCG64): np.random.Generator(np.random.NAME(seed));
                      with a bit generator method (random_raw) the bit generator itself
  --size 3,2          numpy's size (a shape); --dtype D as numpy's dtype argument
  --format F          json (default; as json.dumps(a.tolist())), csv, or npy (np.save's bytes)
  --out FILE          write there instead of stdout (a progress bar shows for long draws on a terminal;
                      --progress forces it, --no-progress hides it)
  --state FILE        start from a state exported from Python (see README "State interchange")
  --save-state FILE   write the state after the call, in the same JSON form
  -h, --help          this text

RandomState methods (--legacy):
${list('legacy')}

Generator methods:
${list('generator')}

Bit generator methods:
${list('bitgen')}
`;
}

/** Methods whose sized draw equals the same draws made in consecutive chunks (tested). */
export const CHUNKABLE = new Set(['random', 'random_sample', 'standard_normal', 'normal', 'uniform',
  'standard_exponential', 'exponential', 'random_raw']);
const CHUNK = 1 << 16;
const LONG = 1 << 20;

function progressBar(io: Io, done: number, total: number): void {
  const w = 30;
  const k = Math.round((done / total) * w);
  io.stderr(`\r[${'#'.repeat(k)}${'.'.repeat(w - k)}] ${Math.floor((done / total) * 100)}% ${done}/${total}`);
  if (done === total) io.stderr('\n');
}

function build(o: Options): { spec: CallSpec; target: Record<string, unknown> } {
  const method = o.method!;
  let api: Api = o.legacy ? 'legacy' : 'generator';
  if (!o.legacy && !signature('generator', method) && signature('bitgen', method)) api = 'bitgen';
  if (!signature(api, method)) {
    const other = o.legacy ? (signature('generator', method) ? ' (it is a Generator method: drop --legacy)' : '')
      : signature('legacy', method) ? ' (it is a RandomState method: add --legacy)' : '';
    throw new UsageError(`${apiLabel(api)} has no method '${method}'${other}; numpy-random --help lists them`);
  }
  if (o.state && o.seed !== null) throw new UsageError('--state and --seed cannot be used together');
  if (o.legacy && o.bitgen && o.bitgen !== 'MT19937' && !o.state) {
    throw new UsageError('--legacy draws from MT19937 (RandomState); drop --bitgen or use a Generator');
  }
  let target: Record<string, unknown>;
  if (o.state) {
    const text = readFileSync(o.state, 'utf8');
    if (o.legacy) target = np.RandomState.fromJSON(text) as unknown as Record<string, unknown>;
    else {
      const bg = np.bitGeneratorFromJSON(text);
      if (o.bitgen && bg.constructor.name !== o.bitgen) throw new UsageError(`--state holds a ${bg.constructor.name} state, not ${o.bitgen}`);
      target = (api === 'bitgen' ? bg : new np.Generator(bg)) as unknown as Record<string, unknown>;
    }
  } else {
    const seed = o.seed ?? undefined;
    const Ctor = np[o.bitgen ?? 'PCG64'] as unknown as new (s?: unknown) => np.BitGenerator;
    target = (o.legacy ? new np.RandomState(seed as number | undefined) : api === 'bitgen' ? new Ctor(seed) : new np.Generator(new Ctor(seed))) as unknown as Record<string, unknown>;
  }
  const spec: CallSpec = { api, seed: null, method, args: o.args, size: o.size };
  if (o.bitgen) spec.bitgen = o.bitgen;
  if (o.dtype !== undefined) spec.dtype = o.dtype;
  if (Object.keys(o.kw).length) spec.kw = o.kw;
  return { spec, target };
}

function call(spec: CallSpec, target: Record<string, unknown>, io: Io, progress: boolean): unknown {
  const fn = target[spec.method] as (...a: unknown[]) => unknown;
  const args = positional(spec);
  const shape = spec.size == null ? null : Array.isArray(spec.size) ? spec.size : [spec.size];
  const total = shape ? shape.reduce((a, b) => a * b, 1) : 0;
  const scalarParams = [...spec.args, ...Object.values(spec.kw ?? {})].every((a) => !Array.isArray(a) && (a === null || typeof a !== 'object'));
  if (!progress || !shape || total < LONG || !CHUNKABLE.has(spec.method) || !scalarParams) {
    const out = fn.apply(target, args);
    return spec.method === 'shuffle' ? args[0] : out;
  }
  const sizeAt = signature(spec.api, spec.method)!.findIndex((p) => p.name === 'size');
  const result = drawChunked((a) => fn.apply(target, a), args, sizeAt, total, CHUNK, (done) => progressBar(io, done, total));
  (result as { shape?: number[] }).shape = shape.slice();
  return result;
}

/**
 * A sized draw made as consecutive draws of `chunk` values into one array (so progress can be
 * reported); for the CHUNKABLE methods the values equal one call's.
 */
export function drawChunked(draw: (args: unknown[]) => unknown, args: readonly unknown[], sizeAt: number, total: number, chunk: number,
  onProgress?: (done: number) => void): ArrayBufferView {
  type Fill = ArrayBufferView & { set(a: ArrayLike<unknown>, o: number): void };
  let result: Fill | null = null;
  for (let done = 0; done < total;) {
    const n = Math.min(chunk, total - done);
    const a = args.slice();
    a[sizeAt] = n;
    const part = draw(a) as Fill & ArrayLike<unknown>;
    result ??= new (part.constructor as new (n: number) => Fill)(total);
    result.set(part, done);
    done += n;
    onProgress?.(done);
  }
  return result!;
}

/** Runs the CLI with `argv` (without node and the script); returns the exit status. */
export async function main(argv: string[], io: Io = nodeIo): Promise<number> {
  try {
    if (argv[0] === 'check') {
      const o = parseArgs(argv.slice(1));
      const seeds = o.seed !== null ? [Number(o.seed)] : undefined;
      let r;
      try {
        r = await check({ seeds, methods: o.method ? [o.method, ...o.args.map(String)] : undefined });
      } catch (e) {
        io.stderr(`numpy-random check: ${(e as Error).message}\n`);
        return 2;
      }
      io.stdout(`numpy ${r.numpy} vs numpy-random, seed ${r.seeds.join(',')} (digests of each result and the draws after it)\n`);
      io.stdout(formatTable(r.rows));
      const bad = r.rows.filter((x) => x.same + x.close !== x.cases);
      for (const row of bad) for (const f of row.failures.slice(0, 5)) io.stderr(`  ${f}\n`);
      return bad.length ? 1 : 0;
    }
    const o = parseArgs(argv);
    if (o.help || !o.method) {
      io.stdout(helpText());
      return o.help ? 0 : 1;
    }
    if (o.format === 'npy' && !o.out && process.stdout.isTTY) throw new UsageError('--format npy writes binary: add --out FILE or redirect stdout');
    const { spec, target } = build(o);
    const progress = o.progress ?? (Boolean(o.out) && io.stderrIsTTY);
    const result = call(spec, target, io, progress);
    const enc = encodeResult(result, numpyDtype(spec));
    const payload: string | Uint8Array = o.format === 'npy' ? saveNpy(asNpy(enc).data)
      : o.format === 'csv' ? toCsvText(enc) : toJsonText(enc) + '\n';
    if (o.out) writeFileSync(o.out, payload);
    else io.stdout(payload);
    if (o.saveState) {
      const st = spec.api === 'generator' ? (target.bit_generator as object) : target;
      writeFileSync(o.saveState, JSON.stringify(st) + '\n');
    }
    return 0;
  } catch (e) {
    const err = e as Error;
    const name = err instanceof UsageError ? 'usage' : err.name;
    io.stderr(`numpy-random: ${name}: ${err.message}\n`);
    return err instanceof UsageError ? 2 : 1;
  }
}
