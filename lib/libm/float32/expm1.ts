// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { expm1 } from "../expm1";
export const expm1f = (x: number): number => Math.fround(expm1(x));
