// The house rules of src/ (src/README.md): every import points down.
//
//   cli → pipeline, questionnaire → io, format → core
//
// core imports nothing but core (no package, no Node module); io imports core
// and io; format imports core and format, and a family folder of format
// (format/check/, format/report/ …) only its own files and format's shared
// helpers at format/'s root, never another family. core and format touch no
// files, processes or console. Every folder of src/ says in a README.md what
// lives there and what it may import. The imports are read with TypeScript's
// own pre-processor, so dynamic import() and `export … from` count too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-kam.js';

type Layer = 'core' | 'io' | 'format' | 'pipeline' | 'questionnaire' | 'cli';

/** Which layers each layer may import from (its own included). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  io: ['core', 'io'],
  format: ['core', 'format'],
  pipeline: ['core', 'io', 'format', 'pipeline'],
  questionnaire: ['core', 'io', 'format', 'questionnaire'],
  cli: ['core', 'io', 'format', 'pipeline', 'questionnaire', 'cli'],
};
/** Node modules that read or write the outside world: never in core or format. */
const IO_MODULES = /^(node:)?(fs|fs\/promises|child_process|process|net|http|https|worker_threads|readline|tty)$/;
/** Globals that reach the outside world, as code (comments are stripped first). */
const IO_GLOBALS = /\b(process\.[a-zA-Z]+|console\.[a-z]+)/;

const LAYERS = Object.keys(MAY_IMPORT) as Layer[];

/** The layer of a path relative to the repository root (src/…), or undefined when it is in none. */
function layerOf(file: string): Layer | undefined {
  const [top, layer] = file.split('/');
  return top === 'src' && (LAYERS as string[]).includes(layer ?? '') ? (layer as Layer) : undefined;
}

/** format/<family>/… → the family; a file at format/'s root → undefined (a shared helper). */
function formatFamily(file: string): string | undefined {
  const parts = file.split('/');
  return parts[1] === 'format' && parts.length > 3 ? parts[2] : undefined;
}

function withoutComments(text: string): string {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  let out = '';
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind !== ts.SyntaxKind.SingleLineCommentTrivia && kind !== ts.SyntaxKind.MultiLineCommentTrivia) out += scanner.getTokenText();
  }
  return out;
}

/**
 * Every broken house rule in `files` (path relative to the repository root →
 * source text), as "file: what". Relative specifiers are resolved from the
 * importing file; `.js` names the `.ts` source, as NodeNext resolution has it.
 */
function violations(files: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const layer = layerOf(file);
    if (!layer) {
      found.push(`${file}: in no layer (src/${LAYERS.join('|')}/)`);
      continue;
    }
    const pure = layer === 'core' || layer === 'format';
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!spec.startsWith('.')) {
        if (layer === 'core') found.push(`${file}: core imports the package ${spec}`);
        else if (pure && IO_MODULES.test(spec)) found.push(`${file}: ${layer} imports ${spec}`);
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      if (target.startsWith('schemas/') && target.endsWith('.json')) continue; // the schemas are data, bundled with the code
      const to = layerOf(target);
      if (!to) {
        found.push(`${file}: imports ${target}, outside the layers of src/`);
      } else if (!MAY_IMPORT[layer].includes(to)) {
        found.push(`${file}: ${layer} imports ${to} (${target}): imports point down`);
      } else if (layer === 'format' && to === 'format') {
        const from = formatFamily(file);
        const into = formatFamily(target);
        if (into !== undefined && into !== from) {
          found.push(`${file}: ${from ? `format/${from}` : "format's shared helpers"} import${from ? 's' : ''} format/${into} (${target}): only its own family and the helpers at format/'s root`);
        }
      }
    }
    if (pure) {
      const global = IO_GLOBALS.exec(withoutComments(text));
      if (global) found.push(`${file}: ${layer} uses ${global[1]}: it is given what it needs, it does not reach for it`);
    }
  }
  return found;
}

function walk(dir: string, into: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, into);
    else into.push(path);
  }
  return into;
}

const repoPath = (path: string) => relative(ROOT, path).split('\\').join('/');

