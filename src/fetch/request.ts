/**
 * One HTTP request to an address already checked: no DNS lookup of its own (the connection goes
 * to `address`, the Host header and TLS name carry the host), a connect and a total deadline, and
 * a body read as a stream that stops as soon as it passes its size cap.
 */
import { request as httpRequest } from 'node:http';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { rootCertificates } from 'node:tls';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { failure } from './failure.ts';
import { bareHost, errorCode } from './target.ts';
import type { BodyResult, FetchFailure, OpenResponse, ResolvedAddress } from './types.ts';

export interface RequestLimits {
  readonly timeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly userAgent: string;
  readonly trustedCertificates: readonly string[];
}

/** Why the request was cut short by us, to tell a timeout from a network error. */
type Deadline = 'connect' | 'total' | null;

const ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

/** Sends a GET to `address` for `url` and resolves once the response headers are in. */
export async function openRequest(url: URL, address: ResolvedAddress, limits: RequestLimits): Promise<OpenResponse | FetchFailure> {
  let req: ClientRequest;
  try {
    req = startRequest(url, address, limits);
  } catch (error) {
    return failure(url, 'network', `could not send the request (${errorCode(error)})`);
  }
  return awaitResponse(url, req, limits);
}

function startRequest(url: URL, address: ResolvedAddress, limits: RequestLimits): ClientRequest {
  const host = bareHost(url);
  const secure = url.protocol === 'https:';
  const send = secure ? httpsRequest : httpRequest;
  const trusted = limits.trustedCertificates;
  return send({
    protocol: url.protocol,
    host: address.address,
    family: address.family,
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    agent: false,
    ...(secure && isIP(host) === 0 ? { servername: host } : {}),
    ...(secure && trusted.length > 0 ? { ca: [...rootCertificates, ...trusted] } : {}),
    headers: {
      host: url.host,
      'user-agent': limits.userAgent,
      accept: ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    },
  });
}

function awaitResponse(url: URL, req: ClientRequest, limits: RequestLimits): Promise<OpenResponse | FetchFailure> {
  const host = bareHost(url);
  let expired: Deadline = null;
  let response: IncomingMessage | null = null;
  const expire = (which: Exclude<Deadline, null>): void => {
    expired = which;
    const cut = new Error(`${which} deadline`);
    response?.destroy(cut);
    req.destroy(cut);
  };
  const total = setTimeout(() => expire('total'), limits.timeoutMs);
  const connect = setTimeout(() => expire('connect'), limits.connectTimeoutMs);
  req.once('socket', (socket) => socket.once('connect', () => clearTimeout(connect)));
  const stop = (): void => {
    clearTimeout(total);
    clearTimeout(connect);
  };
  const lost = (error: unknown): FetchFailure => {
    stop();
    if (expired === 'connect') return failure(url, 'timeout', `no connection to ${host} within ${limits.connectTimeoutMs} ms`);
    if (expired === 'total') return failure(url, 'timeout', `no complete response within ${limits.timeoutMs} ms`);
    return failure(url, 'network', `network error (${errorCode(error)})`);
  };
  return new Promise((settle) => {
    req.on('error', (error) => settle(lost(error)));
    req.once('response', (res) => {
      clearTimeout(connect);
      response = res;
      settle(openResponse(url, req, res, stop, lost));
    });
    req.end();
  });
}

function openResponse(
  url: URL,
  req: ClientRequest,
  res: IncomingMessage,
  stop: () => void,
  lost: (error: unknown) => FetchFailure,
): OpenResponse {
  const discard = (): void => {
    stop();
    res.destroy();
    req.destroy();
  };
  return {
    ok: true,
    url,
    status: res.statusCode ?? 0,
    statusText: res.statusMessage ?? '',
    headers: res.headers,
    discard,
    readBody: async (maxBytes, overflow) => {
      const declared = Number(res.headers['content-length']);
      if (overflow === 'fail' && Number.isFinite(declared) && declared > maxBytes) {
        discard();
        return tooLarge(url, maxBytes);
      }
      const body = decoded(res);
      if (body === null) {
        discard();
        return failure(url, 'not-html', `refused: unsupported Content-Encoding ${String(res.headers['content-encoding'])}`);
      }
      try {
        const result = await collect(url, body, maxBytes, overflow);
        discard();
        return result;
      } catch (error) {
        discard();
        return lost(error);
      }
    },
  };
}

const DECODERS: Readonly<Record<string, () => Transform>> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** The body stream with its Content-Encoding undone, or null for an encoding we did not ask for. */
function decoded(res: IncomingMessage): Readable | null {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return res;
  const decoder = DECODERS[encoding]?.();
  if (decoder === undefined) return null;
  res.on('error', (error) => decoder.destroy(error));
  return res.pipe(decoder);
}

async function collect(url: URL, body: Readable, maxBytes: number, overflow: 'fail' | 'truncate'): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    const room = maxBytes - size;
    if (chunk.length > room) {
      if (overflow === 'fail') return tooLarge(url, maxBytes);
      chunks.push(chunk.subarray(0, room));
      size = maxBytes;
      break;
    }
    chunks.push(chunk);
    size += chunk.length;
  }
  const joined = Buffer.concat(chunks, size);
  return { ok: true, bytes: new Uint8Array(joined.buffer, joined.byteOffset, joined.length) };
}

function tooLarge(url: URL, maxBytes: number): FetchFailure {
  return failure(url, 'too-large', `refused: the page is larger than ${maxBytes} bytes`);
}
