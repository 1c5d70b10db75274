// numpy 2.4.6 numpy/random/tests/test_randomstate.py, ported (see legacy_suite.ts).
import { legacySuite } from './legacy_suite.js';

legacySuite('randomstate');
