// Byte-level layout changes: byte swapping and C <-> Fortran order. They move raw bytes (never
// numbers), so every bit pattern, NaN payloads included, survives.

export function swapBytes(data: Uint8Array, size: number): void {
  if (size === 1) return;
  for (let i = 0; i < data.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = data[a]!;
      data[a] = data[b]!;
      data[b] = t;
    }
  }
}

/**
 * Copies `data` (elements of `size` bytes, logical `shape`) between C and Fortran order.
 * 'C->F' reads C order and writes Fortran order; 'F->C' the reverse.
 */
export function reorder(data: Uint8Array, shape: readonly number[], size: number, dir: 'C->F' | 'F->C'): Uint8Array {
  const n = shape.length;
  const out = new Uint8Array(data.length);
  if (n < 2 || data.length === 0) { out.set(data); return out; }
  // Fortran strides (in elements) for each axis; we walk the C-order index.
  const fstride = new Array<number>(n);
  let s = 1;
  for (let k = 0; k < n; k++) { fstride[k] = s; s *= shape[k]!; }
  // Move whole elements through integer views (8-byte elements as two 32-bit words).
  const src0 = data.byteOffset % 4 === 0 ? data : data.slice();
  const unit = size >= 4 ? 4 : size;
  const words = size / unit;
  const View = unit === 4 ? Uint32Array : unit === 2 ? Uint16Array : Uint8Array;
  const from = new View(src0.buffer as ArrayBuffer, src0.byteOffset, data.length / unit);
  const to = new View(out.buffer, 0, out.length / unit);
  const idx = new Array<number>(n).fill(0);
  const total = data.length / size;
  let f = 0;
  for (let c = 0; c < total; c++) {
    const a = (dir === 'C->F' ? c : f) * words, b = (dir === 'C->F' ? f : c) * words;
    for (let w = 0; w < words; w++) to[b + w] = from[a + w]!;
    for (let k = n - 1; k >= 0; k--) {
      idx[k]!++;
      f += fstride[k]!;
      if (idx[k]! < shape[k]!) break;
      f -= fstride[k]! * shape[k]!;
      idx[k] = 0;
    }
  }
  return out;
}
