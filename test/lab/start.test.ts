// npm start's arguments and the JupyterLab build itself: bad arguments are explained; the
// application is one JupyterLab release, every plugin package in the bundle with its stylesheet,
// and the build is cached. (`npm start -- --notebook` is tested with the lessons in the classic
// Notebook, test/notebooks/browser.test.ts, on the server it starts there.)
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../kernel/kernelspec";

describe("npm start's arguments", () => {
  it("explains an unknown option and a folder that does not exist", () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "scripts/start.mjs"), ...args], { cwd: ROOT, encoding: "utf8" });
    const unknown = run("--lab-please");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown option --lab-please");
    expect(unknown.stderr).toContain("usage: npm start");
    const missing = run("no/such/folder");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("is not a folder");
  });
});

describe("the packages npm start builds", () => {
  it("are every workspace with a dist/ entry, and those npm run build compiles", async () => {
    const jupyter = "../../scripts/jupyter.mjs"; // plain JavaScript, shared by npm start, notebooks and handouts
    const { PACKAGES } = (await import(jupyter)) as { PACKAGES: string[] };
    const root = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { workspaces: string[]; scripts: Record<string, string> };
    const compiled = root.workspaces.filter((w) => (JSON.parse(readFileSync(join(ROOT, w, "package.json"), "utf8")) as { main?: string }).main?.startsWith("dist/"));
    expect([...PACKAGES].sort()).toEqual(compiled.sort());
    expect(root.scripts.build).toBe(PACKAGES.map((p) => `tsc -p ${p}`).join(" && "));
  });
});

const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { version: string }> };
const lab = JSON.parse(readFileSync(join(ROOT, "lab/package.json"), "utf8")) as { dependencies: Record<string, string> };

describe("the JupyterLab application", () => {
  it("is one JupyterLab release: every @jupyterlab, @lumino and @codemirror package resolved once, @jupyterlab ones of 4.6.4", () => {
    const versions = new Map<string, Set<string>>();
    for (const [path, { version }] of Object.entries(lock.packages)) {
      const name = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
      if (!path.includes("node_modules/") || !/^@(jupyterlab|lumino|codemirror)\//.test(name)) continue;
      versions.set(name, (versions.get(name) ?? new Set()).add(version));
    }
    expect([...versions].filter(([, v]) => v.size > 1)).toEqual([]);
    const jupyterlab = [...versions].filter(([name]) => name.startsWith("@jupyterlab/"));
    expect(jupyterlab.length).toBeGreaterThan(80);
    // One release: each package's patch level is the release's (4.6.4, with services 7.6.4, coreutils 6.6.4, ...).
    expect(jupyterlab.filter(([, v]) => [...v][0].split(".")[2] !== "4")).toEqual([]);
    expect(lab.dependencies["@jupyterlab/application"]).toBe("4.6.4");
    // With the design-token library JupyterLab 4.6 is released with: 2.50.0 recurses without end
    // when a toolbar is attached (the page froze on a theme change; see the README).
    const foundation = Object.entries(lock.packages).filter(([path]) => path.endsWith("node_modules/@microsoft/fast-foundation"));
    expect(foundation.map(([, { version }]) => version)).toEqual(["2.49.4"]);
  });

  it("starts every extension package it depends on, each with its stylesheet", () => {
    const source = readFileSync(join(ROOT, "lab/src/extensions.ts"), "utf8");
    for (const name of Object.keys(lab.dependencies).filter((n) => /^@jupyterlab\/.*-extension$/.test(n))) {
      expect(source, name).toMatch(new RegExp(`from "${name}(/lib/mime\\.js)?";`));
      const pkg = JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")) as { styleModule?: string };
      if (pkg.styleModule !== undefined) expect(source, name).toContain(`import "${name}/${pkg.styleModule}";`);
    }
  });

  it("is cached: once built, lab/build is current and building again does nothing", async () => {
    const build = "../../lab/build.mjs"; // plain JavaScript (no types), shared with npm start
    const { buildLab, labBuildIsCurrent } = (await import(build)) as { buildLab(o: { log: () => void }): Promise<boolean>; labBuildIsCurrent(): boolean };
    await buildLab({ log: () => {} }); // npm test built it already: nothing to do
    expect(labBuildIsCurrent()).toBe(true);
    expect(await buildLab({ log: () => {} })).toBe(false);
  }, 300_000);
});
