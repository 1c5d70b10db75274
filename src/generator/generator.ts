// numpy's Generator: the core methods (core.ts) plus every distribution.
import { GeneratorCore } from './core.js';

export class Generator extends GeneratorCore {}
