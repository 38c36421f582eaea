// NumPy's SeedSequence: how np.random.default_rng(seed) turns a seed into the initial state of
// its bit generator (numpy/random/bit_generator.pyx, after Melissa O'Neill's seed_seq design).
// The seed's integer words are hashed into a pool of four 32-bit words; generate_state draws
// any number of well-mixed words from the pool. All arithmetic is 32-bit (Math.imul, >>> 0).
import { TypeError, ValueError } from "../core/errors";

const POOL_SIZE = 4;
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;

/** A seed as NumPy takes it: a non-negative integer (a bigint for big ones) or a list of them. */
export type SeedEntropy = number | bigint | readonly (number | bigint)[];

/** The 32-bit words of a non-negative integer, lowest first (NumPy's `_int_to_uint32_array`). */
function intWords(n: number | bigint, inList: boolean): number[] {
  if (typeof n === "number" && !Number.isInteger(n)) {
    throw new TypeError(inList ? "seed must be integer" : `SeedSequence expects int or sequence of ints for entropy not ${n}`);
  }
  if (typeof n === "number" && !Number.isSafeInteger(n)) {
    throw new TypeError(`${n} is not an exact integer: pass seeds beyond 2**53 as a bigint (${BigInt(n)}n is the nearest)`);
  }
  let big = BigInt(n);
  if (big < 0n) throw new ValueError("expected non-negative integer");
  if (big === 0n) return [0];
  const words: number[] = [];
  while (big > 0n) {
    words.push(Number(big & 0xffffffffn));
    big >>= 32n;
  }
  return words;
}

/** NumPy's `_coerce_to_uint32_array`: an integer's words, or a list's words concatenated. */
function entropyWords(entropy: SeedEntropy): number[] {
  if (typeof entropy === "number" || typeof entropy === "bigint") return intWords(entropy, false);
  if (!Array.isArray(entropy)) throw new TypeError(`SeedSequence expects int or sequence of ints for entropy not ${String(entropy)}`);
  return entropy.flatMap((n: number | bigint) => intWords(n, true));
}

/** hashmix of NumPy's SeedSequence; `state[0]` is the running hash constant. */
function hashmix(value: number, state: Uint32Array): number {
  value = (value ^ state[0]) >>> 0;
  state[0] = Math.imul(state[0], MULT_A);
  value = Math.imul(value, state[0]) >>> 0;
  return (value ^ (value >>> 16)) >>> 0;
}

function mix(x: number, y: number): number {
  const result = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (result ^ (result >>> 16)) >>> 0;
}

/**
 * A seed turned into well-mixed state for a bit generator, exactly as NumPy's
 * `np.random.SeedSequence` does, so `np.random.default_rng(seed)` starts where NumPy's does.
 *
 * @example
 * const ss = new np.random.SeedSequence(42);
 * ss.generate_state(2);   // Uint32Array [3444837047, 2669555309]  as NumPy's
 * const [a, b] = ss.spawn(2).map((child) => np.random.default_rng(child));  // independent streams
 */
export class SeedSequence {
  /** The seed (for `default_rng()` without one, 128 bits from the operating system, as a bigint). */
  readonly entropy: SeedEntropy;
  /** Where this sequence sits in a tree of spawned sequences (`[]` for a root). */
  readonly spawn_key: readonly number[];
  /** How many children `spawn` has made so far. */
  n_children_spawned: number;
  private readonly pool = new Uint32Array(POOL_SIZE);

  /**
   * @param entropy a non-negative integer (a bigint beyond 2**53) or a list of them; left out,
   * 128 bits of randomness from the operating system (`crypto.getRandomValues`)
   * @param options `spawn_key` and `n_children_spawned`, as NumPy's keyword arguments
   * @throws TypeError for a seed that is not an integer; ValueError for a negative one
   */
  constructor(entropy?: SeedEntropy | null, options: { spawn_key?: readonly number[]; n_children_spawned?: number } = {}) {
    for (const key of Object.keys(options)) {
      if (key !== "spawn_key" && key !== "n_children_spawned") throw new TypeError(`SeedSequence() got an unexpected keyword argument '${key}'`);
    }
    if (entropy === undefined || entropy === null) {
      const words = globalThis.crypto.getRandomValues(new Uint32Array(POOL_SIZE));
      entropy = words.reduceRight((acc, w) => (acc << 32n) | BigInt(w), 0n);
    }
    this.entropy = entropy;
    this.spawn_key = [...(options.spawn_key ?? [])];
    this.n_children_spawned = options.n_children_spawned ?? 0;
    this.mixEntropy(this.assembledEntropy());
  }

  /** The seed's words, then the spawn key's (padded so that children never collide with roots). */
  private assembledEntropy(): number[] {
    const run = entropyWords(this.entropy);
    const spawn = entropyWords(this.spawn_key);
    if (spawn.length > 0) while (run.length < POOL_SIZE) run.push(0);
    return [...run, ...spawn];
  }

  private mixEntropy(words: readonly number[]): void {
    const pool = this.pool;
    const hash = Uint32Array.of(INIT_A);
    for (let i = 0; i < POOL_SIZE; i++) pool[i] = hashmix(i < words.length ? words[i] : 0, hash);
    for (let src = 0; src < POOL_SIZE; src++) {
      for (let dst = 0; dst < POOL_SIZE; dst++) {
        if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src], hash));
      }
    }
    for (let src = POOL_SIZE; src < words.length; src++) {
      for (let dst = 0; dst < POOL_SIZE; dst++) pool[dst] = mix(pool[dst], hashmix(words[src], hash));
    }
  }

  /**
   * `n_words` 32-bit words of state (NumPy's `generate_state(n_words)`, dtype uint32); a bit
   * generator wanting 64-bit words pairs them, low word first.
   * @param n_words how many 32-bit words
   * @example
   * new np.random.SeedSequence(0).generate_state(4);
   */
  generate_state(n_words: number): Uint32Array {
    const out = new Uint32Array(n_words);
    let hash = INIT_B;
    for (let i = 0; i < n_words; i++) {
      let value = (this.pool[i % POOL_SIZE] ^ hash) >>> 0;
      hash = Math.imul(hash, MULT_B) >>> 0;
      value = Math.imul(value, hash) >>> 0;
      out[i] = (value ^ (value >>> 16)) >>> 0;
    }
    return out;
  }

  /**
   * `n_children` new, independent SeedSequences (NumPy's `spawn`): for parallel streams that
   * never overlap.
   * @param n_children how many independent child streams
   * @example
   * const children = new np.random.SeedSequence(42).spawn(3);
   */
  spawn(n_children: number): SeedSequence[] {
    const start = this.n_children_spawned;
    this.n_children_spawned += n_children;
    return Array.from({ length: n_children }, (_, i) => new SeedSequence(this.entropy, { spawn_key: [...this.spawn_key, start + i] }));
  }

  /**
   * NumPy's repr: `SeedSequence(entropy=42)`, with the spawn key when there is one.
   * @example
   * String(new np.random.SeedSequence(42));  // 'SeedSequence(entropy=42)'
   */
  toString(): string {
    const entropy = Array.isArray(this.entropy) ? `[${this.entropy.join(", ")}]` : String(this.entropy);
    const key = this.spawn_key.length === 0 ? "" : `, spawn_key=(${this.spawn_key.join(", ")}${this.spawn_key.length === 1 ? "," : ""})`;
    return `SeedSequence(entropy=${entropy}${key})`;
  }
}
