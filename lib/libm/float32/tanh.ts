// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { tanh } from "../tanh";
export const tanhf = (x: number): number => Math.fround(tanh(x));
