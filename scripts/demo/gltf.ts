/** Writes a model (the hall, or a site of the Northern Sweden tour) as a meshopt-compressed, quantized GLB with one named node per part. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Document, Logger, NodeIO, type Material, type Node as GltfNode } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { dedup, prune, quantize, reorder, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { OUT } from './config';
import { MATERIALS, MAT_IDS, type MatId, hexToLinear } from './materials';
import { type Group } from './structures';

export interface ModelOutput {
  /** Where the GLB goes. Default: the pilot hall's path. */
  file?: string;
  /** Name of the glTF scene and its root node. */
  name?: string;
}

export async function writeModel(groups: Group[], { file = OUT.model, name = 'pilot-hall' }: ModelOutput = {}): Promise<{ triangles: number; bytes: number }> {
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'sitevisit scripts/generate-demo.ts (glTF-Transform)';
  doc.getRoot().getAsset().copyright = 'Illustrative model, generated procedurally; not a survey of the real site.';
  const buffer = doc.createBuffer();
  const materials = new Map<MatId, Material>();
  for (const id of MAT_IDS) {
    const s = MATERIALS[id];
    const c = hexToLinear(s.color);
    const m = doc
      .createMaterial(s.name)
      .setBaseColorFactor([c[0], c[1], c[2], s.alpha ?? 1])
      .setMetallicFactor(s.metallic)
      .setRoughnessFactor(s.roughness);
    if (s.alpha !== undefined) m.setAlphaMode('BLEND').setDoubleSided(true);
    if (s.emissive) m.setEmissiveFactor(hexToLinear(s.emissive));
    materials.set(id, m);
  }
  const scene = doc.createScene(name);
  const root = doc.createNode(name);
  scene.addChild(root);
  let triangles = 0;
  for (const group of groups) {
    const g = doc.createNode(group.name);
    root.addChild(g);
    for (const part of group.parts) {
      const mesh = doc.createMesh(part.name);
      for (const id of MAT_IDS) {
        const geo = part.geos.get(id);
        if (!geo || geo.idx.length === 0) continue;
        const vertexCount = geo.pos.length / 3;
        const prim = doc
          .createPrimitive()
          .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(geo.pos)).setBuffer(buffer))
          .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(geo.nrm)).setBuffer(buffer))
          .setIndices(
            doc
              .createAccessor()
              .setType('SCALAR')
              .setArray(vertexCount > 65535 ? new Uint32Array(geo.idx) : new Uint16Array(geo.idx))
              .setBuffer(buffer),
          )
          .setMaterial(materials.get(id)!);
        mesh.addPrimitive(prim);
        triangles += geo.idx.length / 3;
      }
      // The named node sits at the equipment's base; quantize() puts its offset and scale on the child.
      const node: GltfNode = doc.createNode(part.name).setTranslation(part.origin);
      node.addChild(doc.createNode(`${part.name}-mesh`).setMesh(mesh));
      g.addChild(node);
    }
  }

  await MeshoptEncoder.ready;
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  await doc.transform(dedup(), weld(), prune(), reorder({ encoder: MeshoptEncoder, target: 'size' }), quantize());
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  const glb = await io.writeBinary(doc);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, glb);
  return { triangles, bytes: glb.byteLength };
}
