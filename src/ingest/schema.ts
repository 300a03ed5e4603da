/** The JSONL record schema (`ArticleInput`, docs/contracts.md) and its turning into a `RawArticle`. */
import { z } from 'zod';
import type { ArticleInput, RawArticle } from '../model.ts';
import { articleId } from './article-id.ts';

/** A metadata string; `null` is accepted and means absent (common in exported data). */
const optionalString = z.string().nullish();

const recordShape = z.object({
  id: z.union([z.string(), z.number().int()]).nullish(),
  text: optionalString,
  html: optionalString,
  url: optionalString,
  source: optionalString,
  title: optionalString,
  publishedAt: optionalString,
  author: optionalString,
  language: optionalString,
});

type RecordShape = z.infer<typeof recordShape>;

const metadataFields = ['url', 'source', 'title', 'publishedAt', 'author', 'language'] as const;

/**
 * Validates one JSONL record and yields an `ArticleInput`: unknown fields (and `path`, which the
 * tool sets) dropped; null, empty and blank values dropped; `id` (a string or an integer) and
 * metadata trimmed; `text` and `html` kept exactly as given, since offsets refer to them.
 */
export const articleInputSchema = recordShape.transform((record): ArticleInput => compactRecord(record));

function compactRecord(record: RecordShape): ArticleInput {
  const fields: Record<string, string> = {};
  const id = record.id?.toString().trim();
  if (id !== undefined && id !== '') fields.id = id;
  for (const key of ['text', 'html'] as const) {
    const content = record[key];
    if (typeof content === 'string' && content.trim() !== '') fields[key] = content;
  }
  for (const key of metadataFields) {
    const value = record[key]?.trim();
    if (value !== undefined && value !== '') fields[key] = value;
  }
  return fields;
}

/** "\"publishedAt\": expected string, received number; \"title\": ..." from a zod error. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length === 0 ? '' : `"${issue.path.map(String).join('.')}": `;
      return `${where}${issue.message.replace(/^Invalid input: /, '')}`;
    })
    .join('; ');
}

/** The article a record describes, at `path`, or null when it has neither text nor html. */
export function toRawArticle(input: ArticleInput, path: string): RawArticle | null {
  const content = input.text ?? input.html;
  if (content === undefined) return null;
  return { ...input, id: input.id ?? articleId(content), path };
}
