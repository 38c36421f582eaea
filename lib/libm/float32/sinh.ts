// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { sinh, cosh } from "../sinh";
export const sinhf = (x: number): number => Math.fround(sinh(x));
export const coshf = (x: number): number => Math.fround(cosh(x));
