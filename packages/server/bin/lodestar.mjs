#!/usr/bin/env node
// The `lodestar` command: rebuilds the server bundle when its sources changed, then runs the CLI.
import { ensureServerBuilt } from '../../../scripts/freshness.mjs';

const mainJs = await ensureServerBuilt();
const { runCli } = await import(mainJs);
process.exitCode = await runCli(process.argv.slice(2));
