/**
 * The outlet: the input's source, else the page's site name (cleaned of a legal form or a
 * tagline), else the URL host, else a text cue
 * (inferred): a wire dateline, an opening agency tag (marked removed), the outlet speaking of
 * itself ("... reached out ... for comment"). Unknown stays null.
 */
import type { AnnotatedArticle, MetaValue, Removed } from '../model.ts';
import type { ArticleStage } from '../pipeline/stage.ts';
import { sortSpans } from '../span.ts';
import { isCovered, textLines } from './lines.ts';
import { metaValue } from './meta-value.ts';
import { outletFromUrl } from './outlet/host.ts';
import { cleanSiteName } from './outlet/site-name.ts';
import type { OutletCue } from './outlet/cues.ts';
import { copyrightCue, datelineCue, openingTag, selfReferenceCue } from './outlet/cues.ts';

const STAGE = 'outlet';

/** The most trusted outlet: input, page metadata, URL, then the text cue. */
function chooseSource(article: AnnotatedArticle, cue: OutletCue | null): MetaValue<string> | null {
  const given = article.input.source?.trim();
  if (given) return metaValue(given, STAGE, 'input', false);
  const site = article.meta.source;
  if (site) {
    const name = cleanSiteName(site.value);
    return name === site.value ? site : metaValue(name, STAGE, site.from, site.inferred, ...(site.span ? [site.span] : []));
  }
  const fromUrl = article.url === undefined ? null : outletFromUrl(article.url);
  if (fromUrl) return metaValue(fromUrl, STAGE, 'url', true);
  return cue ? metaValue(cue.name, STAGE, cue.from, true, { start: cue.start, end: cue.end }) : null;
}

export const findOutlet: ArticleStage = {
  name: STAGE,
  run(article: AnnotatedArticle): AnnotatedArticle {
    const excluded = [...article.removed, ...(article.titleSpan ? [article.titleSpan] : [])];
    const lines = textLines(article.text).filter((line) => !isCovered(line, excluded));
    const tag = openingTag(lines.filter((line) => !excluded.some((s) => s.start <= line.start && line.start < s.end)));
    const removed: readonly Removed[] = tag
      ? sortSpans([...article.removed, { ...tag.tag, reason: 'outlet-tag', by: STAGE }])
      : article.removed;
    const copyrightLines = textLines(article.text).filter((line) =>
      article.removed.some((r) => r.reason === 'copyright' && r.start <= line.start && line.end <= r.end),
    );
    const cue = datelineCue(lines) ?? tag ?? copyrightCue(copyrightLines) ?? selfReferenceCue(lines);
    const source = chooseSource(article, cue);
    return { ...article, removed, meta: { ...article.meta, source } };
  },
};
