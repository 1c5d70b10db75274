// torch raises RuntimeError (c10::Error) for bad arguments to its random functions.

/** torch's RuntimeError, with torch's message text. */
export class RuntimeError extends Error {
  override name = 'RuntimeError';
}
