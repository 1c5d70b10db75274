// Numeric limits the front ends and samplers share, defined once.

/** 2**63 as a double: C's (double)INT64_MAX, the first double beyond int64's range. */
export const TWO_63 = 9223372036854775808;
/** C's INT64_MAX converted to double (it rounds to 2**63); numpy's comparisons against it use this value. */
export const INT64_MAX_AS_DOUBLE = TWO_63;
/** 2**53: beyond it a double no longer holds every integer. */
export const TWO_53 = 9007199254740992;
/** 2**-53: the step of next_double's 53-bit mantissa. */
export const TWO_M53 = 1.1102230246251565e-16;
/** 2**-24: the step of next_float's 24-bit mantissa. */
export const TWO_M24 = 5.9604644775390625e-8;
/** 2**32. */
export const TWO_32 = 4294967296;

export const INT64_MIN_BIG = -(2n ** 63n);
export const INT64_MAX_BIG = 2n ** 63n - 1n;
export const UINT64_MAX_BIG = 2n ** 64n - 1n;
export const TWO_53_BIG = 2n ** 53n;
