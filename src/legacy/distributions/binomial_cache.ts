// numpy's binomial_t: the setup of the last (n, p) seen by inversion or BTPE. RandomState keeps
// one per instance, shared by binomial() and multinomial(); a hit reuses the stored setup even
// when the other method computed it (legacy and Generator inversion store different qn).
export class BinomialCache {
  has_binomial = 0;
  nsave = 0;
  psave = 0;
  r = 0;
  q = 0;
  fm = 0;
  m = 0;
  p1 = 0;
  xm = 0;
  xl = 0;
  xr = 0;
  c = 0;
  laml = 0;
  lamr = 0;
  p2 = 0;
  p3 = 0;
  p4 = 0;

  /** Whether the stored setup is for (n, p); if not, marks it as being for (n, p) now. */
  claim(n: number, p: number): boolean {
    if (this.has_binomial && this.nsave === n && this.psave === p) return true;
    this.nsave = n;
    this.psave = p;
    this.has_binomial = 1;
    return false;
  }
}
