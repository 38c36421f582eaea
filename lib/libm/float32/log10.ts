// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { log10 } from "../log10";
export const log10f = (x: number): number => Math.fround(log10(x));
