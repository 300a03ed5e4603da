import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as newsprism from '../../src/index.ts';

test('the public exports of src/index.ts are pinned', () => {
  assert.deepEqual(Object.keys(newsprism).sort(), [
    'DEFAULT_MAX_BYTES',
    'NewsprismError',
    'analyze',
    'annotateAll',
    'annotateArticle',
    'annotationRecord',
    'annotationStages',
    'articleId',
    'articleStages',
    'checkFloors',
    'clusterRecords',
    'corpusStages',
    'createFetcher',
    'decideStories',
    'emptyArticle',
    'errorCatalogue',
    'evalTasks',
    'explainArticle',
    'extractAll',
    'extractPage',
    'extractionStages',
    'findArticle',
    'groupIntoStories',
    'groupingStages',
    'openSqliteStore',
    'readAll',
    'readInputs',
    'renderIndexHtml',
    'renderJson',
    'renderMarkdown',
    'renderStoryHtml',
    'runArticleStages',
    'runCorpusStages',
    'storyStages',
    'webReading',
    'writeReports',
  ]);
});
