/**
 * The lobby of a confirmed guest before the visit: a countdown to the start,
 * the meeting link for voice, a check that this device can show the tour and
 * reach the live channel, and — once a speaker opens the doors — the way into
 * the live tour (taken at once; the button stays for a browser that blocked it).
 */
import { useEffect, useRef } from 'react';
import type { MyRegistration } from './api';
import { safeUrl } from '../ui/safeUrl';
import { countdown, formatCountdown } from './time';
import { DeviceCheck } from './DeviceCheck';
import { useNow } from './useNow';
import { useVisitText } from './useVisitText';

interface Props {
  registration: MyRegistration;
  /** The guest's secret: the lobby waits on the live session for the doors with it. */
  secret: string;
  /** Enters the live tour of session `code`. */
  onEnter(code: string): void;
}

export function Lobby({ registration, secret, onEnter }: Props) {
  const { t, language } = useVisitText();
  const now = useNow(1000);
  const { visit, live } = registration;
  const left = countdown(now, new Date(visit.startsAt).getTime());
  const meeting = registration.meetingUrl ? safeUrl(registration.meetingUrl, location.href) : null;
  const doorsOpen = live?.doorsOpen === true;
  const entered = useRef(false);
  // The page hands a new function on each render; the watcher must not reconnect for that.
  const enterLive = useRef(onEnter);
  enterLive.current = onEnter;
  const liveCode = live?.code ?? null;
  useEffect(() => {
    if (!liveCode || entered.current) return;
    const enter = () => {
      if (entered.current) return;
      entered.current = true;
      enterLive.current(liveCode);
    };
    if (doorsOpen) return enter();
    // Waiting on the session itself: everyone enters the moment a speaker opens the doors (the page's polling is the fallback).
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./live/watchDoors').then((m) => {
      if (!cancelled) stop = m.watchDoors(liveCode, secret, enter);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [doorsOpen, liveCode, secret]);
  return (
    <section className="visits__lobby" aria-labelledby="visits-lobby" data-lobby data-doors={doorsOpen ? 'open' : 'closed'}>
      <h2 id="visits-lobby">{t.lobby}</h2>
      {doorsOpen && live ? (
        <p>
          {t.doorsOpen}{' '}
          <button type="button" className="visits__submit" onClick={() => onEnter(live.code)} data-enter-live>
            {t.enterTour}
          </button>
        </p>
      ) : left.done ? (
        <p role="status">{t.startingNow}</p>
      ) : (
        <p className="visits__countdown">
          {t.startsIn}{' '}
          <span role="timer" data-countdown>
            {formatCountdown(left, language)}
          </span>
        </p>
      )}
      {meeting && (
        <p className="visits__meeting">
          <a href={meeting} target="_blank" rel="noopener noreferrer" data-meeting-link>
            {t.meeting}
          </a>
          <span className="visits__hint"> {t.meetingHelp}</span>
        </p>
      )}
      {/* Once the doors are open the guest is on the way in: no second connection beside the tour's. */}
      {!doorsOpen && <DeviceCheck liveCode={live?.code ?? null} />}
    </section>
  );
}
