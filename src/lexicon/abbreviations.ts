/**
 * Abbreviated titles and name suffixes written with a period ("Mr.", "Sen.", "Jr."): the period
 * belongs to the word, it does not end the sentence.
 */
export const NAME_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col',
  'Capt', 'Sgt', 'Adm', 'Maj', 'Cpl', 'Pvt', 'Supt', 'Insp', 'Det', 'Atty', 'Hon', 'Mme', 'Jr', 'Sr',
  'St', 'Cmdr', 'Amb', 'Pres', 'Const', 'Cpt', 'Msgr', 'Fr', 'Mt', 'Ft',
];

/** Titles written before a name: after one of these a period never ends the sentence ("Const. Ana Ruiz"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(NAME_ABBREVIATIONS.filter((a) => a !== 'Jr' && a !== 'Sr'));
