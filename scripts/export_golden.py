"""Export every golden file: runs each module in scripts/golden/ that defines main().
Usage: python3 scripts/export_golden.py [module ...]"""
import importlib
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'golden'))


def main(argv):
    mods = argv or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, 'golden'))
                          if f.endswith('.py') and f != 'common.py' and not f.startswith('_'))
    print(f'numpy {np.__version__}')
    for m in mods:
        importlib.import_module(m).main()


if __name__ == '__main__':
    main(sys.argv[1:])
