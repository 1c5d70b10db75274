#!/usr/bin/env node
// Times each src/math function against Math.* and against glibc itself on 10^6 inputs: the
// TypeScript implementation, its WebAssembly twin where there is one (src/math/wasm) and the
// exported default (index.js, which picks one of the two).
// glibc is timed by a small C program written and compiled here at bench time (it only calls
// libm); without a C compiler that column is skipped.
// usage: node scripts/bench_math.mjs [path/to/math/index.js]   (default: builds src with tsc)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const N = 1_000_000;
const tmp = mkdtempSync(join(tmpdir(), 'bench_math_'));

let modPath = process.argv[2];
if (!modPath) {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'),
    ['-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(tmp, 'dist'), '--declaration', 'false'],
    { stdio: 'inherit' });
  modPath = join(tmp, 'dist', 'math', 'index.js');
}
const M = await import(pathToFileURL(resolve(modPath)).href);
const mathDir = dirname(resolve(modPath));
const MATH_WASM = (await import(pathToFileURL(join(mathDir, 'wasm', 'backend.js')).href)).mathWasm();
const tsImpl = async (name) => (await import(pathToFileURL(join(mathDir, `${name}.js`)).href))[name];

// Deterministic inputs over the ranges the samplers use.
let seed = 12345;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  const a = seed;
  seed = (seed * 1103515245 + 12345) >>> 0;
  return ((a >>> 5) * 67108864 + (seed >>> 6)) / 9007199254740992;
};
const fill = (f) => {
  const a = new Float64Array(N);
  for (let i = 0; i < N; i++) a[i] = f();
  return a;
};
const f32 = Math.fround;
const u01 = () => 1 - rnd();
const CASES = [
  { name: 'log', ar: 1, x: fill(u01), ref: Math.log },
  { name: 'exp', ar: 1, x: fill(() => -745 * rnd()), ref: Math.exp },
  { name: 'pow', ar: 2, x: fill(u01), y: fill(() => 1 / (0.05 + 10 * rnd())), ref: Math.pow },
  { name: 'log1p', ar: 1, x: fill(() => 2 * rnd() - 1), ref: Math.log1p },
  { name: 'expm1', ar: 1, x: fill(() => 4 * rnd() - 2), ref: Math.expm1 },
  { name: 'cos', ar: 1, x: fill(() => Math.PI * (2 * rnd() - 1)), ref: Math.cos },
  { name: 'acos', ar: 1, x: fill(() => 2 * rnd() - 1), ref: Math.acos },
  { name: 'logf', ar: 1, x: fill(() => f32(u01()) || 1), ref: (x) => f32(Math.log(x)) },
  { name: 'expf', ar: 1, x: fill(() => f32(-100 * rnd())), ref: (x) => f32(Math.exp(x)) },
  { name: 'log1pf', ar: 1, x: fill(() => f32(2 * rnd() - 1)), ref: (x) => f32(Math.log1p(x)) },
  { name: 'powf', ar: 2, x: fill(() => f32(u01()) || 1), y: fill(() => f32(1 / (0.05 + 10 * rnd()))), ref: (x, y) => f32(Math.pow(x, y)) },
];

// A fresh loop per (function, case), so that every call site is monomorphic like a sampler's.
// V8 caches functions compiled from identical source and they then share call-site feedback
// (a call site that has seen two functions is polymorphic and slower): a counter in each source
// keeps the loops apart.
let loopId = 0;
const loop1 = () =>
  new Function('fn', 'x', 'N', `// loop ${loopId++}\nlet acc = 0; for (let i = 0; i < N; i++) acc += fn(x[i]); return acc;`);
const loop2 = () =>
  new Function('fn', 'x', 'y', 'N', `// loop ${loopId++}\nlet acc = 0; for (let i = 0; i < N; i++) acc += fn(x[i], y[i]); return acc;`);
/**
 * Best time per call of each function in `fns` on case c: the functions take turns, one run each
 * per round, so that a change in the machine's load affects them alike.
 */
