import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readImageSize } from '../../src/lib/imageSize';
import { GENERATED, PANORAMA_4096 } from '../fixtures/testdata';

const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

describe('readImageSize', () => {
  it('reads PNG, JPEG and WebP headers without decoding', async () => {
    const image = sharp({ create: { width: 300, height: 150, channels: 3, background: '#888' } });
    for (const format of ['png', 'jpeg', 'webp'] as const) {
      const bytes = await image.clone().toFormat(format).toBuffer();
      expect(readImageSize(toArrayBuffer(bytes))).toEqual({ width: 300, height: 150, type: format });
    }
  });

  it('reads the claimed size of huge and lying files from the test data', () => {
    const huge = readFileSync(join(GENERATED, 'pano-huge-20000x10000_1bit.png'));
    expect(readImageSize(toArrayBuffer(huge))).toMatchObject({ width: 20000, height: 10000 });
    const progressive = readFileSync(PANORAMA_4096);
    expect(readImageSize(toArrayBuffer(progressive))).toMatchObject({ width: 4096, height: 2048, type: 'jpeg' });
  });

  it('returns null for what is not an image', () => {
    expect(readImageSize(new ArrayBuffer(0))).toBeNull();
    expect(readImageSize(toArrayBuffer(Buffer.from('{"asset":{}}')))).toBeNull();
  });
});
