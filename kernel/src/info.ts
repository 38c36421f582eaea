// What the kernel says about itself (kernel_info_reply).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROTOCOL_VERSION } from "./protocol/wire";

function packageVersion(file: string): string {
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

/** The content of kernel_info_reply. */
export function kernelInfo(): Record<string, unknown> {
  // The TypeScript that type-checks cells is tslab's, not the one that built this kernel.
  const typescript = packageVersion(require.resolve("@tslab/typescript-for-tslab/package.json"));
  const own = packageVersion(join(__dirname, "..", "package.json"));
  return {
    status: "ok",
    protocol_version: PROTOCOL_VERSION,
    implementation: "numts-kernel",
    implementation_version: own,
    language_info: {
      name: "typescript",
      version: typescript,
      mimetype: "text/typescript",
      file_extension: ".ts",
      pygments_lexer: "typescript",
      codemirror_mode: { name: "javascript", typescript: true },
      nbconvert_exporter: "script",
    },
    banner: `numts kernel ${own}: TypeScript ${typescript} on Node.js ${process.versions.node}. Cells are type-checked; import * as np from "numts".`,
    help_links: [
      { text: "TypeScript handbook", url: "https://www.typescriptlang.org/docs/handbook/" },
      { text: "NumPy reference (numts mirrors it)", url: "https://numpy.org/doc/stable/reference/" },
    ],
  };
}
