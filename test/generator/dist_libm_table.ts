// A stand-in for src/math used by the oracle and live tests: each elementary function returns
// glibc's value from a table (filled by python3 ctypes) and records the inputs it lacks.
export const libmTable = {
  table: new Map<string, number>(),
  missing: new Set<string>(),
  used: new Set<string>(),
};

const f32 = Math.fround;
const buf = new DataView(new ArrayBuffer(8));
const hex = (x: number): string => {
  buf.setFloat64(0, x);
  return buf.getBigUint64(0).toString(16);
};

function look(name: string, args: number[], fallback: number): number {
  const key = `${name}:${args.map(hex).join(',')}`;
  const v = libmTable.table.get(key);
  if (v === undefined) {
    libmTable.missing.add(key);
    return fallback;
  }
  if (!Object.is(v, fallback)) libmTable.used.add(name);
  return v;
}

/** Loads `{key: hex bits}` entries. */
export function loadTable(entries: Record<string, string>): void {
  for (const [k, h] of Object.entries(entries)) {
    buf.setBigUint64(0, BigInt('0x' + h));
    libmTable.table.set(k, buf.getFloat64(0));
  }
}

export const mathImpl = {
  log: (x: number) => look('log', [x], Math.log(x)),
  exp: (x: number) => look('exp', [x], Math.exp(x)),
  pow: (x: number, y: number) => look('pow', [x, y], Math.pow(x, y)),
  log1p: (x: number) => look('log1p', [x], Math.log1p(x)),
  expm1: (x: number) => look('expm1', [x], Math.expm1(x)),
  cos: (x: number) => look('cos', [x], Math.cos(x)),
  acos: (x: number) => look('acos', [x], Math.acos(x)),
  logf: (x: number) => look('logf', [x], f32(Math.log(x))),
  expf: (x: number) => look('expf', [x], f32(Math.exp(x))),
  powf: (x: number, y: number) => look('powf', [x, y], f32(Math.pow(x, y))),
  log1pf: (x: number) => look('log1pf', [x], f32(Math.log1p(x))),
};
