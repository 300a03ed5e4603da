/** A small made-up story told by three outlets, used by the align and report tests. */
import { assembleReport } from '../../src/align/assemble.ts';
import type { AnnotatedArticle, Story, StoryReport } from '../../src/model.ts';
import { buildArticle, linkByName } from './build.ts';

const textA = `Norland rejects river dam plan
Prime Minister Ana Torres said on Tuesday that she rejected a proposal from Valdoria to build a dam on the Silver River.
Sign up for our newsletter.
"No, Minister Lund. Our river cannot be sold. Our water is protected and defended," Torres told a crowd in Eastport.
"We will share data with our neighbours, but we will never accept foreign engineers on our river," she added.
The plan would flood 12 villages along the valley, according to local officials.
In March, the regional council approved the dam plan despite protests from fishermen.
Torres sent 2,000 police officers to the river banks last month.`;

const textB = `Prime Minister Ana Torres on Tuesday rejected a proposal from Valdoria to build a dam on the Silver River, officials said.
"No, Minister Lund, the river is sacred, the water is not for sale, the water is defended," Torres said in Eastport.
"We will share data with our neighbours but never accept foreign engineers on our river," Torres said.
The plan would flood 15 villages along the valley, engineers estimate.
Torres sent 2,000 soldiers to the river banks in May.
<script>alert("x")</script> Readers can comment below.`;

const textC = `Ana Torres rejected on Tuesday a proposal by Valdoria to build a dam on the Silver River, saying "No, Minister Lund," to the plan.
In March 2029, the regional council approved the dam plan, after protests from fishermen.
"The river is beautiful in spring and we come here every year," said Mara Holt, a farmer who lives near the valley.
The plan would flood several villages along the valley.`;

export function threeOutlets(): AnnotatedArticle[] {
  return [
    buildArticle({
      id: 'a',
      text: textA,
      publishedAt: '2031-06-04',
      source: 'Norland Daily',
      title: 'Norland rejects river dam plan',
      removed: [{ text: 'Sign up for our newsletter.', reason: 'sign-up prompt' }, { text: 'Norland rejects river dam plan', reason: 'title' }],
      entities: [
        { name: 'Ana Torres', type: 'person', mentions: ['Ana Torres', 'Torres told', 'Torres sent'] },
        { name: 'Eastport', type: 'place', mentions: ['Eastport'] },
      ],
      quotes: [
        { text: 'No, Minister Lund. Our river cannot be sold. Our water is protected and defended,', speaker: 'Ana Torres' },
        { text: 'We will share data with our neighbours, but we will never accept foreign engineers on our river,', speaker: 'Ana Torres' },
      ],
      dates: [
        { text: 'on Tuesday', value: '2031-06-03', precision: 'day' },
        { text: 'In March', value: '2031-03', precision: 'month' },
        { text: 'last month', value: '2031-05', precision: 'month' },
      ],
      quantities: [
        { text: '12 villages', value: 12, unit: 'villages' },
        { text: '2,000 police officers', value: 2000, unit: 'police officers' },
      ],
    }),
    buildArticle({
      id: 'b',
      text: textB,
      publishedAt: '2031-06-03',
      source: 'Valley Post',
      title: 'Torres says no to Silver River dam',
      entities: [
        { name: 'Ana Torres', type: 'person', mentions: ['Ana Torres', 'Torres said'] },
        { name: 'Eastport', type: 'place', mentions: ['Eastport'] },
      ],
      quotes: [
        { text: 'No, Minister Lund, the river is sacred, the water is not for sale, the water is defended,', speaker: 'Ana Torres' },
        { text: 'We will share data with our neighbours but never accept foreign engineers on our river,', speaker: 'Ana Torres' },
      ],
      dates: [
        { text: 'on Tuesday', value: '2031-06-03', precision: 'day' },
        { text: 'in May', value: '2031-05', precision: 'month' },
      ],
      quantities: [
        { text: '15 villages', value: 15, unit: 'villages' },
        { text: '2,000 soldiers', value: 2000, unit: 'soldiers' },
      ],
    }),
    buildArticle({
      id: 'c',
      text: textC,
      publishedAt: '2031-06-05',
      source: 'River Wire',
      entities: [
        { name: 'Ana Torres', type: 'person', mentions: ['Ana Torres'] },
        { name: 'Mara Holt', type: 'person', mentions: ['Mara Holt'] },
      ],
      quotes: [
        { text: 'No, Minister Lund,', speaker: 'Ana Torres', kind: 'partial' },
        { text: 'The river is beautiful in spring and we come here every year,', speaker: 'Mara Holt' },
      ],
      dates: [
        { text: 'on Tuesday', value: '2031-06-03', precision: 'day' },
        { text: 'In March 2029', value: '2029-03', precision: 'month' },
      ],
      quantities: [{ text: 'several villages', value: 3, unit: 'villages', vague: true }],
    }),
  ];
}

export const story: Story = { id: 's-test', articles: ['a', 'b', 'c'] };

/** The report of the three outlets' story, entities linked by name. */
export function storyReport(): StoryReport {
  return assembleReport(story, threeOutlets(), linkByName);
}
