// One URL over HTTP with Node's fetch: conditional requests, a size limit, a timeout, retries with backoff.
import type { HostLimiter } from './host-limiter.ts';

export type FetchOptions = {
  limiter: HostLimiter;
  /** Whole request, body included. */
  timeoutMs: number;
  maxBytes: number;
  /** Further attempts after a 5xx, a timeout or a network failure; 4xx are never retried. */
  retries: number;
  /** First backoff; doubled on each further attempt. */
  backoffMs: number;
};

/** What a previous download said about the resource, sent back as If-None-Match / If-Modified-Since. */
export type Validators = { etag?: string; lastModified?: string };

export type Fetched =
  | { kind: 'body'; status: number; bytes: Uint8Array; finalUrl: string; contentType: string | null; validators: Validators; attempts: number }
  | { kind: 'not-modified'; status: 304; finalUrl: string; attempts: number };

/** A download that failed for good; `httpStatus` is set when the server answered. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly code: 'http-error' | 'timeout' | 'network' | 'too-large',
    readonly httpStatus?: number,
    readonly attempts = 1,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** Sent with every request, so that a portal's operators can tell who is reading. */
export const USER_AGENT = 'budget-extract/0.1 (budget disclosure reader)';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const retryable = (e: FetchError) => e.code === 'timeout' || e.code === 'network' || (e.code === 'http-error' && (e.httpStatus ?? 0) >= 500);

/** Fetch a URL, retrying what may pass (5xx, timeouts, resets) with exponential backoff; throws FetchError. */
export async function fetchUrl(url: string, validators: Validators, opts: FetchOptions): Promise<Fetched> {
  for (let attempt = 1; ; attempt++) {
    try {
      const got = await opts.limiter.run(url, () => fetchOnce(url, validators, opts));
      return { ...got, attempts: attempt };
    } catch (e) {
      const err = e instanceof FetchError ? e : new FetchError(`${url}: ${(e as Error).message}`, 'network');
      if (!retryable(err) || attempt > opts.retries) throw new FetchError(err.message, err.code, err.httpStatus, attempt);
      // Backoff outside the host slot, so that other downloads from the host go on meanwhile.
      await sleep(opts.backoffMs * 2 ** (attempt - 1));
    }
  }
}

type Once =
  | { kind: 'body'; status: number; bytes: Uint8Array; finalUrl: string; contentType: string | null; validators: Validators }
  | { kind: 'not-modified'; status: 304; finalUrl: string };

async function fetchOnce(url: string, validators: Validators, opts: FetchOptions): Promise<Once> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, { headers, redirect: 'follow', signal });
  } catch (e) {
    throw asFetchError(e, url, opts.timeoutMs);
  }
  if (res.status === 304) return { kind: 'not-modified', status: 304, finalUrl: res.url || url };
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new FetchError(`${url}: HTTP ${res.status} ${res.statusText}`.trim(), 'http-error', res.status);
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new FetchError(`${url}: ${declared} bytes, over the ${opts.maxBytes} byte limit`, 'too-large', res.status);
  }
  const bytes = await readLimited(res, url, opts);
  return {
    kind: 'body',
    status: res.status,
    bytes,
    finalUrl: res.url || url,
    contentType: res.headers.get('content-type'),
    validators: {
      ...(res.headers.get('etag') ? { etag: res.headers.get('etag')! } : {}),
      ...(res.headers.get('last-modified') ? { lastModified: res.headers.get('last-modified')! } : {}),
    },
  };
}

/** The body, refused as soon as it passes the limit (servers may send no or a false Content-Length). */
async function readLimited(res: Response, url: string, opts: FetchOptions): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of res.body ?? []) {
      total += chunk.byteLength;
      if (total > opts.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new FetchError(`${url}: more than ${opts.maxBytes} bytes, over the limit`, 'too-large', res.status);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw asFetchError(e, url, opts.timeoutMs);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function asFetchError(e: unknown, url: string, timeoutMs: number): FetchError {
  const name = (e as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return new FetchError(`${url}: no complete answer within ${timeoutMs} ms`, 'timeout');
  const cause = (e as { cause?: { code?: string } }).cause?.code;
  return new FetchError(`${url}: ${cause ?? (e as Error).message}`, 'network');
}
