// One shared Float64Array/Uint32Array view pair for reinterpreting doubles as 32-bit words.
// U32[0] is the low word, U32[1] the high word (sign, exponent, top 20 bits of the significand).
// Every platform this library targets (x86, ARM, wasm hosts) is little-endian; the check below
// makes a big-endian host fail loudly at load instead of computing wrong results.
export const F64 = new Float64Array(1);
export const U32 = new Uint32Array(F64.buffer);
export const F32 = new Float32Array(F64.buffer, 0, 1);

F64[0] = 1;
if (U32[1] !== 0x3ff00000) throw new Error('numpy-random/math needs a little-endian platform');

/** POW2[j] = 2^(j - 1100) for j in [0, 2200] (0 where below the subnormal range): exact scalings. */
export const POW2 = new Float64Array(2201);
POW2[1100] = 1;
for (let j = 1101; j <= 2123; j++) POW2[j] = POW2[j - 1]! * 2;
for (let j = 1099; j >= 26; j--) POW2[j] = POW2[j + 1]! / 2;
