// Font subsets: a WOFF2 file cut down to the characters a picture or a handout shows, by
// HarfBuzz's subsetter (hb-subset, the WebAssembly build in harfbuzzjs) with WOFF2 from Google's
// woff2 (wawoff2). The subset keeps the glyphs' outlines, advances and kerning, so text set in it
// lays out exactly as in the whole font; hinting is dropped (text is laid out unhinted anyway).
import { readFileSync } from "node:fs";

interface SubsetExports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, cp: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

interface Woff2 {
  compress(ttf: Uint8Array): Promise<Uint8Array>;
  decompress(woff2: Uint8Array): Promise<Uint8Array>;
}

/** hb-subset's HB_SUBSET_FLAGS_NO_HINTING. */
const NO_HINTING = 0x1;
/** hb_memory_mode_t's HB_MEMORY_MODE_WRITABLE. */
const WRITABLE = 2;

let hb: SubsetExports | null = null;
let woff2: Woff2 | null = null;

function harfbuzz(): SubsetExports {
  if (hb === null) {
    const module = new WebAssembly.Module(readFileSync(require.resolve("harfbuzzjs/dist/harfbuzz-subset.wasm")));
    hb = new WebAssembly.Instance(module, {}).exports as unknown as SubsetExports;
    hb._initialize(); // a WASI reactor: its static constructors run first
  }
  return hb;
}

/** The last wawoff2 call: calls run one at a time (see woff2Call). */
let woff2Queue: Promise<unknown> = Promise.resolve();

/**
 * A wawoff2 call, run after the ones before it have finished and copied their result: its
 * results are views of its own memory, which its next call overwrites.
 */
function woff2Call(call: (codec: Woff2) => Promise<Uint8Array>): Promise<Uint8Array> {
  const result = woff2Queue.then(() => call((woff2 ??= require("wawoff2") as Woff2))).then((bytes) => bytes.slice());
  woff2Queue = result.catch(() => undefined);
  return result;
}

/** The font (TrueType/OpenType bytes) with only the glyphs of `codepoints`. */
export function subsetSfnt(font: Uint8Array, codepoints: Iterable<number>): Uint8Array {
  const x = harfbuzz();
  const data = x.malloc(font.length);
  new Uint8Array(x.memory.buffer).set(font, data);
  const blob = x.hb_blob_create(data, font.length, WRITABLE, 0, 0);
  const face = x.hb_face_create(blob, 0);
  x.hb_blob_destroy(blob);
  const input = x.hb_subset_input_create_or_fail();
  try {
    if (input === 0) throw new Error("hb-subset: out of memory");
    const unicodes = x.hb_subset_input_unicode_set(input);
    for (const cp of codepoints) x.hb_set_add(unicodes, cp);
    x.hb_subset_input_set_flags(input, NO_HINTING);
    const subset = x.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error("hb-subset could not subset the font");
    const out = x.hb_face_reference_blob(subset);
    const start = x.hb_blob_get_data(out, 0);
    const bytes = new Uint8Array(x.memory.buffer, start, x.hb_blob_get_length(out)).slice();
    x.hb_blob_destroy(out);
    x.hb_face_destroy(subset);
    return bytes;
  } finally {
    if (input !== 0) x.hb_subset_input_destroy(input);
    x.hb_face_destroy(face);
    x.free(data);
  }
}

const decoded = new Map<string, Promise<Uint8Array>>();

/** The font in a WOFF2 file, as TrueType/OpenType bytes. */
export function decodeWoff2(path: string): Promise<Uint8Array> {
  let sfnt = decoded.get(path);
  if (sfnt === undefined) decoded.set(path, (sfnt = woff2Call((codec) => codec.decompress(readFileSync(path)))));
  return sfnt;
}

/** A shipped WOFF2 file (at `path`) cut down to `codepoints`, as WOFF2. */
export async function subsetWoff2(path: string, codepoints: Iterable<number>): Promise<Uint8Array> {
  const sfnt = await decodeWoff2(path);
  return woff2Call((codec) => codec.compress(subsetSfnt(sfnt, codepoints)));
}
