export { renderJson, canonical } from './json.ts';
export { renderMarkdown } from './markdown.ts';
export { renderStoryHtml } from './html-story.ts';
export { renderIndexHtml } from './html-index.ts';
export { writeReports } from './write.ts';
