// URLs as batch inputs: download politely, keep the bytes, expand listing pages and zips into more inputs.
import { join } from 'node:path';
import { decodeText } from '../../decode/index.ts';
import type { ManifestLine } from '../manifest.ts';
import { sha256 } from '../../ingest/index.ts';
import { FetchError, fetchUrl, type FetchOptions } from './fetch.ts';
import { HostLimiter } from './host-limiter.ts';
import { attachmentLinks } from './links.ts';
import { SourceStore } from './store.ts';
import { DEFAULT_ZIP_LIMITS, unpackZip, ZipError, type ZipLimits } from './zip.ts';

/** A URL argument or list line. */
export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

export type UrlOptions = {
  /** Requests in flight per host (default 2). */
  perHost: number;
  /** Least time between two request starts on one host. */
  delayMs: number;
  timeoutMs: number;
  maxBytes: number;
  retries: number;
  backoffMs: number;
  /** Take attachments a page links to on other hosts too. */
  followOffsite: boolean;
  zipLimits?: ZipLimits;
};

/** Polite defaults for government portals: 2 per host, 250 ms apart, 30 s per download, 2 retries from 0.5 s. */
export const DEFAULT_URL_OPTIONS: UrlOptions = {
  perHost: 2,
  delayMs: 250,
  timeoutMs: 30_000,
  maxBytes: 50 * 1024 * 1024,
  retries: 2,
  backoffMs: 500,
  followOffsite: false,
};

/** A downloaded document handed to the batch like a file; `parsePath` (the stored file) is what the parser sees. */
export type UrlDocument = {
  path: string;
  bytes: Uint8Array;
  sha256: string;
  parsePath: string;
  source: { url: string; stored: string };
  /** Extra manifest fields (HTTP status, stored file, the page that linked it). */
  line: Partial<ManifestLine>;
  /** Turns this document's error line into another (a listing page without a table of its own is not a failure). */
  rewriteError?: (line: ManifestLine) => ManifestLine;
};

/** What the batch offers the URL side: process a document, write a line, queue more work. */
export type UrlSink = {
  document(doc: UrlDocument): Promise<void>;
  line(line: ManifestLine): void;
  enqueue(task: () => Promise<void>): void;
};

/** The URL side of a batch in `outDir`: `handle` downloads one URL and feeds what it holds to the sink. */
export function urlInputs(outDir: string, options: Partial<UrlOptions> = {}) {
  const opts = { ...DEFAULT_URL_OPTIONS, ...options };
  // Made on first use: a batch of files only never gets a sources/ folder.
  let sources: SourceStore | undefined;
  const getStore = () => (sources ??= new SourceStore(outDir));
  // A URL listed twice, or linked from two pages, is downloaded and read once per run.
  const handled = new Set<string>();
  const fetchOpts: FetchOptions = {
    limiter: new HostLimiter(opts.perHost, opts.delayMs),
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes,
    retries: opts.retries,
    backoffMs: opts.backoffMs,
  };

  /** Depth 0: a URL given by the user (a page is read for its attachments); depth 1: an attachment (not followed further). */
  const handle = async (url: string, sink: UrlSink, depth = 0, from?: string): Promise<void> => {
    if (handled.has(url)) return;
    handled.add(url);
    const t0 = Date.now();
    const store = getStore();
    const linked = from ? { from } : {};
    const previous = store.previous(url);
    let fetched: Awaited<ReturnType<typeof fetchUrl>>;
    try {
      fetched = await fetchUrl(url, previous ?? {}, fetchOpts);
    } catch (e) {
      const x = e as FetchError;
      return sink.line({
        path: url,
        sha256: null,
        status: 'error',
        ms: Date.now() - t0,
        message: x.message,
        code: x.code ?? 'network',
        ...(x.httpStatus ? { httpStatus: x.httpStatus } : {}),
        ...linked,
      });
    }
    // 304: the stored copy is current; it goes through the batch again and is skipped there by its sha256.
    const entry =
      fetched.kind === 'not-modified' && previous
        ? previous
        : fetched.kind === 'body'
          ? store.save(url, fetched.finalUrl, fetched.bytes, fetched.validators)
          : undefined;
    if (!entry)
      return sink.line({
        path: url,
        sha256: null,
        status: 'error',
        ms: Date.now() - t0,
        message: `${url}: 304 Not Modified without a stored copy`,
        code: 'http-error',
        httpStatus: 304,
        ...linked,
      });
    const bytes = fetched.kind === 'body' ? fetched.bytes : store.read(entry);
    const common: Partial<ManifestLine> = {
      httpStatus: fetched.status,
      stored: entry.stored,
      ...(entry.finalUrl !== url ? { url: entry.finalUrl } : {}),
      ...linked,
    };
    const asDocument = (extra: Partial<UrlDocument> = {}): UrlDocument => ({
      path: url,
      bytes,
      sha256: entry.sha256,
      parsePath: entry.stored,
      source: { url: entry.finalUrl, stored: entry.stored },
      line: common,
      ...extra,
    });

    if (entry.ext === 'zip') {
      let entries: ReturnType<typeof unpackZip>;
      try {
        entries = unpackZip(bytes, join(store.dir, `${entry.sha256}.d`), url, opts.zipLimits ?? DEFAULT_ZIP_LIMITS);
      } catch (e) {
        const x = e as ZipError;
        return sink.line({ path: url, sha256: entry.sha256, status: 'error', ms: Date.now() - t0, message: x.message, code: x.code ?? 'bad-zip', ...common });
      }
      sink.line({ path: url, sha256: entry.sha256, status: 'ok', ms: Date.now() - t0, attachments: entries.length, ...common });
      for (const z of entries) {
        const doc: UrlDocument = {
          path: `${url}#${z.name}`,
          bytes: z.bytes,
          sha256: sha256(z.bytes),
          parsePath: z.file,
          source: { url: `${entry.finalUrl}#${z.name}`, stored: z.file },
          line: { from: url },
        };
        sink.enqueue(() => sink.document(doc));
      }
      return;
    }
    if (entry.ext === 'html' && depth === 0) {
      const { taken, offsite } = attachmentLinks(decodeText(bytes, url).text, entry.finalUrl, opts.followOffsite);
      for (const a of taken) sink.enqueue(() => handle(a.url, sink, 1, url));
      const listing = { attachments: taken.length, ...(offsite.length ? { offsite } : {}) };
      return sink.document(
        asDocument({
          line: { ...common, ...listing },
          // A notice page holds links, often no table of its own: that is what it is, not an error.
          rewriteError: (line) =>
            line.code === 'no-table' && taken.length > 0
              ? {
                  ...line,
                  status: 'ok',
                  message: `${url}: a listing page; ${taken.length} attachment${taken.length === 1 ? '' : 's'} taken, no table of its own`,
                  code: undefined,
                }
              : line,
        }),
      );
    }
    return sink.document(asDocument());
  };
  return { handle };
}
