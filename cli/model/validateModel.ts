/**
 * Runs the Khronos glTF validator on a model file, reading its external
 * buffers and images from disk next to it, and adds what the viewer needs
 * beyond validity: required extensions it cannot decode.
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { validateBytes, type ValidatorMessage } from 'gltf-validator';
import { APPROXIMATED_EXTENSIONS, SUPPORTED_EXTENSIONS } from '../../src/viewer/model/gltfHeader';

export interface ModelCheck {
  errors: string[];
  warnings: string[];
  extensionsRequired: string[];
}

const describe = (m: ValidatorMessage) => `${m.code}: ${m.message.replace(/^Node Exception: Error: /, '')}${m.pointer ? ` (at ${m.pointer})` : ''}`;

export async function validateModel(file: string): Promise<ModelCheck> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    return { errors: [`cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`], warnings: [], extensionsRequired: [] };
  }
  if (bytes.byteLength === 0) return { errors: ['the file is empty (0 bytes)'], warnings: [], extensionsRequired: [] };
  const base = dirname(file);
  const report = await validateBytes(bytes, {
    uri: file,
    format: extname(file).toLowerCase() === '.glb' ? 'glb' : 'gltf',
    maxIssues: 50,
    externalResourceFunction: async (uri) => {
      const path = resolve(base, decodeURIComponent(uri));
      try {
        return new Uint8Array(await readFile(path));
      } catch {
        // The validator reports the rejection as a missing resource with its URI.
        throw new Error(`file not found: ${uri}`);
      }
    },
  }).catch((error: unknown) => ({ issues: { messages: [{ code: 'UNREADABLE', message: String(error), severity: 0 }] }, info: undefined }));
  const messages = report.issues.messages;
  const errors = messages.filter((m) => m.severity === 0).map(describe);
  const warnings = messages.filter((m) => m.severity === 1).map(describe);
  const extensionsRequired = report.info?.extensionsRequired ?? [];
  for (const ext of extensionsRequired) {
    if (APPROXIMATED_EXTENSIONS.has(ext)) warnings.push(`requires ${ext}: the viewer shows it with approximate materials`);
    else if (!SUPPORTED_EXTENSIONS.has(ext)) errors.push(`requires the extension ${ext}, which the viewer cannot decode`);
  }
  return { errors, warnings, extensionsRequired };
}
