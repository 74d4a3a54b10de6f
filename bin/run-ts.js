#!/usr/bin/env node
// Runs a TypeScript file of this project: `node bin/run-ts.js path/to/file.ts [args]`.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const file = process.argv[2];
if (!file) {
  console.error('usage: run-ts FILE.ts [args]');
  process.exit(2);
}
// The script sees itself as argv[1], as if run directly.
process.argv.splice(1, 2, resolve(file));
await import(pathToFileURL(resolve(file)).href);
