import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Text of a PDF as poppler's pdftotext reads it (what a search engine or a screen reader gets). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    await fs.writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Page size in points of the first page, from pdfinfo. */
export async function pdfPageSize(pdf: Buffer): Promise<{ width: number; height: number; pages: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    await fs.writeFile(file, pdf);
    const { stdout } = await run('pdfinfo', [file]);
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(stdout)!;
    const pages = /Pages:\s+(\d+)/.exec(stdout)!;
    return { width: Number(size[1]), height: Number(size[2]), pages: Number(pages[1]) };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
