/**
 * Abbreviated titles and name suffixes written with a period ("Mr.", "Sen.", "Jr."): the period
 * belongs to the word, it does not end the sentence.
 */
export const NAME_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col',
  'Capt', 'Sgt', 'Adm', 'Maj', 'Cpl', 'Pvt', 'Supt', 'Insp', 'Det', 'Atty', 'Hon', 'Mme', 'Jr', 'Sr',
  'St', 'Cmdr', 'Amb', 'Pres',
];
