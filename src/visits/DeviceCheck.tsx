/**
 * The lobby's device check: can this device draw the tour (WebGL), and reach
 * the live channel (the live client's own connection, see src/live/probe.ts)?
 * Each result says what to do when it fails; the check can be run again.
 */
import { useCallback, useEffect, useState } from 'react';
import { useVisitText } from './useVisitText';

type Result = 'checking' | 'ok' | 'fail';

/** Whether a WebGL context can be made here (the viewer needs WebGL 2 or 1). */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

export function DeviceCheck({ liveCode }: { liveCode: string | null }) {
  const { t } = useVisitText();
  const [webgl, setWebgl] = useState<Result>('checking');
  const [live, setLive] = useState<Result>('checking');
  const [round, setRound] = useState(0);
  const run = useCallback(() => setRound((r) => r + 1), []);
  useEffect(() => {
    const stop = new AbortController();
    setWebgl(webglAvailable() ? 'ok' : 'fail');
    setLive('checking');
    void import('../live/probe')
      .then((m) => m.probeLiveConnection(liveCode, stop.signal))
      .catch(() => false)
      .then((works) => !stop.signal.aborted && setLive(works ? 'ok' : 'fail'));
    return () => stop.abort();
  }, [liveCode, round]);
  const line = (result: Result, ok: string, fail: string, name: string) => (
    <li data-check={name} data-result={result} className={`visits__check visits__check--${result}`}>
      <span aria-hidden="true">{result === 'ok' ? '✓' : result === 'fail' ? '!' : '…'}</span> {result === 'checking' ? t.checking : result === 'ok' ? ok : fail}
    </li>
  );
  return (
    <section className="visits__device" aria-labelledby="visits-device" data-device-check>
      <h3 id="visits-device">{t.deviceCheck}</h3>
      <div role="status">
        <ul>
          {line(webgl, t.webglOk, t.webglFail, 'webgl')}
          {line(live, t.liveOk, t.liveFail, 'live')}
        </ul>
      </div>
      {(webgl === 'fail' || live === 'fail') && (
        <button type="button" onClick={run}>
          {t.checkAgain}
        </button>
      )}
    </section>
  );
}
