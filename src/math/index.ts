// Elementary functions for the samplers. Every sampler calls these, never Math.log & co.,
// so that the glibc-identical implementations (issue 7) drop in here without touching them.
// Until then they forward to Math.*, which differs from glibc in the last bit on a few % of inputs.

export { log } from './log.js';
export { exp } from './exp.js';
export { pow } from './pow.js';
export { log1p } from './log1p.js';
export { expm1 } from './expm1.js';
export { cos } from './cos.js';
export { acos } from './acos.js';

const f32 = Math.fround;
export { logf } from './logf.js';
export { expf } from './expf.js';
export const powf = (x: number, y: number): number => f32(Math.pow(x, y));
export { log1pf } from './log1pf.js';
export { fma } from './fma.js';
