// PCG64 (O'Neill's PCG XSL-RR 128/64), the bit generator behind np.random.default_rng: a 128-bit
// linear congruential state, state = state·M + inc (mod 2^128), and a 64-bit output that xors the
// state's halves and rotates them by its top 6 bits. Seeded through SeedSequence as NumPy seeds it
// (numpy/random/_pcg64.pyx, src/pcg64), so the same seed gives the same 64-bit words.
//
// The 128-bit arithmetic runs on four 32-bit words held in doubles (32×32→64-bit products as
// Math.imul's low word and mulHigh32's high word; column sums stay exact below 2^53): no BigInt
// per draw, which measured ten times slower.
import { TypeError } from "../core/errors";
import { type BitSource, mulHigh32 } from "./bitgen";
import { SeedSequence, type SeedEntropy } from "./seed_sequence";

// The multiplier 0x2360ed051fc65da4_4385df649fccf645 as 32-bit words, M3 the highest.
const M0 = 0x9fccf645;
const M1 = 0x4385df64;
const M2 = 0x1fc65da4;
const M3 = 0x2360ed05;

const TWO_32 = 4294967296;
const INV_TWO_32 = 1 / TWO_32;

/** A bit generator's state in NumPy's form (`bit_generator.state`), 128-bit values as bigints. */
export interface PCG64State {
  bit_generator: "PCG64";
  state: { state: bigint; inc: bigint };
  has_uint32: number;
  uinteger: number;
}

/**
 * NumPy's PCG64 bit generator (`np.random.PCG64`), the default behind
 * `np.random.default_rng`. Give it to `new np.random.Generator(...)` for random numbers.
 *
 * @example
 * const bg = new np.random.PCG64(42);
 * const rng = new np.random.Generator(bg);   // the same as np.random.default_rng(42)
 * rng.random();   // 0.7739560485559633, as NumPy
 */
export class PCG64 implements BitSource {
  /** The SeedSequence this generator was seeded from (NumPy's `seed_seq`). */
  readonly seed_seq: SeedSequence;
  // The state's and the increment's 32-bit words, lowest first (read them with >>> 0).
  private readonly s = new Int32Array(4);
  private readonly inc = new Int32Array(4);
  /** Whether the high half of the last 64-bit draw is kept for the next 32-bit draw, and that half (NumPy's has_uint32, uinteger). */
  private hasUint32 = false;
  private uinteger = 0;
  /** The two halves of the last 64-bit output (`next64` writes them). */
  hi = 0;
  /** The low 32 bits of the last 64-bit output (`hi` holds the high 32). */
  lo = 0;

  /**
   * @param seed anything `np.random.SeedSequence` takes (an integer, a list of them), a
   * SeedSequence, or nothing for a seed from the operating system
   */
  constructor(seed?: SeedEntropy | SeedSequence | null) {
    if (seed !== undefined && seed !== null && !(seed instanceof SeedSequence) && typeof seed === "object" && !Array.isArray(seed)) {
      throw new TypeError(`SeedSequence expects int or sequence of ints for entropy not ${String(seed)}`);
    }
    this.seed_seq = seed instanceof SeedSequence ? seed : new SeedSequence(seed);
    // Four 64-bit words from the seed sequence, each from two 32-bit words, low word first:
    // the initial state is words 0-1 (high 64 bits) and 2-3, the stream words 4-5 and 6-7.
    const w = this.seed_seq.generate_state(8);
    this.setSeed([w[2], w[3], w[0], w[1]], [w[6], w[7], w[4], w[5]]);
  }

