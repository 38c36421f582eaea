#!/usr/bin/env node
// Registers the kernel with Jupyter: writes the kernelspec "numts" (kernel.json + logos).
//
//   npm run kernel:install                      for the current user
//   npm run kernel:install -- --prefix DIR      into DIR/share/jupyter/kernels (JupyterHub images, project-local)
//   npm run kernel:install -- --sys-prefix      into the Python environment that runs Jupyter
//   npm run kernel:install -- --uninstall [...] removes it again
//
// Installing again overwrites the spec (the paths may have moved); it is idempotent.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { deflateSync } from "node:zlib";
import { ALLOCATOR_ENV } from "./node/tuning";

export const KERNEL_NAME = "numts";

/** The kernelspec: absolute paths, so it works from any notebook folder. */
export function kernelSpec(): Record<string, unknown> {
  return {
    argv: [process.execPath, resolve(__dirname, "main.js"), "{connection_file}"],
    display_name: "TypeScript (numts)",
    language: "typescript",
    // Interrupts come as messages to the I/O thread, which stops whatever phase a cell is in
    // (see node/signals.ts); a bare SIGINT only reaches code that is running or awaiting.
    interrupt_mode: "message",
    env: { ...ALLOCATOR_ENV },
    metadata: { debugger: false },
  };
}

/** The per-user Jupyter data directory, as jupyter_core computes it. */
function userDataDir(): string {
  if (process.env.JUPYTER_DATA_DIR) return process.env.JUPYTER_DATA_DIR;
  if (process.platform === "darwin") return join(homedir(), "Library", "Jupyter");
  if (process.platform === "win32") return join(process.env.APPDATA ?? homedir(), "jupyter");
  return join(process.env.XDG_DATA_HOME ?? join(homedir(), ".local", "share"), "jupyter");
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The logo: a 3×3 array of white cells on TypeScript blue, as a PNG of `size` pixels. */
export function logoPng(size: number): Buffer {
  const rows: Buffer[] = [];
  const cell = size / 4;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const inGrid = (v: number) => {
        const t = (v - cell / 2) / cell;
        return t >= 0 && t < 3 && t - Math.floor(t) < 0.72;
      };
      const white = inGrid(x) && inGrid(y);
      row.set(white ? [255, 255, 255, 255] : [49, 120, 198, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Writes the spec's files into `dir` (created if needed). */
export function writeSpec(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "kernel.json"), JSON.stringify(kernelSpec(), null, 2) + "\n");
  writeFileSync(join(dir, "logo-32x32.png"), logoPng(32));
  writeFileSync(join(dir, "logo-64x64.png"), logoPng(64));
}

/** Where the spec goes for the given options. */
export function specDir(options: { prefix?: string }): string {
  const base = options.prefix !== undefined ? join(resolve(options.prefix), "share", "jupyter") : userDataDir();
  return join(base, "kernels", KERNEL_NAME);
}

function main(args: string[]): void {
  const uninstall = args.includes("--uninstall");
  const sysPrefix = args.includes("--sys-prefix");
  const at = args.indexOf("--prefix");
  const prefix = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && (prefix === undefined || prefix.startsWith("--"))) throw new Error("--prefix needs a directory: --prefix DIR");
  if (sysPrefix) {
    // sys.prefix belongs to the Python running Jupyter: let Jupyter's own tool place it.
    if (uninstall) {
      execFileSync("jupyter", ["kernelspec", "remove", "-f", KERNEL_NAME], { stdio: "inherit" });
      return;
    }
    const staging = join(mkdtempSync(join(tmpdir(), "numts-kernelspec-")), KERNEL_NAME);
    writeSpec(staging);
    execFileSync("jupyter", ["kernelspec", "install", "--sys-prefix", "--replace", "--name", KERNEL_NAME, staging], { stdio: "inherit" });
    rmSync(staging, { recursive: true, force: true });
    return;
  }
  const dir = specDir({ prefix });
  if (uninstall) {
    rmSync(dir, { recursive: true, force: true });
    console.log(`Removed the kernelspec "${KERNEL_NAME}" from ${dir}`);
    return;
  }
  writeSpec(dir);
  console.log(`Installed the kernelspec "${KERNEL_NAME}" (TypeScript (numts)) in ${dir}`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`kernel:install failed: ${(e as Error).message}`);
    process.exit(1);
  }
}
