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

  // Each type the client imports from src/protocol is written out here, with the protocol types it names.
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(CLIENT) as ts.SourceFile;
  const written = new Map<string, string>();
  const pending: ts.Symbol[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
    const bindings = statement.importClause.namedBindings;
    if (!ts.isNamedImports(bindings) || !statement.importClause.isTypeOnly) throw new Error('the embed client may import only types, by name');
    for (const element of bindings.elements) pending.push(resolveSymbol(checker, element.name));
  }
  while (pending.length > 0) {
    const symbol = pending.pop() as ts.Symbol;
    if (written.has(symbol.name)) continue;
    written.set(symbol.name, declarationOf(checker, symbol, (referenced) => pending.push(referenced)));
  }
  text = text.replace(/^import type \{[^}]*\} from '[^']*';\n/gm, '').replace(/^export type \{[\w, ]+\};\n/gm, '');
  // After the client's opening comment, which says what the file is.
  const afterHeader = text.startsWith('/**') ? text.indexOf('*/\n') + 3 : 0;
  text = `${text.slice(0, afterHeader)}\n${[...written.values()].reverse().join('\n')}\n${text.slice(afterHeader)}`;
  if (/^\s*import\b/m.test(text) || /export type \{/.test(text) || /\bimport\(/.test(text)) throw new Error(`sitevisit-embed.d.ts is not self-contained:\n${text}`);
  return text;
}

const PROTOCOL_DIR = resolve('src/protocol');

function resolveSymbol(checker: ts.TypeChecker, name: ts.Node): ts.Symbol {
  const symbol = checker.getSymbolAtLocation(name);
  if (!symbol) throw new Error(`${name.getText()}: no symbol`);
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/**
 * One exported declaration of a protocol type for the host page. Interfaces and plain aliases are
 * copied as written (with their comments); a type zod infers has no text to copy, so it is spelled
 * out by the checker. `found` receives the other protocol types a copied declaration names.
 */
function declarationOf(checker: ts.TypeChecker, symbol: ts.Symbol, found: (symbol: ts.Symbol) => void): string {
  const declaration = symbol.declarations?.find((d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d));
  if (!declaration || !declaration.getSourceFile().fileName.startsWith(PROTOCOL_DIR)) throw new Error(`${symbol.name} is not a type of src/protocol`);
  if (ts.isTypeAliasDeclaration(declaration) && /\bz\.|\btypeof\b/.test(declaration.type.getText())) {
    const type = checker.getTypeAtLocation(declaration.name);
    return `export type ${symbol.name} = ${checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias)};\n`;
  }
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node)) found(resolveSymbol(checker, node.typeName));
    ts.forEachChild(node, visit);
  };
  visit(declaration);
  const file = declaration.getSourceFile();
  const comments = (ts.getLeadingCommentRanges(file.text, declaration.getFullStart()) ?? []).map((c) => file.text.slice(c.pos, c.end)).join('\n');
  const body = declaration.getText().replace(/^export\s+/, '');
  return `${comments ? `${comments}\n` : ''}export ${body}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(process.argv[2] ?? BUILD_OUT_DIR);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'sitevisit-embed.d.ts'), clientDeclarations());
  console.log(`embed client types: ${join(out, 'sitevisit-embed.d.ts')}`);
}
