#!/usr/bin/env node
// Prints, as one JSON object {args, env}, nbconvert's arguments (after the Python, before
// --output and the notebook) and environment with which npm run notebooks executes a notebook on
// the numts kernel (scripts/jupyter.mjs nbconvertExecute), for the Python tools that must run it
// the same way: bench/lesson_bench.py. The environment is this process's, with what nbconvert
// needs added. --record-timing: nbclient records each cell's timings (the benchmark reads them).
import { nbconvertExecute } from "./jupyter.mjs";

const options = process.argv.slice(2);
const unknown = options.filter((o) => o !== "--record-timing");
if (unknown.length > 0) {
  console.error(`nbconvert-execute.mjs: unknown option ${unknown.join(" ")} (usage: node scripts/nbconvert-execute.mjs [--record-timing])`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(nbconvertExecute(process.env, { recordTiming: options.includes("--record-timing") })) + "\n");
