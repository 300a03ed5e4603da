/**
 * Invented names. Surnames, places and outlets are built from syllables, so vocabulary grows with
 * the corpus the way real news does; a Zipf-ranked pool of "famous" names recurs across stories
 * (a few names are everywhere, most appear once). Given names come from a list of common ones.
 */
import { hash32, Rng } from './random.ts';

export const givenNames = [
  'Aaron', 'Abigail', 'Adam', 'Adriana', 'Ahmed', 'Aisha', 'Alan', 'Alice', 'Amara', 'Amir', 'Ana', 'Andre',
  'Andrea', 'Anna', 'Anton', 'Arjun', 'Ben', 'Bianca', 'Boris', 'Brian', 'Camila', 'Carl', 'Carmen', 'Chen',
  'Chloe', 'Clara', 'Daniel', 'Dara', 'David', 'Diana', 'Diego', 'Dmitri', 'Elena', 'Eli', 'Elif', 'Emma',
  'Eric', 'Eva', 'Farah', 'Felix', 'Fatima', 'Frank', 'Gabriel', 'Grace', 'Hana', 'Hassan', 'Helen', 'Hugo',
  'Ian', 'Ines', 'Irene', 'Isaac', 'Ivan', 'Jack', 'Jamal', 'James', 'Jana', 'Javier', 'Jin', 'Joan', 'John',
  'Jonas', 'Julia', 'Karim', 'Kate', 'Kenji', 'Laila', 'Lara', 'Leo', 'Lena', 'Liam', 'Lina', 'Lucas', 'Lucia',
  'Maya', 'Marco', 'Maria', 'Mark', 'Marta', 'Mateo', 'Mei', 'Mia', 'Michael', 'Mohamed', 'Nadia', 'Naomi',
  'Nathan', 'Nina', 'Noah', 'Nora', 'Oliver', 'Olga', 'Omar', 'Oscar', 'Paul', 'Pedro', 'Peter', 'Priya',
  'Rafael', 'Rania', 'Ravi', 'Rosa', 'Ruth', 'Sam', 'Sara', 'Sean', 'Sofia', 'Sonia', 'Stefan', 'Tara',
  'Thomas', 'Tomas', 'Uma', 'Victor', 'Vera', 'Wei', 'Yara', 'Yusuf', 'Zainab', 'Zoe',
];

const onsets = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kr', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z'];
const vowels = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ai', 'ea', 'ou'];
const codas = ['', '', '', 'n', 'r', 'l', 's', 't', 'k', 'm', 'nd', 'rt', 'sk', 'v', 'x'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A pronounceable invented word of 2-3 syllables. */
export function inventWord(rng: Rng): string {
  const syllables = rng.chance(0.75) ? 2 : 3;
  let word = '';
  for (let i = 0; i < syllables; i++) word += rng.pick(onsets) + rng.pick(vowels) + (i === syllables - 1 ? rng.pick(codas) : '');
  return capitalise(word);
}

/** The famous name of a given Zipf rank: always the same word for the same rank. */
export function famousWord(rank: number): string {
  return inventWord(new Rng(hash32(0x4e414d45, rank)));
}

/** An invented acronym of 2-4 letters. */
export function inventAcronym(rng: Rng): string {
  const length = rng.between(2, 4);
  let acronym = '';
  for (let i = 0; i < length; i++) acronym += String.fromCharCode(65 + rng.int(26));
  return acronym;
}

const famousPoolSize = 5000;
/** Flattens the head of the Zipf law (Zipf-Mandelbrot), so the top name is ~9% of famous draws, not half. */
const famousRankOffset = 10;

/** A surname-like word: usually fresh, sometimes a recurring famous one (Zipf over ranks). */
export function nameWord(rng: Rng, famousShare: number): string {
  if (!rng.chance(famousShare)) return inventWord(rng);
  const rank = Math.min(famousPoolSize, Math.floor(famousRankOffset * rng.pareto(1)) - famousRankOffset + 1);
  return famousWord(rank);
}
