"""Prints the README's "Porting from numpy" tables from src/cli/signatures.ts (numpy's own
parameter lists): numpy call -> numpy-random call for every method.
Usage: python3 scripts/engines/porting_table.py > /tmp/porting.md"""
import json
import os

SRC = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'cli', 'signatures.ts')
text = open(SRC).read()
SIG = json.loads(text[text.index('{\n'):].rstrip().rstrip(';'))

NOTES = {
    'bytes': 'a `Uint8Array`',
    'tomaxint': '`bigint` / `BigInt64Array`',
    'shuffle': 'in place on an array or typed array (with `shape`)',
    'random_raw': '`bigint` / `BigUint64Array` (numpy: uint64)',
    'multivariate_normal': 'bit-exact (LAPACK and BLAS in OpenBLAS\'s order; see above)',
    'rand': 'dimensions as arguments, as numpy',
    'randn': 'dimensions as arguments, as numpy',
    'randint': "`dtype` as a string ('int8', 'uint64', 'bool', ...)",
    'integers': "`dtype` as a string; 'int64'/'uint64' give `BigInt64Array`/`BigUint64Array`",
    'choice': 'keywords after `size` are positional: `choice(a, size, replace, p)`',
    'permuted': '`out` as a typed array',
}


def np_call(obj, name, params):
    parts = []
    for p in params:
        if p['kind'] == 'var':
            parts.append('*' + p['name'])
        elif p['default'] is None:
            parts.append(p['name'])
        else:
            parts.append(f"{p['name']}={p['default']}")
    return f"`{obj}.{name}({', '.join(parts)})`"


def ts_call(obj, name, params):
    parts = [('...' + p['name']) if p['kind'] == 'var' else p['name'] for p in params]
    return f"`{obj}.{name}({', '.join(parts)})`"


def table(title, key, npobj, tsobj, extra=()):
    print(f'\n{title}\n')
    print('| numpy | numpy-random | note |')
    print('| --- | --- | --- |')
    for row in extra:
        print('| ' + ' | '.join(row) + ' |')
    for name, params in SIG[key].items():
        print(f"| {np_call(npobj, name, params)} | {ts_call(tsobj, name, params)} | {NOTES.get(name, '')} |")


table('**RandomState** (`rs = np.random.RandomState(seed)` → `rs = new RandomState(seed)`)', 'legacy', 'rs', 'rs', [
    ('`np.random.RandomState(seed)`', '`new RandomState(seed)`', 'or `new RandomState(bitGenerator)`'),
    ('`rs.seed(seed)`', '`rs.seed(seed)`', ''),
    ('`rs.get_state(legacy=True)`', '`rs.get_state(legacy)`', 'tuple as an array; `get_state(false)` a dict'),
    ('`rs.set_state(state)`', '`rs.set_state(state)`', ''),
    ('`json.dumps(to_json(rs.get_state(legacy=False)))`', '`JSON.stringify(rs)` / `RandomState.fromJSON(text)`', 'see "State interchange"'),
])
table('**Module-level functions** (`np.random.X` → `np.X` with `import * as np from \'numpy-random\'`; each is the RandomState method above on the global instance)', 'legacy', 'np.random', 'np', [
    ('`np.random.seed(seed)`', '`np.seed(seed)`', ''),
    ('`np.random.get_state()` / `set_state(s)`', '`np.get_state()` / `np.set_state(s)`', ''),
    ('`np.random.ranf(size)` / `sample(size)`', '`np.ranf(size)` / `np.sample(size)`', 'aliases of `random_sample`'),
    ('`np.random.get_bit_generator()` / `set_bit_generator(bg)`', '`np.get_bit_generator()` / `np.set_bit_generator(bg)`', ''),
    ('(no numpy equivalent)', '`np.with_seed(seed, fn)`', 'runs `fn` seeded, restores the global state'),
])
table('**Generator** (`rng = np.random.default_rng(seed)` → `rng = default_rng(seed)`)', 'generator', 'rng', 'rng', [
    ('`np.random.default_rng(seed)`', '`default_rng(seed)`', ''),
    ('`np.random.Generator(bg)`', '`new Generator(bg)`', ''),
    ('`rng.bit_generator`', '`rng.bit_generator`', ''),
    ('`rng.spawn(n)`', '`rng.spawn(n)`', ''),
])
print('\n**Bit generators and SeedSequence** (`BG` is `MT19937`, `PCG64`, `PCG64DXSM`, `Philox` or `SFC64`)\n')
print('| numpy | numpy-random | note |')
print('| --- | --- | --- |')
for a, b, c in [
    ('`np.random.BG(seed)`', '`new BG(seed)`', "`Philox(seed, counter, key)` too"),
    ('`bg.random_raw(size=None, output=True)`', '`bg.random_raw(size, output)`', NOTES['random_raw']),
    ('`bg.state` (get / set)', '`bg.state` (get / set)', '64/128-bit fields as `bigint`'),
    ('`json.dumps(to_json(bg.state))`', '`JSON.stringify(bg)` / `BG.fromJSON(text)` / `bitGeneratorFromJSON(text)`', 'see "State interchange"'),
    ('`bg.spawn(n)`', '`bg.spawn(n)`', ''),
    ('`bg.seed_seq`', '`bg.seed_seq`', ''),
    ('`bg.jumped(jumps=1)`', '`bg.jumped(jumps)`', 'MT19937, PCG64, PCG64DXSM, Philox'),
    ('`bg.advance(delta)`', '`bg.advance(delta)`', 'PCG64, PCG64DXSM, Philox'),
    ('`np.random.SeedSequence(entropy, spawn_key=(), pool_size=4)`', '`new SeedSequence(entropy, { spawn_key, pool_size })`', ''),
    ('`ss.spawn(n)`', '`ss.spawn(n)`', ''),
    ('`ss.generate_state(n, dtype=np.uint32)`', "`ss.generate_state(n, dtype)`", "dtype 'uint32' or 'uint64'"),
    ('`ss.entropy`, `ss.spawn_key`, `ss.state`', '`ss.entropy`, `ss.spawn_key`, `ss.state`', ''),
]:
    print(f'| {a} | {b} | {c} |')
