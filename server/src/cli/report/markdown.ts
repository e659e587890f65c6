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

const NONE = '–';

/**
 * Text safe inside a Markdown table cell: characters that would start markup or end the cell
 * are escaped, line breaks become spaces, so a name can neither break the table nor inject
 * HTML; other control characters are shown as escapes, as in the text report, so the
 * Markdown printed to a terminal cannot drive it either.
 */
export function markdownCell(text: string): string {
  return printable(text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|#&!~]/g, (character) => `\\${character}`));
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A table whose cells are escaped; `align` uses Markdown's `---` / `---:` markers. */
function table(header: readonly string[], align: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header), row(align), ...rows.map((cells) => row(cells.map(markdownCell)))];
}

/**
 * The coach's report: a section per person (their communities, then their crossings), then
 * the boundaries between communities with who brokered them. No entry titles or prose.
 */
export function renderMarkdown(model: WorkspaceModel, filter: ReportFilter | undefined): string {
  const communities = communitiesById(model);
  const crossings = crossingsByPerson(model);
  const lines = ['# Practice report'];
  const condition = filterText(filter);
  if (condition !== undefined) lines.push('', `Filter: ${markdownCell(condition)}.`);
  if (model.people.length === 0) lines.push('', 'No people.');
  for (const person of model.people) lines.push('', ...personSection(person, communities, crossings.get(person.id) ?? []));
  lines.push('', ...boundarySection(model));
  return lines.join('\n') + '\n';
}

function personSection(person: PersonModel, communities: ReadonlyMap<string, CommunityModel>, crossings: readonly CrossingModel[]): string[] {
  const title = person.name === undefined ? person.id : `${person.id} — ${person.name}`;
  const lines = [`## ${markdownCell(title)}`, ''];
  if (person.memberships.length === 0) lines.push('No moments or trajectories.');
  else {
    const header = ['Community', 'Level', 'Trajectory', 'Engagement', 'Imagination', 'Alignment', 'First', 'Last'];
    const align = ['---', '---', '---', '---:', '---:', '---:', '---', '---'];
    const rows = person.memberships.map((membership) => membershipCells(membership, communities, NONE));
    lines.push(...table(header, align, rows));
  }
  lines.push('', '### Crossings', '');
  if (crossings.length === 0) return [...lines, 'No crossings.'];
  const rows = crossings.map((crossing) => crossingCells(crossing, NONE));
  return [...lines, ...table(['Date', 'From → to', 'Object', 'Role', 'Interaction'], ['---', '---', '---', '---', '---'], rows)];
}

function boundarySection(model: WorkspaceModel): string[] {
  const boundaries = boundariesOf(model);
  const lines = ['## Boundaries', ''];
  if (boundaries.length === 0) return [...lines, 'No crossings.'];
  const rows = boundaries.map(boundaryCells);
  return [...lines, ...table(['From → to', 'Crossings', 'Brokers'], ['---', '---:', '---'], rows)];
}
