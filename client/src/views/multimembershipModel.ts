/**
 * The Multimembership tree: each person, then the communities they belong to, nested as the
 * landscape's `parent` chains nest them (a community sits under its parent; a parent the
 * person has no entries in is still shown, as structure). Under each community: the level,
 * the current trajectory, the moments per mode, the dates and the entries themselves (loaded,
 * page by page, when the Entries row is expanded), then the communities nested in it.
 */
import type { CommunityModel, MembershipEntry, MembershipSummary, ModelSummary, PersonSummary } from '../../../server/src/protocol';
import { longModeSummary, shortModeSummary } from '../pure/modeSummary';
import { communityLabel, dateSpan, locationDetails, plural, type Detail, type TreeNode } from './nodeModel';

const LEVEL_ICONS: Record<string, string> = { core: 'star-full', active: 'star-half', peripheral: 'star-empty' };
const ENTRY_ICONS: Record<MembershipEntry['kind'], string> = { engagement: 'tools', imagination: 'lightbulb', alignment: 'compass', trajectory: 'milestone' };

type Communities = ReadonlyMap<string, CommunityModel>;

/** Ids in UTF-16 code-unit order, like the model (independent of the locale). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The tree's roots: everyone in the model summary, the `me` person first. */
export function buildMultimembershipTree(summary: ModelSummary, me: string | undefined): TreeNode[] {
  const communities = new Map(summary.communities.map((community) => [community.id, community]));
  const people = [...summary.people].sort((a, b) => Number(b.id === me) - Number(a.id === me));
  return people.map((person) => personNode(person, person.id === me, communities));
}

function personNode(person: PersonSummary, isMe: boolean, communities: Communities): TreeNode {
  const id = `person:${person.id}`;
  const name = person.name ?? `@${person.id}`;
  const count = person.memberships.length;
  const details: Detail[] = [
    { label: 'Id', value: `@${person.id}` },
    { label: 'Communities', value: String(count) },
    { label: 'Entries', value: String(person.entryCount) },
    { label: 'Landscape', value: person.declared ? 'declared' : 'not declared (named in journals only)' },
  ];
  return {
    id,
    parentId: undefined,
    kind: isMe ? 'me' : 'person',
    label: isMe ? `${name} (me)` : name,
    description: [person.name === undefined ? undefined : `@${person.id}`, count === 0 ? 'no entries' : plural(count, 'community', 'communities')].filter(Boolean).join(' · '),
    icon: isMe ? 'account' : 'person',
    tooltip: { heading: name, details, ...(isMe ? { note: 'This is you: the practiceJournal.me setting.' } : {}) },
    expanded: isMe,
    location: undefined,
    person: person.id,
    community: undefined,
    children: communityForest(person, communities, id),
  };
}

/**
 * Each community's parent in a person's tree: its direct parent when that is shown too. A
 * `parent` cycle (which the linter reports) is cut at its smallest id, so every node is placed once.
 */
export function placeParents(shown: readonly string[], directParent: (id: string) => string | undefined): Map<string, string | undefined> {
  const visible = new Set(shown);
  const parents = new Map<string, string | undefined>();
  for (const id of shown) {
    const parent = directParent(id);
    parents.set(id, parent !== undefined && visible.has(parent) ? parent : undefined);
  }
  for (const start of shown) {
    const path: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !path.includes(at)) {
      path.push(at);
      at = parents.get(at);
    }
    if (at === undefined) continue;
    const cycle = path.slice(path.indexOf(at));
    parents.set([...cycle].sort(compareIds)[0]!, undefined);
  }
  return parents;
}

function communityForest(person: PersonSummary, communities: Communities, personNodeId: string): TreeNode[] {
  const memberships = new Map(person.memberships.map((membership) => [membership.community, membership]));
  const shown = new Set<string>();
  for (const id of memberships.keys()) {
    shown.add(id);
    for (const ancestor of communities.get(id)?.ancestors ?? []) shown.add(ancestor);
  }
  const ordered = [...shown].sort(compareIds);
  const parents = placeParents(ordered, (id) => communities.get(id)?.ancestors[0]);
  const childrenOf = new Map<string | undefined, string[]>();
  for (const id of ordered) {
    const parent = parents.get(id);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), id]);
  }
  const build = (id: string, parentId: string): TreeNode => {
    const nodeId = `${personNodeId}/community:${id}`;
    const subCommunities = (childrenOf.get(id) ?? []).map((child) => build(child, nodeId));
    return communityNode(person.id, id, communities.get(id), memberships.get(id), nodeId, parentId, subCommunities);
  };
  return (childrenOf.get(undefined) ?? []).map((id) => build(id, personNodeId));
}

