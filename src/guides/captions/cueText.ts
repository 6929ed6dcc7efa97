/**
 * A cue's words without their markup, as the studio's caption text shows them, and the way back:
 * plain words as cue text. Pure.
 */
import type { VTTNode } from 'media-captions';

/** Lines trimmed, empty ones dropped: how caption text is compared and written. */
export const tidyLines = (text: string): string =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');

const wordsOf = (nodes: readonly VTTNode[]): string => nodes.map((node) => (node.type === 'text' ? node.data : wordsOf(node.children))).join('');

/** What is read of a cue: its text without tags (a speaker's name is the voice's, not the text's), character references decoded. */
export const plainText = (nodes: readonly VTTNode[]): string => tidyLines(wordsOf(nodes));

/** Plain words as cue text: markup characters as character references, and no empty line (which would end the cue). */
export const escapeCueText = (text: string): string => tidyLines(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
