/** The parts of the Khronos glTF validator's API the CLI uses (the package ships no types). */
declare module 'gltf-validator' {
  export interface ValidatorMessage {
    code: string;
    message: string;
    /** 0 error, 1 warning, 2 info, 3 hint. */
    severity: number;
    pointer?: string;
    offset?: number;
  }
  export interface ValidatorReport {
    issues: { numErrors: number; numWarnings: number; numInfos: number; numHints: number; messages: ValidatorMessage[]; truncated: boolean };
    info?: { extensionsUsed?: string[]; extensionsRequired?: string[]; totalTriangleCount?: number; drawCallCount?: number };
  }
  export interface ValidatorOptions {
    uri?: string;
    format?: 'glb' | 'gltf';
    maxIssues?: number;
    ignoredIssues?: string[];
    externalResourceFunction?: (uri: string) => Promise<Uint8Array>;
  }
  export function validateBytes(data: Uint8Array, options?: ValidatorOptions): Promise<ValidatorReport>;
  export function version(): string;
}
