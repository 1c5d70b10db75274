// Golden vectors from CPython 3.11.7 (and 3.12.1 for binomialvariate): scripts/golden/pyrandom.py.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/pyrandom/index.js';
import { type Case, type Enc, replayCase, sameValue } from './replay.js';

interface Doc {
  python: string; python312: string | null; cases: Case[]; binomial: Case[];
  states: { seed: number; draws: number; gauss: boolean; json: string; next: Enc[] }[];
}
const doc = JSON.parse(readFileSync(join(__dirname, '..', 'golden', 'pyrandom.json'), 'utf8')) as Doc;

describe(`pyrandom golden (CPython ${doc.python})`, () => {
  it('was exported from CPython 3.11.7', () => expect(doc.python).toBe('3.11.7'));
  for (const c of doc.cases) {
    it(c.name ?? 'case', () => {
      replayCase(c);
    });
  }
});

describe(`binomialvariate golden (CPython ${doc.python312 ?? 'none'})`, () => {
  it('has cases from CPython 3.12', () => {
    expect(doc.python312).toMatch(/^3\.12\./);
    expect(doc.binomial.length).toBeGreaterThan(0);
  });
  for (const c of doc.binomial) it(c.name ?? 'case', () => { replayCase(c); });
});

describe('state interchange with CPython', () => {
  for (const s of doc.states) {
    it(`json.dumps(getstate()) after seed ${s.seed}, ${s.draws} draws${s.gauss ? ', gauss' : ''}`, () => {
      // Python -> TS: continue CPython's stream from its JSON.
      const r = Random.fromJSON(s.json);
      const got = [0, 1, 2, 3, 4].map(() => r.random()).concat([0, 1, 2].map(() => r.gauss()));
      sameValue(got, s.next, 'next');
      // TS -> Python: our JSON of the same state is CPython's, value for value.
      const ours = new Random(s.seed);
      for (let i = 0; i < s.draws; i++) ours.random();
      if (s.gauss) ours.gauss();
      expect(JSON.parse(JSON.stringify(ours))).toEqual(JSON.parse(s.json));
      expect(JSON.parse(JSON.stringify(Random.fromJSON(JSON.stringify(ours))))).toEqual(JSON.parse(s.json));
    });
  }
});
