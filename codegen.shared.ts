/**
 * The shared part of the generated GraphQL types, written once (issue 15, "generated types once").
 * Every subgraph's resolver types, the gateway's and the web app's operations would otherwise each
 * repeat the resolver helper types (ResolverFn, Resolver, ReferenceResolver …) and the types of
 * contracts/schema/shared.graphql (the enums, scalars and Municipality every subgraph serves).
 *
 * `sharedPart` is a codegen plugin that runs the stock plugins named in its `inner` list and then:
 * - for contracts/src/__generated__/graphql.ts (`shared: true`): keeps what is not particular to one
 *   schema — the types of shared.graphql and the resolver helpers — and exports all of it;
 * - for every other file: drops each declaration that the shared file holds word for word, and
 *   imports (and re-exports) it from there instead. A declaration that differs (the web app's scalars are plain
 *   strings) stays where it is, so the result types never change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { buildASTSchema, lexicographicSortSchema, parse, type GraphQLSchema } from 'graphql';
import { plugin as add } from '@graphql-codegen/add';
import { plugin as typescript } from '@graphql-codegen/typescript';
import { plugin as typescriptOperations } from '@graphql-codegen/typescript-operations';
import { plugin as typescriptResolvers } from '@graphql-codegen/typescript-resolvers';

export const SHARED_FILE = 'contracts/src/__generated__/graphql.ts';
/** How the other files import it (a type-only import: nothing is loaded at run time). */
const SHARED_MODULE = '@cb/contracts/src/__generated__/graphql';
const SHARED_SDL = readFileSync(join(__dirname, 'contracts/schema/shared.graphql'), 'utf8');
/**
 * An entity of no subgraph, beside the shared types only while the shared part is generated: with
 * it (and federation's `_FieldSet`, which every subgraph's schema has) the plugins write the helpers
 * every subgraph has — ReferenceResolver, GraphQLRecursivePick, RequireFields for an argument with
 * a default. Its own types are left out of the file.
 */
const PROBE = '_SharedPartProbe';
const PROBE_SDL = `scalar _FieldSet\ntype ${PROBE} @key(fields: "id") { id: ID! probe(n: Int = 1): Int }`;

type Schema = Parameters<typeof typescript>[0];
type Documents = Parameters<typeof typescript>[1];
type Output = Awaited<ReturnType<typeof typescript>>;
type Info = Parameters<typeof typescript>[3];
/** A stock plugin and its own options, as in a `plugins` list: a name, or `{ name: options }`. */
type Inner = string | Record<string, object>;
export interface SharedPartConfig {
  inner: Inner[];
  shared?: boolean;
  [option: string]: unknown;
}

const STOCK: Record<string, (schema: Schema, documents: Documents, config: never, info?: Info) => Output | Promise<Output>> = {
  add: add as never,
  typescript: typescript as never,
  'typescript-operations': typescriptOperations as never,
  'typescript-resolvers': typescriptResolvers as never,
};

/** The stock plugins' output, merged as the codegen CLI merges a file's plugins (imports first). */
async function runInner(schema: GraphQLSchema, documents: Documents, { inner, shared: _shared, ...config }: SharedPartConfig, info?: Info): Promise<string> {
  const prepend = new Set<string>();
  const contents: string[] = [];
  for (const entry of inner) {
    const [name, options] = typeof entry === 'string' ? [entry, {}] : Object.entries(entry)[0];
    const out = await STOCK[name](schema, documents, { ...config, ...options } as never, info);
    if (typeof out === 'string') contents.push(out);
    else {
      for (const line of out.prepend ?? []) prepend.add(line);
      contents.push(out.content ?? '');
    }
  }
  const lines = [...prepend];
  return [...lines.filter((l) => l.startsWith('import')), ...lines.filter((l) => !l.startsWith('import')), ...contents].join('\n');
}

interface Declaration {
  name: string | undefined;
  /** The text with its leading comments and blank lines, as generated. */
  text: string;
  exported: boolean;
  node: ts.Statement;
}

function declarations(source: string): Declaration[] {
  const file = ts.createSourceFile('generated.ts', source, ts.ScriptTarget.Latest, true);
  return file.statements.map((node) => ({
    name: ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node) ? node.name.text : undefined,
    text: source.slice(node.getFullStart(), node.getEnd()),
    exported: ts.getCombinedModifierFlags(node as ts.Declaration) & ts.ModifierFlags.Export ? true : false,
    node,
  }));
}

