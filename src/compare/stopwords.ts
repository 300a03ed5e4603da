/**
 * English function words and reporting verbs that say nothing about which event an article
 * reports. General knowledge, not tuned to any corpus.
 */
export const stopwords: ReadonlySet<string> = new Set(
  `a about above after again against ago all almost also although always am among an and another any
anyone anything are around as at be became because become been before being below between both but
by can could did do does doing done down during each either else even ever every few for from
further had has have having he her here hers herself him himself his how however i if in into is it
its itself just last least less like made make many may me might more most much must my myself near
neither never new next no nor not now of off often on once one only or other others our ours
ourselves out over own per perhaps quite rather really said same say says saying see seen several
shall she should since so some still such than that the their theirs them themselves then there
these they this those though through thus to told too toward towards under until up upon us very
via was we well were what whatever when where whether which while who whom whose why will with
within without would yet you your yours yourself yourselves
according added adding asked reported reportedly stated telling
mr mrs ms dr`.split(/\s+/u),
);
