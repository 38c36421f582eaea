import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Unit tests run against the TypeScript source; test/lib/package.test.ts checks the built package.
    alias: { numts: fileURLToPath(new URL("./lib/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Two test files at a time: most of the time goes to servers, kernels and Chromium starting up.
    maxWorkers: 2,
    // Integration tests start processes; on a busy 2-core machine a first step can take seconds.
    // Tests assert values, never durations: the limits only catch hangs.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ["default", "./test/summary-reporter.ts"],
    // Nothing in the user's home may change a test: Jupyter's config folder (~/.jupyter) is an empty one.
    env: { JUPYTER_CONFIG_DIR: fileURLToPath(new URL("./tmp/jupyter-config", import.meta.url)) },
  },
});
