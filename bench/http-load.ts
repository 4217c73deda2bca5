/**
 * An HTTP load generator in a worker thread (bench/http-load-worker.mjs), so the clients' own CPU
 * (request building, response parsing) does not share the event loop of the server under test, as
 * it would not in production.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export type LoadResult = { p50: number; p95: number; p99: number; perSec: number; errors: number };

/** Runs GET requests over `paths` (round robin) from `clients` concurrent keep-alive connections. */
export function loadFromWorker(job: { port: number; paths: string[]; clients: number; total: number }): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(fileURLToPath(new URL('./http-load-worker.mjs', import.meta.url)), { workerData: job });
    w.once('message', (m: LoadResult) => resolve(m));
    w.once('error', reject);
    w.once('exit', (code) => code !== 0 && reject(new Error(`load worker exited with ${code}`)));
  });
}
