/**
 * The live channel's limits: named, with their environment variable and
 * default, and why the default is what it is. A 50-person office behind one
 * NAT address (one IP for everyone) must never meet a per-address limit.
 */

export interface ChannelLimits {
  /** LIVE_MESSAGES_PER_SECOND, default 30: a presenter's client coalesces camera moves to 20/s; attendees send a few per minute. */
  messagesPerSecond: number;
  /** LIVE_MESSAGES_BURST, default 60: a scene change, a card and a pointer on top of a camera move never queue. */
  messagesBurst: number;
  /**
   * LIVE_REFUSED_PER_SECOND and LIVE_REFUSED_BURST, defaults 20 and 100: the budget of refused messages
   * (over the rate, invalid, not allowed). A connection that spends it is closed: one that floods at
   * 480 msg/s has 450 refused a second and is closed within half a second; an honest client is never refused.
   */
  refusedPerSecond: number;
  refusedBurst: number;
  /**
   * LIVE_HANDSHAKES_PER_SECOND and LIVE_HANDSHAKES_BURST, defaults 20 and 60, per client address: 50 people
   * behind one NAT opening the link at the same moment use 50 of the burst, and all reconnecting after a
   * server restart (Socket.IO spreads them over 1–5 s) stay well under burst + 20/s.
   */
  handshakesPerSecond: number;
  handshakesBurst: number;
  /** LIVE_MAX_CONNECTIONS_PER_IP, default 100 per client address: 50 people with a phone and a laptop each. */
  maxConnectionsPerIp: number;
  /**
   * LIVE_PRESENTER_GRACE_SECONDS, default 10 (at most 15): how long the presenter in control may be gone
   * (a reload, a network blip, a Wi-Fi handover) before attendees are told and control passes on.
   */
  presenterGraceMs: number;
}

export const DEFAULT_LIMITS: ChannelLimits = {
  messagesPerSecond: 30,
  messagesBurst: 60,
  refusedPerSecond: 20,
  refusedBurst: 100,
  handshakesPerSecond: 20,
  handshakesBurst: 60,
  maxConnectionsPerIp: 100,
  presenterGraceMs: 10_000,
};

/** "Refused" notices a connection hears at most: a burst, then one a second (a flood must not make the server flood back). */
export const NOTICES_PER_SECOND = 1;
export const NOTICES_BURST = 10;
/** The grace period's upper bound: attendees wait at most this long to learn the presenter is gone. */
export const MAX_PRESENTER_GRACE_MS = 15_000;

const ENV: Record<keyof ChannelLimits, [name: string, scale: number]> = {
  messagesPerSecond: ['LIVE_MESSAGES_PER_SECOND', 1],
  messagesBurst: ['LIVE_MESSAGES_BURST', 1],
  refusedPerSecond: ['LIVE_REFUSED_PER_SECOND', 1],
  refusedBurst: ['LIVE_REFUSED_BURST', 1],
  handshakesPerSecond: ['LIVE_HANDSHAKES_PER_SECOND', 1],
  handshakesBurst: ['LIVE_HANDSHAKES_BURST', 1],
  maxConnectionsPerIp: ['LIVE_MAX_CONNECTIONS_PER_IP', 1],
  presenterGraceMs: ['LIVE_PRESENTER_GRACE_SECONDS', 1000],
};

/** The limits set in the environment (positive numbers; anything else stops the start with a clear line). */
export function channelLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<ChannelLimits> {
  const limits: Partial<ChannelLimits> = {};
  for (const [key, [name, scale]] of Object.entries(ENV) as [keyof ChannelLimits, [string, number]][]) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
    limits[key] = value * scale;
  }
  if ((limits.presenterGraceMs ?? 0) > MAX_PRESENTER_GRACE_MS) throw new Error(`LIVE_PRESENTER_GRACE_SECONDS must be at most ${MAX_PRESENTER_GRACE_MS / 1000}`);
  return limits;
}