describe('the house rules of src/', () => {
  const all = walk(join(ROOT, 'src'));
  const sources = Object.fromEntries(all.filter((f) => f.endsWith('.ts')).map((f) => [repoPath(f), readFileSync(f, 'utf8')]));

  it('reads the imports of every source file (the check is not vacuous)', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100);
    const imports = Object.values(sources).reduce((n, text) => n + ts.preProcessFile(text, true, true).importedFiles.length, 0);
    expect(imports).toBeGreaterThan(500);
  });

  it('every import points down', () => {
    expect(violations(sources)).toEqual([]);
  });

  it('every folder of src/ has a README.md saying what lives there and what it may import', () => {
    const folders = [...new Set(all.map((f) => dirname(f)))];
    const missing = folders.filter((d) => !all.includes(join(d, 'README.md'))).map(repoPath);
    expect(missing).toEqual([]);
  });

  it('test/unit/ mirrors src/: each of its folders names a folder of src/', () => {
    const units = walk(join(ROOT, 'test', 'unit')).map((f) => dirname(f)).filter((d) => !d.endsWith('__snapshots__'));
    const unmatched = [...new Set(units)].map((d) => relative(join(ROOT, 'test', 'unit'), d)).filter((d) => d !== '' && !all.some((f) => f.startsWith(join(ROOT, 'src', d) + sep)));
    expect(unmatched).toEqual([]);
  });
});

describe('the check itself', () => {
  it('catches an import that points up, in every spelling', () => {
    expect(violations({
      'src/core/a.ts': "import { b } from '../io/yaml/b.js';",
      'src/io/files/a.ts': "export { c } from '../../pipeline/c.js';",
      'src/format/a.ts': "const m = await import('../io/git/git.js');",
      'src/pipeline/a.ts': "import type { Q } from '../questionnaire/q.js';",
      'src/questionnaire/a.ts': "import '../cli/main.js';",
    })).toEqual([
      'src/core/a.ts: core imports io (src/io/yaml/b.js): imports point down',
      'src/io/files/a.ts: io imports pipeline (src/pipeline/c.js): imports point down',
      'src/format/a.ts: format imports io (src/io/git/git.js): imports point down',
      'src/pipeline/a.ts: pipeline imports questionnaire (src/questionnaire/q.js): imports point down',
      'src/questionnaire/a.ts: questionnaire imports cli (src/cli/main.js): imports point down',
    ]);
  });

  it('keeps format families apart, and the shared helpers free of every family', () => {
    expect(violations({
      'src/format/history/html.ts': "import { CSS } from '../report/html.js'; import { html } from '../escape.js'; import { t } from './text.js';",
      'src/format/escape.ts': "import { s } from './terminal/show.js';",
    })).toEqual([
      'src/format/history/html.ts: format/history imports format/report (src/format/report/html.js): only its own family and the helpers at format/\'s root',
      "src/format/escape.ts: format's shared helpers import format/terminal (src/format/terminal/show.js): only its own family and the helpers at format/'s root",
    ]);
  });

  it('keeps core free of packages, and core and format free of I/O', () => {
    expect(violations({
      'src/core/a.ts': "import { parse } from 'yaml';",
      'src/format/a.ts': "import { readFileSync } from 'node:fs'; // console.log in a comment is fine\nexport const w = process.stdout.columns;",
      'src/format/b.ts': "import ExcelJS from 'exceljs'; import { createHash } from 'node:crypto';",
      'src/io/a.ts': "import { readFileSync } from 'node:fs'; export const c = process.cwd();",
    })).toEqual([
      'src/core/a.ts: core imports the package yaml',
      'src/format/a.ts: format imports node:fs',
      'src/format/a.ts: format uses process.stdout: it is given what it needs, it does not reach for it',
    ]);
  });

  it('allows every downward import and the schemas as data', () => {
    expect(violations({
      'src/cli/a.ts': "import '../pipeline/p.js'; import '../questionnaire/q.js'; import '../io/config.js'; import '../format/terminal/table.js'; import '../core/types.js';",
      'src/pipeline/a.ts': "import '../io/yaml/load-account.js'; import '../format/report/data.js'; import '../core/analyze.js';",
      'src/io/schema/a.ts': "import s from '../../../schemas/account.schema.json' with { type: 'json' }; import '../files/read-file.js'; import '../../core/types.js';",
      'src/format/report/a.ts': "import './html.js'; import '../escape.js'; import '../../core/labels.js';",
    })).toEqual([]);
  });

  it('names a file outside every layer', () => {
    expect(violations({ 'src/helpers.ts': '', 'src/core/a.ts': "import '../../test/helpers/x.js';" })).toEqual([
      'src/helpers.ts: in no layer (src/core|io|format|pipeline|questionnaire|cli/)',
      'src/core/a.ts: imports test/helpers/x.js, outside the layers of src/',
    ]);
  });
});
