// PLACEHOLDER (being replaced by the port of glibc's float32 algorithm).
import { hypot } from "../hypot";
export const hypotf = (x: number, y: number): number => Math.fround(hypot(x, y));
