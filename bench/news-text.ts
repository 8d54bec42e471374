// Generated news prose for large test cases: outlets, people, places and sentences that
// read like a desk's monitoring feed, so search, reports and quotes behave as on real text.

import type { Random } from './seeded-random';

export const OUTLETS = [
  'Northern Wire', 'The Harbour Times', 'Daily Meridian', 'Port Ardent Herald', 'Kestrian Observer',
  'Valdoria Today', 'The Coastal Ledger', 'Evening Standard-Post', 'Metro Dispatch', 'The Civic Record',
  'Atlas News Agency', 'Riverside Gazette', 'The Weekly Lantern', 'Capital Bulletin', 'Frontier Press',
  'The Morning Compass', 'Eastbridge Chronicle', 'Global Newsroom', 'The Plain Dealer', 'Sentinel Online',
] as const;

const FIRST_NAMES = [
  'Elena', 'Marcus', 'Amal', 'Petra', 'Tomas', 'Ingrid', 'Rafael', 'Noor', 'Dmitri', 'Claire', 'Samuel',
  'Yara', 'Henrik', 'Lucia', 'Oskar', 'Fatima', 'Jonas', 'Mei', 'Adrian', 'Sofia', 'Kofi', 'Hana',
  'Amara', 'Bruno', 'Carmen', 'Dario', 'Esther', 'Felix', 'Greta', 'Hugo', 'Irene', 'Jakub', 'Leila',
  'Malik', 'Nadia', 'Olga', 'Pavel', 'Rosa', 'Stefan', 'Tariq', 'Ursula', 'Viktor', 'Wanjiru', 'Zofia',
] as const;
const LAST_NAMES = [
  'Marsh', 'Lindqvist', 'Haddad', 'Okafor', 'Varga', 'Brennan', 'Costa', 'Nakamura', 'Petrov', 'Duval',
  'Keller', 'Ansari', 'Moreau', 'Silva', 'Novak', 'Reyes', 'Holm', 'Farouk', 'Larsen', 'Quinn',
  'Abebe', 'Bauer', 'Castillo', 'Dimitrov', 'Eriksen', 'Fischer', 'Gallo', 'Horvat', 'Ivanova', 'Jensen',
  'Kowalski', 'Laurent', 'Mensah', 'Nilsen', 'Ortega', 'Popescu', 'Rossi', 'Santos', 'Tanaka', 'Weber',
] as const;
const ROLES = [
  'Interior Minister', 'opposition leader', 'police spokesperson', 'Finance Minister', 'Mayor',
  'union leader', 'Health Minister', 'army spokesperson', 'council member', 'trade envoy',
] as const;
export const PLACES = [
  'Port Ardent', 'Valdoria', 'Kestria', 'Eastbridge', 'the northern province', 'the capital', 'Lake Orrin',
  'the border region', 'Marrow Bay', 'Stonegate', 'the harbour district', 'New Calder',
] as const;
const ORGANISATIONS = [
  'the central bank', 'the national statistics office', 'the electoral commission', 'the health ministry',
  'the port authority', 'the police', 'the coast guard', 'an independent audit', 'the United Nations',
  'a parliamentary committee', 'the chamber of commerce', 'the teachers union',
] as const;
const SUBJECTS = [
  'the government', 'unemployment', 'the new trade agreement', 'the protest', 'inflation', 'crime',
  'the budget deficit', 'the water supply', 'the hospital waiting list', 'the ferry service',
  'the election', 'fuel prices', 'the housing programme', 'the border crossing', 'the vaccine campaign',
] as const;
const PREDICATES = [
  'rose by {n} per cent last year', 'fell to its lowest level in {y} years', 'cost taxpayers {m} million',
  'was funded by foreign donors', 'doubled since {year}', 'has been cancelled without notice',
  'attracted more than {k} people', 'was approved by a narrow majority', 'will create {k} jobs by {year}',
  'has never been independently audited', 'was delayed by {n} months', 'affected {k} households',
  'is the largest in the region', 'was planned months in advance', 'broke no laws',
] as const;
const FILLER = [
  'The {noun} has been debated for weeks in {place}.',
  'Officials in {place} declined to comment on the figures on {weekday}.',
  'Residents said the {noun} had changed little since {year}.',
  'The report, published on {weekday}, runs to {n} pages and cites {k} sources.',
  '{person} did not respond to a request for comment.',
  'Critics say the {noun} was rushed through before the summer recess.',
  'A spokesperson for {org} said the review would be completed by {month}.',
  'Figures released by {org} show a more mixed picture.',
  'The claim was repeated at a rally in {place} the following day.',
  'Several witnesses described a calm evening until shortly after {h} pm.',
  'The {noun} is expected to be discussed again when parliament returns in {month}.',
  'Independent analysts cautioned that the data covers only part of {place}.',
] as const;
const NOUNS = [
  'proposal', 'investigation', 'budget', 'agreement', 'programme', 'inquiry', 'dispute', 'project',
  'reform', 'decision', 'policy', 'contract', 'strike', 'ruling',
] as const;
const HEADLINES = [
  '{role} defends {subject} amid criticism in {place}',
  '{place}: questions over {subject}',
  'Fact check: what {person} said about {subject}',
  '{subject} under scrutiny after {org} report',
  'Protests in {place} as {subject} divides opinion',
  'What we know about {subject} in {place}',
] as const;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'] as const;

