/**
 * What each word of the language means in the theory the journal is built on, in the
 * product's own words, with one question to reflect on. Hovers and completion documentation
 * are drawn from here, so the explanations stay the same everywhere.
 */
import type { EntryKind, TrajectoryKind } from '../syntax/ast';
import type { FieldKey } from '../syntax/body';
import type { BoundaryObjectKind, MemberLevel, Stage } from '../landscape/types';
import { escapeMarkdown } from './markdown';

export interface GlossaryEntry {
  /** The word as written in a journal or landscape. */
  term: string;
  /** One line: what kind of thing the word is. Used as completion detail. */
  summary: string;
  /** A few sentences on what the word means. Markdown. */
  meaning: string;
  /** One question that helps the writer reflect on the moment. */
  question: string;
}

type Glossary<K extends string> = Readonly<Record<K, GlossaryEntry>>;

function entry(term: string, summary: string, meaning: string, question: string): GlossaryEntry {
  return { term, summary, meaning, question };
}

export const KIND_GLOSSARY: Glossary<EntryKind> = {
  engagement: entry('engagement', 'Mode of belonging: doing things with others',
    'A moment of **engagement** is one where you took part directly: working on something with others, talking it through, building or repairing a shared artifact, lending a colleague a hand, contributing to a meeting. You belong through what you actually do together.',
    'What did you and the others do together, and what did the doing teach you that a description could not?'),
  imagination: entry('imagination', 'Mode of belonging: picturing yourself and your world',
    'A moment of **imagination** is one where you built a picture that helps you find your bearings: of who you are, of the communities you belong to, of where things might go. Telling a story, sketching who does what, seeing your daily work as one part of something much larger, or trying out a possible future all count.',
    'Which picture of yourself or of your community shifted, and what shifted it?'),
  alignment: entry('alignment', 'Mode of belonging: coordinating with wider processes',
    'A moment of **alignment** is one where you fitted what you do to something beyond the local situation so that it could take effect there: adopting a method, agreeing a plan, persuading someone, settling who does which part. Healthy alignment is negotiated in both directions rather than simply obeyed.',
    'Whose purposes did you line up with here, and did you have a say in how?'),
  crossing: entry('crossing', 'A move across the boundary between two communities',
    'A **crossing** records that you carried something from one community\'s practice into another\'s. Boundaries are where people misread each other, and also where new learning often starts. Note what travelled with you (`via`), the part you played (`as`) and the form the contact took (`interaction`).',
    'What did the other side make of what you brought, and what did you bring back?'),
  trajectory: entry('trajectory', 'A change in your path through a community',
    'A **trajectory** entry marks a shift in how you are moving through a community: staying at its edge, heading towards its centre, belonging fully while still changing, linking it with others, or on your way out. In this view identity is the path you are on rather than a fixed place.',
    'Where does this path seem to lead, and is that where you want to go?'),
};

export const TRAJECTORY_GLOSSARY: Glossary<TrajectoryKind> = {
  peripheral: entry('peripheral', 'Taking part without aiming for full membership',
    'On a **peripheral** trajectory you take part from the edge, by choice: enough access to learn and contribute, with no plan to become a core member. Such participation can still shape who you are.',
    'What does staying at the edge give you that the centre would not?'),
  inbound: entry('inbound', 'A newcomer heading for full membership',
    'On an **inbound** trajectory you are new and investing in becoming a full participant; what you do now is shaped by where you expect to end up.',
    'Who is helping you in, and what would tell you that you have arrived?'),
  insider: entry('insider', 'A full member whose identity keeps developing',
    'As an **insider** you are recognised as a full member, yet your identity keeps moving: new events, new demands and new people keep reopening what membership means.',
    'What is still changing in how you belong, now that you are inside?'),
  boundary: entry('boundary', 'Spanning and linking communities',
    'On a **boundary** trajectory your contribution is the link: you carry practice between communities and keep a foot in each without settling fully into either.',
    'What keeps you credible on both sides of the boundary you tend?'),
  outbound: entry('outbound', 'On the way out, towards something else',
    'On an **outbound** trajectory you are leaving; what matters is what you take with you and how your time here prepares what comes next.',
    'What will you carry from this community into the next one?'),
};

