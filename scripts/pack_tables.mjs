// Rewrites the large numeric tables of the data modules as packed base64 (src/core/packed.ts):
// each `export const NAME = new Float64Array([...])` (or Uint32Array, Float32Array, `.from`)
// with at least MIN entries becomes `unpackF64('...')`. The values come from the built module
// (dist/, so run `npm run build` first); rerunning on packed sources rewrites them unchanged.
// `--check` only reports whether the sources are current.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIN = 64;
const FILES = [
  'src/math/acos_data.ts', 'src/math/exp_data.ts', 'src/math/float_data.ts', 'src/math/log_data.ts',
  'src/math/pow_data.ts', 'src/math/sincos_data.ts', 'src/distributions/ziggurat_constants.ts',
  'src/bitgen/mt19937_jump_data.ts',
];
const KINDS = { Float64Array: ['unpackF64', 8], Float32Array: ['unpackF32', 4], Uint32Array: ['unpackU32', 4] };

/** Byte planes of the array's little-endian words, as base64. */
export function packTable(arr) {
  const width = arr.BYTES_PER_ELEMENT;
  const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
  const n = arr.length;
  const planes = new Uint8Array(bytes.length);
  for (let b = 0; b < width; b++) for (let i = 0; i < n; i++) planes[b * n + i] = bytes[i * width + b];
  return Buffer.from(planes).toString('base64');
}

/** Base64 split into lines that fit the source style. */
function quoted(b64) {
  const lines = [];
  for (let i = 0; i < b64.length; i += 96) lines.push(`  '${b64.slice(i, i + 96)}'`);
  return lines.join(' +\n');
}

let stale = 0;
for (const file of FILES) {
  const path = join(root, file);
  const built = join(root, 'dist', relative(join(root, 'src'), path).replace(/\.ts$/, '.js'));
  const mod = await import(pathToFileURL(built).href);
  let src = readFileSync(path, 'utf8');
  const used = new Set();
  for (const [name, value] of Object.entries(mod)) {
    const kind = KINDS[value?.constructor?.name];
    if (kind === undefined || value.length < MIN) continue;
    const [fn] = kind;
    // only literal or already packed tables; a table the module derives from another stays code
    const re = new RegExp(`export const ${name}(?:: \\w+)? = (?:new \\w+\\(|\\w+\\.from\\(|/\\* @__PURE__ \\*/ unpack)[^;]*;(?: // \\d+ entries)?`);
    if (!re.test(src)) {
      if (new RegExp(`export const ${name}\\b`).test(src)) continue;
      throw new Error(`${file}: no definition of ${name} found`);
    }
    used.add(fn);
    src = src.replace(re, `export const ${name}: ${value.constructor.name} = /* @__PURE__ */ ${fn}(\n${quoted(packTable(value))},\n); // ${value.length} entries`);
  }
  const imp = `import { ${[...used].sort().join(', ')} } from '${relative(dirname(path), join(root, 'src/core/packed.js')).replace(/^(?!\.)/, './')}';\n`;
  src = src.replace(/^import \{[^}]*\} from '[^']*packed\.js';\n/m, '');
  const firstCode = src.search(/^(?!\/\/)/m);
  src = src.slice(0, firstCode) + imp + src.slice(firstCode);
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== src) { console.log(`${file} stale: run node scripts/pack_tables.mjs`); stale++; }
  } else {
    writeFileSync(path, src);
    console.log(`packed ${file}: ${[...used].length ? 'ok' : 'nothing'}`);
  }
}
if (process.argv.includes('--check')) { console.log(stale ? '' : 'up to date'); process.exit(stale ? 1 : 0); }
