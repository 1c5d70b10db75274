// The CLI's main() against numpy's output for the same commands (test/cli/golden.json, from
// scripts/engines/cli_golden.py), plus formats, state files, the progress bar and errors.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNKABLE, drawChunked, helpText, main, parseValue } from '../../src/cli/main.js';
import { pyRepr } from '../../src/cli/encode.js';
import { BITGENS, makeTarget, methodNames, positional, signature } from '../../src/cli/calls.js';
import type { Api, CallSpec } from '../../src/cli/calls.js';
import { loadNpy } from '../../src/npy/index.js';
import * as np from '../../src/index.js';

interface G { json: { argv: string[]; stdout: string }[]; npy: { argv: string[]; hex: string }[]; state: { legacy: boolean; state: string; argv: string[]; stdout: string; saved: string }[] }
const golden = JSON.parse(readFileSync(join(__dirname, 'golden.json'), 'utf8')) as G;

async function run(argv: string[], tty = false) {
  let out = '';
  const bin: Uint8Array[] = [];
  let err = '';
  const code = await main(argv, {
    stdout: (t) => { if (typeof t === 'string') out += t; else bin.push(t); },
    stderr: (t) => { err += t; },
    stderrIsTTY: tty,
  });
  return { code, out, err, bin: Buffer.concat(bin) };
}

describe('numpy-random CLI against numpy', () => {
  it.each(golden.json.map((c) => [c.argv.join(' '), c] as const))('%s', async (_n, c) => {
    const r = await run(c.argv);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(c.stdout);
  });
  it.each(golden.npy.map((c) => [c.argv.join(' '), c] as const))('%s is np.save\'s bytes', async (_n, c) => {
    const r = await run(c.argv);
    expect(r.code).toBe(0);
    expect(r.bin.toString('hex')).toBe(c.hex);
  });
  it.each(golden.state.map((c) => [c.legacy ? 'RandomState' : 'Generator(Philox)', c] as const))('--state / --save-state with %s', async (_n, c) => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-state-'));
    writeFileSync(join(dir, 'in.json'), c.state);
    const r = await run([...(c.legacy ? ['--legacy'] : []), '--state', join(dir, 'in.json'), '--save-state', join(dir, 'out.json'), ...c.argv]);
    expect(r.err).toBe('');
    expect(r.out).toBe(c.stdout);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toEqual(JSON.parse(c.saved));
  });
});

