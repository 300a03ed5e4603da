/** A clock that only moves when the fetcher sleeps, and a local HTTP server with scripted routes. */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../../src/fetch/types.ts';

export interface FakeClock extends Clock {
  /** Every sleep asked for, in order. */
  readonly sleeps: number[];
}

export function fakeClock(start = Date.UTC(2025, 4, 4, 12)): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  readonly origin: string;
  readonly port: number;
  /** Request paths in arrival order. */
  readonly seen: string[];
  /** Request headers in arrival order. */
  readonly headers: IncomingMessage['headers'][];
  close(): Promise<void>;
}

/** Serves `routes` by path on 127.0.0.1; unknown paths (robots.txt included) answer 404. */
export async function startServer(routes: Readonly<Record<string, Route>>): Promise<TestServer> {
  const seen: string[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push(path);
    headers.push(req.headers);
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route(req, res);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    headers,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

export const html = (body: string, type = 'text/html; charset=utf-8'): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': type }).end(body);
};

export const redirect = (location: string, status = 302): Route => (_req, res) => {
  res.writeHead(status, { location }).end();
};

export const status = (code: number, headers: Record<string, string> = {}): Route => (_req, res) => {
  res.writeHead(code, headers).end(`status ${code}`);
};

/** Answers each request with the next route in the list (the last one repeats). */
export function sequence(...routes: Route[]): Route {
  let next = 0;
  return (req, res) => {
    const route = routes[Math.min(next, routes.length - 1)];
    next += 1;
    route?.(req, res);
  };
}
