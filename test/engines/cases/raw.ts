// Digest input for a module's own typed-array results: the constructor's name, the shape and
// the raw bytes of each part (so the element type, the shape and every bit must agree).
export function rawFrame(parts: unknown[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const enc = new TextEncoder();
  for (const p of parts) {
    if (!ArrayBuffer.isView(p)) {
      chunks.push(enc.encode(`${typeof p}|${String(p)}|`));
      continue;
    }
    const shape = (p as { shape?: number[] }).shape ?? [];
    chunks.push(enc.encode(`${p.constructor.name}|${shape.join(',')}|`), new Uint8Array(p.buffer, p.byteOffset, p.byteLength));
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let k = 0;
  for (const c of chunks) { out.set(c, k); k += c.length; }
  return out;
}
