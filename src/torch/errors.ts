// torch raises RuntimeError (c10::Error) for bad arguments to its random functions.

/** torch's RuntimeError, with torch's message text. */
export class RuntimeError extends Error {
  override name = 'RuntimeError';
}

/** Python's ValueError (torch.manual_seed's int(seed) of a string that is not a base-10 integer): the package's one ValueError class. */
export { ValueError } from '../core/errors.js';
