// numpy's Generator: validates, broadcasts and shapes; the samplers live in src/distributions.
import { BitGenerator } from '../bitgen/bit_generator.js';
import { ValueError } from '../core/errors.js';

/** Generator's bit generator handling and non-distribution methods. */
export class GeneratorCore {
  readonly bit_generator: BitGenerator;

  constructor(bit_generator: BitGenerator) {
    if (!(bit_generator instanceof BitGenerator)) {
      throw new ValueError('Invalid bit generator. The bit generator must be instantiated.');
    }
    this.bit_generator = bit_generator;
  }
}
