// Reads numpy's bit generator test sets (numpy/random/tests/data/<name>-testset-<n>.csv).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestSet { seed: bigint; values: bigint[] }

export function loadTestSet(name: string, n: 1 | 2): TestSet {
  const text = readFileSync(join(__dirname, '..', 'golden', 'bitgens', `${name}-testset-${n}.csv`), 'utf8');
  const lines = text.trim().split(/\r?\n/);
  const seed = BigInt(lines[0]!.split(',')[1]!.trim());
  const values = lines.slice(1).map((l) => BigInt(l.split(',')[1]!.trim()));
  return { seed, values };
}
