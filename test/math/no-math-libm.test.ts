// Samplers must call the glibc-exact functions of src/math, never Math.log & co.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');
const DIRS = ['distributions', 'legacy', 'generator'];
const FORBIDDEN = /Math\.(log|exp|pow|log1p|expm1|cos|acos)\b/;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('no Math.log/exp/pow/log1p/expm1/cos/acos in samplers', () => {
  it('src/distributions, src/legacy, src/generator only use src/math', () => {
    const hits: string[] = [];
    for (const d of DIRS) {
      for (const f of files(join(SRC, d))) {
        readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
          if (FORBIDDEN.test(line)) hits.push(`${f.slice(SRC.length + 1)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(hits).toEqual([]);
  });
  it('the pattern catches what it must', () => {
    expect(FORBIDDEN.test('const y = Math.log(u);')).toBe(true);
    expect(FORBIDDEN.test('Math.pow(x, 2)')).toBe(true);
    expect(FORBIDDEN.test('Math.log2(x); Math.sqrt(x); Math.exp2')).toBe(false);
  });
});
