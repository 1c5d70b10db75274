// The warnings channel: categories, catch_warnings, and emission through process.emitWarning
// (Node's flags and 'warning' listeners apply) or console.warn where there is no process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  DeprecationWarning, RuntimeWarning, UserWarning, Warning, catch_warnings, warn,
} from '../../src/core/warnings.js';
import * as root from '../../src/index.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('categories', () => {
  test('are Errors named as Python names them, all under Warning', () => {
    for (const [C, name] of [[UserWarning, 'UserWarning'], [DeprecationWarning, 'DeprecationWarning'], [RuntimeWarning, 'RuntimeWarning']] as const) {
      const w = new C('m');
      expect(w).toBeInstanceOf(Warning);
      expect(w).toBeInstanceOf(Error);
      expect(w.name).toBe(name);
      expect(w.message).toBe('m');
    }
    expect(new DeprecationWarning('m')).not.toBeInstanceOf(RuntimeWarning);
  });

  test('the package root exports the channel', () => {
    expect(root.DeprecationWarning).toBe(DeprecationWarning);
    expect(root.RuntimeWarning).toBe(RuntimeWarning);
    expect(root.UserWarning).toBe(UserWarning);
    expect(root.Warning).toBe(Warning);
    expect(root.catch_warnings).toBe(catch_warnings);
    expect(root.warn).toBe(warn);
  });
});

describe('catch_warnings', () => {
  test('records in order and returns the result; nothing is emitted', () => {
    const spy = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const { result, warnings } = catch_warnings(() => {
      warn('a', RuntimeWarning);
      warn('b');
      return 42;
    });
    expect(result).toBe(42);
    expect(warnings.map((w) => [w.name, w.message])).toEqual([['RuntimeWarning', 'a'], ['UserWarning', 'b']]);
    expect(spy).not.toHaveBeenCalled();
  });

  test('the innermost call records; recording stops after a throw', () => {
    const spy = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const outer = catch_warnings(() => {
      const inner = catch_warnings(() => warn('in', DeprecationWarning));
      warn('out', DeprecationWarning);
      return inner.warnings.map((w) => w.message);
    });
    expect(outer.result).toEqual(['in']);
    expect(outer.warnings.map((w) => w.message)).toEqual(['out']);
    expect(() => catch_warnings(() => { throw new TypeError('x'); })).toThrow(TypeError);
    warn('after', RuntimeWarning);
    expect(spy).toHaveBeenCalledTimes(1);
    expect((spy.mock.calls[0]![0] as unknown as Error).message).toBe('after');
  });
});

describe('emission', () => {
  test('through process.emitWarning with the Warning object (name = category)', () => {
    const seen: Error[] = [];
    const spy = vi.spyOn(process, 'emitWarning').mockImplementation((w) => { seen.push(w as Error); });
    warn('deprecated thing', DeprecationWarning);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(seen[0]).toBeInstanceOf(DeprecationWarning);
    expect(seen[0]!.name).toBe('DeprecationWarning');
    expect(seen[0]!.message).toBe('deprecated thing');
  });

  test("console.warn('Category: message') where there is no process", () => {
    const lines: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((m: string) => { lines.push(m); });
    vi.stubGlobal('process', undefined);
    warn('not psd', RuntimeWarning);
    vi.unstubAllGlobals();
    expect(lines).toEqual(['RuntimeWarning: not psd']);
  });

  // Node's own flags act on our warnings because they go through emitWarning: the package is
  // bundled (esbuild) with a one-line driver and run in a child node with each flag.
  const runNode = async (flags: string[], prelude = '') => {
    const r = await build({
      stdin: {
        contents: `import { RandomState } from './src/index.ts';\n${prelude}\nnew RandomState(1).random_integers(6);\nconsole.log('done');`,
        resolveDir: join(__dirname, '..', '..'), loader: 'ts',
      },
      bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'npr-warn-')), 'driver.mjs');
    writeFileSync(file, r.outputFiles[0]!.text);
    return spawnSync(process.execPath, [...flags, file], { encoding: 'utf8', timeout: 30_000 });
  };
  const MSG = 'This function is deprecated. Please call randint(1, 6 + 1) instead';

  test('process.on("warning"), plain, --no-warnings and --throw-deprecation', async () => {
    const listened = await runNode([], "process.on('warning', (w) => console.log('got', w.name, w.message));");
    expect(listened.stdout).toContain(`got DeprecationWarning ${MSG}`);
    const plain = await runNode([]);
    expect(plain.stderr).toContain(`DeprecationWarning: ${MSG}`);
    expect(plain.stdout).toContain('done');
    const quiet = await runNode(['--no-warnings']);
    expect(quiet.stderr).not.toContain('DeprecationWarning');
    expect(quiet.stdout).toContain('done');
    const thrown = await runNode(['--throw-deprecation']);
    expect(thrown.status).not.toBe(0);
    expect(thrown.stderr).toContain(MSG);
    // (Node throws a deprecation on the next tick, so the call itself returns first)
  }, 60_000);
});
