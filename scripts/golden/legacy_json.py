"""RandomState states as JSON (the README's to_json), and the draws that follow them."""
import json

import numpy as np

from common import enc, to_json, write


def main():
    cases = []
    for seed, warm in [(0, 0), (42, 1), (2**32 - 1, 3), ([1, 2, 3], 700), (1234567890, 1)]:
        rs = np.random.RandomState(seed)
        rs.standard_normal(warm)  # an odd count leaves a cached gaussian
        dict_json = json.dumps(to_json(rs.get_state(legacy=False)), separators=(',', ':'))
        tuple_json = json.dumps(to_json(rs.get_state()), separators=(',', ':'))
        after = rs.standard_normal(9)
        cases.append({'dict': dict_json, 'tuple': tuple_json, 'after': enc(after)})
    for bg in [np.random.PCG64(5), np.random.Philox(7)]:
        rs = np.random.RandomState(bg)
        rs.standard_normal(3)
        cases.append({'dict': json.dumps(to_json(rs.get_state(legacy=False)), separators=(',', ':')),
                      'after': enc(rs.standard_normal(9))})
    write('legacy_json', cases)


if __name__ == '__main__':
    main()
