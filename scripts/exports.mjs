// Keeps package.json's module fields in one generated form. The subpaths are the keys of its
// `exports` map (helpers add `"./name": "./dist/name/index.js"` or any condition object naming
// the ES module); this script rewrites each entry with its types and ES and CommonJS files,
// `typesVersions` for `moduleResolution: node`, and main/module/types.
// `node scripts/exports.mjs` writes package.json; the build refuses a package.json that differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgPath = join(root, 'package.json');

/** The ES module file an exports entry names (a string or the first import/default target). */
function esmTarget(entry) {
  if (typeof entry === 'string') return entry;
  for (const key of ['import', 'default', 'node', 'browser']) {
    if (entry[key] !== undefined) return esmTarget(entry[key]);
  }
  throw new Error(`no ES module target in ${JSON.stringify(entry)}`);
}

const isModuleEntry = (key, entry) => key !== './package.json' && typeof esmTarget(entry) === 'string' && esmTarget(entry).endsWith('.js');

/** package.json with its module fields in the generated form. */
export function normalized(pkg) {
  const exports = {};
  const typesVersions = {};
  for (const [key, entry] of Object.entries(pkg.exports)) {
    if (!isModuleEntry(key, entry)) { exports[key] = entry; continue; }
    const esm = esmTarget(entry);
    if (!esm.startsWith('./dist/')) throw new Error(`${key}: ${esm} is not under ./dist/`);
    const types = esm.replace(/\.js$/, '.d.ts');
    const cjs = esm.replace(/^\.\/dist\//, './dist/cjs/');
    exports[key] = {
      import: { types, default: esm },
      require: { types: cjs.replace(/\.js$/, '.d.ts'), default: cjs },
    };
    if (key !== '.') typesVersions[key.slice(2)] = [types];
  }
  exports['./package.json'] = './package.json';
  const main = exports['.'];
  const out = { ...pkg };
  out.main = main.require.default;
  out.module = main.import.default;
  out.types = main.import.types;
  out.exports = exports;
  out.typesVersions = { '*': typesVersions };
  return out;
}

/** What differs between package.json and its generated form (empty when it is current). */
export function checkExports() {
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const want = normalized(pkg);
  return ['main', 'module', 'types', 'exports', 'typesVersions']
    .filter((k) => JSON.stringify(pkg[k]) !== JSON.stringify(want[k]))
    .map((k) => `${k}: ${JSON.stringify(pkg[k])} should be ${JSON.stringify(want[k])}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  writeFileSync(pkgPath, JSON.stringify(normalized(pkg), null, 2) + '\n');
  console.log(`package.json: ${Object.keys(pkg.exports).length} exports entries in the generated form`);
}
