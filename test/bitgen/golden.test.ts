// Bit generators against numpy (test/golden/bitgens.json, from scripts/golden/bitgens.py):
// seeding, spawning, advance/jumped, interleaved next_* calls, state JSON both ways, Philox
// options and errors, wrong-generator state errors, SeedSequence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setKernelBackend } from '../../src/bitgen/kernels.js';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { Philox, type PhiloxInt } from '../../src/bitgen/philox.js';
import { SeedSequence, type Entropy } from '../../src/bitgen/seed_sequence.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import { bitGeneratorFromJSON } from '../../src/bitgen/state_json.js';
import { expectExact, loadGolden, type Encoded } from '../helpers/golden.js';

type Gen = 'PCG64' | 'PCG64DXSM' | 'Philox' | 'SFC64' | 'MT19937';
interface Case { kind: string; gen: Gen; [k: string]: unknown }

const CLASSES = { PCG64, PCG64DXSM, Philox, SFC64, MT19937 } as const;
const doc = loadGolden<Case>('bitgens');
const of = (kind: string) => doc.cases.filter((c) => c.kind === kind);

type JsonInt = string | string[];
function seedOf(s: JsonInt): bigint | bigint[] {
  return Array.isArray(s) ? s.map((v) => BigInt(v)) : BigInt(s);
}

function hex(bytes: ArrayBufferView): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

function runOps(bg: BitGenerator, ops: string[]): string[] {
  return ops.map((op) => {
    if (op === 'u32') return String(bg.next_uint32());
    if (op === 'u64') {
      bg.next_uint64();
      return String((BigInt(bg.hi) << 32n) | BigInt(bg.lo));
    }
    if (op === 'd') return hex(new Float64Array([bg.next_double()]));
    return hex(bg.random_raw(Number(op.slice(3))) as BigUint64Array);
  });
}

const json = (bg: BitGenerator | SeedSequence) => JSON.stringify(bg);

/** The class's own static fromJSON (typed loosely: the classes' constructors differ). */
function classFromJSON<T extends BitGenerator = BitGenerator>(gen: Gen, j: string | object): T {
  return (CLASSES[gen] as unknown as { fromJSON(j: string | object): T }).fromJSON(j);
}

afterAll(() => {
  setKernelBackend('wasm');
});