export const CLAIMANT_VERBS = ['said', 'claimed', 'told reporters', 'insisted', 'wrote'] as const;

export interface Speaker {
  name: string;
  role: string;
}

export function speaker(random: Random): Speaker {
  return { name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`, role: random.pick(ROLES) };
}

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

export function organisation(random: Random): string {
  return random.pick(ORGANISATIONS);
}

/**
 * A checkable statement such as "Henrik Marsh's 2019 ruling in Lake Orrin was delayed
 * by 2 months, according to Finance Minister Petra Okafor". Whose plan, when, where, and
 * on whose word make a desk's claims as distinct as a real desk's: with only a subject and a
 * predicate, 50,000 claims would share a few thousand texts, and each claim's words
 * would be carried, nearly, by hundreds of articles, more the larger the case.
 */
export function claimCore(random: Random): string {
  const plan = `${personName(random)}'s ${slotValue('year', random)} ${random.pick(NOUNS)} in ${random.pick(PLACES)}`;
  const { name, role } = speaker(random);
  return `${plan} ${fill(random.pick(PREDICATES), random)}, according to ${role} ${name}`;
}

/** A sentence in which a speaker makes a claim, and where the claim's words are in it. */
export interface ClaimSentence {
  text: string;
  /** The claim's words are text[start, end): `core`, capitalized when it opens the sentence. */
  start: number;
  end: number;
}

export function claimSentence(random: Random, who: Speaker, core: string): ClaimSentence {
  const verb = random.pick(CLAIMANT_VERBS);
  if (random.chance(0.5)) {
    const said = `${who.role} ${who.name} ${verb} that `;
    return { text: `${said}${core}.`, start: said.length, end: said.length + core.length };
  }
  return { text: `${capitalize(core)}, ${who.role.toLowerCase()} ${who.name} ${verb}.`, start: 0, end: core.length };
}

export function fillerSentence(random: Random): string {
  return fill(random.pick(FILLER), random);
}

export function headline(random: Random): string {
  return capitalize(fill(random.pick(HEADLINES), random));
}

function fill(template: string, random: Random): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => slotValue(slot, random));
}

function slotValue(slot: string, random: Random): string {
  switch (slot) {
    case 'n':
      return String(random.int(2, 60));
    case 'k':
      return random.int(1, 40).toLocaleString('en-GB') + ',000'.repeat(random.int(0, 1));
    case 'm':
      return String(random.int(3, 900));
    case 'y':
      return String(random.int(3, 30));
    case 'h':
      return String(random.int(7, 11));
    case 'year':
      return String(random.int(2008, 2024));
    case 'place':
      return random.pick(PLACES);
    case 'weekday':
      return random.pick(WEEKDAYS);
    case 'month':
      return random.pick(MONTHS);
    case 'noun':
      return random.pick(NOUNS);
    case 'org':
      return random.pick(ORGANISATIONS);
    case 'person':
      return personName(random);
    case 'role':
      return random.pick(ROLES);
    case 'subject':
      return random.pick(SUBJECTS);
    default:
      throw new Error(`No words for {${slot}}.`);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
