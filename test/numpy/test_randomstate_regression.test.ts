// numpy 2.4.6 numpy/random/tests/test_randomstate_regression.py, ported (see legacy_regression_suite.ts).
import { regressionSuite } from './legacy_regression_suite.js';

regressionSuite('randomstate');
