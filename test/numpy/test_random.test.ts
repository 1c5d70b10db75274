// numpy 2.4.6 numpy/random/tests/test_random.py, ported (see legacy_suite.ts): the same suite as
// test_randomstate.py run mostly through the module-level functions (np.random.*).
import { legacySuite } from './legacy_suite.js';

legacySuite('random');