function communityNode(person: string, id: string, community: CommunityModel | undefined, membership: MembershipSummary | undefined, nodeId: string, parentId: string, subCommunities: TreeNode[]): TreeNode {
  const label = communityLabel(id, community);
  const details: Detail[] = [{ label: 'Id', value: `+${id}` }];
  if (community?.domain !== undefined) details.push({ label: 'Domain', value: community.domain });
  if (community?.stage !== undefined) details.push({ label: 'Stage', value: community.stage });
  if (community?.parent !== undefined) details.push({ label: 'Parent', value: `+${community.parent}` });
  const base = { id: nodeId, parentId, label, location: undefined, person, community: id };
  if (membership === undefined) {
    const level = community?.members[person];
    if (level !== undefined) details.push({ label: 'Level', value: level });
    return {
      ...base,
      kind: 'community',
      description: 'broader community',
      icon: 'symbol-namespace',
      tooltip: { heading: label, details, note: `Shown because @${person} belongs to communities inside it; no entries of theirs are here in this view.` },
      expanded: true,
      children: subCommunities,
    };
  }
  details.push(...membershipDetails(membership));
  const level = membership.level === undefined ? undefined : `${membership.level} member`;
  const trajectory = membership.trajectory === undefined ? undefined : `${membership.trajectory.kind} trajectory`;
  const summary = [level, trajectory, shortModeSummary(membership.counts)].filter(Boolean).join(' · ');
  return {
    ...base,
    kind: 'membership',
    description: summary,
    icon: 'organization',
    tooltip: { heading: label, details },
    expanded: false,
    // The membership's own rows come first, so they cannot be mistaken for a sub-community's.
    children: [...facts(membership, person, id, nodeId), ...subCommunities],
  };
}

function membershipDetails(membership: MembershipSummary): Detail[] {
  const details: Detail[] = [];
  if (membership.level !== undefined) details.push({ label: 'Level', value: membership.level });
  if (membership.trajectory !== undefined) details.push({ label: 'Trajectory', value: `${membership.trajectory.kind} (${membership.trajectory.date})` });
  details.push(
    { label: 'Engagement', value: String(membership.counts.engagement) },
    { label: 'Imagination', value: String(membership.counts.imagination) },
    { label: 'Alignment', value: String(membership.counts.alignment) },
  );
  const span = dateSpan(membership.firstDate, membership.lastDate);
  if (span !== undefined) details.push({ label: 'Active', value: span });
  return details;
}

/** The rows under a membership: what the entries say about it, then the entries (loaded on expansion). */
function facts(membership: MembershipSummary, person: string, community: string, nodeId: string): TreeNode[] {
  const fact = (key: string, label: string, description: string, icon: string, note: string): TreeNode => ({
    id: `${nodeId}/${key}`,
    parentId: nodeId,
    kind: 'fact',
    label,
    description,
    icon,
    tooltip: { heading: label, details: [{ label, value: description }], note },
    expanded: false,
    location: undefined,
    person,
    community,
    children: [],
  });
  const rows: TreeNode[] = [];
  if (membership.level !== undefined) rows.push(fact('level', 'Level', membership.level, LEVEL_ICONS[membership.level] ?? 'star-empty', "The level the landscape's members list gives."));
  if (membership.trajectory !== undefined) rows.push(fact('trajectory', 'Trajectory', `${membership.trajectory.kind} (${membership.trajectory.date})`, 'milestone', 'The latest trajectory entry in this community.'));
  rows.push(fact('modes', 'Modes', longModeSummary(membership.counts), 'pulse', 'Moments of each mode of belonging in this community.'));
  const span = dateSpan(membership.firstDate, membership.lastDate);
  if (span !== undefined) rows.push(fact('active', 'Active', span, 'calendar', 'The first and last dates of the entries here.'));
  const entriesId = `${nodeId}/entries`;
  rows.push({
    id: entriesId,
    parentId: nodeId,
    kind: 'entries',
    label: 'Entries',
    description: String(membership.entryCount),
    icon: 'list-unordered',
    tooltip: { heading: 'Entries', details: [{ label: 'Entries', value: String(membership.entryCount) }], note: 'Moments and trajectories in this community, oldest first.' },
    expanded: false,
    location: undefined,
    person,
    community,
    children: [],
    lazy: { kind: 'entries', person, community, total: membership.entryCount },
  });
  return rows;
}

/** The nodes of a page of a membership's entries, under its Entries row. */
export function entryNodes(entries: readonly MembershipEntry[], entriesRow: TreeNode): TreeNode[] {
  const { person, community } = entriesRow;
  return entries.map((entry) => entryNode(entry, person!, community!, entriesRow.id));
}

/** The Entries row of a membership node. */
export function entriesRowOf(membership: TreeNode): TreeNode | undefined {
  return membership.children.find((child) => child.kind === 'entries');
}

function entryNode(entry: MembershipEntry, person: string, community: string, parentId: string): TreeNode {
  const kind = entry.kind === 'trajectory' && entry.trajectory !== undefined ? `trajectory: ${entry.trajectory}` : entry.kind;
  return {
    id: `${parentId}/entry:${entry.line}:${entry.uri}`,
    parentId,
    kind: 'entry',
    label: entry.title ?? entry.date,
    description: entry.title === undefined ? kind : `${entry.date} · ${kind}`,
    icon: ENTRY_ICONS[entry.kind],
    tooltip: { heading: entry.title ?? `${entry.kind} entry, ${entry.date}`, details: [{ label: 'Date', value: entry.date }, { label: 'Kind', value: kind }, ...locationDetails(entry)] },
    expanded: false,
    location: { uri: entry.uri, line: entry.line },
    person,
    community,
    children: [],
  };
}
