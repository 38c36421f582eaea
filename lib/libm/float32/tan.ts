// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { tan } from "../tan";
export const tanf = (x: number): number => Math.fround(tan(x));
