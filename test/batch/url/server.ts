// A local disclosure portal on 127.0.0.1 for the URL tests: documents with ETags, redirects, slow and failing
// endpoints, listing pages and a zip; it counts requests, answers and the most requests in flight per Host.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Resource = {
  body: Buffer;
  type: string;
  /** Wait this long before answering (the slow endpoint). */
  delayMs?: number;
  /** Answer with this status instead (failing endpoints); `failTimes` limits it to the first n requests. */
  status?: number;
  failTimes?: number;
  redirect?: string;
};

export type Served = { method: string; path: string; status: number; conditional: boolean; host: string };

const LAST_MODIFIED = 'Mon, 01 Jan 2024 00:00:00 GMT';
const etagOf = (b: Buffer) => `"${createHash('sha1').update(b).digest('hex').slice(0, 16)}"`;

/** Start serving `resources` (keys are request paths with query); resolves once listening. */
export async function startPortal(resources: Map<string, Resource>) {
  const log: Served[] = [];
  const inFlight = new Map<string, number>();
  const maxInFlight = new Map<string, number>();
  const requests = new Map<string, number>();
  const answer = (req: IncomingMessage, res: ServerResponse, status: number, conditional: boolean) => {
    log.push({ method: req.method ?? 'GET', path: req.url ?? '', status, conditional, host: req.headers.host ?? '' });
  };
  const server: Server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    const now = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, now);
    maxInFlight.set(host, Math.max(maxInFlight.get(host) ?? 0, now));
    const path = req.url ?? '/';
    const n = (requests.get(path) ?? 0) + 1;
    requests.set(path, n);
    res.on('close', () => inFlight.set(host, (inFlight.get(host) ?? 1) - 1));
    const r = resources.get(path);
    const conditional = req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined;
    const send = () => {
      if (!r) {
        answer(req, res, 404, conditional);
        return res.writeHead(404).end('not found');
      }
      if (r.redirect) {
        answer(req, res, 302, conditional);
        return res.writeHead(302, { location: r.redirect }).end();
      }
      if (r.status && (r.failTimes === undefined || n <= r.failTimes)) {
        answer(req, res, r.status, conditional);
        return res.writeHead(r.status).end('failure');
      }
      const etag = etagOf(r.body);
      if (req.headers['if-none-match'] === etag) {
        answer(req, res, 304, conditional);
        return res.writeHead(304, { etag }).end();
      }
      answer(req, res, 200, conditional);
      res.writeHead(200, { 'content-type': r.type, etag, 'last-modified': LAST_MODIFIED, 'content-length': r.body.length }).end(r.body);
    };
    if (r?.delayMs) setTimeout(send, r.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    log,
    maxInFlight,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
