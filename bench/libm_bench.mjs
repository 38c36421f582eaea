// The libm section of `npm run bench`: numts's math ufuncs (glibc's results, bit for bit) on 10^6
// float64 beside a plain loop over JavaScript's Math.* (V8's own, not glibc's), as ns per element.
// Prints JSON lines. Usage: node bench/libm_bench.mjs [--quick]
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const np = require("../lib/dist/index.js");
const QUICK = process.argv.includes("--quick");
const N = QUICK ? 10_000 : 1_000_000;
const REPEAT = QUICK ? 2 : 7;

// [numts name, Math name (or null), input range, second input range for binary functions]
const FUNCTIONS = [
  ["exp", "exp", [-20, 20]], ["log", "log", [0, 100]], ["sin", "sin", [-10, 10]], ["cos", "cos", [-10, 10]],
  ["tan", "tan", [-1.5, 1.5]], ["tanh", "tanh", [-5, 5]], ["power", "pow", [0, 10], [-5, 5]],
  ["expm1", "expm1", [-2, 2]], ["log1p", "log1p", [-0.5, 10]], ["log2", "log2", [0, 100]], ["log10", "log10", [0, 100]],
  ["exp2", null, [-20, 20]], ["arctan", "atan", [-10, 10]], ["arcsin", "asin", [-1, 1]], ["arccos", "acos", [-1, 1]],
  ["arctan2", "atan2", [-10, 10], [-10, 10]], ["sinh", "sinh", [-5, 5]], ["cosh", "cosh", [-5, 5]],
  ["arcsinh", "asinh", [-10, 10]], ["arccosh", "acosh", [1, 10]], ["arctanh", "atanh", [-1, 1]], ["hypot", "hypot", [-10, 10], [-10, 10]],
];

function uniform([lo, hi], seed) {
  const out = new Float64Array(N);
  let s = seed >>> 0;
  for (let i = 0; i < N; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = lo + ((hi - lo) * s) / 2 ** 32;
  }
  return out;
}

function median(fn) {
  const times = [];
  for (let r = 0; r < REPEAT; r++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

for (const [name, mathName, range, range2] of FUNCTIONS) {
  const x = uniform(range, 1);
  const y = range2 ? uniform(range2, 2) : undefined;
  const a = np.array(x);
  const b = y ? np.array(y) : undefined;
  const numts = median(() => (b ? np[name](a, b) : np[name](a)));
  let math = null;
  if (mathName !== null) {
    // A loop of its own per function, so that V8 inlines that one Math function.
    const loop = new Function("f", "x", "y", "out", `for (let i = 0; i < x.length; i++) out[i] = f(x[i]${y ? ", y[i]" : ""}); // ${name}`);
    const out = new Float64Array(N);
    math = median(() => loop(Math[mathName], x, y, out));
  }
  console.log(JSON.stringify({ name, math: mathName, numts_ns: (numts * 1e6) / N, math_ns: math === null ? null : (math * 1e6) / N }));
}
