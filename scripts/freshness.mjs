// Builds what is out of date: the server bundle and the web app, each only when a source is newer than it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      if (path.basename(p) === 'node_modules' || path.basename(p) === 'dist') return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

function isStale(output, sources) {
  if (!fs.existsSync(output)) return true;
  return newestMtime(sources) > fs.statSync(output).mtimeMs;
}

/** Returns the file URL of the server bundle, rebuilding it first when stale. */
export async function ensureServerBuilt() {
  const out = path.join(root, 'packages/server/dist/main.js');
  const sources = [
    path.join(root, 'packages/server/src'),
    path.join(root, 'packages/shared/src'),
    path.join(root, 'packages/server/build.mjs'),
  ];
  if (isStale(out, sources)) {
    const { buildServer } = await import(pathToFileURL(path.join(root, 'packages/server/build.mjs')).href);
    await buildServer();
  }
  return pathToFileURL(out).href;
}

/** Builds the web app with Vite when its sources changed; returns its folder. */
export function ensureWebBuilt() {
  const dir = path.join(root, 'packages/web/dist');
  const web = path.join(root, 'packages/web');
  const sources = [
    path.join(web, 'src'),
    path.join(web, 'index.html'),
    path.join(web, 'vite.config.ts'),
    path.join(root, 'packages/shared/src'),
  ];
  if (isStale(path.join(dir, 'index.html'), sources)) {
    console.log('Building the web app (first start or sources changed)…');
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: web,
        stdio: 'inherit',
      },
    );
    if (result.status !== 0) throw new Error('web build failed');
  }
  return dir;
}
