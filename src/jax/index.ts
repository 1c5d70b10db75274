// numpy-random/jax: jax.random's threefry2x32 keys and samplers, bit for bit (see README).
export { config, AttributeError } from './config.js';
export type { JaxConfigValues } from './config.js';
export { threefry2x32 } from './threefry.js';
export { key, PRNGKey, key_data, wrap_key_data, split, fold_in, unstack } from './keys.js';
export type { Key } from './keys.js';
export { bits } from './bits_api.js';
export {
  uniform, normal, bernoulli, exponential, gumbel, laplace, logistic, cauchy, pareto, weibull_min,
  rademacher, maxwell, double_sided_maxwell,
} from './samplers.js';
export { randint, permutation, choice, categorical } from './discrete.js';
export { truncated_normal } from './samplers.js';
export { gamma, loggamma, beta, dirichlet } from './gamma.js';
export { poisson } from './poisson.js';
export { multivariate_normal } from './mvn.js';
