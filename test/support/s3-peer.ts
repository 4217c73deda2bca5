import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32 } from 'node:zlib';

/**
 * A small S3 server for tests, faithful to the protocol where the SDK and our store depend on it:
 * path-style buckets and objects (CreateBucket, HeadBucket, DeleteBucket, PutObject, GetObject,
 * HeadObject, DeleteObject), AWS Signature Version 4 checked on every request (header
 * authentication; signed, UNSIGNED-PAYLOAD and STREAMING-UNSIGNED-PAYLOAD-TRAILER aws-chunked bodies),
 * Content-MD5 and `x-amz-checksum-*` (header or trailer) verified on upload, and S3's XML error format.
 * Anything else answers 501 NotImplemented rather than pretending. `objects` maps `bucket/key` to the
 * stored bytes, so a test can look at or damage what the client stored.
 */
export type S3PeerOptions = { accessKeyId: string; secretAccessKey: string; region: string };
export type S3Peer = { endpoint: string; close(): Promise<void>; objects: Map<string, Buffer> };

const MAX_BODY = 64 * 1024 * 1024;
const MAX_SKEW_MS = 15 * 60 * 1000;

class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

const notImplemented = (what: string) => new S3Error(501, 'NotImplemented', `A header or operation you provided implies functionality that is not implemented (${what}).`);

const xmlEscape = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - _ . ~ is %XX. */
const uriEncode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function uriDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new S3Error(400, 'InvalidURI', "Couldn't parse the specified URI.");
  }
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

const CRC32C_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32c(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC32C_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const uint32Base64 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b.toString('base64');
};
const CHECKSUMS: Record<string, (data: Buffer) => string> = {
  crc32: (d) => uint32Base64(crc32(d)),
  crc32c: (d) => uint32Base64(crc32c(d)),
  sha1: (d) => createHash('sha1').update(d).digest('base64'),
  sha256: (d) => createHash('sha256').update(d).digest('base64'),
};

type Credential = { accessKeyId: string; date: string; region: string; service: string; terminator: string };

function parseAuthorization(header: string): { credential: Credential; signedHeaders: string[]; signature: string } {
  const malformed = () => new S3Error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed.');
  if (!header.startsWith('AWS4-HMAC-SHA256 ')) {
    if (header.startsWith('AWS ')) throw new S3Error(400, 'InvalidRequest', 'The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.');
    throw malformed();
  }
  const fields = new Map(
    header
      .slice('AWS4-HMAC-SHA256 '.length)
      .split(',')
      .map((f) => f.trim().split('=') as [string, string | undefined]),
  );
  const [cred, signedHeaders, signature] = [fields.get('Credential'), fields.get('SignedHeaders'), fields.get('Signature')];
  const parts = cred?.split('/');
  if (!parts || parts.length !== 5 || !signedHeaders || !signature || !/^[0-9a-f]{64}$/.test(signature)) throw malformed();
  const [accessKeyId, date, region, service, terminator] = parts as [string, string, string, string, string];
  return { credential: { accessKeyId, date, region, service, terminator }, signedHeaders: signedHeaders.split(';'), signature };
}

function canonicalUri(rawPath: string): string {
  return rawPath
    .split('/')
    .map((seg) => uriEncode(uriDecode(seg)))
    .join('/');
}

function canonicalQuery(rawQuery: string): string {
  return rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const [k, v] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
      return [uriEncode(uriDecode(k)), uriEncode(uriDecode(v))] as const;
    })
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

const headerValue = (req: http.IncomingMessage, name: string) => {
  const v = req.headers[name];
  return (Array.isArray(v) ? v.join(',') : (v ?? '')).trim().replace(/\s+/g, ' ');
};

