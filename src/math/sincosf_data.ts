// glibc 2.36's data for sinf/cosf (sysdeps/ieee754/flt-32/s_sincosf_data.c, Arm's
// optimized-routines): the reduction constants, the polynomial coefficients of the first
// __sincosf_table entry (the second only negates the cosine ones) and __inv_pio4. Data.

export const SINCOSF_HPI_INV = 10680707.430881744; // 0x1.45F306DC9C883p+23 = 2/pi * 2^24
export const SINCOSF_HPI = 1.5707963267948966; // 0x1.921FB54442D18p0
export const SINCOSF_PI63 = 3.4061215800865545e-19; // 0x1.921FB54442D18p-62 = 2 pi * 2^-64

/** Cosine polynomial c0..c4. */
export const SINCOSF_C = new Float64Array([
  1, // 0x1p0
  -0.49999999725108224, // -0x1.ffffffd0c621cp-2
  0.041666623324344516, // 0x1.55553e1068f19p-5
  -0.001388676379437604, // -0x1.6c087e89a359dp-10
  2.4390450703564542e-5, // 0x1.99343027bf8c3p-16
]);

/** Sine polynomial s1..s3. */
export const SINCOSF_S = new Float64Array([
  -0.16666654943701084, // -0x1.555545995a603p-3
  0.008332178146138854, // 0x1.1107605230bc4p-7
  -0.00019517298981385725, // -0x1.994eb3774cf24p-13
]);

/** 4/pi to 192 bits, 8 new bits per entry. */
export const INV_PIO4 = new Uint32Array([
  0xa2, 0xa2f9, 0xa2f983, 0xa2f9836e,
  0xf9836e4e, 0x836e4e44, 0x6e4e4415, 0x4e441529,
  0x441529fc, 0x1529fc27, 0x29fc2757, 0xfc2757d1,
  0x2757d1f5, 0x57d1f534, 0xd1f534dd, 0xf534ddc0,
  0x34ddc0db, 0xddc0db62, 0xc0db6295, 0xdb629599,
  0x6295993c, 0x95993c43, 0x993c4390, 0x3c439041,
]);
