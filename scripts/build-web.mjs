// Builds the web app into dist/web. With --if-stale, skips the build when dist/web/index.html
// is newer than every file under src/web and src/domain (the web imports the pure domain).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'web', 'index.html');

function newest(dir) {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

if (process.argv.includes('--if-stale') && fs.existsSync(out)) {
  const src = Math.max(newest(path.join(root, 'src', 'web')), newest(path.join(root, 'src', 'domain')), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  if (fs.statSync(out).mtimeMs >= src) process.exit(0);
}
if (!fs.existsSync(path.join(root, 'node_modules', 'vite'))) {
  // `npm ci --omit=dev` or an install in progress: nothing to build with yet.
  console.warn('build-web: vite is not installed; skipping web build');
  process.exit(0);
}
const started = Date.now();
const { build } = await import('vite');
await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
console.log(`build-web: built dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