describe('formats and files', () => {
  it('csv rows follow the last axis; --out writes the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-out-'));
    const r = await run(['--legacy', '--seed', '42', 'rand', '2', '3', '--format', 'csv']);
    const want = new np.RandomState(42).rand(2, 3) as Float64Array;
    expect(r.out).toBe([0, 3].map((i) => Array.from(want.subarray(i, i + 3), pyRepr).join(',')).join('\n') + '\n');
    expect((await run(['--seed', '1', 'random', '--size', '4', '--out', join(dir, 'a.npy'), '--format', 'npy'])).code).toBe(0);
    const a = loadNpy(new Uint8Array(readFileSync(join(dir, 'a.npy'))));
    expect(Array.from(a as Float64Array)).toEqual(Array.from(np.default_rng(1).random(4) as Float64Array));
  });
  it('a long draw into a file shows a progress bar and gives the same values as one call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-prog-'));
    const n = (1 << 20) + 12345;
    for (const [argv, make] of [
      [['--seed', '5', '--bitgen', 'MT19937', 'normal', '1', '2'], () => new np.Generator(new np.MT19937(5)).normal(1, 2, n)],
      [['--legacy', '--seed', '5', 'standard_normal'], () => new np.RandomState(5).standard_normal(n)],
    ] as const) {
      const f = join(dir, 'big.npy');
      const r = await run([...argv, '--size', String(n), '--format', 'npy', '--out', f], true);
      expect(r.code).toBe(0);
      expect(r.err).toMatch(/\[#+\] 100% 1060921\/1060921\n$/);
      expect(r.err.split('\r').length).toBeGreaterThan(16);
      const got = loadNpy(new Uint8Array(readFileSync(f)));
      expect(Buffer.from(got.buffer).equals(Buffer.from((make() as Float64Array).buffer))).toBe(true);
    }
    const quiet = await run(['--seed', '5', 'random', '--size', String(n), '--out', join(dir, 'q.npy'), '--format', 'npy', '--no-progress'], true);
    expect(quiet.err).toBe('');
  });
  it('every chunkable method gives one call\'s values when drawn in chunks, on every API and bit generator', () => {
    let checked = 0;
    for (const api of ['legacy', 'generator', 'bitgen'] as Api[]) {
      for (const bitgen of api === 'legacy' ? [undefined] : BITGENS) {
        for (const method of CHUNKABLE) {
          if (!signature(api, method)) continue;
          for (const dtype of api === 'generator' && ['random', 'standard_normal', 'standard_exponential'].includes(method) ? [undefined, 'float32'] : [undefined]) {
            const args = method === 'normal' || method === 'uniform' ? [0.5, 2] : method === 'exponential' ? [3] : [];
            const spec: CallSpec = { api, seed: 99, method, args, size: 5003, ...(bitgen ? { bitgen } : {}), ...(dtype ? { dtype } : {}) };
            const one = makeTarget(spec);
            const whole = (one[method] as (...a: unknown[]) => ArrayBufferView).apply(one, positional(spec));
            const two = makeTarget(spec);
            const sizeAt = signature(api, method)!.findIndex((p) => p.name === 'size');
            const parts = drawChunked((a) => (two[method] as (...x: unknown[]) => unknown).apply(two, a), positional(spec), sizeAt, 5003, 997);
            expect(Buffer.from(parts.buffer).equals(Buffer.from(whole.buffer)), `${api} ${bitgen} ${method} ${dtype}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
  it('every chunkable method is a method numpy has', () => {
    for (const m of CHUNKABLE) expect(signature('generator', m) ?? signature('legacy', m) ?? signature('bitgen', m)).toBeDefined();
  });
});

describe('errors go to stderr with a non-zero exit', () => {
  it.each([
    [['--legacy', 'beta', '-1', '2'], 1, /ValueError: a <= 0/],
    [['--legacy', 'integers', '0', '3'], 2, /RandomState has no method 'integers' \(it is a Generator method: drop --legacy\)/],
    [['randint', '0', '3'], 2, /add --legacy/],
    [['--bitgen', 'Foo', 'random'], 2, /unknown bit generator/],
    [['random', '--size', '3,x'], 2, /--size wants integers/],
    [['--seed', '-1', 'random'], 2, /--seed wants a non-negative integer/],
    [['random', '--format', 'xml'], 2, /json, csv or npy/],
    [['normal', '--bogus', '1'], 1, /unexpected keyword argument 'bogus'/],
    [['--state', '/nonexistent/state.json', 'random'], 1, /ENOENT/],
    [['--seed'], 2, /--seed needs a value/],
    [['integers', '5', '1'], 1, /ValueError: low > high|high <= 0|low >= high/],
    [['--legacy', 'choice', '5', '3', '--p', '[0.5,0.5]'], 1, /ValueError: 'a' and 'p' must have same size/],
  ] as const)('%j', async (argv, code, msg) => {
    const r = await run([...argv]);
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err).toMatch(msg);
  });
});

describe('--help', () => {
  it('lists every method of each API with numpy\'s signature', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const m of methodNames('legacy')) expect(r.out).toContain(`  ${m}(`);
    for (const m of methodNames('generator')) expect(r.out).toContain(`  ${m}(`);
    expect(r.out).toContain('integers(low, high=None, size=None, dtype=int64, endpoint=False)');
    expect(r.out).toContain('rand(*args)');
    expect(helpText()).toBe(r.out);
  });
  it('parses values as numpy would take them', () => {
    expect(parseValue('3')).toBe(3);
    expect(parseValue('18446744073709551615')).toEqual({ int: '18446744073709551615' });
    expect(parseValue('-2.5e-3')).toBe(-0.0025);
    expect(parseValue('True')).toBe(true);
    expect(parseValue('None')).toBe(null);
    expect(parseValue('[1, 2.5]')).toEqual([1, 2.5]);
    expect(parseValue('svd')).toBe('svd');
    expect(parseValue('-inf')).toBe(-Infinity);
  });
});
