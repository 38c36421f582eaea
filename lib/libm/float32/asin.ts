// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { asin, acos } from "../asin";
export const asinf = (x: number): number => Math.fround(asin(x));
export const acosf = (x: number): number => Math.fround(acos(x));
