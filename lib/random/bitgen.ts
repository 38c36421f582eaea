// What the distributions need of a bit generator (MT19937 for RandomState, PCG64 for Generator),
// and NumPy's bounded-integer algorithms on top of it (numpy/random/src/distributions.c):
// masked rejection (legacy randint, shuffles) and Lemire's multiply-and-reject (Generator).
// Ranges up to 2^32 - 1 use 32-bit words and plain numbers; wider ranges (rare, and capped by
// numts's exact integers at 2^53) use 64-bit words through BigInt.
/** A source of random bits, as NumPy's `bitgen_t`. */
export interface BitSource {
  /** A double in [0, 1) with 53 random bits (NumPy's next_double). */
  nextDouble(): number;
  /** A uniform 32-bit unsigned integer (NumPy's next_uint32). */
  nextUint32(): number;
  /** Draws a 64-bit word (NumPy's next_uint64) into `hi` and `lo`, 32 bits each. */
  next64(): void;
  hi: number;
  lo: number;
}

const TWO_32 = 4294967296;
const INV_TWO_32 = 1 / TWO_32;

/**
 * The high 32 bits of the 64-bit product of two 32-bit unsigned integers, exactly. The double
 * product is within 2^10 of the true one, and so is its difference with the exact low word, so
 * rounding that difference over 2^32 recovers the exact high word.
 */
export function mulHigh32(a: number, b: number): number {
  return Math.round((a * b - (Math.imul(a, b) >>> 0)) * INV_TWO_32);
}

/** The smallest all-ones mask covering `max` < 2^32 (NumPy's gen_mask). */
export function mask32(max: number): number {
  let m = max;
  m |= m >>> 1;
  m |= m >>> 2;
  m |= m >>> 4;
  m |= m >>> 8;
  m |= m >>> 16;
  return m >>> 0;
}

function next64Big(src: BitSource): bigint {
  src.next64();
  return (BigInt(src.hi) << 32n) | BigInt(src.lo);
}

function mask64(max: bigint): bigint {
  let m = max;
  for (const shift of [1n, 2n, 4n, 8n, 16n, 32n]) m |= m >> shift;
  return m;
}

/** An integer in [0, rng] for 0 < rng < 2^32 - 1 by masked rejection (NumPy's bounded_masked_uint32). */
function masked32(src: BitSource, rng: number, mask: number): number {
  let v: number;
  do v = (src.nextUint32() & mask) >>> 0;
  while (v > rng);
  return v;
}

/** An integer in [0, rng] for 0 < rng < 2^32 - 1 by Lemire's method (NumPy's buffered_bounded_lemire_uint32). */
function lemire32(src: BitSource, rng: number): number {
  const excl = rng + 1;
  let x = src.nextUint32();
  let leftover = Math.imul(x, excl) >>> 0;
  if (leftover < excl) {
    const threshold = (TWO_32 - excl) % excl;
    while (leftover < threshold) {
      x = src.nextUint32();
      leftover = Math.imul(x, excl) >>> 0;
    }
  }
  return mulHigh32(x, excl);
}

/** An integer in [0, rng] for rng >= 2^32, masked or Lemire's, through 64-bit words. */
function bounded64(src: BitSource, rng: number, masked: boolean): number {
  const big = BigInt(rng);
  if (masked) {
    const mask = mask64(big);
    let v: bigint;
    do v = next64Big(src) & mask;
    while (v > big);
    return Number(v);
  }
  const excl = big + 1n;
  let m = next64Big(src) * excl;
  let leftover = m & 0xffffffffffffffffn;
  if (leftover < excl) {
    const threshold = (0xffffffffffffffffn - big) % excl;
    while (leftover < threshold) {
      m = next64Big(src) * excl;
      leftover = m & 0xffffffffffffffffn;
    }
  }
  return Number(m >> 64n);
}

/**
 * An integer in [0, rng] (NumPy's random_bounded_uint64): masked rejection for the legacy
 * generator, Lemire's method for Generator. `rng` is an exact integer below 2^53.
 */
export function bounded(src: BitSource, rng: number, masked: boolean): number {
  if (rng === 0) return 0;
  if (rng === 0xffffffff) return src.nextUint32();
  if (rng < 0xffffffff) return masked ? masked32(src, rng, mask32(rng)) : lemire32(src, rng);
  return bounded64(src, rng, masked);
}

/** An integer in [0, max] by masked rejection (NumPy's random_interval, behind every shuffle). */
export function interval(src: BitSource, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) return masked32(src, max, mask32(max));
  return bounded64(src, max, true);
}