  /** NumPy's pcg64_set_seed: inc = (initseq << 1) | 1; state = 0; step; state += initstate; step. */
  private setSeed(initState: readonly number[], initSeq: readonly number[]): void {
    const inc = this.inc;
    inc[0] = (initSeq[0] << 1) | 1;
    inc[1] = (initSeq[1] << 1) | (initSeq[0] >>> 31);
    inc[2] = (initSeq[2] << 1) | (initSeq[1] >>> 31);
    inc[3] = (initSeq[3] << 1) | (initSeq[2] >>> 31);
    this.s.fill(0);
    this.step();
    let carry = 0;
    for (let i = 0; i < 4; i++) {
      const sum = (this.s[i] >>> 0) + initState[i] + carry;
      carry = sum >= TWO_32 ? 1 : 0;
      this.s[i] = sum;
    }
    this.step();
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  /** state = state·M + inc (mod 2^128). */
  private step(): void {
    const s = this.s;
    const inc = this.inc;
    const s0 = s[0] >>> 0;
    const s1 = s[1] >>> 0;
    const s2 = s[2] >>> 0;
    const s3 = s[3];
    // Low 128 bits of (s1:s0)·(M1:M0), the full products of the low words.
    const l00 = Math.imul(s0, M0) >>> 0;
    const l01 = Math.imul(s0, M1) >>> 0;
    const l10 = Math.imul(s1, M0) >>> 0;
    const l11 = Math.imul(s1, M1) >>> 0;
    // The cross terms (s3:s2)·(M1:M0) + (s1:s0)·(M3:M2) count mod 2^64 only.
    const l20 = Math.imul(s2, M0) >>> 0;
    const l02 = Math.imul(s0, M2) >>> 0;
    const cross = Math.imul(s3, M0) + Math.imul(s2, M1) + Math.imul(s1, M2) + Math.imul(s0, M3);
    // Column sums of 32-bit words stay below 2^36, exact; storing into the Int32Array keeps
    // each column's low 32 bits.
    let col = l00 + (inc[0] >>> 0);
    let carry = col >= TWO_32 ? 1 : 0;
    s[0] = col;
    col = mulHigh32(s0, M0) + l01 + l10 + (inc[1] >>> 0) + carry;
    carry = Math.floor(col * INV_TWO_32);
    s[1] = col;
    col = mulHigh32(s0, M1) + mulHigh32(s1, M0) + l11 + l20 + l02 + (inc[2] >>> 0) + carry;
    carry = Math.floor(col * INV_TWO_32);
    s[2] = col;
    s[3] = mulHigh32(s1, M1) + mulHigh32(s2, M0) + mulHigh32(s0, M2) + cross + inc[3] + carry;
  }

  /**
   * The next 64-bit output, into `hi` and `lo` (NumPy's pcg64_next64: step, then XSL-RR).
   * @example
   * const g = new np.random.PCG64(42);
   * g.next64();
   * [g.hi, g.lo];  // [ 3324115917, 383329928 ]: 0xc621fbcd16d92688, NumPy's PCG64(42).random_raw()
   */
  next64(): void {
    this.step();
    const s = this.s;
    const xhi = (s[3] ^ s[1]) >>> 0;
    const xlo = (s[2] ^ s[0]) >>> 0;
    const rot = s[3] >>> 26;
    // Rotate the 64-bit (xhi:xlo) right by rot.
    if (rot === 0) {
      this.hi = xhi;
      this.lo = xlo;
    } else if (rot < 32) {
      this.hi = ((xhi >>> rot) | (xlo << (32 - rot))) >>> 0;
      this.lo = ((xlo >>> rot) | (xhi << (32 - rot))) >>> 0;
    } else if (rot === 32) {
      this.hi = xlo;
      this.lo = xhi;
    } else {
      const r = rot - 32;
      this.hi = ((xlo >>> r) | (xhi << (32 - r))) >>> 0;
      this.lo = ((xhi >>> r) | (xlo << (32 - r))) >>> 0;
    }
  }

  /**
   * A double in [0, 1) from the top 53 bits of a 64-bit draw (NumPy's `uint64_to_double`).
   * @example
   * new np.random.PCG64(42).nextDouble();  // 0.7739560485559633
   */
  nextDouble(): number {
    this.next64();
    return (this.hi * 2097152 + (this.lo >>> 11)) / 9007199254740992;
  }

  /**
   * A 32-bit draw: the low half of a fresh 64-bit draw, or the high half kept from the last.
   * @example
   * new np.random.PCG64(42).nextUint32();  // 383329928
   */
  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.next64();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }

  /**
   * The generator's state as NumPy shows it (`bit_generator.state`): 128-bit `state` and `inc`
   * as bigints.
   * @example
   * new np.random.PCG64(42).state.state.state;  // 274674114334540486603088602300644985544n
   */
  get state(): PCG64State {
    const big = (w: Int32Array): bigint => w.reduceRight((acc, x) => (acc << 32n) | BigInt(x >>> 0), 0n);
    return { bit_generator: "PCG64", state: { state: big(this.s), inc: big(this.inc) }, has_uint32: this.hasUint32 ? 1 : 0, uinteger: this.uinteger };
  }

  /**
   * NumPy's str: `PCG64`.
   * @example
   * String(new np.random.PCG64(42));  // 'PCG64'
   */
  toString(): string {
    return "PCG64";
  }
}