/** Types whose text depends on one schema's own types, mappers or context: never shared. */
const PARTICULAR = /\b(ResolversTypes|ResolversParentTypes|FederationTypes|FederationReferenceTypes)\b/;

/** The shared declarations, by name: generated from shared.graphql with the same options as the subgraphs. */
async function sharedDeclarations(config: SharedPartConfig, info?: Info): Promise<{ imports: Declaration[]; types: Map<string, Declaration> }> {
  // Sorted, as the codegen CLI sorts every schema it loads, so that declarations come out the same.
  const schema = lexicographicSortSchema(buildASTSchema(parse(`${SHARED_SDL}\n${PROBE_SDL}`), { assumeValidSDL: true }));
  const all = declarations(await runInner(schema, [], config, info));
  const isShared = (d: Declaration) => d.name !== undefined && !d.name.endsWith('Resolvers') && !d.text.includes(PROBE) && !PARTICULAR.test(d.text);
  return { imports: all.filter((d) => ts.isImportDeclaration(d.node)), types: new Map(all.filter(isShared).map((d) => [d.name as string, d])) };
}

/** The names a set of declarations uses (identifiers only: a word in a comment does not count). */
function namesUsedBy(kept: Declaration[]): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) names.add(node.text);
    ts.forEachChild(node, visit);
  };
  for (const d of kept) if (!ts.isImportDeclaration(d.node)) visit(d.node);
  return names;
}

/** An import declaration with only the names still used; empty when none is. */
function pruned(d: Declaration, used: Set<string>): string {
  const bindings = ts.isImportDeclaration(d.node) ? d.node.importClause?.namedBindings : undefined;
  if (!bindings || !ts.isNamedImports(bindings)) return d.text;
  const still = bindings.elements.filter((e) => used.has(e.name.text)).map((e) => e.getText().replace(/^type /, ''));
  if (still.length === 0) return '';
  const leading = d.text.slice(0, d.text.length - d.text.trimStart().length);
  return `${leading}import type { ${still.join(', ')} } from ${(d.node as ts.ImportDeclaration).moduleSpecifier.getText()};`;
}

/** A file: its imports one a line, then the declarations with the blank lines they were generated with. */
const assemble = (imports: string[], declarations: string[]) => `${imports.map((i) => `${i.trim()}\n`).join('')}${declarations.join('').replace(/^\n+/, '\n')}\n`;

/**
 * The plugin, for the options the shared file is generated with (`sharedWith`: the resolver
 * helpers' options, so that a subgraph's helpers match it word for word).
 */
export const sharedPart = (sharedWith: SharedPartConfig) => ({
  async plugin(schema: GraphQLSchema, documents: Documents, config: SharedPartConfig, info?: Info): Promise<string> {
    const { imports: sharedImports, types: shared } = await sharedDeclarations(sharedWith, info);
    if (config.shared) {
      const types = [...shared.values()];
      const used = namesUsedBy(types);
      const imports = sharedImports.map((d) => pruned(d, used)).filter(Boolean);
      return assemble(imports, types.map((d) => (d.exported ? d.text : d.text.replace(/^(\s*)/, '$1export '))));
    }
    const own = declarations(await runInner(schema, documents, config, info));
    const isShared = (d: Declaration) => d.name !== undefined && shared.get(d.name)?.text.trim() === d.text.trim();
    const kept = own.filter((d) => !isShared(d));
    const used = namesUsedBy(kept);
    const imports = kept.filter((d) => ts.isImportDeclaration(d.node)).map((d) => pruned(d, used)).filter(Boolean);
    const fromShared = own.filter(isShared).map((d) => d.name as string).filter((name) => used.has(name));
    if (fromShared.length > 0) imports.push(`import type { ${fromShared.join(', ')} } from '${SHARED_MODULE}';`);
    // What the file exported before still comes from it, so its importers need not know where it lives.
    const reexported = own.filter((d) => isShared(d) && d.exported).map((d) => d.name as string);
    if (reexported.length > 0) imports.push(`export type { ${reexported.join(', ')} } from '${SHARED_MODULE}';`);
    return assemble(imports, kept.filter((d) => !ts.isImportDeclaration(d.node)).map((d) => d.text));
  },
});
