/**
 * `COPY … FROM STDIN` over node-postgres without another package: a query whose answer to the
 * server's CopyInResponse is the data itself (the way pg-copy-streams works). PostgreSQL reads the
 * text format far faster than it parses the same rows as JSON or as bound parameters; the bulk
 * import of past dossiers depends on it (docs/adr/0022).
 */
import pg from 'pg';

type CopyConnection = { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void };

class CopyIn extends pg.Query {
  private readonly chunks: readonly string[];

  constructor(text: string, chunks: readonly string[]) {
    super(text);
    this.chunks = chunks;
  }

  /** Called by the client when the server is ready for the rows. */
  handleCopyInResponse(connection: CopyConnection): void {
    for (const c of this.chunks) connection.sendCopyFromChunk(Buffer.from(c, 'utf8'));
    connection.endCopyFrom();
  }
}

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format (JSON columns arrive as JSON text, dates as ISO instants). */
export function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = typeof v === 'string' ? v : String(v);
  return SPECIAL.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : s;
}

/** Copies rows (objects keyed by column) into `table`; returns the number of rows PostgreSQL took. */
export function copyRows(client: pg.PoolClient, table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<number> {
  if (rows.length === 0) return Promise.resolve(0);
  const chunks: string[] = [];
  let chunk = '';
  for (const r of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) line += (i ? '\t' : '') + copyValue(r[columns[i]!]);
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  if (chunk) chunks.push(chunk);
  return new Promise((resolve, reject) => {
    const q = new CopyIn(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, chunks);
    q.on('end', (r: pg.QueryResult) => resolve(r.rowCount ?? 0));
    q.on('error', reject);
    void client.query(q);
  });
}
