"""numpy.linalg's BLAS and LAPACK as multivariate_normal reaches them, for src/math/openblas.ts and
src/math/svd.ts, linalg.ts: the BLAS kernels called directly in numpy's bundled OpenBLAS (ctypes),
svd and eigh on matrix families whose vectors depend on every rounding (repeated and clustered
values, zeros, huge and tiny scales, infinities), and multivariate_normal end to end (one row through
dgemv, odd row counts through dgemm's 4x1 kernel). Exported where OpenBLAS runs its Haswell
kernels (x86-64 with AVX2, Zen included), the rounding src/math reproduces."""
import ctypes
import glob
import os
import warnings

import numpy as np

from common import enc, write


def _openblas():
    libs = glob.glob(os.path.join(os.path.dirname(np.__file__), '..', 'numpy.libs', '*openblas*'))
    lib = ctypes.CDLL(libs[0])
    lib.scipy_openblas_get_corename64_.restype = ctypes.c_char_p
    lib.scipy_dnrm2_64_.restype = ctypes.c_double
    lib.scipy_ddot_64_.restype = ctypes.c_double
    return lib


def _p(a):
    return a.ctypes.data_as(ctypes.c_void_p)


def _i(v):
    return ctypes.byref(ctypes.c_int64(v))


def _d(v):
    return ctypes.byref(ctypes.c_double(v))


def kernel_cases(lib):
    r = np.random.default_rng(20261203)
    out = []
    for t in range(360):
        kind = ['gemv_t', 'gemv_n', 'ger', 'nrm2', 'rot', 'symv', 'dot', 'syr2', 'axpy'][t % 9]
        m, n = int(r.integers(1, 24)), int(r.integers(1, 24))
        lda, inc = m + int(r.integers(0, 3)), int(r.integers(1, 4))
        a = r.normal(size=lda * n)
        c = {'kind': kind, 'm': m, 'n': n, 'lda': lda, 'inc': inc}
        if kind.startswith('gemv'):
            tr = kind == 'gemv_t'
            x = r.normal(size=(m if tr else n) * inc)
            y = np.zeros(n if tr else m)
            lib.scipy_dgemv_64_(ctypes.c_char_p(b'T' if tr else b'N'), _i(m), _i(n), _d(1.0), _p(a), _i(lda),
                                _p(x), _i(inc), _d(0.0), _p(y), _i(1), ctypes.c_int64(1))
            c.update(a=enc(a), x=enc(x), out=enc(y))
        elif kind == 'ger':
            x, y, alpha = r.normal(size=m), r.normal(size=n * inc), float(r.normal())
            c.update(a=enc(a), x=enc(x), y=enc(y), alpha=enc(np.float64(alpha)))
            lib.scipy_dger_64_(_i(m), _i(n), _d(alpha), _p(x), _i(1), _p(y), _i(inc), _p(a), _i(lda))
            c['out'] = enc(a)
        elif kind == 'nrm2':
            k = int(r.integers(1, 40))
            x = r.normal(size=k * inc) * 10.0 ** float(r.integers(-150, 150))
            if t % 15 == 3:
                x[int(r.integers(0, k)) * inc] = [np.inf, -np.inf, np.nan][t % 3]
            c.update(n=k, x=enc(x), out=enc(np.float64(lib.scipy_dnrm2_64_(_i(k), _p(x), _i(inc)))))
        elif kind in ('symv', 'syr2'):
            k = int(r.integers(1, 30))
            lda = k + int(r.integers(0, 3))
            a, x, y, alpha = r.normal(size=lda * k), r.normal(size=k), np.zeros(k), float(r.normal())
            c.update(n=k, lda=lda, a=enc(a), x=enc(x), alpha=enc(np.float64(alpha)))
            if kind == 'symv':
                lib.scipy_dsymv_64_(ctypes.c_char_p(b'L'), _i(k), _d(alpha), _p(a), _i(lda), _p(x), _i(1), _d(0.0),
                                    _p(y), _i(1), ctypes.c_int64(1))
                c['out'] = enc(y)
            else:
                y = r.normal(size=k)
                c['y'] = enc(y)
                lib.scipy_dsyr2_64_(ctypes.c_char_p(b'L'), _i(k), _d(alpha), _p(x), _i(1), _p(y), _i(1), _p(a), _i(lda),
                                    ctypes.c_int64(1))
                c['out'] = enc(a)
        elif kind in ('dot', 'axpy'):
            k = int(r.integers(1, 40))
            x, y, alpha = r.normal(size=k), r.normal(size=k), float(r.normal())
            c.update(n=k, x=enc(x), y=enc(y), alpha=enc(np.float64(alpha)))
            if kind == 'dot':
                c['out'] = enc(np.float64(lib.scipy_ddot_64_(_i(k), _p(x), _i(1), _p(y), _i(1))))
            else:
                lib.scipy_daxpy_64_(_i(k), _d(alpha), _p(x), _i(1), _p(y), _i(1))
                c['out'] = enc(y)
        else:
            k = int(r.integers(1, 24))
            x, y = r.normal(size=k * inc), r.normal(size=k * inc)
            cs = float(r.uniform(-1, 1))
            sn = float(np.sqrt(1 - cs * cs))
            c.update(n=k, x=enc(x), y=enc(y), c=enc(np.float64(cs)), s=enc(np.float64(sn)))
            lib.scipy_drot_64_(_i(k), _p(x), _i(inc), _p(y), _i(inc), _d(cs), _d(sn))
            c['out'] = enc(np.concatenate([x, y]))
        out.append(c)
    return out


