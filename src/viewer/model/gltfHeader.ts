/** Reads `extensionsUsed` from a glTF or GLB without parsing the whole file, to fetch only the decoders it needs. */
export function readGltfExtensions(bytes: ArrayBuffer): Set<string> {
  try {
    const json = JSON.parse(new TextDecoder().decode(jsonBytes(bytes))) as { extensionsUsed?: unknown };
    return new Set(Array.isArray(json.extensionsUsed) ? json.extensionsUsed.filter((e) => typeof e === 'string') : []);
  } catch {
    // The loader reports malformed files with a better message.
    return new Set();
  }
}

function jsonBytes(bytes: ArrayBuffer): Uint8Array {
  const view = new DataView(bytes);
  const isGlb = bytes.byteLength >= 20 && view.getUint32(0, true) === 0x46546c67; // 'glTF'
  if (!isGlb) return new Uint8Array(bytes);
  const chunkLength = view.getUint32(12, true);
  return new Uint8Array(bytes, 20, Math.min(chunkLength, bytes.byteLength - 20));
}
