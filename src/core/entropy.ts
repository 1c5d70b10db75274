// Entropy for unseeded generators. Browser and Node >= 20 both expose Web Crypto on globalThis;
// getRandomValues fills at most 65536 bytes per call.
interface WebCrypto {
  getRandomValues<T extends ArrayBufferView>(array: T): T;
}

export function randomWords(n: number): Uint32Array {
  const crypto = (globalThis as { crypto?: WebCrypto }).crypto;
  if (!crypto || typeof crypto.getRandomValues !== 'function') {
    throw new Error('no entropy source: globalThis.crypto.getRandomValues is unavailable');
  }
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i += 16384) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 16384)));
  return out;
}
