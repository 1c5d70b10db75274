// WebAssembly twin of threefryKernel's arithmetic-iota modes (counter (i * s0, a1 + i)), assembled
// here from its instructions (a few hundred bytes, compiled synchronously). Same bits as the TypeScript kernel; used where it is
// faster (see README), with the TypeScript kernel as fallback when WebAssembly is unavailable.
import { type WasmMemory, wasmApi } from '../core/wasm_api.js';

const ROT = [13, 15, 26, 6, 17, 29, 16, 24];

function sleb(v: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

function uleb(v: number): number[] {
  const out: number[] = [];
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

// params: k0 k1 n s0 a1 xor; locals: k2 i a b
const K0 = 0, K1 = 1, N = 2, S0 = 3, A1 = 4, XOR = 5, K2 = 6, I = 7, A = 8, B = 9;
const get = (l: number): number[] => [0x20, l];
const set = (l: number): number[] => [0x21, l];
const tee = (l: number): number[] => [0x22, l];
const c32 = (v: number): number[] => [0x41, ...sleb(v | 0)];
const ADD = 0x6a, MUL = 0x6c, XORI = 0x73, ROTL = 0x77, SHL = 0x74, GEU = 0x4f;
const store = [0x36, 2, 0];

function body(): number[] {
  const ks = [K0, K1, K2];
  const code: number[] = [];
  code.push(...get(K0), ...get(K1), XORI, ...c32(0x1bd11bda), XORI, ...set(K2));
  code.push(...c32(0), ...set(I));
  code.push(0x02, 0x40, 0x03, 0x40); // block, loop
  code.push(...get(I), ...get(N), GEU, 0x0d, 1); // br_if 1 when i >= n
  code.push(...get(I), ...get(S0), MUL, ...get(K0), ADD, ...set(A));
  code.push(...get(A1), ...get(I), ADD, ...get(K1), ADD, ...set(B));
  for (let g = 0; g < 5; g++) {
    for (let r = 0; r < 4; r++) {
      const rot = ROT[(g % 2) * 4 + r]!;
      code.push(...get(A), ...get(B), ADD, ...tee(A), ...get(B), ...c32(rot), ROTL, XORI, ...set(B));
    }
    code.push(...get(A), ...get(ks[(g + 1) % 3]!), ADD, ...set(A));
    code.push(...get(B), ...get(ks[(g + 2) % 3]!), ADD, ...c32(g + 1), ADD, ...set(B));
  }
  // if xor: mem[i] = a ^ b else mem[i] = a, mem[n + i] = b
  code.push(...get(XOR), 0x04, 0x40);
  code.push(...get(I), ...c32(2), SHL, ...get(A), ...get(B), XORI, ...store);
  code.push(0x05);
  code.push(...get(I), ...c32(2), SHL, ...get(A), ...store);
  code.push(...get(N), ...get(I), ADD, ...c32(2), SHL, ...get(B), ...store);
  code.push(0x0b);
  code.push(...get(I), ...c32(1), ADD, ...set(I), 0x0c, 0); // i++, br 0
  code.push(0x0b, 0x0b, 0x0b); // end loop, end block, end function
  const locals = [1, 4, 0x7f]; // one group: 4 locals of i32
  const fn = [...locals, ...code];
  return [...uleb(fn.length), ...fn];
}

function section(id: number, payload: number[]): number[] {
  return [id, ...uleb(payload.length), ...payload];
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const type = section(1, [1, 0x60, 6, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0]);
  const func = section(3, [1, 0]);
  const mem = section(5, [1, 0, 1]);
  const exp = section(7, [2, 1, 0x6b, 0, 0, 1, 0x6d, 2, 0]); // "k" func 0, "m" memory 0
  const code = section(10, [1, ...body()]);
  return new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...type, ...func, ...mem, ...exp, ...code]);
}

export interface ThreefryWasm {
  /** Writes n results into fresh arrays: out0 (and out1 unless xor). */
  iota(k0: number, k1: number, n: number, s0: number, a1: number, xor: boolean): [Uint32Array, Uint32Array | null];
}

function load(): ThreefryWasm | null {
  const api = wasmApi();
  if (api === undefined) return null;
  try {
    const inst = new api.Instance(new api.Module(moduleBytes()));
    const k = inst.exports.k as (k0: number, k1: number, n: number, s0: number, a1: number, xor: number) => void;
    const mem = inst.exports.m as WasmMemory;
    return {
      iota(k0, k1, n, s0, a1, xor) {
        const bytes = (xor ? 4 : 8) * n;
        const have = mem.buffer.byteLength;
        if (bytes > have) mem.grow(Math.ceil((bytes - have) / 65536));
        k(k0 | 0, k1 | 0, n, s0, a1, xor ? 1 : 0);
        const view = new Uint32Array(mem.buffer, 0, xor ? n : 2 * n);
        return xor ? [view.slice(0, n), null] : [view.slice(0, n), view.slice(n, 2 * n)];
      },
    };
  } catch {
    return null;
  }
}

export const THREEFRY_WASM: ThreefryWasm | null = load();
