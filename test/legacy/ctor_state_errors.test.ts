// RandomState's constructor and set_state against numpy 2.4.6's exact error classes and texts
// (pinned from numpy: `RandomState(MT19937)`, `set_state([])`, `set_state(set())`, ...).
import { describe, expect, test } from 'vitest';
import { IndexError, MT19937, PCG64, RandomState, SeedSequence, ValueError, default_rng } from '../../src/index.js';

type Case = [label: string, run: () => unknown, cls: new (...a: never[]) => Error, name: string, message: string];
const key = () => Array.from(new MT19937(1).state.state.key);

const CASES: Case[] = [
  ['RandomState(MT19937) (the class)', () => new RandomState(MT19937 as never), ValueError, 'ValueError', 'Invalid bit generator. The bit generator must be instantized.'],
  ["RandomState('a')", () => new RandomState('a' as never), TypeError, 'TypeError', "Cannot cast scalar from dtype('<U1') to dtype('int64') according to the rule 'safe'"],
  ['RandomState(1.5)', () => new RandomState(1.5), TypeError, 'TypeError', "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'"],
  ['RandomState({})', () => new RandomState({} as never), TypeError, 'TypeError', "Cannot cast scalar from dtype('O') to dtype('int64') according to the rule 'safe'"],
  ['RandomState(SeedSequence(1))', () => new RandomState(new SeedSequence(1) as never), TypeError, 'TypeError', "Cannot cast scalar from dtype('O') to dtype('int64') according to the rule 'safe'"],
  ['RandomState(Generator)', () => new RandomState(default_rng(1) as never), TypeError, 'TypeError', "Cannot cast scalar from dtype('O') to dtype('int64') according to the rule 'safe'"],
  ['set_state([])', () => new RandomState(1).set_state([]), IndexError, 'IndexError', 'list index out of range'],
  ['set_state(new Set())', () => new RandomState(1).set_state(new Set() as never), TypeError, 'TypeError', 'state must be a dict or a tuple.'],
  ['set_state(new Map())', () => new RandomState(1).set_state(new Map() as never), TypeError, 'TypeError', 'state must be a dict or a tuple.'],
  ['set_state(1)', () => new RandomState(1).set_state(1 as never), TypeError, 'TypeError', 'state must be a dict or a tuple.'],
  ["set_state('x')", () => new RandomState(1).set_state('x' as never), TypeError, 'TypeError', 'state must be a dict or a tuple.'],
  ['set_state(null)', () => new RandomState(1).set_state(null as never), TypeError, 'TypeError', 'state must be a dict or a tuple.'],
  ['set_state({})', () => new RandomState(1).set_state({}), ValueError, 'ValueError', 'state dictionary is not valid.'],
  ["set_state(['PCG64', key, 0])", () => new RandomState(1).set_state(['PCG64', key(), 0]), ValueError, 'ValueError', 'set_state can only be used with legacy MT19937 state instances.'],
  ["set_state(['MT19937'])", () => new RandomState(1).set_state(['MT19937']), IndexError, 'IndexError', 'list index out of range'],
  ["set_state(['MT19937', [1], 0])", () => new RandomState(1).set_state(['MT19937', [1], 0]), IndexError, 'IndexError', 'list index out of range'],
];

describe('RandomState constructor and set_state errors', () => {
  test.each(CASES)('%s', (_label, run, cls, name, message) => {
    let err: unknown;
    try { run(); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(cls);
    expect((err as Error).name).toBe(name);
    expect((err as Error).message).toBe(message);
  });

  test('a failed set_state leaves the stream as it was', () => {
    const rs = new RandomState(3);
    for (const bad of [[], new Set(), ['MT19937', [1], 0], {}]) expect(() => rs.set_state(bad as never)).toThrow();
    expect(rs.random_sample()).toBe(new RandomState(3).random_sample());
  });

  test('an instance is accepted, a non-MT19937 one too', () => {
    expect(String(new RandomState(new PCG64(1)))).toBe('RandomState(PCG64)');
  });
});
