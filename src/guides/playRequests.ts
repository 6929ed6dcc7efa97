/**
 * "Play this guide now", from code that is not the visitor's press on Play
 * (the kiosk's attract mode): the guide launcher takes the request when it is
 * mounted, or on mounting when the request came first.
 */
type Listener = (guideId: string) => void;

let pending: string | null = null;
const listeners = new Set<Listener>();

export function requestPlay(guideId: string): void {
  if (listeners.size === 0) pending = guideId;
  for (const listener of listeners) listener(guideId);
}

/** Listens for requests (and takes one that came before); returns the exact inverse. */
export function onPlayRequest(listener: Listener): () => void {
  listeners.add(listener);
  if (pending !== null) {
    const id = pending;
    pending = null;
    listener(id);
  }
  return () => listeners.delete(listener);
}
