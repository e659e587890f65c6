/**
 * A starter `landscape.yaml` built from what the journals already use: every community and
 * person in the model, the boundary objects crossings name by id, and what is already known
 * about them (names, parents, members). Whatever is left to decide is written as comments.
 */
import type { CommunityModel, ModelSummary, ObjectSummary, PersonSummary } from '../../../server/src/protocol';

/** Words YAML would read as something other than a string (YAML 1.1 booleans included, to be safe). */
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
const PLAIN_ID = /^[\p{L}][\p{L}\p{N}\p{M}_.-]*$/u;

/** An id as a YAML key or value: plain when YAML reads it back as the same string, else quoted. */
export function yamlId(id: string): string {
  return PLAIN_ID.test(id) && !RESERVED.test(id) ? id : JSON.stringify(id);
}

/** Free text as a YAML double-quoted scalar (JSON's string syntax is valid YAML). */
function yamlText(text: string): string {
  return JSON.stringify(text);
}

const HEADER = [
  '# The landscape of practice: the communities, people and boundary objects your journals',
  '# write about. Every journal in this folder and below uses it (the nearest landscape.yaml',
  '# wins). Once it declares them, a misspelled +community, @person or boundary object is',
  '# flagged, and completion offers the declared ones.',
  '#',
  '# Built from the journals as they are; fill in the rest. For each community you may add',
  '#   name:     a human name',
  '#   domain:   what the community cares about, in a sentence',
  '#   stage:    potential | coalescing | maturing | stewardship | transformation',
  '#   parent:   a broader community it belongs to (communities nest)',
  '#   members:  { person-id: level }, each level core | active | peripheral',
  '# The full reference is the section "The landscape file" of the language reference.',
  '',
];

/** Who wrote about each community (their memberships), to suggest as members. */
function participants(people: readonly PersonSummary[]): Map<string, string[]> {
  const byCommunity = new Map<string, string[]>();
  for (const person of people) {
    for (const membership of person.memberships) byCommunity.set(membership.community, [...(byCommunity.get(membership.community) ?? []), person.id]);
  }
  return byCommunity;
}

function communityLines(community: CommunityModel, suggested: readonly string[]): string[] {
  const lines = [`  ${yamlId(community.id)}:`];
  if (community.name !== undefined) lines.push(`    name: ${yamlText(community.name)}`);
  if (community.domain !== undefined) lines.push(`    domain: ${yamlText(community.domain)}`);
  if (community.stage !== undefined) lines.push(`    stage: ${community.stage}`);
  if (community.parent !== undefined) lines.push(`    parent: ${yamlId(community.parent)}`);
  const members = Object.entries(community.members);
  if (members.length > 0) {
    lines.push(`    members: { ${members.map(([person, level]) => `${yamlId(person)}: ${level}`).join(', ')} }`);
  } else if (suggested.length > 0) {
    lines.push(`    # members: { ${suggested.map((person) => `${yamlId(person)}: active`).join(', ')} }   # who writes about it; set each level`);
  }
  return lines;
}

function peopleLines(people: readonly PersonSummary[]): string[] {
  if (people.length === 0) return ['people:', '  # maria: { name: Maria Okafor }'];
  return ['people:', ...people.map((person) => (person.name === undefined ? `  ${yamlId(person.id)}: {}` : `  ${yamlId(person.id)}: { name: ${yamlText(person.name)} }`))];
}

/** Boundary objects that crossings name by id, with the communities they travelled between. */
function boundaryObjectLines(named: readonly ObjectSummary[]): string[] {
  const objects = new Map<string, { kind: string | undefined; name: string; communities: Set<string> }>();
  for (const { id, kind, name, communities } of named) {
    if (id === undefined) continue;
    // One id written with different kinds comes once per kind: the first known kind wins.
    const object = objects.get(id) ?? { kind, name, communities: new Set<string>() };
    object.kind ??= kind;
    for (const community of communities) object.communities.add(community);
    objects.set(id, object);
  }
  const lines = ['boundary-objects:'];
  if (objects.size === 0) {
    lines.push('  # discharge-dashboard:', '  #   kind: artifact          # artifact | discourse | process', '  #   name: discharge dashboard', '  #   communities: [ward-7b, data-team]');
  }
  for (const [id, object] of [...objects].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(`  ${yamlId(id)}:`);
    lines.push(object.kind === undefined ? '    # kind: artifact | discourse | process' : `    kind: ${object.kind}`);
    if (object.name !== id) lines.push(`    name: ${yamlText(object.name)}`);
    lines.push(`    communities: [${[...object.communities].sort().map(yamlId).join(', ')}]`);
  }
  return lines;
}

/** The starter landscape's text, from the model summary and the boundary objects crossings went through. */
export function starterLandscape(model: ModelSummary, objects: readonly ObjectSummary[]): string {
  const suggested = participants(model.people);
  const communities = model.communities.length === 0 ? ['  # ward-7b:', '  #   name: Ward 7B'] : model.communities.flatMap((community) => communityLines(community, suggested.get(community.id) ?? []));
  const lines = [
    ...HEADER,
    'communities:',
    ...communities,
    '',
    ...peopleLines(model.people),
    '',
    ...boundaryObjectLines(objects),
    '',
    '# Rule severities for this workspace (off | hint | info | warning | error); see docs/rules.md.',
    '# rules:',
    '#   mode-balance: { severity: info, days: 45 }',
    '',
  ];
  return lines.join('\n');
}
