// Runs a python3 + numpy snippet for live cross-checks; tests skip (saying why) without numpy.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

let available: { ok: boolean; why: string } | null = null;

export function numpyStatus(): { ok: boolean; why: string } {
  if (available) return available;
  const r = spawnSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], { encoding: 'utf8' });
  available = r.status === 0
    ? { ok: true, why: `numpy ${r.stdout.trim()}` }
    : { ok: false, why: `python3 with numpy is not available (${(r.stderr || String(r.error)).trim().split('\n').pop()})` };
  if (!available.ok) console.log(`live cross-check skipped: ${available.why}`);
  return available;
}

/**
 * Runs `code` (python) with `inp` as JSON on stdin; the code must print one JSON document.
 * scripts/golden is on sys.path, so `from common import enc, capture` works.
 */
export function runNumpy<T>(code: string, inp: unknown): T {
  const golden = join(__dirname, '..', '..', 'scripts', 'golden');
  const prelude = `import sys, json\nsys.path.insert(0, ${JSON.stringify(golden)})\nimport numpy as np\nfrom common import enc, capture, legacy_state, bitgen_state\nINP = json.load(sys.stdin)\n`;
  const r = spawnSync('python3', ['-c', prelude + code], { input: JSON.stringify(inp), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout, (_k, v) => (v === '__nan__' ? NaN : v === '__inf__' ? Infinity : v === '__-inf__' ? -Infinity : v)) as T;
}

/** A small seeded PRNG for choosing random test parameters (not the library under test). */
export function paramRng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let blasCore: string | null = null;

/**
 * The OpenBLAS kernel family numpy runs on this machine ('Haswell' on AVX2 x86-64, Zen
 * included). multivariate_normal's LAPACK and BLAS rounding is reproduced for those kernels;
 * elsewhere numpy's own last bits differ, so live checks fall back to the README's tolerance.
 */
export function numpyBlasCore(): string {
  if (blasCore !== null) return blasCore;
  const code = [
    'import numpy, glob, ctypes, os',
    "libs = glob.glob(os.path.join(os.path.dirname(numpy.__file__), '..', 'numpy.libs', '*openblas*'))",
    "f = getattr(ctypes.CDLL(libs[0]), 'scipy_openblas_get_corename64_', None) if libs else None",
    "if f: f.restype = ctypes.c_char_p",
    "print(f().decode() if f else 'unknown')",
  ].join('\n');
  const r = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
  blasCore = r.status === 0 ? r.stdout.trim() : 'unknown';
  return blasCore;
}

/** True when live numpy's multivariate_normal should match ours bit for bit (see numpyBlasCore). */
export function mvnExactHere(): boolean {
  const core = numpyBlasCore();
  const exact = core === 'Haswell' || core === 'Zen';
  if (!exact) console.log(`multivariate_normal compared within rtol 1e-12: numpy runs OpenBLAS's ${core} kernels here, ours follow Haswell's`);
  return exact;
}
