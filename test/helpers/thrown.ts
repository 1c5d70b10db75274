/** The class name and message `f` throws, or `['none', '']` when it returns. */
export function thrown(f: () => unknown): [string, string] {
  try {
    f();
  } catch (e) {
    return [(e as Error).name, (e as Error).message];
  }
  return ['none', ''];
}