describe.each(['wasm', 'ts'] as const)('%s kernels', (backend) => {
  beforeAll(() => {
    expect(setKernelBackend(backend)).toBe(backend);
  });

  describe('seeding', () => {
    it.each(of('seed'))('$gen seed $seed', (c) => {
      const bg = new CLASSES[c.gen](seedOf(c.seed as JsonInt));
      expect(json(bg)).toBe(c.state);
      expectExact(bg.random_raw(10), c.raw as Encoded, 'raw');
      expect(json(bg)).toBe(c.after);
    });
  });

  describe('spawn', () => {
    it.each(of('spawn'))('$gen children and grandchild match numpy', (c) => {
      const bg = new CLASSES[c.gen](seedOf(c.seed as string));
      const kids = [...bg.spawn(2), ...bg.spawn(1)];
      kids.forEach((k, i) => {
        expect(k).toBeInstanceOf(CLASSES[c.gen]);
        expect(k.seed_seq!.spawn_key.map(String)).toEqual((c.spawn_keys as string[][])[i]);
        expectExact(k.random_raw(5), (c.children as Encoded[])[i]!, `child ${i}`);
      });
      const grand = kids[0]!.spawn(1)[0]!;
      expect(grand.seed_seq!.spawn_key.map(String)).toEqual(c.grand_key);
      expectExact(grand.random_raw(5), c.grandchild as Encoded, 'grandchild');
    });
  });

  describe('advance', () => {
    it.each(of('advance'))('$gen advance($delta)', (c) => {
      const C = CLASSES[c.gen] as typeof PCG64 | typeof Philox;
      const fresh = new C(1234);
      fresh.random_raw(3);
      fresh.next_uint32();
      expect(json(fresh)).toBe(c.before);
      const bg = classFromJSON<PCG64 | Philox>(c.gen, c.before as string);
      expect(bg.advance(BigInt(c.delta as string))).toBe(bg);
      expect(json(bg)).toBe(c.after);
      expectExact(bg.random_raw(5), c.raw as Encoded, 'raw');
      fresh.advance(BigInt(c.delta as string));
      expect(json(fresh)).toBe(c.after);
    });
  });

  describe('jumped', () => {
    it.each(of('jumped'))('$gen jumped($jumps)', (c) => {
      const C = CLASSES[c.gen];
      const bg = classFromJSON<PCG64 | Philox | MT19937>(c.gen, c.before as string);
      const j = bg.jumped(c.jumps as number);
      expect(json(bg)).toBe(c.before);
      expect(j).toBeInstanceOf(C);
      expect(json(j)).toBe(c.after);
      expectExact(j.random_raw(5), c.raw as Encoded, 'raw');
    });
  });

  describe('interleaved next_uint32/next_uint64/next_double/random_raw and state interchange', () => {
    it.each(of('ops'))('$gen seed $seed', (c) => {
      const ops = c.ops as string[], results = c.results as string[];
      const bg = new CLASSES[c.gen](BigInt(c.seed as string));
      expect(runOps(bg, ops.slice(0, 17))).toEqual(results.slice(0, 17));
      expect(json(bg)).toBe(c.mid);
      expect(runOps(bg, ops.slice(17))).toEqual(results.slice(17));
      expect(json(bg)).toBe(c.final);
      expectExact(bg.random_raw(20), c.cont as Encoded, 'continuation');
      // numpy's mid-stream JSON state, loaded here, continues numpy's stream exactly
      const restored = bitGeneratorFromJSON(c.mid as string);
      expect(restored).toBeInstanceOf(CLASSES[c.gen]);
      expect(runOps(restored, ops.slice(17))).toEqual(results.slice(17));
      expect(json(restored)).toBe(c.final);
      const fromFinal = classFromJSON(c.gen, JSON.parse(c.final as string) as object);
      expectExact(fromFinal.random_raw(20), c.cont as Encoded, 'continuation from JSON');
    });
  });

  describe('Philox key and counter', () => {
    const conv = (v: JsonInt | undefined): PhiloxInt | undefined => (v === undefined ? undefined : seedOf(v));
    it.each(of('philox'))('Philox($opts)', (c) => {
      const o = c.opts as { seed?: string; key?: JsonInt; counter?: JsonInt };
      const make = () => new Philox(o.seed === undefined ? undefined : BigInt(o.seed), conv(o.counter), conv(o.key));
      if (c.error) {
        const [type, msg] = c.error as [string, string];
        expect(make).toThrow(msg);
        try { make(); } catch (e) { expect((e as Error).name).toBe(type); }
        return;
      }
      const bg = make();
      expect(json(bg)).toBe(c.state);
      expect(bg.seed_seq !== null).toBe(c.has_seed_seq);
      if (!c.has_seed_seq) expect(() => bg.spawn(1)).toThrow('The underlying SeedSequence does not implement spawning.');
      expectExact(bg.random_raw(10), c.raw as Encoded, 'raw');
    });
  });

  describe('state of another generator', () => {
    it.each(of('state_error'))('$gen given a $other state', (c) => {
      const bg = new CLASSES[c.gen](1);
      const before = json(bg);
      const other = new CLASSES[c.other as Gen](1).state;
      const [type, msg] = c.error as [string, string];
      expect(() => { bg.state = other; }).toThrow(msg);
      try { bg.state = other; } catch (e) { expect((e as Error).name).toBe(type); }
      expect(json(bg)).toBe(before);
    });
  });

  describe('SeedSequence', () => {
    it.each(of('seedseq'))('entropy $entropy spawn_key $spawn_key pool $pool_size', (c) => {
      const ss = new SeedSequence(seedOf(c.entropy as JsonInt), {
        spawn_key: (c.spawn_key as string[]).map((v) => BigInt(v)), pool_size: c.pool_size as number,
      });
      const kids = ss.spawn(3);
      expectExact(ss.generate_state(9), c.words as Encoded, 'uint32 words');
      expectExact(ss.generate_state(5, 'uint64'), c.words64 as Encoded, 'uint64 words');
      expectExact(ss.pool, c.pool as Encoded, 'pool');
      expect(json(ss)).toBe(c.state);
      kids.forEach((k, i) => expectExact(k.generate_state(4), (c.children as Encoded[])[i]!, `child ${i}`));
      const back = SeedSequence.fromJSON(c.state as string);
      expect(json(back)).toBe(c.state);
      expectExact(back.generate_state(9), c.words as Encoded, 'restored words');
      // the restored sequence remembers its 3 children: its next child is child 3
      const direct = new SeedSequence(seedOf(c.entropy as JsonInt), {
        spawn_key: [...(c.spawn_key as string[]).map((v) => BigInt(v)), 3n], pool_size: c.pool_size as number,
      });
      expect(Array.from(back.spawn(1)[0]!.generate_state(4) as Uint32Array)).toEqual(Array.from(direct.generate_state(4) as Uint32Array));
    });
  });

  describe('SeedSequence entropy forms (nested lists, seed strings, bools) and errors', () => {
    it.each(of('seedseq_raw'))('entropy $entropy spawn_key $spawn_key', (c) => {
      const make = () => new SeedSequence(c.entropy as Entropy, { spawn_key: c.spawn_key as bigint[] }).generate_state(4);
      if (c.error) {
        const [type, msg] = c.error as [string, string];
        expect(make).toThrow(msg);
        try { make(); } catch (e) { expect((e as Error).name).toBe(type); }
        return;
      }
      expectExact(make(), c.value as Encoded, 'words');
    });
  });
});
