// Generator's core methods against numpy 2.4.6 golden vectors: every result bit for bit, its JS
// kind, numpy's errors (with the state left unchanged) and the bit generator state after each call.
import { describe, expect, it } from 'vitest';
import { default_rng } from '../../src/index.js';
import { type GoldenDoc, loadGolden } from '../helpers/golden.js';
import { checkCall, deviations } from './check.js';
import { type Json, type RecordedCall, type SeedSpec, decodeArg, expectError, makeGenerator } from './helpers.js';

interface Case { id: string; seed: SeedSpec; calls: RecordedCall[] }

const docs: [string, GoldenDoc<Case>][] = [
  ['Generator(MT19937)', loadGolden<Case>('generator_core')],
  ['Generator(PCG64) and default_rng', loadGolden<Case>('generator_core_pcg64')],
];

function describeCall(c: RecordedCall): string {
  const s = JSON.stringify([c.args, c.kw]);
  return `${c.m}${s.length > 90 ? s.slice(0, 90) + '…' : s}`;
}

for (const [title, doc] of docs) {
  const groups = new Map<string, Case[]>();
  for (const c of doc.cases) {
    const g = c.id.split('#')[0]!.split(':')[0]!;
    groups.set(g, [...(groups.get(g) ?? []), c]);
  }
  const total = doc.cases.reduce((n, c) => n + c.calls.length, 0);
  describe(`${title} core vs numpy ${doc.numpy} (${doc.cases.length} cases, ${total} calls)`, () => {
    for (const [name, cases] of groups) {
      describe(name, () => {
        for (const c of cases) {
          it(`${c.id} seed=${JSON.stringify(c.seed)}`, () => {
            const g = makeGenerator(c.seed);
            c.calls.every((call, i) => checkCall(g, call, `${c.id} call ${i}: ${describeCall(call)}`));
          });
        }
      });
    }
  });
}

describe('default_rng seeds numpy refuses', () => {
  const errs = docs[1]![1].meta.default_rng_errors as { arg: Json; error: [string, string] }[];
  for (const e of errs) {
    it(JSON.stringify(e.arg), () => {
      let err: unknown;
      try { default_rng(decodeArg(e.arg) as number); } catch (x) { err = x; }
      expectError(err, e.error, JSON.stringify(e.arg));
    });
  }
});

it('documents the calls not compared', () => {
  if (deviations.length) console.log(`not compared (${deviations.length}):\n  ${deviations.join('\n  ')}`);
  expect(deviations.length).toBeLessThanOrEqual(2);
});
