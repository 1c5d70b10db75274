// Every subpath's declarations load in a strict project (skipLibCheck off) on each TypeScript.
// numpy-random/npy is checked apart (npy.ts): its types name @petamoriken/float16's Float16Array.
import * as root from 'numpy-random';
import * as math from 'numpy-random/math';
import * as pyrandom from 'numpy-random/pyrandom';
import * as jax from 'numpy-random/jax';

export const modules = [root, math, pyrandom, jax];
