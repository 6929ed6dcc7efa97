import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { readFileSync } from 'node:fs';
import { readImageSize } from '../../src/lib/imageSize';

const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const TESTDATA = new URL('../../../shared/testdata/', import.meta.url);

describe('readImageSize', () => {
  it('reads PNG, JPEG and WebP headers without decoding', async () => {
    const image = sharp({ create: { width: 300, height: 150, channels: 3, background: '#888' } });
    for (const format of ['png', 'jpeg', 'webp'] as const) {
      const bytes = await image.clone().toFormat(format).toBuffer();
      expect(readImageSize(toArrayBuffer(bytes))).toEqual({ width: 300, height: 150, type: format });
    }
  });

  it('reads the claimed size of huge and lying files from the test data', () => {
    const huge = readFileSync(new URL('broken/generated/pano-huge-20000x10000_1bit.png', TESTDATA));
    expect(readImageSize(toArrayBuffer(huge))).toMatchObject({ width: 20000, height: 10000 });
    const progressive = readFileSync(new URL('panoramas/pannellum-jordan-pond/examplepano.jpg', TESTDATA));
    expect(readImageSize(toArrayBuffer(progressive))).toMatchObject({ width: 4096, height: 2048, type: 'jpeg' });
  });

  it('returns null for what is not an image', () => {
    expect(readImageSize(new ArrayBuffer(0))).toBeNull();
    expect(readImageSize(toArrayBuffer(Buffer.from('{"asset":{}}')))).toBeNull();
  });
});
