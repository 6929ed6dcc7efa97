/** Loader failures become a kind the error card words for the visitor, the file, and the technical detail. */
import { describe, expect, it } from 'vitest';
import { describeLoadError, FileProblem } from '../../src/viewer/loadErrors';
import { FetchError } from '../../src/lib/fetchBytes';

const url = 'https://tours.example.org/models/hall.glb';

describe('describeLoadError', () => {
  it('words fetch failures by cause: missing, server, network, refused by the CSP', () => {
    expect(describeLoadError(new FetchError('the file does not exist (404)', url, 404), url, 'model')).toMatchObject({ kind: 'missing', status: 404, file: 'hall.glb' });
    expect(describeLoadError(new FetchError('the server answered 503', url, 503), url, 'model')).toMatchObject({ kind: 'server', status: 503 });
    expect(describeLoadError(new FetchError('network error', url), url, 'model')).toMatchObject({ kind: 'network' });
    expect(describeLoadError(new FetchError('not allowed', url, undefined, true), url, 'model')).toMatchObject({ kind: 'blocked', host: 'https://tours.example.org' });
  });

  it('calls what the parsers throw on a cut or corrupt file damaged, and keeps their words as the detail', () => {
    const error = describeLoadError(new RangeError('Invalid typed array length: 988'), url, 'model');
    expect(error).toMatchObject({ kind: 'damaged', file: 'hall.glb' });
    expect(error.message).toContain('Invalid typed array length: 988');
    expect(describeLoadError(new SyntaxError("Expected ',' or ']' after array element in JSON at position 8"), url, 'model').kind).toBe('damaged');
    expect(describeLoadError(new Error('THREE.GLTFLoader: Unsupported asset. glTF versions >=2.0 are supported.'), url, 'model').kind).toBe('unsupported');
  });

  it('keeps the kind our own checks found, and names the missing resource of a model', () => {
    expect(describeLoadError(new FileProblem('the file is empty', 'empty'), url, 'model').kind).toBe('empty');
    expect(describeLoadError(new Error('THREE.GLTFLoader: Failed to load buffer "Box0.bin".'), url, 'model')).toMatchObject({ kind: 'missing', file: 'Box0.bin' });
  });
});
