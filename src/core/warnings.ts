// Python's warnings, as numpy.random gives them: a small channel with Python's categories.
// In Node a warning goes through process.emitWarning, so `--no-warnings`, `--no-deprecation`,
// `--throw-deprecation` and `process.on('warning')` apply to it as to Node's own; elsewhere
// (browsers, engines without `process`) it goes to console.warn as "Category: message".
// catch_warnings records instead of emitting, like Python's catch_warnings(record=True) with
// simplefilter('always').

/** Python's Warning: the base of every category below (an Error, as Node's warnings are). */
export class Warning extends Error {
  override name = 'Warning';
}

/** Python's UserWarning (numpy: shuffling objects that are not a Sequence). */
export class UserWarning extends Warning {
  override name = 'UserWarning';
}

/** Python's DeprecationWarning (numpy: random_integers, a non-native byte order dtype in randint). */
export class DeprecationWarning extends Warning {
  override name = 'DeprecationWarning';
}

/** Python's RuntimeWarning (numpy: get_state(legacy) on a non-MT19937 RandomState, a covariance not PSD). */
export class RuntimeWarning extends Warning {
  override name = 'RuntimeWarning';
}

export type WarningCategory = new (message: string) => Warning;

/** The recorders of the catch_warnings calls in progress (innermost last). */
const recorders: Warning[][] = [];

interface NodeProcessLike {
  emitWarning?: (warning: Error) => void;
}

/**
 * Python's warnings.warn(message, category): records it inside catch_warnings, otherwise emits it
 * (process.emitWarning where it exists, console.warn elsewhere).
 * @param message - the warning's text (numpy's, verbatim)
 * @param category - the Warning class (default UserWarning, as Python's)
 */
export function warn(message: string, category: WarningCategory = UserWarning): void {
  const w = new category(message);
  const rec = recorders[recorders.length - 1];
  if (rec !== undefined) {
    rec.push(w);
    return;
  }
  const proc = (globalThis as { process?: NodeProcessLike }).process;
  if (typeof proc?.emitWarning === 'function') {
    proc.emitWarning(w);
    return;
  }
  const c = (globalThis as { console?: { warn(m: string): void } }).console;
  c?.warn(`${w.name}: ${message}`);
}

/** What catch_warnings returns: fn's result and every warning it gave, in order. */
export interface CaughtWarnings<T> {
  result: T;
  warnings: Warning[];
}

/**
 * Runs `fn` (synchronously) recording, not emitting, the warnings it gives: Python's
 * `with warnings.catch_warnings(record=True): warnings.simplefilter('always')`. If fn throws, the
 * error propagates and the recorded warnings are dropped (recording stops either way).
 * @param fn - the code to run
 * @returns `{ result, warnings }`: fn's return value and the Warning objects (check `instanceof
 *   DeprecationWarning` etc. and `.message`)
 * @example const { warnings } = catch_warnings(() => rs.random_integers(6)); warnings[0] instanceof DeprecationWarning
 */
export function catch_warnings<T>(fn: () => T): CaughtWarnings<T> {
  const rec: Warning[] = [];
  recorders.push(rec);
  try {
    const result = fn();
    return { result, warnings: rec };
  } finally {
    recorders.pop();
  }
}
