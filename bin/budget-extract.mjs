#!/usr/bin/env node
// Runs the TypeScript sources through tsx: no build step, so `npm install` is all the set-up there is.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
