// Test fixture (reliability.py, preloaded with NODE_OPTIONS=--require): an unexpected error in the
// kernel's I/O thread, thrown there once the file named by NUMTS_TEST_IO_FAILURE exists.
const { existsSync } = require("node:fs");
const { isMainThread } = require("node:worker_threads");

const trigger = process.env.NUMTS_TEST_IO_FAILURE;
if (!isMainThread && trigger) {
  const poll = setInterval(() => {
    if (!existsSync(trigger)) return;
    clearInterval(poll);
    throw new Error("a failure in the I/O thread (test/kernel/io-failure.js)");
  }, 50);
}
