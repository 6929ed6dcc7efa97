/**
 * A multi-site visit moves on: the speaker in control takes everyone to the
 * next site's tour (its start), then hands control to that site's speaker.
 * In this order on the one connection, so the speaker taking over already
 * follows the new tour when control reaches them and publishes from there.
 */
import type { LiveSession } from '../../live/start';
import type { VisitSpeaker } from '../../protocol/visitLive';

/** Whether everyone is on the next site now (false: its tour could not be loaded here, or this page is not in control). */
export async function moveToSite(session: LiveSession, next: { tour: string; speaker: VisitSpeaker | null }): Promise<boolean> {
  if (!(await session.controls.showTour(next.tour))) return false;
  if (next.speaker && next.speaker.id !== session.status.getState().you) session.controls.handOver(next.speaker.id);
  return true;
}
