// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { log1p } from "../log1p";
export const log1pf = (x: number): number => Math.fround(log1p(x));
