/**
 * Writes <out>/sitevisit-embed.d.ts, the host-page client's types (npm run build).
 * The client takes the shared words (the camera `View`) from src/protocol with
 * `import type`; host pages have neither that folder nor zod, so each such
 * import is replaced by the type it names, written out in full.
 *
 *   tsx scripts/embed-client-types.ts [out=dist]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { BUILD_OUT_DIR } from './buildTarget';

const CLIENT = resolve('src/embed/client/sitevisit-embed.ts');

/** The declaration file's text, self-contained (no imports). */
export function clientDeclarations(): string {
  const config = ts.getParsedCommandLineOfConfigFile(resolve('tsconfig.embed-client.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('tsconfig.embed-client.json could not be read');
  const options = { ...config.options, rootDir: resolve('src'), outDir: resolve('.embed-types'), noEmit: false };
  const program = ts.createProgram([CLIENT], options);
  const errors = ts.getPreEmitDiagnostics(program);
  if (errors.length) throw new Error(ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' }));

  let text = '';
  program.emit(program.getSourceFile(CLIENT), (name, data) => {
    if (name.endsWith('sitevisit-embed.d.ts')) text = data;
  }, undefined, true);
  if (!text) throw new Error('no declarations emitted for the embed client');

  // Each `import type { A, B } from '…'` becomes `type A = …;` for the names it imports.
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(CLIENT) as ts.SourceFile;
  const inlined = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
    const bindings = statement.importClause.namedBindings;
    if (!ts.isNamedImports(bindings)) throw new Error('the embed client may import types only by name');
    for (const element of bindings.elements) {
      const type = checker.getTypeAtLocation(element.name);
      const written = checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias);
      if (/\bimport\(/.test(written)) throw new Error(`${element.name.text} cannot be written out without its module`);
      inlined.set(element.name.text, written);
    }
  }
  text = text.replace(/^import type \{[^}]*\} from '[^']*';\n/gm, '');
  for (const [name, written] of inlined) text = text.replace(`export type { ${name} };`, `export type ${name} = ${written};`);
  if (/^\s*import\b/m.test(text) || /export type \{/.test(text)) throw new Error(`sitevisit-embed.d.ts is not self-contained:\n${text}`);
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(process.argv[2] ?? BUILD_OUT_DIR);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'sitevisit-embed.d.ts'), clientDeclarations());
  console.log(`embed client types: ${join(out, 'sitevisit-embed.d.ts')}`);
}