export const FIELD_GLOSSARY: Glossary<FieldKey> = {
  with: entry('with', 'The people this moment involved',
    '**with** lists the people who were part of this moment, as `@person` references separated by commas or spaces.',
    'What did each of them bring that you could not have brought alone?'),
  tags: entry('tags', 'Your own labels for this entry',
    '**tags** lists `#tag` words that help you find related entries later. They have no meaning in the theory; they are yours.',
    'Which earlier entries does this one echo?'),
  energy: entry('energy', 'What the moment did to your energy',
    '**energy** records whether the moment gave you energy, cost you energy or neither: `energizing`, `neutral` or `draining`. Communities thrive on problems their members care about and wear down under chores.',
    'What exactly gave or took the energy here?'),
  via: entry('via', 'The boundary object that carried the crossing',
    '**via** names the thing that connected the two practices: its kind (`artifact`, `discourse` or `process`), then a quoted name or the id of a boundary object declared in the landscape.',
    'Could both sides act on this object, and did it show each side what the other meant?'),
  as: entry('as', 'Your brokering role in the crossing',
    '**as** records how you acted as a broker: a `spanner` who looks after one boundary over time, a `roamer` who moves between many places, an `outpost` who scouts new ground and reports back, or one half of a `pair` that bridges two communities.',
    'What did you translate for each side, and what was lost in the translation?'),
  interaction: entry('interaction', 'The form the boundary contact took',
    '**interaction** says how the two sides met: an `encounter` (a visit, a conversation, an exchange), a boundary `practice` set up to work the boundary, a `periphery` that lets outsiders touch the practice, or a joint `project`.',
    'Would this kind of contact work again, or did it happen by chance?'),
  from: entry('from', 'Your previous trajectory in this community',
    '**from** records the trajectory you were on before this change, so the journal shows the path and not only its latest point.',
    'What brought the earlier trajectory to an end?'),
};

export const ENERGY_GLOSSARY: Glossary<'energizing' | 'neutral' | 'draining'> = {
  energizing: entry('energizing', 'The moment gave you energy',
    'An **energizing** moment added to your drive: a hard problem worth the effort, a lively argument, work whose effect you could see.',
    'How could more of your time in this community feel like this?'),
  neutral: entry('neutral', 'The moment neither gave nor took energy',
    'A **neutral** moment left your energy where it was.',
    'Was this routine that is needed, or routine that could go?'),
  draining: entry('draining', 'The moment cost you energy',
    'A **draining** moment used up energy: chores, collecting data nobody reads, answering the same question one more time.',
    'Could this be shared, automated or dropped, and who would need to agree?'),
};

export const ROLE_GLOSSARY: Glossary<'spanner' | 'roamer' | 'outpost' | 'pair'> = {
  spanner: entry('spanner', 'Looks after one boundary over time',
    'A boundary **spanner** keeps coming back to one particular boundary until both sides know it well.',
    'What would happen to this boundary if you stepped away?'),
  roamer: entry('roamer', 'Moves around making connections',
    'A **roamer** travels from group to group, carrying what they learn and introducing people who ought to know each other.',
    'Who did you connect, and will they stay in touch without you?'),
  outpost: entry('outpost', 'Explores new ground and reports back',
    'An **outpost** ventures into unfamiliar territory on behalf of the community and brings the news home.',
    'What news are you bringing back, and who needs to hear it first?'),
  pair: entry('pair', 'One half of a two-person bridge',
    'In a **pair** the bridge is a relationship: two people, one from each community, who work the boundary together.',
    'What makes this relationship trusted enough to carry the boundary?'),
};

