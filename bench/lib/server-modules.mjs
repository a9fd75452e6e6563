import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER = path.join(ROOT, 'packages/server');

/**
 * Imports modules of the server's TypeScript sources, which Node cannot load itself: `exportLines` (such as
 * `export { renderQuotePdf } from './src/sales/quote/pdf/render-quote-pdf.ts';`, relative to packages/server)
 * are bundled with the server's dependencies external, imported, and the bundle removed.
 */
export async function loadServerModules(name, exportLines) {
  const pkg = JSON.parse(fs.readFileSync(path.join(SERVER, 'package.json'), 'utf8'));
  const external = Object.keys(pkg.dependencies ?? {}).flatMap((dep) => [dep, `${dep}/*`]);
  const dir = path.join(ROOT, 'node_modules/.cache/lodestar-bench');
  fs.mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, `${name}-${process.pid}.mjs`);
  await build({
    stdin: { contents: exportLines.join('\n'), resolveDir: SERVER, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external,
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}
