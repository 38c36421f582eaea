// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { log } from "../log";
export const logf = (x: number): number => Math.fround(log(x));
