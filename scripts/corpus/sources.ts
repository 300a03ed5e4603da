/**
 * Loads the base texts the corpus is built from, each as compiled sentences. Reads, under a data
 * root: `ecbplus-dev/articles.jsonl` ({id, text} per line), PolNeAR texts (`polnear/text/*.txt`
 * or `polnear/<split>/text/*.txt`) and TimeBank/AQUAINT TimeML (`timebank-aquaint/**\/*.tml`).
 * Missing folders are skipped; finding no text at all is an error. Files are read in sorted order
 * so the same data always gives the same list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fail } from '../../src/errors.ts';
import { sourceSentences } from './sentences.ts';
import { compileSource, type SourceText } from './template.ts';
import { timemlText } from './timeml.ts';

const minSentencesPerText = 3;

/** Files under `dir` (recursively) whose relative path matches `pattern`, sorted. */
function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => pattern.test(path))
    .sort()
    .map((path) => join(dir, path));
}

function ecbTexts(dataRoot: string): SourceText[] {
  const file = join(dataRoot, 'ecbplus-dev', 'articles.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const record = JSON.parse(line) as { id?: unknown; text?: unknown };
      const text = typeof record.text === 'string' ? record.text : '';
      return compileSource(`ecb:${typeof record.id === 'string' ? record.id : String(i)}`, sourceSentences(text, 'lines'));
    });
}

function polnearTexts(dataRoot: string): SourceText[] {
  const dir = join(dataRoot, 'polnear');
  return filesUnder(dir, /(?:^|\/)text\/[^/]+\.txt$/).map((file) =>
    compileSource(`polnear:${relative(dir, file)}`, sourceSentences(readFileSync(file, 'utf8'), 'paragraphs')),
  );
}

function timemlTexts(dataRoot: string): SourceText[] {
  const dir = join(dataRoot, 'timebank-aquaint');
  return filesUnder(dir, /\.tml$/).map((file) =>
    compileSource(`timeml:${relative(dir, file)}`, sourceSentences(timemlText(readFileSync(file, 'utf8')), 'paragraphs')),
  );
}

export function loadSourceTexts(dataRoot: string): SourceText[] {
  const texts = [...ecbTexts(dataRoot), ...polnearTexts(dataRoot), ...timemlTexts(dataRoot)].filter(
    (text) => text.sentences.length >= minSentencesPerText,
  );
  if (texts.length === 0) {
    fail('E_DATASET', `expected news texts under ${dataRoot} (ecbplus-dev/articles.jsonl, polnear/**/text/*.txt, timebank-aquaint/**/*.tml), instead found none`);
  }
  return texts;
}
