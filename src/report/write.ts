/**
 * Writes the reports of a run: `DIR/index.html` and, per story, `DIR/stories/<id>.json`, `.md`
 * and `.html`. The only file I/O of the report package; the renderers are pure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../errors.ts';
import type { AnnotatedArticle, StoryReport } from '../model.ts';
import { renderIndexHtml } from './html-index.ts';
import { renderStoryHtml } from './html-story.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';

/** Story ids become file names: only safe characters. */
function fileStem(id: string): string {
  if (!/^[\w.-]{1,200}$/.test(id) || id.startsWith('.')) fail('E_OPTION', `expected a story id usable as a file name, instead found "${id}"`);
  return id;
}

/** Writes every report; returns the paths written, index first. */
export function writeReports(
  dir: string,
  reports: readonly StoryReport[],
  articlesById: ReadonlyMap<string, AnnotatedArticle>,
): string[] {
  const stories = join(dir, 'stories');
  mkdirSync(stories, { recursive: true });
  const index = join(dir, 'index.html');
  writeFileSync(index, renderIndexHtml(reports));
  const written = [index];
  for (const report of reports) {
    const stem = join(stories, fileStem(report.id));
    const articles = report.articles.map((a) => articlesById.get(a.id)).filter((a): a is AnnotatedArticle => a !== undefined);
    writeFileSync(`${stem}.json`, renderJson(report));
    writeFileSync(`${stem}.md`, renderMarkdown(report));
    writeFileSync(`${stem}.html`, renderStoryHtml(report, articles));
    written.push(`${stem}.json`, `${stem}.md`, `${stem}.html`);
  }
  return written;
}
