// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { sin, cos } from "../sin";
export const sinf = (x: number): number => Math.fround(sin(x));
export const cosf = (x: number): number => Math.fround(cos(x));