function timeAll(fns, c) {
  const runs = fns.map(() => (c.ar === 1 ? loop1() : loop2()));
  const best = fns.map(() => Infinity);
  for (let rep = 0; rep < 7; rep++) {
    fns.forEach((fn, j) => {
      if (!fn) return;
      const t0 = process.hrtime.bigint();
      if (c.ar === 1) runs[j](fn, c.x, N);
      else runs[j](fn, c.x, c.y, N);
      best[j] = Math.min(best[j], Number(process.hrtime.bigint() - t0));
    });
  }
  return best.map((b, j) => (fns[j] ? b / N : NaN));
}

const C_SRC = `#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e9+t.tv_nsec;}
int main(int argc,char**argv){
  const char*f=argv[1]; long n=atol(argv[2]); int ar=atoi(argv[3]);
  double*x=malloc(8*n*ar); FILE*fh=fopen(argv[4],"rb"); if(fread(x,8,n*ar,fh)!=(size_t)(n*ar)) return 2; fclose(fh);
  volatile double sink=0; double best=1e300;
  for(int rep=0;rep<5;rep++){ double acc=0, t0=now();
    if(!strcmp(f,"log")) for(long i=0;i<n;i++) acc+=log(x[i]);
    else if(!strcmp(f,"exp")) for(long i=0;i<n;i++) acc+=exp(x[i]);
    else if(!strcmp(f,"pow")) for(long i=0;i<n;i++) acc+=pow(x[2*i],x[2*i+1]);
    else if(!strcmp(f,"log1p")) for(long i=0;i<n;i++) acc+=log1p(x[i]);
    else if(!strcmp(f,"expm1")) for(long i=0;i<n;i++) acc+=expm1(x[i]);
    else if(!strcmp(f,"cos")) for(long i=0;i<n;i++) acc+=cos(x[i]);
    else if(!strcmp(f,"acos")) for(long i=0;i<n;i++) acc+=acos(x[i]);
    else if(!strcmp(f,"logf")) for(long i=0;i<n;i++) acc+=logf((float)x[i]);
    else if(!strcmp(f,"expf")) for(long i=0;i<n;i++) acc+=expf((float)x[i]);
    else if(!strcmp(f,"log1pf")) for(long i=0;i<n;i++) acc+=log1pf((float)x[i]);
    else if(!strcmp(f,"powf")) for(long i=0;i<n;i++) acc+=powf((float)x[2*i],(float)x[2*i+1]);
    double dt=now()-t0; if(dt<best) best=dt; sink+=acc; }
  printf("%.3f\\n", best/n); return 0; }
`;
let cbin = null;
try {
  writeFileSync(join(tmp, 'libm_bench.c'), C_SRC);
  execFileSync('cc', ['-O2', '-fno-builtin', join(tmp, 'libm_bench.c'), '-o', join(tmp, 'libm_bench'), '-lm']);
  cbin = join(tmp, 'libm_bench');
} catch {
  console.log('(no C compiler: glibc column skipped)');
}

function glibcTime(c) {
  if (!cbin) return NaN;
  const file = join(tmp, `${c.name}.bin`);
  let data = c.x;
  if (c.ar === 2) {
    data = new Float64Array(2 * N);
    for (let i = 0; i < N; i++) {
      data[2 * i] = c.x[i];
      data[2 * i + 1] = c.y[i];
    }
  }
  writeFileSync(file, data);
  return Number(execFileSync(cbin, [c.name, String(N), String(c.ar), file]).toString());
}

console.log(`ns per call over ${N} inputs (best of 7 interleaved runs, one monomorphic loop per function)`);
console.log('function  default      ts    wasm  Math.*   glibc  default/Math  default/glibc');
const fmt = (v) => (Number.isNaN(v) ? '-' : v.toFixed(1)).padStart(7);
for (const c of CASES) {
  const [ours, ts, wasm, ref] = timeAll([M[c.name], await tsImpl(c.name), MATH_WASM?.[c.name], c.ref], c);
  const g = glibcTime(c);
  console.log(
    `${c.name.padEnd(8)} ${fmt(ours)} ${fmt(ts)} ${fmt(wasm)} ${fmt(ref)} ${fmt(g)}` +
      `  ${(ours / ref).toFixed(2).padStart(12)}  ${(ours / g).toFixed(2).padStart(13)}`,
  );
}
if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
