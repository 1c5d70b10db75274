// Every subpath's declarations load in a strict project (skipLibCheck off) on each TypeScript.
// npy and torch are checked apart (float16.ts): their types name @petamoriken/float16's Float16Array.
import * as root from 'numpy-random';
import * as math from 'numpy-random/math';
import * as pyrandom from 'numpy-random/pyrandom';
import * as jax from 'numpy-random/jax';

export const modules = [root, math, pyrandom, jax];