def svd_matrix(r, fam, n):
    if fam == 'general':
        return r.normal(size=(n, n))
    if fam == 'covariance':
        b = r.uniform(-1, 1, (n, n))
        return b @ b.T + n * np.eye(n)
    if fam == 'low_rank':
        b = r.normal(size=(n, 2))
        return b @ b.T + 1e-3 * np.eye(n)
    if fam == 'equicorrelation':
        return np.full((n, n), 0.5) + 0.5 * np.eye(n)
    if fam == 'diagonal_ties':
        return np.diag(r.integers(0, 3, n).astype(float))
    if fam == 'sparse':
        a = np.zeros((n, n))
        a[r.integers(0, n), r.integers(0, n)] = 1.0
        return a
    if fam == 'integers':
        return r.integers(-2, 3, (n, n)).astype(float)
    if fam == 'scaled':
        b = r.normal(size=(n, n))
        return (b @ b.T) * 10.0 ** float(r.choice([-200, -160, 160, 200]))
    a = np.diag(np.diag(r.normal(size=(n, n))))  # 'infinite': numpy returns NaN values, vectors kept
    a[0, 0] = np.inf
    return a


FAMILIES = ['general', 'covariance', 'low_rank', 'equicorrelation', 'diagonal_ties', 'sparse', 'integers',
            'scaled', 'infinite']


def svd_cases():
    r = np.random.default_rng(1203)
    out = []
    for t in range(270):
        fam = FAMILIES[t % len(FAMILIES)]
        n = int(r.integers(1, 26)) if t % 5 == 0 else int(r.integers(1, 9))
        if fam == 'infinite':
            n = 1 + t % 2  # numpy's gesdd never returns for a larger diagonal with an infinity
        a = svd_matrix(r, fam, n)
        u, s, vh = np.linalg.svd(a)
        out.append({'id': f'svd/{fam}/{t}', 'a': enc(a), 'u': enc(u), 's': enc(s), 'vh': enc(vh)})
    return out


def eigh_cases():
    r = np.random.default_rng(2203)
    out = []
    for t in range(240):
        fam = FAMILIES[t % (len(FAMILIES) - 1)]  # no infinities: syevd returns NaN everywhere for those
        n = int(r.integers(1, 26)) if t % 5 == 0 else int(r.integers(1, 9))
        a = svd_matrix(r, fam, n)
        a = np.tril(a) + np.tril(a, -1).T  # eigh reads the lower triangle
        w, v = np.linalg.eigh(a)
        out.append({'id': f'eigh/{fam}/{t}', 'a': enc(a), 'w': enc(w), 'v': enc(v)})
    return out


def mvn_cases():
    r = np.random.default_rng(31203)
    out = []
    for t in range(150):
        fam = ['covariance', 'low_rank', 'equicorrelation'][t % 3]
        n = int(r.integers(1, 26)) if t % 4 == 0 else int(r.integers(1, 10))
        cov = svd_matrix(r, fam, n)
        mean = r.uniform(-3, 3, n)
        size = [None, int(r.integers(1, 8)), [3, 3]][t % 3]
        seed = int(r.integers(0, 2 ** 32))
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            legacy = np.random.RandomState(seed).multivariate_normal(mean, cov, size)
            c = {'id': f'mvn/{fam}/{t}', 'seed': seed, 'mean': enc(mean), 'cov': enc(cov), 'size': size,
                 'legacy': enc(legacy)}
            for method in ['svd', 'eigh', 'cholesky']:
                g = np.random.Generator(np.random.MT19937(seed))
                c[method] = enc(g.multivariate_normal(mean, cov, size, method=method))
        out.append(c)
    return out


def main():
    lib = _openblas()
    core = lib.scipy_openblas_get_corename64_().decode()
    if core not in ('Haswell', 'Zen'):
        print(f'openblas: skipped, numpy runs OpenBLAS {core} kernels here (the golden files need Haswell)')
        return
    meta = {'openblas_core': core}
    write('math_openblas_kernels', kernel_cases(lib), meta)
    write('math_svd_families', svd_cases(), meta)
    write('math_eigh_families', eigh_cases(), meta)
    write('mvn_blas', mvn_cases(), meta)


if __name__ == '__main__':
    main()
