// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { pow } from "../pow";
export const powf = (x: number, y: number): number => Math.fround(pow(x, y));
