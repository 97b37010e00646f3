// Politeness toward one web server: at most N requests in flight per host, and request starts spaced apart.

type HostState = { active: number; waiting: Array<() => void>; nextStart: number };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs fetches so that no host sees more than `perHost` at once, nor two starts closer than `delayMs`. */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    readonly perHost: number,
    readonly delayMs: number,
  ) {}

  /** Run `fn` when the URL's host has a free slot and its spacing delay has passed. */
  async run<T>(url: string, fn: () => Promise<T>): Promise<T> {
    const key = new URL(url).host;
    let h = this.hosts.get(key);
    if (!h) this.hosts.set(key, (h = { active: 0, waiting: [], nextStart: 0 }));
    // A woken waiter re-checks: a newcomer may have taken the slot in between.
    while (h.active >= this.perHost) await new Promise<void>((r) => h!.waiting.push(r));
    h.active++;
    try {
      const now = Date.now();
      const wait = h.nextStart - now;
      h.nextStart = Math.max(now, h.nextStart) + this.delayMs;
      if (wait > 0) await sleep(wait);
      return await fn();
    } finally {
      h.active--;
      h.waiting.shift()?.();
    }
  }
}
