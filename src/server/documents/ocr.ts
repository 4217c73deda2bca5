import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Tesseract from 'tesseract.js';
import { sniff } from '../../domain/files';

/**
 * Text recognition of scanned dossier documents (issue 6, digitisation) over tesseract.js.
 * Everything is local: the engine is the wasm build in the installed tesseract.js-core package
 * (tesseract.js's Node worker `require`s it; `corePath` is never used in Node) and the language
 * data is read from the operating system's tessdata directory (Debian: tesseract-ocr-vie).
 * `langPath` is a plain directory, so tesseract.js reads `<dir>/<lang>.traineddata` with
 * fs.readFile instead of fetching from its CDN; `gzip: false` because Debian ships the files
 * uncompressed; `cacheMethod: 'none'` so it neither looks for nor writes a copy in the working
 * directory. (Checked: it runs in a network namespace with no interfaces and opens no inet
 * socket.) PDF scans are rasterised by poppler's pdftoppm, at most MAX_PDF_PAGES pages.
 */
export type OcrResult = { text: string; confidence: number; pages: number };

export type Ocr = {
  /**
   * Recognises the text of an image (PNG, JPEG, TIFF) or a scanned PDF; other types, and PDFs when
   * pdftoppm is not installed, give an empty result. Rejects on bytes that are not a readable
   * image or PDF. `confidence` is tesseract's 0–100 mean (over pages for a PDF).
   */
  recognise(data: Buffer, mime: string): Promise<OcrResult>;
  /** Terminates the worker thread (waiting for queued requests); the next recognise starts a new one. */
  close(): Promise<void>;
};

const TESSDATA_DIRS = ['/usr/share/tesseract-ocr/5/tessdata', '/usr/share/tesseract-ocr/4.00/tessdata', '/usr/share/tessdata'];
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/tiff']);
const MAX_PDF_PAGES = 10;
const PDF_DPI = 200;
const empty = (): OcrResult => ({ text: '', confidence: 0, pages: 0 });

const run = promisify(execFile);

const hasLangs = (dir: string, langs: string) => langs.split('+').every((lang) => existsSync(path.join(dir, `${lang}.traineddata`)));

/** A directory holding vie.traineddata: $MOTCUA_TESSDATA first, then the usual system locations. */
export function findTessdata(): string | null {
  const fromEnv = process.env.MOTCUA_TESSDATA;
  const candidates = fromEnv ? [fromEnv, ...TESSDATA_DIRS] : TESSDATA_DIRS;
  return candidates.find((dir) => hasLangs(dir, 'vie')) ?? null;
}

/**
 * An OCR service with one lazily started worker thread; requests run one at a time. Returns null
 * when the language data is not installed (callers then skip OCR and say so).
 */
export function createOcr(opts: { langs?: string; tessdata?: string } = {}): Ocr | null {
  const langs = opts.langs ?? 'vie';
  const tessdata = opts.tessdata ?? findTessdata();
  // A missing file would leave tesseract.js's createWorker pending forever, so check up front.
  if (!tessdata || !hasLangs(tessdata, langs)) return null;

  let worker: Promise<Tesseract.Worker> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const getWorker = () => {
    worker ??= Tesseract.createWorker(langs, Tesseract.OEM.LSTM_ONLY, {
      langPath: tessdata,
      gzip: false,
      cacheMethod: 'none',
      logger: () => {},
      // Without a handler tesseract.js rethrows a failed job inside its message listener, which
      // would be an uncaught exception in this process; the job's own promise still rejects.
      errorHandler: () => {},
    }).catch((err: unknown) => {
      worker = null;
      throw err instanceof Error ? err : new Error(`OCR worker failed to start: ${String(err)}`);
    });
    return worker;
  };

  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task, task);
    queue = result.catch(() => undefined);
    return result;
  };

  const recogniseImage = async (image: Buffer) => {
    // Leptonica prints to stderr on bytes it cannot decode; refuse those here, quietly.
    const sniffed = sniff(image);
    if (!sniffed.ok || !IMAGE_TYPES.has(sniffed.mime)) throw new Error('OCR: the file is not a PNG, JPEG or TIFF image');
    const w = await getWorker();
    const { data } = await w.recognize(image).catch((err: unknown) => {
      throw err instanceof Error ? err : new Error(`OCR failed: ${String(err)}`);
    });
    return { text: data.text, confidence: data.confidence };
  };

  const recognisePdf = async (pdf: Buffer): Promise<OcrResult> => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-ocr-'));
    try {
      const input = path.join(dir, 'scan.pdf');
      await fs.writeFile(input, pdf);
      try {
        const args = ['-r', String(PDF_DPI), '-png', '-f', '1', '-l', String(MAX_PDF_PAGES), input, path.join(dir, 'page')];
        await run('pdftoppm', args, { timeout: 120_000 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return empty(); // poppler-utils not installed
        throw new Error(`pdftoppm could not rasterise the PDF: ${(err as Error).message}`, { cause: err });
      }
      // pdftoppm names pages page-1.png or page-01.png (zero-padded to the page count's width) and
      // records the resolution in each PNG's pHYs chunk, so tesseract needs no dpi hint.
      const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.png')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      const texts: string[] = [];
      let confidence = 0;
      for (const file of files) {
        const page = await recogniseImage(await fs.readFile(path.join(dir, file)));
        texts.push(page.text);
        confidence += page.confidence;
      }
      return { text: texts.join('\n'), confidence: files.length ? confidence / files.length : 0, pages: files.length };
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  };

  return {
    recognise(data, mime) {
      const type = mime.split(';')[0]!.trim().toLowerCase();
      if (IMAGE_TYPES.has(type)) return serially(async () => ({ ...(await recogniseImage(data)), pages: 1 }));
      if (type === 'application/pdf') return serially(() => recognisePdf(data));
      return Promise.resolve(empty());
    },
    async close() {
      let pending: Promise<unknown>;
      do {
        pending = queue;
        await pending;
      } while (pending !== queue);
      const started = worker;
      worker = null;
      if (started) await (await started.catch(() => null))?.terminate();
    },
  };
}
