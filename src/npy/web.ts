// The few Web APIs the npy module uses, typed locally: the library's build targets plain ES2022
// (no DOM lib), and every engine we support provides these globals.

interface ByteStream {
  readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }> } };
  writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void> } };
}
type StreamCtor = new (format: string) => ByteStream;
interface TextCodecs {
  TextEncoder: new () => { encode(s: string): Uint8Array };
  TextDecoder: new (label?: string, opts?: { fatal?: boolean }) => { decode(b: Uint8Array): string };
  CompressionStream?: StreamCtor;
  DecompressionStream?: StreamCtor;
}

const g = globalThis as unknown as TextCodecs;

export function utf8Encode(s: string): Uint8Array {
  return new g.TextEncoder().encode(s);
}

export function utf8Decode(b: Uint8Array, fatal = false): string {
  return new g.TextDecoder('utf-8', { fatal }).decode(b);
}

/** `CompressionStream` / `DecompressionStream` for 'deflate-raw', or null where the engine lacks them. */
export function deflateStream(direction: 'compress' | 'decompress'): ByteStream | null {
  const C = direction === 'compress' ? g.CompressionStream : g.DecompressionStream;
  return C ? new C('deflate-raw') : null;
}

/** Feeds `data` through a transform stream and collects the output. */
export async function pipeThrough(data: Uint8Array, stream: ByteStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const done = writer.write(data).then(() => writer.close());
  done.catch(() => undefined); // a bad input surfaces through read() below
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    chunks.push(r.value!);
  }
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let p = 0;
  for (const c of chunks) { out.set(c, p); p += c.length; }
  return out;
}
