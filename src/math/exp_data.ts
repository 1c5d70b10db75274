// Tables and coefficients of glibc 2.36's exp (sysdeps/ieee754/dbl-64/e_exp_data.c, from Arm's
// optimized-routines), 128 subintervals: TAIL[i] and the bits of 2^(i/128) as [lo, hi] words.
// C holds the polynomial coefficients C2..C5. Data, not code.
import { unpackF64, unpackU32 } from '../core/packed.js';
export const INVLN2N = 184.66496523378731;
export const SHIFT = 6755399441055744;
export const NEGLN2HIN = -0.0054152123481117087;
export const NEGLN2LON = -1.2864023111638346e-14;
export const C = new Float64Array([
  0.49999999999996786,
  0.16666666666665886,
  0.041666680841067401,
  0.0083333358530595491,
]);

export const TAIL: Float64Array = /* @__PURE__ */ unpackF64(
  'AG5d0RP6YZlt/NELDlUWr0g9vyZgnY19lH3yXjH6tI+2TEoEaI7SFW2KWxsR73kwsHeOSV/2jgUJ6jWfqK5YZCiC7lHPsIrT' +
  'HWtVQjQebgC0/0SDKVmqSye7Y9UV0rO0h/q6QDQ1zayzlKxnaNJvSacPrEsfydNx8H0IMu7tnYkAv9xm9o7I03vvnG696vRV' +
  'kzJT6y84wwSoSOcIq78Ky6t0+FtQLTYbTGmJmqxkAxKv4KOjOFzXm1TGwHZN6VgZIrmpiD595tSlwGzPN/9XiurnXz0eufmO' +
  'znMiMbsxWp0z2a72k4rdmAz9WRoZtfqpByKSaz4NiHKRdCDrhePNzACI2Idn+eYzg/0vkC9O1Vyl3hMROoam5Kh0H3EJbwzO' +
  'sKzTjktRlM4qKBdJwgahD3pUcZMPe/2KHBlkme8rVn5eNG3gWotVCU1n1rM7GXIO8MXzHmyQ9GaRCmLivO5zjsvR3KatWF+S' +
  'r58JTpLM/3U9QMEBtEc6ndMjqqnRO5FgABqcEDUjYVtdknCJKoy56epVP3Y+y0Sw4/KYP20acolN4l07zBs+s6d6SGdgO9o/' +
  'u+sA3L3sGC/iUCthO4l4gL+HuFR+wB5euVSrL/E62FvBnFmni3wi1yvhIuPTnG6XkkpWPThrCvowXNE4bIM/OKYg1awHO2BR' +
  'j+JBwzHkTUEATxN6UoBO5KYaPTRS7yPjFfCMnPeCQQX9GCt74ZuCknUBOYDt+OgZSGCPm+0J4Y7OvTTMxkYFt+GF5krFeN2q' +
  '763vPWRKMsvc/eHFtoRQZy9ggx+4+UNs/DUEhtExhM13j9kO9OLX+64yj68sGF2uhZ5QWSG5BOwSmLyUqbo7wQA7YF7Szvej' +
  'mrW+A1aAydMbH4nZ7Odveo5eR7j3ITcUTULdo0oH0RmfEqcsY2bM/5AdlN7eEjWYY8cy5DNTzhCzEmfcH+4ZnDLs66FpXtSt' +
  't7b2CakjQ8qv0sUcu8xp3xp7w6TW7v+9buPgzWuKrQ2jkVo61Sq2xfeuwytkN4kFAJtxkIyLYJCXjj5qlVCRgICPi5aaj4qA' +
  'loeAloI9i26Dho+GkplxmYWTWHxDlm6TdpOPh3iGk3uQNJSMjISTV5NqY4B4hoaQe5RliJOAlJCNZXuTXWyShXFth4uRkISC' +
  'jJBVkGiRdJFzjoRjZ4CPkHSCjoSCiXSDj42OhIqOd1MAPLy8PLw8PDw8PLy8vLw8vLw8vDy8PDw8PDy8PLw8PDw8PLy8vLy8' +
  'PLy8vDw8PDw8PLy8vLw8PDw8PLy8vLw8vLy8vLy8vDy8PDy8vLy8PDy8PLy8vLy8PDy8PLw8PLw8vLy8vLw8vDw8PDw8vLy8' +
  'PLw8PLy8PDy8vDw8PLw8PA==',
); // 128 entries

