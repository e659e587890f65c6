import type { WorkspaceModel } from '../../language/service';
import { printable } from '../formats/ansi';
import {
  boundariesOf,
  boundaryCells,
  communitiesById,
  crossingCells,
  crossingsByPerson,
  filterText,
  membershipCells,
  type CommunityModel,
  type CrossingModel,
  type PersonModel,
  type ReportFilter,
} from './summary';
import { formatTable } from './table';

const NONE = '-';

/**
 * The terminal report: each person with an aligned table of their memberships and one of
 * their crossings, then the boundaries. Every cell is made printable, so nothing a journal or
 * landscape contains can drive the terminal.
 */
export function renderText(model: WorkspaceModel, filter: ReportFilter | undefined): string {
  const communities = communitiesById(model);
  const crossings = crossingsByPerson(model);
  const condition = filterText(filter);
  const lines = [condition === undefined ? 'Practice report' : `Practice report (${printable(condition)})`, ''];
  lines.push(`People (${model.people.length})`);
  if (model.people.length === 0) lines.push('  No people.');
  for (const person of model.people) lines.push('', ...personBlock(person, communities, crossings.get(person.id) ?? []));
  lines.push('', ...boundaryBlock(model));
  return lines.join('\n') + '\n';
}

function personBlock(person: PersonModel, communities: ReadonlyMap<string, CommunityModel>, crossings: readonly CrossingModel[]): string[] {
  const lines = [printable(person.name === undefined ? person.id : `${person.id} (${person.name})`)];
  if (person.memberships.length === 0) lines.push('  No moments or trajectories.');
  else {
    const header = ['COMMUNITY', 'LEVEL', 'TRAJECTORY', 'ENG', 'IMA', 'ALI', 'FIRST', 'LAST'];
    const rows = person.memberships.map((membership) => membershipCells(membership, communities, NONE));
    const alignment = ['left', 'left', 'left', 'right', 'right', 'right'] as const;
    lines.push(...formatTable([header, ...rows].map(printableRow), alignment, '  '));
  }
  if (crossings.length > 0) {
    lines.push('', `  Crossings (${crossings.length})`);
    const header = ['DATE', 'FROM → TO', 'OBJECT', 'ROLE', 'INTERACTION'];
    const rows = crossings.map((crossing) => crossingCells(crossing, NONE));
    lines.push(...formatTable([header, ...rows].map(printableRow), [], '    '));
  }
  return lines;
}

function boundaryBlock(model: WorkspaceModel): string[] {
  const boundaries = boundariesOf(model);
  const lines = [`Boundaries (${boundaries.length})`];
  if (boundaries.length === 0) return [...lines, '  No crossings.'];
  const header = ['FROM → TO', 'CROSSINGS', 'BROKERS'];
  const rows = boundaries.map(boundaryCells);
  lines.push(...formatTable([header, ...rows].map(printableRow), ['left', 'right'], '  '));
  return lines;
}

function printableRow(row: readonly string[]): string[] {
  return row.map(printable);
}
