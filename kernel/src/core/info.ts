// What the kernel says about itself (kernel_info_reply).
import { PROTOCOL_VERSION } from "./messages";
import type { Platform } from "./platform";

/** The content of kernel_info_reply. */
export function kernelInfo(versions: Platform["versions"]): Record<string, unknown> {
  return {
    status: "ok",
    protocol_version: PROTOCOL_VERSION,
    implementation: "numts-kernel",
    implementation_version: versions.kernel,
    language_info: {
      name: "typescript",
      // The TypeScript that type-checks cells is tslab's, not the one that built this kernel.
      version: versions.typescript,
      mimetype: "text/typescript",
      file_extension: ".ts",
      pygments_lexer: "typescript",
      codemirror_mode: { name: "javascript", typescript: true },
      nbconvert_exporter: "script",
    },
    banner: `numts kernel ${versions.kernel}: TypeScript ${versions.typescript} on ${versions.runtime}. Cells are type-checked; import * as np from "numts".`,
    help_links: [
      { text: "TypeScript handbook", url: "https://www.typescriptlang.org/docs/handbook/" },
      { text: "NumPy reference (numts mirrors it)", url: "https://numpy.org/doc/stable/reference/" },
    ],
  };
}