// scale bits of 2^(i/N) without the exponent adjustment: [lo, hi] word pairs
export const SBITS: Uint32Array = /* @__PURE__ */ unpackU32(
  'AAA1PWGahRV0sN5ryEWDPg9Y95Ki7BtmUQHMveCaUZh7uOr5dVvU4KqHHVDWO5ZJOHo/zt1Fgd/hnZB/C4VWrxX+MXD/CPHF' +
  'y6dmrvfb5S0iphxFKgqX9S0IV0HQot4qJ9oNsqeyQtqCKw+k2kf9EikHtyZIbwnhhX4gRiU4c1XNnr8SL7KEfXR1dJrJ6z9p' +
  'hxQy7WLzEicTia0a7dmZx9vljDI2rsZb5TcPRFCCuvGQkSNjZWYzm10DWJ6/a3prrZ9mB/uiOnJHdkqw0h4JwpybeqtL8bVt' +
  'aSD6C3wt8oeHGJjjheZgIV+XKUb2LoNR2q/xSCcblytAdhT92MHxwgAAM/aA7H/jhdn20JvH876JtUes0aPTm1uTMYotgo56' +
  'UXKNastjXFu5VNlNjEbcP2I4pjF8K2Mk3h7ZGAMSLwy3BtgBFvyf9qnx2Oyf56jjNN6A2i7WqNGJzgDKPMbTwyq/3bwsuWa2' +
  'T7SSsSevx61Uq0apIafcpVWkw6MioqmhO6DaoBqflJ9fn4GfZ59doAGhwaFOohqkzqXHp5KoZqqgrESvd7H/tMW3UrpOvQfA' +
  '8MQjyOXMLdAl1bPZ/d7z49Potu4V81n5Xv8GBcEMHhJSGdAg0SfnL5A3wz+JR4lPpFiDYDJptHObfKGGP5BMmpCkZ69aurrF' +
  'RdC+25DncfMA8Pvvd+9u7xXv3e9178bv+e9y79Pv/u8S72zvqe+l733vjO9v7wTvaO/872Lvfe9177Lv4u/17x/v2u/k7z7v' +
  'Me9M72Tuku467gXu5e4T7hLurO737lDuYe4d7sHu1+427v3une7P7p3uXe617pfuSO5Z7q3udu467szuVe5M7n/uC+5l7lHu' +
  '7O6l7kLu3u7r7jDuz+4+7kzuI+5E7oruKu617hXuke7N7sju3u7K7qPu4+5d7kruPu4w7nnu0+5a7o3uT+7l7vvuoe9L79fv' +
  'he//71fvBu/v713vB+8N7/vvye/b7wHve+/174vvx++k747vYe9r727vnO+e74/vAD+pPz4/6D/TPyk/GD/KP2w/Kz8yP68/' +
  '0D/AP64/yD88Pzg/6z+EPzE/Ij+IP5E/bj9PP2U/4T/1P9A/pj+pPwo//D+yP18/Nz9tPzQ/wz9MPwQ/IT/ZP2A/7T+1P/A/' +
  '1T+ZP3Y/oj9WP8o/Nj/UP90/ij8VP7k/sD80P4I/1D9mP3U/PD/5P+g/SD9WP08/cz8BPzY/VD+ZP0Y/mz/ZP0I/Fj+ZPws/' +
  'sD/LP58/cD+CPxk/ez/sP7I/Ez9VP78/mT8pP7g/jT/yPzA/kD9bP90/Xz8uP5Q/3D9VP0o/CD/cPxY/Az/zPzM/FD/nP/s/' +
  'oj8tP+4/Nz9bP60/gT8rPw==',
); // 256 entries
