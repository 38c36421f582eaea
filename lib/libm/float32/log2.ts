// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { log2 } from "../log2";
export const log2f = (x: number): number => Math.fround(log2(x));
