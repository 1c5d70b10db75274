// numpy's RandomState: the core (state, uniform, integers, choice, shuffle) plus every legacy distribution.
import { RandomStateCore } from './random_state_core.js';

export class RandomState extends RandomStateCore {}
