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
const configFile = path.join(root, 'vite.config.ts');

// Two passes (issue 7: portal pages interactive < 2 s on a throttled mobile link). The bundler splits the
// code the first page needs into many small shared chunks, each a request that waits a round trip on a
// slow link; the first pass finds every module those chunks hold (what the entry loads before it runs,
// after tree-shaking), the second puts exactly these into one chunk. Lazy pages still load on demand.
const first = await build({ configFile, logLevel: 'warn', build: { write: false } });
const chunks = new Map((Array.isArray(first) ? first : [first]).flatMap((o) => o.output).filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const eager = new Set();
/** Every chunk the entry loads before it runs (its static imports, transitively), into `seen`. */
const loadedFirst = (all, chunk, seen = new Set()) => {
  if (!chunk || seen.has(chunk.fileName)) return seen;
  seen.add(chunk.fileName);
  for (const next of chunk.imports) loadedFirst(all, all.get(next), seen);
  return seen;
};
const initialFirst = loadedFirst(chunks, [...chunks.values()].find((c) => c.isEntry));
for (const f of initialFirst) for (const id of chunks.get(f).moduleIds) eager.add(id);
// Likewise antd's App (wrapped around every page loaded on demand) and the procedure page, the portal's most
// visited page after the search: one chunk each, not nine.
const modulesOf = (page) => {
  const chunk = [...chunks.values()].find((c) => c.isDynamicEntry && c.facadeModuleId === path.join(root, 'src', 'web', ...page.split('/')));
  const ids = new Set();
  for (const f of chunk ? loadedFirst(chunks, chunk, new Set(initialFirst)) : []) if (!initialFirst.has(f)) for (const id of chunks.get(f).moduleIds) ids.add(id);
  return ids;
};
const antApp = modulesOf('components/AntApp.tsx');
const procedurePage = modulesOf('routes/portal/ProcedureDetailPages.tsx');
const groups = [
  { name: 'portal', test: (id) => eager.has(id), priority: 4 },
  { name: 'shared', test: (id) => antApp.has(id) && procedurePage.has(id), priority: 3 },
  { name: 'app', test: (id) => antApp.has(id), priority: 2 },
  { name: 'procedure-page', test: (id) => procedurePage.has(id), priority: 1 },
];
const second = await build({ configFile, logLevel: 'warn', build: { rolldownOptions: { output: { codeSplitting: { groups } } } } });

// preload.json: for each page loaded on demand (a dynamic import under src/web), the files it needs beyond
// the first bundle. The server names them in the HTML of an address that opens that page
// (src/server/api/web-hints.ts), so they download beside the first bundle instead of after it.
const built = new Map((Array.isArray(second) ? second : [second]).flatMap((o) => o.output).filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const initial = loadedFirst(built, [...built.values()].find((c) => c.isEntry));
const closure = (chunk, seen = new Set()) => {
  if (!chunk || seen.has(chunk.fileName) || initial.has(chunk.fileName)) return seen;
  seen.add(chunk.fileName);
  for (const next of chunk.imports) closure(built.get(next), seen);
  return seen;
};
const preload = {};
for (const page of [...chunks.values()].filter((c) => c.isDynamicEntry).map((c) => c.facadeModuleId)) {
  if (!page?.startsWith(path.join(root, 'src', 'web'))) continue;
  const home = [...built.values()].find((c) => c.moduleIds.includes(page));
  preload[path.relative(path.join(root, 'src', 'web'), page).split(path.sep).join('/')] = [...closure(home)].map((f) => `/${f}`);
}
fs.writeFileSync(path.join(path.dirname(out), 'preload.json'), `${JSON.stringify(preload, null, 1)}\n`);

// Brotli and gzip copies beside each text file, served by @fastify/static (preCompressed): the portal's
// JavaScript crosses a slow mobile link at a quarter of its size (issue 7: interactive < 2 s on "Fast 3G").
const zlib = await import('node:zlib');
const web = path.dirname(out);
let raw = 0;
let br = 0;
for (const e of fs.readdirSync(web, { recursive: true, withFileTypes: true })) {
  const file = path.join(e.parentPath, e.name);
  if (!e.isFile() || !/\.(js|css|html|svg|json|txt)$/.test(e.name) || fs.statSync(file).size < 1024) continue;
  const bytes = fs.readFileSync(file);
  const brotli = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  fs.writeFileSync(`${file}.br`, brotli);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
  raw += bytes.length;
  br += brotli.length;
}
// index.html is written last: --if-stale reads its time as the time of the whole build.
fs.utimesSync(out, new Date(), new Date());
console.log(`build-web: built dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s (${Math.round(raw / 1024)} KiB, ${Math.round(br / 1024)} KiB with brotli)`);
