/**
 * Reads `extensionsUsed` / `extensionsRequired` from a glTF or GLB without
 * parsing the whole file: to fetch only the decoders it needs, and to refuse
 * files that require what we cannot decode (three.js only warns).
 */
export interface GltfExtensions {
  used: Set<string>;
  required: Set<string>;
}

/** What three's GLTFLoader decodes (its EXTENSIONS table), with our decoders attached. */
export const SUPPORTED_EXTENSIONS = new Set([
  'KHR_binary_glTF', 'KHR_draco_mesh_compression', 'KHR_lights_punctual', 'KHR_materials_clearcoat',
  'KHR_materials_diffuse_roughness', 'KHR_materials_dispersion', 'KHR_materials_ior', 'KHR_materials_sheen',
  'KHR_materials_specular', 'KHR_materials_transmission', 'KHR_materials_iridescence', 'KHR_materials_anisotropy',
  'KHR_materials_unlit', 'KHR_materials_volume', 'KHR_texture_basisu', 'KHR_texture_transform', 'KHR_mesh_quantization',
  'KHR_materials_emissive_strength', 'EXT_materials_bump', 'EXT_texture_webp', 'EXT_texture_avif',
  'EXT_meshopt_compression', 'KHR_meshopt_compression', 'EXT_mesh_gpu_instancing',
]);

/**
 * Required extensions that only change how materials look: the geometry is
 * still right, so the model is shown with approximate materials and a notice.
 */
export const APPROXIMATED_EXTENSIONS = new Set(['KHR_materials_pbrSpecularGlossiness', 'KHR_techniques_webgl']);

export function readGltfExtensions(bytes: ArrayBuffer): GltfExtensions {
  try {
    const json = JSON.parse(new TextDecoder().decode(jsonBytes(bytes))) as { extensionsUsed?: unknown; extensionsRequired?: unknown };
    return { used: stringSet(json.extensionsUsed), required: stringSet(json.extensionsRequired) };
  } catch {
    // The loader reports malformed files with a better message.
    return { used: new Set(), required: new Set() };
  }
}

const stringSet = (value: unknown) => new Set(Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string') : []);

function jsonBytes(bytes: ArrayBuffer): Uint8Array {
  const view = new DataView(bytes);
  const isGlb = bytes.byteLength >= 20 && view.getUint32(0, true) === 0x46546c67; // 'glTF'
  if (!isGlb) return new Uint8Array(bytes);
  const chunkLength = view.getUint32(12, true);
  return new Uint8Array(bytes, 20, Math.min(chunkLength, bytes.byteLength - 20));
}
