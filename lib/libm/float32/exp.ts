// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { exp } from "../exp";
import { exp2 } from "../exp2";
export const expf = (x: number): number => Math.fround(exp(x));
export const exp2f = (x: number): number => Math.fround(exp2(x));
