import { describe } from 'node:test';
import { speakerTests } from '../helpers/quotes.ts';

describe('quotes signed off by a dash line', () => {
  speakerTests([
    ['a hyphen line with a surname', 'The claim came up twice.\n\n"Big companies pay zero taxes."\n\n- Sanders.\n\nThat is not quite right.', ['Sanders']],
    ['an em dash with a title and a note', 'Reactions poured in.\n\n"Great speech. She is ready."\n\n—President Obama, tweeting after the speech.\n', ['Obama']],
    ['an en dash with a place', 'Voices from the floor.\n\n“It needs to stop.”\n\n– Michelle Marks, Philadelphia.\n', ['Michelle Marks']],
    ['a double hyphen in the same paragraph', 'Voices from the floor.\n\n“We will be back next year.” -- Ana Ruiz\n', ['Ana Ruiz']],
    ['an organisation signs off', 'One statement stood out.\n\n"We condemn the attack."\n\n— Amnesty International\n', ['Amnesty International']],
  ], 'signed off: ');
  speakerTests([
    ['a list item after a quote is not a sign-off', 'The plan lists goals.\n\n"Cut costs where it counts."\n\n- Reduce the deficit by half.\n', ['-']],
    ['a long dash line is prose', 'He spoke.\n\n"It is over."\n\n- Sanders and his aides spent the whole night on the phone with donors, staff and volunteers across the state.\n', ['-']],
    ['a dash line two paragraphs later', 'He spoke.\n\n"It is over."\n\nThe hall emptied.\n\n- Sanders.\n', ['-']],
    ['a dash line that goes on in its paragraph', 'He spoke.\n\n"It is over."\n\n- Sanders. He left at nine and said nothing more about it.\n', ['-']],
    ['a cue of its own wins', 'He spoke.\n\n"It is over," Jones said.\n\n- Sanders.\n', ['Jones']],
  ], 'not signed off: ');
});
