// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { asinh, acosh, atanh } from "../asinh";
export const asinhf = (x: number): number => Math.fround(asinh(x));
export const acoshf = (x: number): number => Math.fround(acosh(x));
export const atanhf = (x: number): number => Math.fround(atanh(x));
