#!/usr/bin/env node
// Entry point of the `thidua` command. The CLI is written in TypeScript and run through tsx's
// loader, so a fresh clone needs no build step: `npm install` then `npx thidua …`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
