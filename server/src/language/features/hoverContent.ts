/**
 * The Markdown shown when hovering a community, a person or a boundary object. Every name,
 * id and description comes from users' files, so all of it is escaped.
 */
import type { CommunityDeclaration, Landscape } from '../landscape/types';
import type { CommunityModel, MembershipNumbers, ModelOverview } from '../model/types';
import { LEVEL_GLOSSARY, OBJECT_KIND_GLOSSARY, STAGE_GLOSSARY, lookup } from './glossary';
import { escapeMarkdown as esc } from './markdown';

/** What hovers may draw on besides the journal. */
export interface HoverContext {
  landscape?: Landscape;
  model?: ModelOverview;
  /** The journal's author (front matter `author:`), whose own path is shown on communities. */
  author?: string;
}

/** Facts about a community, from the model when it has them, else from the landscape. */
interface CommunityFacts {
  name: string | undefined;
  domain: string | undefined;
  stage: string | undefined;
  ancestors: string[];
  members: [string, string][];
}

function communityFacts(id: string, context: HoverContext): CommunityFacts | undefined {
  const modelled: CommunityModel | undefined = context.model?.communities.find((community) => community.id === id);
  if (modelled) {
    return { name: modelled.name, domain: modelled.domain, stage: modelled.stage, ancestors: modelled.ancestors, members: Object.entries(modelled.members) };
  }
  const landscape = context.landscape;
  const declared = landscape?.communities.get(id);
  if (!landscape || !declared) return undefined;
  return { name: declared.name, domain: declared.domain, stage: declared.stage, ancestors: ancestorsOf(declared, landscape), members: [...declared.members] };
}

/** The parent chain in the landscape, stopping at a cycle or an undeclared parent. */
function ancestorsOf(community: CommunityDeclaration, landscape: Landscape): string[] {
  const chain: string[] = [];
  const seen = new Set([community.id]);
  for (let parent = community.parent; parent !== undefined && !seen.has(parent); parent = landscape.communities.get(parent)?.parent) {
    chain.push(parent);
    seen.add(parent);
  }
  return chain;
}

export function communityMarkdown(id: string, context: HoverContext): string {
  const facts = communityFacts(id, context);
  const parts = [facts?.name ? `**${esc(facts.name)}** (${esc('+' + id)})` : `**${esc('+' + id)}** — community`];
  if (facts?.domain) parts.push(`*Domain:* ${esc(facts.domain)}`);
  if (facts && facts.ancestors.length > 0) parts.push(`*Part of:* ${facts.ancestors.map((parent) => esc('+' + parent)).join(' › ')}`);
  const stage = facts?.stage === undefined ? undefined : lookup(STAGE_GLOSSARY, facts.stage);
  if (stage) parts.push(`*Stage:* ${stage.term} — ${stage.summary.toLowerCase()}`);
  if (facts && facts.members.length > 0) parts.push(`*Members:* ${facts.members.map(([person, level]) => `${esc('@' + person)} (${esc(level)})`).join(', ')}`);
  if (!facts) parts.push('Not declared in a landscape; known from its use in journals.');
  const own = authorMembership(id, context);
  if (own !== undefined) parts.push(own);
  return parts.join('\n\n');
}

function authorMembership(id: string, context: HoverContext): string | undefined {
  if (context.author === undefined || context.model === undefined) return undefined;
  const person = context.model.people.find((candidate) => candidate.id === context.author);
  const membership = person?.memberships.find((candidate) => candidate.community === id);
  if (!membership) return '*Your path here:* no moments or trajectories in this community yet.';
  return `*Your path here:* ${trajectoryText(membership)}\n\n*Your moments here:* ${countsText(membership)}`;
}

function trajectoryText(membership: MembershipNumbers): string {
  const trajectory = membership.trajectory;
  return trajectory ? `${trajectory.kind} since ${esc(trajectory.date)}` : 'no trajectory recorded yet';
}

function countsText(membership: MembershipNumbers): string {
  const { engagement, imagination, alignment } = membership.counts;
  const span = membership.firstDate && membership.lastDate ? ` (${esc(membership.firstDate)} to ${esc(membership.lastDate)})` : '';
  return `engagement ${engagement} · imagination ${imagination} · alignment ${alignment}${span}`;
}

export function personMarkdown(id: string, context: HoverContext): string {
  const modelled = context.model?.people.find((person) => person.id === id);
  const name = modelled?.name ?? context.landscape?.people.get(id)?.name;
  const parts = [name ? `**${esc(name)}** (${esc('@' + id)})` : `**${esc('@' + id)}** — person`];
  const communities = new Map<string, string | undefined>();
  for (const membership of modelled?.memberships ?? []) communities.set(membership.community, membership.level);
  for (const community of context.landscape?.communities.values() ?? []) {
    const level = community.members.get(id);
    if (level !== undefined) communities.set(community.id, level);
  }
  if (communities.size === 0) parts.push('*Communities:* none recorded yet.');
  else parts.push(`*Communities:* ${[...communities].map(([community, level]) => esc('+' + community) + (level ? ` (${lookup(LEVEL_GLOSSARY, level)?.term ?? esc(level)})` : '')).join(', ')}`);
  return parts.join('\n\n');
}

export function boundaryObjectMarkdown(id: string, context: HoverContext): string {
  const declared = context.landscape?.boundaryObjects.get(id);
  if (!declared) return `**${esc(id)}** — boundary object, not declared in a landscape.`;
  const parts = [`**${esc(declared.name ?? id)}** — boundary object (${esc(id)})`];
  const kind = declared.kind === undefined ? undefined : OBJECT_KIND_GLOSSARY[declared.kind];
  if (kind) parts.push(`*Kind:* ${kind.term} — ${kind.summary.toLowerCase()}`);
  if (declared.communities.length > 0) parts.push(`*Connects:* ${declared.communities.map((community) => esc('+' + community)).join(', ')}`);
  return parts.join('\n\n');
}
