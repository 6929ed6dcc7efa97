/**
 * Which audio type the speaker's browser records narration in, and the extension its files get:
 * Opus in WebM (Chromium, Firefox), else Opus in Ogg, else MP4 (Safari records nothing else; its
 * AAC plays in every browser), named `.webm`, `.ogg` or `.m4a` — types every tour takes
 * (src/tour/audioTypes.ts). Pure: the browser's `MediaRecorder.isTypeSupported` is passed in.
 */

export interface RecordingType {
  /** The MediaRecorder `mimeType`. */
  mimeType: string;
  /** The files' extension, without its dot. */
  extension: 'webm' | 'ogg' | 'm4a';
}

/** Recorded types, first choice first. */
export const RECORDING_TYPES: readonly RecordingType[] = [
  { mimeType: 'audio/webm;codecs=opus', extension: 'webm' },
  { mimeType: 'audio/ogg;codecs=opus', extension: 'ogg' },
  { mimeType: 'audio/mp4', extension: 'm4a' },
];

/** The first type the browser records; null when it records none of them. */
export function recordingType(isTypeSupported: (mimeType: string) => boolean): RecordingType | null {
  return RECORDING_TYPES.find(({ mimeType }) => isTypeSupported(mimeType)) ?? null;
}
