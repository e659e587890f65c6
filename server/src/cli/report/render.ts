import type { WorkspaceModel } from '../../language/service';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { ReportFilter } from './summary';
import { renderText } from './text';

export const REPORT_FORMATS = ['text', 'json', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  /** The filter the model was built with; stated at the top of the report (and in json). */
  filter?: ReportFilter;
  /** The path to show for a journal URI in json (say, relative to the working folder); the URI itself by default. */
  pathOf?: (uri: string) => string;
}

/**
 * Renders the workspace model as a report: `text` for a terminal, `json` for scripts (a
 * versioned, documented shape) or `md` (Markdown, for a coach's notes). Pure: the same model
 * and options always give the same string. No format shows entry titles or reflection prose,
 * only ids, dates, counts and what the landscape names.
 */
export function renderReport(model: WorkspaceModel, format: ReportFormat, options: ReportOptions = {}): string {
  if (format === 'json') return renderJson(model, options.filter, options.pathOf ?? ((uri) => uri));
  if (format === 'md') return renderMarkdown(model, options.filter);
  return renderText(model, options.filter);
}

export type { ReportFilter };
export type { JsonReport } from './json';
