/**
 * Settings where people speak, by kind: two outlets placing the same remarks in settings of
 * different kinds (a rally against a press conference) disagree on where they were made.
 * General vocabulary, longest phrases first within each kind.
 */
export const VENUE_KINDS: Readonly<Record<string, readonly string[]>> = {
  'press conference': ['morning press conference', 'press conference', 'news conference', 'press briefing', 'news briefing', 'media briefing', 'briefing'],
  'public event': ['town hall', 'event', 'rally', 'ceremony', 'speech', 'forum', 'summit', 'university', 'college', 'campus', 'gathering', 'convention', 'parade', 'festival', 'celebration', 'commemoration', 'inauguration', 'graduation'],
  interview: ['television interview', 'radio interview', 'interview', 'podcast', 'broadcast'],
  hearing: ['hearing', 'parliamentary session', 'committee session', 'senate session'],
  meeting: ['meeting', 'talks', 'dinner', 'luncheon'],
};
