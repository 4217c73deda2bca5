import { fileURLToPath } from 'node:url';

/** Lets a benchmark file run on its own (`node --import tsx bench/x.bench.ts [--quick]`), printing its JSON. */
export function runIfMain(moduleUrl: string, run: (opts: { quick: boolean }) => Promise<object>): void {
  if (!process.argv[1] || fileURLToPath(moduleUrl) !== process.argv[1]) return;
  run({ quick: process.argv.includes('--quick') }).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
