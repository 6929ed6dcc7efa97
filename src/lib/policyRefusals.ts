/**
 * Recognises requests this page's Content-Security-Policy refused. The browser
 * rejects them like any network failure ("Failed to fetch"); only a
 * `securitypolicyviolation` event on the document says why, and it may arrive
 * just after the rejection. Listening starts with the first file fetched.
 */
const refusedOrigins = new Set<string>();
const waiting = new Set<() => void>();
let listening = false;

/** Starts noting the origins the policy refuses (once; the listener lives as long as the page). */
export function watchPolicyRefusals(): void {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('securitypolicyviolation', (event) => {
    if (!/^(connect|img|media|default)-src/.test(event.effectiveDirective)) return;
    try {
      refusedOrigins.add(new URL(event.blockedURI).origin);
    } catch {
      return; // "inline", "eval" and the like: not a file
    }
    for (const wake of waiting) wake();
  });
}

/** Whether the policy refused `url`'s origin; waits up to `waitMs` for the report. Same-origin requests are never refused. */
export async function refusedByPolicy(url: string, waitMs = 250): Promise<boolean> {
  const origin = new URL(url, location.href).origin;
  if (!listening || origin === location.origin) return false;
  if (!refusedOrigins.has(origin)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waiting.delete(wake);
        resolve();
      };
      const wake = () => refusedOrigins.has(origin) && done();
      const timer = setTimeout(done, waitMs);
      waiting.add(wake);
    });
  }
  return refusedOrigins.has(origin);
}
