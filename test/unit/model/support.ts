import { createLanguageService, dayFromIsoDate, type LanguageService, type ModelFilter, type WorkspaceModel } from '../../../server/src/language/service';
import type { CrossingModel, Membership, PersonModel } from '../../../server/src/language/model/types';
import { LANDSCAPE_URI, ROOT, TODAY } from '../../support/journal';

export { LANDSCAPE_URI, ROOT };

/** Journal URIs the model tests use. */
export const MARIA = `${ROOT}/maria/2026.practice`;
export const ANA = `${ROOT}/ana/2026.practice`;
export const TEAM = `${ROOT}/team/meetings.practice`;

/** The design's example landscape, with a boundary object and a grandparent community. */
export const LANDSCAPE = [
  'communities:',
  '  data-science:',
  '    name: Data Science Guild',
  '    domain: Making data trustworthy for clinicians',
  '    parent: analytics',
  '    stage: maturing',
  '    members: { ana: core, maria: active, li: peripheral }',
  '  analytics: { parent: hospital }',
  '  hospital: {}',
  '  clinical-ops: { domain: Running the wards day to day, members: { maria: peripheral } }',
  'people:',
  '  maria: { name: Maria Lopez }',
  '  ana: {}',
  '  li: {}',
  '  zoe: { name: Zoe Park }',
  'boundary-objects:',
  '  discharge-dashboard: { kind: artifact, name: discharge dashboard, communities: [data-science, clinical-ops] }',
  '',
].join('\n');

/** A service holding these files (journals and landscapes, by URI). */
export function serviceWith(files: Record<string, string>): LanguageService {
  const service = createLanguageService({ roots: [ROOT], today: () => dayFromIsoDate(TODAY)! });
  for (const [uri, text] of Object.entries(files)) service.setFile(uri, text);
  return service;
}

/** The model of these files. */
export function modelOf(files: Record<string, string>, filter: ModelFilter = {}): WorkspaceModel {
  return serviceWith(files).getModel(filter);
}

export function personOf(model: WorkspaceModel, id: string): PersonModel {
  const person = model.people.find((candidate) => candidate.id === id);
  if (!person) throw new Error(`no person '${id}' in the model`);
  return person;
}

export function membershipOf(model: WorkspaceModel, person: string, community: string): Membership {
  const membership = personOf(model, person).memberships.find((candidate) => candidate.community === community);
  if (!membership) throw new Error(`'${person}' has no membership in '${community}'`);
  return membership;
}

/** `person → [community, …]` for every person, for compact assertions on attribution. */
export function communitiesByPerson(model: WorkspaceModel): Record<string, string[]> {
  return Object.fromEntries(model.people.map((person) => [person.id, person.memberships.map((membership) => membership.community)]));
}

/** A crossing as `date from->to people`, for compact assertions. */
export function crossingLine(crossing: CrossingModel): string {
  return `${crossing.date} ${crossing.from}->${crossing.to} ${crossing.people.join(',')}`;
}

/** A front matter naming the author. */
export function authored(author: string, body: string): string {
  return `---\nauthor: ${author}\n---\n${body}`;
}