/** Checks the SigV4 Authorization header; returns the payload hash the client declared. */
function verifySignature(req: http.IncomingMessage, opts: S3PeerOptions, rawPath: string, rawQuery: string): string {
  const auth = req.headers.authorization;
  if (!auth) {
    if (/(^|&)X-Amz-Signature=/i.test(rawQuery)) throw notImplemented('presigned URLs');
    throw new S3Error(403, 'AccessDenied', 'Access Denied');
  }
  const { credential: c, signedHeaders, signature } = parseAuthorization(auth);
  if (c.accessKeyId !== opts.accessKeyId) {
    throw new S3Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', { AWSAccessKeyId: c.accessKeyId });
  }
  if (c.region !== opts.region) {
    throw new S3Error(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; the region '${c.region}' is wrong; expecting '${opts.region}'`, { Region: opts.region });
  }
  if (c.service !== 's3' || c.terminator !== 'aws4_request') {
    throw new S3Error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed; incorrect service or terminal in the credential scope.');
  }
  const amzDate = headerValue(req, 'x-amz-date');
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!m) throw new S3Error(403, 'AccessDenied', 'AWS authentication requires a valid Date or x-amz-date header');
  if (c.date !== amzDate.slice(0, 8)) {
    throw new S3Error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed; Invalid credential date. Date is not the same as X-Amz-Date.');
  }
  const when = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  if (Math.abs(Date.now() - when) > MAX_SKEW_MS) {
    throw new S3Error(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', { RequestTime: amzDate });
  }
  if (!signedHeaders.includes('host')) throw new S3Error(403, 'AccessDenied', 'Host header is not signed.');
  const unsigned = Object.keys(req.headers).filter((h) => h.startsWith('x-amz-') && !signedHeaders.includes(h));
  if (unsigned.length) throw new S3Error(403, 'AccessDenied', `There were headers present in the request which were not signed: ${unsigned.join(', ')}`);
  const payloadHash = headerValue(req, 'x-amz-content-sha256');
  if (!payloadHash) throw new S3Error(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256');

  const canonicalRequest = [
    req.method ?? '',
    canonicalUri(rawPath),
    canonicalQuery(rawQuery),
    ...signedHeaders.map((h) => `${h}:${headerValue(req, h)}`),
    '',
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
  const scope = `${c.date}/${c.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${opts.secretAccessKey}`, c.date), c.region), 's3'), 'aws4_request');
  const expected = createHmac('sha256', key).update(stringToSign).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    throw new S3Error(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', {
      AWSAccessKeyId: c.accessKeyId,
      StringToSign: stringToSign,
      SignatureProvided: signature,
      CanonicalRequest: canonicalRequest,
    });
  }
  return payloadHash;
}

/** Decodes an aws-chunked body (unsigned chunks) into its payload and trailer headers. */
function decodeAwsChunked(raw: Buffer): { payload: Buffer; trailers: Map<string, string> } {
  const incomplete = () => new S3Error(400, 'IncompleteBody', 'The request body terminated unexpectedly');
  const chunks: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', pos);
    if (eol < 0) throw incomplete();
    const sizeField = raw.subarray(pos, eol).toString('latin1').split(';')[0]!.trim();
    if (!/^[0-9a-fA-F]+$/.test(sizeField)) throw new S3Error(400, 'InvalidChunkSizeError', 'Only the last chunk is allowed to have a size less than 8192 bytes');
    const size = parseInt(sizeField, 16);
    pos = eol + 2;
    if (size === 0) break;
    if (pos + size + 2 > raw.length || raw.toString('latin1', pos + size, pos + size + 2) !== '\r\n') throw incomplete();
    chunks.push(raw.subarray(pos, pos + size));
    pos += size + 2;
  }
  const trailers = new Map<string, string>();
  while (pos < raw.length) {
    const eol = raw.indexOf('\r\n', pos);
    const line = raw.toString('latin1', pos, eol < 0 ? raw.length : eol);
    pos = eol < 0 ? raw.length : eol + 2;
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon < 0) throw new S3Error(400, 'MalformedTrailerError', 'The request contained trailing data that was not well-formed.');
    trailers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { payload: Buffer.concat(chunks), trailers };
}

/** The bytes the client meant to send, checked against the declared payload hash. */
function payloadOf(req: http.IncomingMessage, raw: Buffer, payloadHash: string): { payload: Buffer; trailers: Map<string, string> } {
  if (/^[0-9a-f]{64}$/.test(payloadHash)) {
    const actual = sha256(raw);
    if (actual !== payloadHash) {
      throw new S3Error(400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.", {
        ClientComputedContentSHA256: payloadHash,
        S3ComputedContentSHA256: actual,
      });
    }
    return { payload: raw, trailers: new Map() };
  }
  if (payloadHash === 'UNSIGNED-PAYLOAD') return { payload: raw, trailers: new Map() };
  if (payloadHash === 'STREAMING-UNSIGNED-PAYLOAD-TRAILER') {
    if (!headerValue(req, 'content-encoding').split(',').some((e) => e.trim() === 'aws-chunked')) {
      throw new S3Error(400, 'InvalidRequest', 'A streaming payload requires Content-Encoding: aws-chunked.');
    }
    const decoded = decodeAwsChunked(raw);
    const declared = headerValue(req, 'x-amz-decoded-content-length');
    if (declared === '' || Number(declared) !== decoded.payload.length) throw new S3Error(400, 'IncompleteBody', 'You did not provide the number of bytes specified by the x-amz-decoded-content-length HTTP header');
    const expected = headerValue(req, 'x-amz-trailer').toLowerCase();
    const got = [...decoded.trailers.keys()];
    if (got.length !== (expected ? 1 : 0) || (expected && got[0] !== expected)) {
      throw new S3Error(400, 'MalformedTrailerError', 'The request contained trailing data that was not well-formed or did not conform to our published schema.');
    }
    return decoded;
  }
  if (payloadHash.startsWith('STREAMING-')) throw notImplemented(`x-amz-content-sha256: ${payloadHash}`);
  throw new S3Error(400, 'InvalidArgument', 'x-amz-content-sha256 must be UNSIGNED-PAYLOAD, a streaming mode or a valid sha256 value.');
}

/** Content-MD5 and the one allowed x-amz-checksum-* value (header or trailer), as S3 checks them. */
function verifyIntegrity(req: http.IncomingMessage, payload: Buffer, trailers: Map<string, string>): Record<string, string> {
  const md5 = req.headers['content-md5'];
  if (typeof md5 === 'string') {
    if (!/^[A-Za-z0-9+/]{22}==$/.test(md5)) throw new S3Error(400, 'InvalidDigest', 'The Content-MD5 you specified was invalid.');
    if (createHash('md5').update(payload).digest('base64') !== md5) throw new S3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
  }
  const declared = [...Object.entries(req.headers), ...trailers.entries()].filter(([h]) => h.startsWith('x-amz-checksum-') && h !== 'x-amz-checksum-mode');
  if (declared.length > 1) throw new S3Error(400, 'InvalidRequest', 'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.');
  const [entry] = declared;
  if (!entry) return {};
  const [header, value] = entry;
  const algorithm = header.slice('x-amz-checksum-'.length);
  const compute = CHECKSUMS[algorithm];
  if (!compute) throw notImplemented(`checksum algorithm ${algorithm}`);
  if (compute(payload) !== value) {
    throw new S3Error(400, 'BadDigest', `The ${algorithm.toUpperCase()} you specified did not match the calculated checksum.`);
  }
  return { [header]: String(value) };
}

type Stored = { contentType: string; etag: string; checksums: Record<string, string>; lastModified: Date };

export async function startS3Peer(opts: S3PeerOptions): Promise<S3Peer> {
  const buckets = new Set<string>();
  const objects = new Map<string, Buffer>();
  const meta = new Map<string, Stored>();

  function route(req: http.IncomingMessage, res: http.ServerResponse, rawPath: string, rawQuery: string, raw: Buffer): void {
    const payloadHash = verifySignature(req, opts, rawPath, rawQuery);
    const segments = rawPath.split('/').slice(1).map(uriDecode);
    const bucket = segments[0] ?? '';
    const key = segments.slice(1).join('/');
    const subresources = rawQuery.split('&').filter((p) => p && !p.startsWith('x-id='));
    if (!bucket) throw notImplemented('ListBuckets');
    if (subresources.length) throw notImplemented(`sub-resource ${subresources.join('&')}`);
    const { payload, trailers } = payloadOf(req, raw, payloadHash);

    if (!key) {
      switch (req.method) {
        case 'PUT':
          if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new S3Error(400, 'InvalidBucketName', 'The specified bucket is not valid.', { BucketName: bucket });
          if (buckets.has(bucket)) throw new S3Error(409, 'BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', { BucketName: bucket });
          buckets.add(bucket);
          res.writeHead(200, { location: `/${bucket}` }).end();
          return;
        case 'HEAD':
          if (!buckets.has(bucket)) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
          res.writeHead(200, { 'x-amz-bucket-region': opts.region }).end();
          return;
        case 'DELETE':
          if (!buckets.has(bucket)) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
          if ([...objects.keys()].some((k) => k.startsWith(`${bucket}/`))) throw new S3Error(409, 'BucketNotEmpty', 'The bucket you tried to delete is not empty', { BucketName: bucket });
          buckets.delete(bucket);
          res.writeHead(204).end();
          return;
        default:
          throw notImplemented(`${req.method} on a bucket`);
      }
    }

    if (!buckets.has(bucket)) throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });
    const id = `${bucket}/${key}`;
    switch (req.method) {
      case 'PUT': {
        if (req.headers['x-amz-copy-source']) throw notImplemented('CopyObject');
        const checksums = verifyIntegrity(req, payload, trailers);
        const etag = `"${createHash('md5').update(payload).digest('hex')}"`;
        objects.set(id, Buffer.from(payload));
        meta.set(id, { contentType: headerValue(req, 'content-type') || 'binary/octet-stream', etag, checksums, lastModified: new Date() });
        res.writeHead(200, { etag, ...checksums }).end();
        return;
      }
      case 'GET':
      case 'HEAD': {
        const data = objects.get(id);
        const m = meta.get(id);
        if (!data || !m) throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
        if (req.headers.range) throw notImplemented('Range');
        const checksums = headerValue(req, 'x-amz-checksum-mode').toUpperCase() === 'ENABLED' ? m.checksums : {};
        res.writeHead(200, {
          'content-type': m.contentType,
          'content-length': String(data.length),
          etag: m.etag,
          'last-modified': m.lastModified.toUTCString(),
          'accept-ranges': 'bytes',
          ...checksums,
        });
        res.end(req.method === 'GET' ? data : undefined);
        return;
      }
      case 'DELETE':
        objects.delete(id);
        meta.delete(id);
        res.writeHead(204).end();
        return;
      default:
        throw new S3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    }
  }

  function sendError(req: http.IncomingMessage, res: http.ServerResponse, err: S3Error, requestId: string, resource: string): void {
    if (res.headersSent) return void res.destroy();
    const fields = Object.entries(err.fields)
      .map(([k, v]) => `<${k}>${xmlEscape(v)}</${k}>`)
      .join('');
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${err.code}</Code><Message>${xmlEscape(err.message)}</Message>${fields}<Resource>${xmlEscape(resource)}</Resource><RequestId>${requestId}</RequestId></Error>`;
    res.writeHead(err.status, { 'content-type': 'application/xml', 'x-amz-request-id': requestId, 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = http.createServer((req, res) => {
    const requestId = randomBytes(8).toString('hex').toUpperCase();
    res.setHeader('x-amz-request-id', requestId);
    res.setHeader('server', 'motcua-s3-peer');
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const [rawPath, rawQuery] = q < 0 ? [url, ''] : [url.slice(0, q), url.slice(q + 1)];
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      try {
        if (size > MAX_BODY) throw new S3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed object size.');
        route(req, res, rawPath, rawQuery, Buffer.concat(chunks));
      } catch (err) {
        const e = err instanceof S3Error ? err : new S3Error(500, 'InternalError', 'We encountered an internal error. Please try again.');
        sendError(req, res, e, requestId, rawPath);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
