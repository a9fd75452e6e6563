// `npm start`: build what is stale, then serve the web app and API with an in-process worker.
import { ensureServerBuilt, ensureWebBuilt } from './freshness.mjs';

const webDir = ensureWebBuilt();
process.env.LODESTAR_WEB_DIR ??= webDir;
const mainJs = await ensureServerBuilt();
const { runCli } = await import(mainJs);
const code = await runCli(['serve', ...process.argv.slice(2)]);
if (code) process.exitCode = code;
