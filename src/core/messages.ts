// Small constructors so call sites read like numpy's `raise ValueError(...)`.
import { OverflowError, ValueError } from './errors.js';

export const ValueErrorOf = (msg: string): ValueError => new ValueError(msg);
export const OverflowErrorOf = (msg: string): OverflowError => new OverflowError(msg);
export const TypeError_ = (msg: string): TypeError => new TypeError(msg);
