/**
 * A multi-site visit moves on: the speaker in control takes everyone to the
 * next site's tour (its start), then hands control to that site's speaker.
 * In this order on the one connection, so the speaker taking over already
 * follows the new tour when control reaches them and publishes from there.
 * The hand-over is confirmed by the server's `control`; one that does not
 * arrive (a message lost to a reconnection) is sent once more.
 */
import type { LiveSession } from '../../live/start';
import { isDriving } from '../../live/status';
import type { VisitSpeaker } from '../../protocol/visitLive';

/** How long to wait for the server to say control has moved, per attempt. */
const CONFIRM_MS = 4000;

/** Whether everyone is on the next site now, with its speaker in control (false: its tour could not be loaded here, or control did not move). */
export async function moveToSite(session: LiveSession, next: { tour: string; speaker: VisitSpeaker | null }): Promise<boolean> {
  if (!(await session.controls.showTour(next.tour))) return false;
  const to = next.speaker?.id;
  if (!to || to === session.status.getState().you) return true;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!isDriving(session.status.getState())) break;
    session.controls.handOver(to);
    if (await controlReaches(session, to)) return true;
  }
  return session.status.getState().driver === to;
}

function controlReaches(session: LiveSession, to: string): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (reached: boolean) => {
      stop();
      clearTimeout(timer);
      resolve(reached);
    };
    const stop = session.status.subscribe((s) => {
      if (s.driver === to) done(true);
    });
    const timer = setTimeout(() => done(session.status.getState().driver === to), CONFIRM_MS);
    if (session.status.getState().driver === to) done(true);
  });
}
