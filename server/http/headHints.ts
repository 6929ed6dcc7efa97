/**
 * Where a page's start hints go in its <head>. A picture the start script paints (a panorama's image, a
 * tile pyramid's descriptor and preview) is named right after the start script's own modulepreload
 * (`data-start-script`, written by scripts/startEntry.ts), ahead of the app's modules: a browser opens
 * six connections to a site over HTTP/1.1 and starts requests in the page's order, so named last, the
 * picture waited behind the app's code for a connection. Everything else (the tour file, a model, the
 * start view's meta) goes at the end of <head>, after the app's code, which a model's first frame needs first.
 * Which hints are pictures: src/tour/startPictures.ts.
 */
const START_SCRIPT = /<link rel="modulepreload"[^>]*data-start-script[^>]*>/;

/** `html` with `early` after the start script's modulepreload (or, without one, at the end of <head>) and `late` at the end of <head>. */
export function withHeadHints(html: string, early: readonly string[], late: readonly string[]): string {
  let out = html;
  const startScript = early.length > 0 ? START_SCRIPT.exec(out) : null;
  if (startScript) {
    const at = startScript.index + startScript[0].length;
    out = `${out.slice(0, at)}\n    ${early.join('\n    ')}${out.slice(at)}`;
  }
  const atEnd = startScript ? late : [...early, ...late];
  return atEnd.length > 0 ? out.replace('</head>', () => `    ${atEnd.join('\n    ')}\n  </head>`) : out;
}
