// numpy-random/torch on every engine: the default generator seeded by manual_seed, each sampler,
// then rand(2) (so the generator state must match too). Expected digests from the Node run; the
// main suite (test/torch) checks these functions against torch's own values.
import * as torch from '../../../src/torch/index.js';
import { rawFrame } from './raw.js';
import type { EngineCase } from './types.js';

const F32 = (xs: number[]) => Object.assign(Float32Array.from(xs), { shape: [xs.length] });

const CALLS: [string, () => unknown][] = [
  ['rand(1000)', () => torch.rand(1000)],
  ['rand(7,3)', () => torch.rand(7, 3)],
  ['rand(100,float64)', () => torch.rand(100, { dtype: 'float64' })],
  ['randn(1000)', () => torch.randn(1000)],
  ['randn(100,float64)', () => torch.randn(100, { dtype: 'float64' })],
  ['randint(0,100,[1000])', () => torch.randint(0, 100, [1000])],
  ['randperm(50)', () => torch.randperm(50)],
  ['normal(2,3,[500])', () => torch.normal(2, 3, [500])],
  ['bernoulli(p)', () => torch.bernoulli(F32([0.1, 0.5, 0.9, 0.3, 0.7]))],
  ['poisson(rates)', () => torch.poisson(F32([0.5, 3, 20, 150]))],
  ['multinomial(probs,6,true)', () => torch.multinomial(F32([0.1, 0.2, 0.3, 0.4]), 6, true)],
];

export function cases(): EngineCase[] {
  const out: EngineCase[] = [];
  for (const seed of [0, 42, 123456789]) {
    for (const [label, call] of CALLS) {
      out.push({
        id: `torch:${seed}:${label}`, oracle: 'node',
        bytes: () => {
          torch.manual_seed(seed);
          const r = call();
          return rawFrame([r, torch.rand(2)]);
        },
      });
    }
  }
  return out;
}
