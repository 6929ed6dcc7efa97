/** Only these URL schemes may become a link or image in a card; everything else (javascript:, data:, …) is refused. */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

export function safeUrl(url: string, base: string): string | null {
  try {
    const parsed = new URL(url.trim(), base);
    return ALLOWED.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
