// One reusable block of 32-bit engine words for the fill loops (no allocation per call).
const BLOCK = 4096;
let words = new Uint32Array(BLOCK);

/** The scratch block, at least `n` words long. */
export function scratchWords(n: number): Uint32Array {
  if (words.length < n) words = new Uint32Array(n);
  return words;
}
export const SCRATCH_BLOCK = BLOCK;
