// Numbers as torch's messages print them: C++ ostream `<<` on a double (6 significant
// digits, %g style) and on int64.

/** A double as `std::ostream << double` prints it by default. */
export function cppDouble(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  let s = x.toPrecision(6);
  // %g: scientific when the exponent (after rounding) is < -4 or >= 6
  const e = Number(Number(s).toExponential(5).split('e')[1]);
  if (e < -4 || e >= 6) {
    let [mant, ex] = Number(s).toExponential(5).split('e') as [string, string];
    if (mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
    const n = Number(ex);
    return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  if (s.includes('e')) s = Number(s).toString();
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}