export const INTERACTION_GLOSSARY: Glossary<'encounter' | 'practice' | 'periphery' | 'project'> = {
  encounter: entry('encounter', 'A visit, conversation or exchange',
    'An **encounter** is a direct meeting across the boundary: a visit, a discussion, a short stay with the other community.',
    'What did you notice there that you cannot see from home?'),
  practice: entry('practice', 'A practice whose job is the boundary',
    'A boundary **practice** is an ongoing practice set up to work the boundary itself, with its own people, routines and vocabulary.',
    'Is this practice joining the two sides, or becoming a third side?'),
  periphery: entry('periphery', 'A way in for outsiders',
    'A **periphery** lets outsiders touch the practice without joining it: open sessions, question pages, mentoring, visits.',
    'What did the outsider take away, and what did their questions teach the community?'),
  project: entry('project', 'A joint project across communities',
    'A cross-community **project** brings people from several practices together on a shared task for a while.',
    'Will what the project learned reach the home communities once it ends?'),
};

export const OBJECT_KIND_GLOSSARY: Glossary<BoundaryObjectKind> = {
  artifact: entry('artifact', 'A thing: a tool, document or model',
    'An **artifact** is a thing both practices use: a document, a tool, a model, a record, a drawing.',
    'Do both sides read this artifact the same way?'),
  discourse: entry('discourse', 'A shared language',
    'A **discourse** is a common language that lets the practices talk across the boundary: shared terms and shared ways of making a case.',
    'Which words meant something different on each side?'),
  process: entry('process', 'A shared routine or procedure',
    'A **process** is a routine or procedure both sides follow that ties their work together.',
    'Who can change this process, and would both sides be heard?'),
};

export const STAGE_GLOSSARY: Glossary<Stage> = {
  potential: entry('potential', 'People with a shared concern are finding each other', 'A community at the **potential** stage is still a loose set of people discovering a shared concern.', 'Who else cares about this and has not been asked yet?'),
  coalescing: entry('coalescing', 'Members are coming together and building trust', 'A **coalescing** community is gathering: members start meeting, building trust and finding what is worth doing together.', 'What would make the next meeting worth coming back for?'),
  maturing: entry('maturing', 'The community is settling its focus, roles and boundaries', 'A **maturing** community is settling what it is about, who does what and where its edges are.', 'What does the community now say no to?'),
  stewardship: entry('stewardship', 'The community keeps its practice alive and relevant', 'In **stewardship** a community tends its knowledge and practice so they stay alive and useful.', 'What part of the practice is going stale?'),
  transformation: entry('transformation', 'The community is changing radically, merging, splitting or closing', 'A community in **transformation** is changing deeply: merging, splitting, or coming to an end.', 'What should outlive the community as it is now?'),
};

export const LEVEL_GLOSSARY: Glossary<MemberLevel> = {
  core: entry('core', 'A core member', 'A **core** member carries much of the community\'s work and direction.', 'Who is being prepared to share the core work?'),
  active: entry('active', 'An active member', 'An **active** member takes part regularly without leading.', 'What would draw this member further in?'),
  peripheral: entry('peripheral', 'A peripheral member', 'A **peripheral** member follows from the edge and joins now and then.', 'What does the community learn from its edge?'),
};

/** The glossary entry of a field's enumerated value (`energy`, `as`, `interaction`, `from`, `via`'s kind). */
export function valueGlossary(key: string, value: string): GlossaryEntry | undefined {
  const table: Readonly<Record<string, GlossaryEntry>> | undefined =
    key === 'energy' ? ENERGY_GLOSSARY
    : key === 'as' ? ROLE_GLOSSARY
    : key === 'interaction' ? INTERACTION_GLOSSARY
    : key === 'from' ? TRAJECTORY_GLOSSARY
    : key === 'via' ? OBJECT_KIND_GLOSSARY
    : undefined;
  return table !== undefined && Object.prototype.hasOwnProperty.call(table, value) ? table[value] : undefined;
}

/** Looks `word` up in one glossary table, safely (no prototype keys). */
export function lookup<K extends string>(table: Glossary<K>, word: string): GlossaryEntry | undefined {
  return Object.prototype.hasOwnProperty.call(table, word) ? table[word as K] : undefined;
}

/** The Markdown a hover or completion shows for a glossary entry. */
export function glossaryMarkdown(item: GlossaryEntry): string {
  return `**${escapeMarkdown(item.term)}** — ${item.summary}\n\n${item.meaning}\n\n*To reflect on:* ${item.question}`;
}
