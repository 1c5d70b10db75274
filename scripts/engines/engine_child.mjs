// Runs the conformance bundle inside one engine (Node, Bun or Deno) and prints its report as
// JSON. argv: bundle URL, mode ('wasm', or 'ts' = no WebAssembly: the pure-TS fallbacks).
const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const [bundle, mode] = args;
if (mode === 'ts') globalThis.WebAssembly = undefined;
const m = await import(bundle);
const report = await m.runAll();
report.engine = globalThis.Deno ? `deno ${globalThis.Deno.version.deno}` : globalThis.Bun ? `bun ${globalThis.Bun.version}` : `node ${process.version}`;
console.log(JSON.stringify(report));
