/**
 * Writes API.md, the reference of every export of every entry point, from the built `.d.ts` files
 * and their doc comments. A small generator of our own: typedoc and api-extractor drive the
 * TypeScript compiler's JavaScript API, which the native TypeScript 7 compiler we build with does
 * not have, and documenting with an older compiler than the one that emits the types would
 * document something else. `api-reference.test.ts` fails when API.md differs from a fresh run.
 *
 *   tsx scripts/api-reference.ts          write API.md (after `pnpm build`)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ApiEntry {
  /** The import specifier: `@rescind/core/letter`. */
  specifier: string;
  /** The entry's own doc comment. */
  doc: string;
  exports: ApiExport[];
}

export interface ApiExport {
  name: string;
  kind: 'function' | 'const' | 'class' | 'interface' | 'type' | 'enum';
  /** The declaration as the `.d.ts` states it (long types cut). */
  signature: string;
  /** The doc comment, without its `*` gutter; `''` when there is none. */
  doc: string;
  /** The `.d.ts` it is declared in, relative to the package. */
  file: string;
}

const root = join(import.meta.dirname, '..');

function read(file: string): string {
  return readFileSync(file, 'utf8');
}

function toDts(from: string, specifier: string): string {
  return resolve(dirname(from), specifier.replace(/\.(?:ts|js)$/, '.d.ts'));
}

interface Origin {
  file: string;
  name: string;
}

/** Where each name a `.d.ts` exports is declared, following re-exports. */
function exportedNames(file: string, seen = new Set<string>()): Map<string, Origin> {
  const names = new Map<string, Origin>();
  if (seen.has(file)) return names;
  seen.add(file);
  const text = read(file);
  const imports = new Map<string, Origin>();
  for (const [, list = '', from = ''] of text.matchAll(
    /^import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/gm,
  )) {
    if (!from.startsWith('.')) continue;
    for (const spec of specs(list))
      imports.set(spec.as, { file: toDts(file, from), name: spec.name });
  }
  for (const [, list = '', from] of text.matchAll(
    /^export\s+(?:type\s+)?\{([^}]*)\}\s*(?:from\s*['"]([^'"]+)['"])?/gm,
  )) {
    for (const spec of specs(list)) {
      const origin = from
        ? resolveName(toDts(file, from), spec.name)
        : (imports.get(spec.name) ?? { file, name: spec.name });
      names.set(spec.as, origin.file === file ? origin : resolveName(origin.file, origin.name));
    }
  }
  for (const [, from = ''] of text.matchAll(
    /^export\s+(?:type\s+)?\*\s+from\s*['"]([^'"]+)['"]/gm,
  )) {
    for (const [name, origin] of exportedNames(toDts(file, from), seen)) names.set(name, origin);
  }
  for (const [, name = ''] of text.matchAll(
    /^export\s+(?:declare\s+)?(?:abstract\s+)?(?:function|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm,
  )) {
    names.set(name, { file, name });
  }
  return names;
}

function resolveName(file: string, name: string): Origin {
  return exportedNames(file).get(name) ?? { file, name };
}

function specs(list: string): { name: string; as: string }[] {
  return list
    .split(',')
    .map((part) => part.replace(/^\s*type\s+/, '').trim())
    .filter(Boolean)
    .map((part) => {
      const [name = '', as = name] = part.split(/\s+as\s+/);
      return { name, as };
    });
}

