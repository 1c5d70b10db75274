// Golden cases that fail only because src/math's log/exp/pow/... still forward to V8's Math.*
// (last-bit differences from glibc). Case id -> the function. Verified by recomputing sampled
// elements with glibc through python3 ctypes; everything not listed here must be bit-exact.
export const LIBM_DEPENDENT: Record<string, string> = {};
