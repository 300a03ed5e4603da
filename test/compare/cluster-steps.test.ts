import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexable, indexWindow, type ClusterStep } from '../../src/cluster.ts';
import { duplicateParameters } from '../../src/compare/duplicates.ts';
import { newStoryIndex } from '../../src/compare/group-stories.ts';
import { DuplicateIndex } from '../../src/compare/minhash-index.ts';
import { ctx } from './helpers.ts';

describe('cluster steps', () => {
  it('reports each part of the cluster work as it ends, in order, and gives the same result as without', () => {
    const steps: ClusterStep[] = [];
    const raw = { id: 'a', path: 'a.txt', text: 'Storm hits the coast\n\nA storm hit the coast of Lima on Monday, officials said.' };
    const timed = indexable(raw, ctx, (step) => steps.push(step));
    assert.deepEqual(timed, indexable(raw, ctx));
    indexWindow([timed], newStoryIndex(false), new DuplicateIndex(duplicateParameters), (step) => steps.push(step));
    assert.deepEqual(steps, ['extraction', 'features', 'signature', 'storyIndex', 'duplicateIndex']);
  });
});