function cleanDoc(comment: string): string {
  return comment
    .trim()
    .replace(/^\/\*\*\s?/, '')
    .replace(/\s*\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

/** The declaration of `name` in `file`, with the doc comment right above it. */
function declaration(origin: Origin): Omit<ApiExport, 'name'> {
  const text = read(origin.file);
  const pattern = new RegExp(
    `(/\\*\\*(?:(?!\\*/)[\\s\\S])*?\\*/\\s*)?^(export\\s+)?(?:declare\\s+)?(?:abstract\\s+)?(function|const|let|class|interface|type|enum)\\s+${origin.name.replace('$', '\\$')}\\b`,
    'm',
  );
  const match = pattern.exec(text);
  const file = relative(root, origin.file);
  if (!match) return { kind: 'const', signature: origin.name, doc: '', file };
  const start = match.index + (match[1]?.length ?? 0);
  const kind = (match[3] === 'let' ? 'const' : match[3]) as ApiExport['kind'];
  return {
    kind,
    signature: signature(text.slice(start), kind),
    doc: cleanDoc(match[1] ?? ''),
    file,
  };
}

/** The statement up to its end: a balanced `{…}` body or the closing `;`, cut when long. */
function signature(from: string, kind: ApiExport['kind']): string {
  let depth = 0;
  let end = from.length;
  for (let i = 0; i < from.length; i++) {
    const c = from[i];
    if (c === '{' || c === '(' || c === '<' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === '>' || c === ']') {
      if (from[i - 1] !== '=') depth--;
      if (
        depth === 0 &&
        c === '}' &&
        (kind === 'interface' || kind === 'class' || kind === 'enum')
      ) {
        end = i + 1;
        break;
      }
    } else if (c === ';' && depth <= 0) {
      end = i + 1;
      break;
    }
  }
  const text = from
    .slice(0, end)
    .replace(/^export\s+(declare\s+)?/, '')
    .replace(/import\("[^"]+"\)\./g, '');
  const lines = text.split('\n');
  if (lines.length > 40 || text.length > 2400) {
    const head = lines.slice(0, 12).join('\n');
    return `${head.length > 1200 ? `${head.slice(0, 1200)}` : head}\n    // … (see the .d.ts)`;
  }
  return text;
}

/** Every entry point of the package and every export of each, with its doc comment. */
export function apiReference(): ApiEntry[] {
  const manifest = JSON.parse(read(join(root, 'package.json')));
  return Object.entries(manifest.exports as Record<string, { types?: string } | string>)
    .filter(([, target]) => typeof target === 'object' && target.types)
    .map(([subpath, target]) => {
      const file = join(root, (target as { types: string }).types);
      const text = read(file);
      const head = /^\/\*\*[\s\S]*?\*\//.exec(text.trimStart());
      const names = exportedNames(file);
      return {
        specifier: `${manifest.name}${subpath === '.' ? '' : subpath.slice(1)}`,
        doc: head ? cleanDoc(head[0]) : '',
        exports: [...names]
          .map(([name, origin]) => ({ name, ...declaration(origin) }))
          .sort((a, b) => a.name.localeCompare(b.name, 'en')),
      };
    });
}

/** Exports without a doc comment, as `specifier: name`. */
export function undocumented(entries: ApiEntry[]): string[] {
  return entries.flatMap((entry) =>
    entry.exports.filter((e) => e.doc === '').map((e) => `${entry.specifier}: ${e.name}`),
  );
}

/** API.md's text. */
export function renderReference(entries: ApiEntry[]): string {
  const out = [
    '# @rescind/core API reference',
    '',
    '<!-- Generated by scripts/api-reference.ts from the built .d.ts files and their doc comments. Do not edit: edit the doc comment, then run `pnpm --filter @rescind/core api`. -->',
    '',
    ...entries.map(
      (entry) =>
        `- [\`${entry.specifier}\`](#${entry.specifier.replace(/[@/]/g, '').toLowerCase()}) (${entry.exports.length} exports)`,
    ),
    '',
  ];
  for (const entry of entries) {
    out.push(`## \`${entry.specifier}\``, '', entry.doc, '');
    for (const item of entry.exports) {
      out.push(`### \`${item.name}\``, '', `${item.kind}, from \`${item.file}\``, '');
      out.push('```ts', item.signature, '```', '');
      if (item.doc) out.push(item.doc, '');
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

if (import.meta.filename === process.argv[1]) {
  const entries = apiReference();
  writeFileSync(join(root, 'API.md'), renderReference(entries));
  const missing = undocumented(entries);
  console.log(
    `API.md: ${entries.reduce((n, e) => n + e.exports.length, 0)} exports in ${entries.length} entry points; ${missing.length} without a doc comment`,
  );
  if (missing.length > 0) console.log(missing.join('\n'));
}
