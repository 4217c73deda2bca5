// Worker thread of bench/http-load.ts (plain JavaScript: workers do not load TypeScript here).
// GETs `paths` round robin from `clients` keep-alive connections; posts latency percentiles back.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const { port, paths, clients, total } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
let errors = 0;
const get = (path) =>
  new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (res) => {
        if (res.statusCode !== 200) errors++;
        res.resume();
        res.on('end', resolve);
      })
      .on('error', reject);
  });

const times = [];
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      await get(paths[i % paths.length]);
      times.push(performance.now() - t0);
    }
  }),
);
const elapsed = performance.now() - started;
times.sort((a, b) => a - b);
const pct = (p) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] * 100) / 100;
agent.destroy();
parentPort.postMessage({ p50: pct(50), p95: pct(95), p99: pct(99), perSec: Math.round((total / elapsed) * 1000), errors });
