// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { atan } from "../atan";
import { atan2 } from "../atan2";
export const atanf = (x: number): number => Math.fround(atan(x));
export const atan2f = (x: number, y: number): number => Math.fround(atan2(x, y));
