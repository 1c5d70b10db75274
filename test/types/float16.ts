// numpy-random/npy and numpy-random/torch declare half-precision arrays with @petamoriken/float16's
// Float16Array type. That package's exports map sends TypeScript to declarations that need
// TypeScript >= 5.7 (its typesVersions fallback for older versions applies to
// `moduleResolution: node` only), so on TypeScript 5.0-5.6 with nodenext or bundler resolution
// these two subpaths need skipLibCheck; scripts/check_types.mjs checks this file with the current
// TypeScript everywhere and with 5.0 under node resolution.
import * as npy from 'numpy-random/npy';
import * as npyNode from 'numpy-random/npy/node';
import * as torch from 'numpy-random/torch';

export const modules = [npy, npyNode, torch];
