import { z } from 'zod';
import { RULE_IDS, RULES, type RuleId } from '../rules';
import { identifierSchema } from '../yaml/identifier';
import { BOUNDARY_OBJECT_KINDS, MEMBER_LEVELS, STAGES } from './types';

/**
 * The zod schema of `landscape.yaml`. It is the single statement of the file's shape: the
 * loader validates with it and `npm run schemas` publishes it as JSON Schema, so the
 * descriptions below are what other YAML editors show on hover.
 */

const stageSchema = z.enum(STAGES).describe(
  'Where the community is in its life. potential: people with a shared concern are finding each other. ' +
    'coalescing: they begin to meet and to see the value of sharing. maturing: they take charge of their practice, ' +
    'set standards and grow. stewardship: the practice is established and they work to keep it alive and relevant. ' +
    'transformation: the community is changing into something else, merging, or winding down.',
);

const memberLevelSchema = z.enum(MEMBER_LEVELS).describe(
  "How a person takes part. core: one of the few who carry the community's work and direction. " +
    'active: takes part regularly but does not lead. peripheral: takes part now and then or from the edge, ' +
    'which is a legitimate way to belong and often the way in.',
);

const kindSchema = z.enum(BOUNDARY_OBJECT_KINDS).describe(
  'What sort of thing crosses the boundary. artifact: a concrete thing such as a document, a dashboard, a tool or a form. ' +
    'discourse: a shared vocabulary or way of talking that both sides understand. ' +
    'process: a shared routine or procedure that lets the communities coordinate their work.',
);

const communityIdSchema = identifierSchema.describe('A community id, as written after + in a journal.');

/** The fields of a community; exported so messages can list them. */
export const communityFields = z.strictObject({
  name: z.string().describe('The display name of the community.').optional(),
  domain: z.string().describe('The shared concern or field of knowledge that holds the community together.').optional(),
  parent: communityIdSchema
    .describe('The id of a larger community this one is part of. Communities nest inside each other, and following parents must never lead back to where it started.')
    .optional(),
  stage: stageSchema.optional(),
  members: z
    .record(identifierSchema.describe('A person id, as written after @ in a journal.'), memberLevelSchema)
    .nullable()
    .describe("The community's members: person id mapped to how they take part (core, active or peripheral).")
    .optional(),
});

const communitySchema = communityFields
  .nullable()
  .describe('A community of practice: people who share a concern and learn together by taking part. Leave empty to declare it without details.');

/** The fields of a person. */
export const personFields = z.strictObject({
  name: z.string().describe("The person's display name.").optional(),
});

const personSchema = personFields.nullable().describe('A person who appears in the journals. Leave empty to declare the id only.');

/** The fields of a boundary object. */
export const boundaryObjectFields = z.strictObject({
  kind: kindSchema.optional(),
  name: z.string().describe('The display name of the boundary object.').optional(),
  communities: z
    .array(communityIdSchema)
    .nullable()
    .describe('The ids of the communities this object connects.')
    .optional(),
});

const boundaryObjectSchema = boundaryObjectFields
  .nullable()
  .describe(
    'A boundary object: something that several communities use and read in their own way, and that lets them work together across their boundary.',
  );

/** What a rule's severity may be set to in `rules:`. */
export const SEVERITY_SETTINGS = ['off', 'hint', 'info', 'warning', 'error'] as const;

/** A severity as `rules:` may set it. */
export const severitySettingSchema = z.enum(SEVERITY_SETTINGS).meta({
  id: 'severity',
  description: 'How a rule reports: error, warning, info or hint, or off to skip the rule entirely.',
});

const daysSchema = z
  .int()
  .nonnegative()
  .describe('The number of days the rule looks back over; 0 means the whole journal.');

const ruleSettingsSchema = z
  .strictObject({ severity: severitySettingSchema.optional() })
  .meta({ id: 'ruleSettings', description: 'The settings of a rule that looks at the whole journal.' });

const reflectiveRuleSettingsSchema = z
  .strictObject({ severity: severitySettingSchema.optional(), days: daysSchema.optional() })
  .meta({ id: 'reflectiveRuleSettings', description: 'The settings of a reflective rule: its severity and the window of days it looks at.' });

/** Whether a rule looks at a window of days (the reflective rules). */
export function hasDayWindow(id: RuleId): boolean {
  return 'windowDays' in RULES[id];
}

function ruleSettingSchema(id: RuleId) {
  const info = RULES[id];
  const settings = hasDayWindow(id) ? reflectiveRuleSettingsSchema : ruleSettingsSchema;
  const window = 'windowDays' in info ? ` Default window: ${info.windowDays === 0 ? 'the whole journal' : `${info.windowDays} days`}.` : '';
  return z.union([severitySettingSchema, settings]).describe(`${info.summary} Default severity: ${info.severity}.${window}`);
}

/** The `rules:` section: one optional setting per rule id, and no other key. */
export const rulesFields = z.strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, ruleSettingSchema(id).optional()])));

/** The whole landscape file. */
export const landscapeSchema = z
  .strictObject({
    communities: z
      .record(communityIdSchema, communitySchema)
      .nullable()
      .describe('The communities of practice of this workspace, by id.')
      .optional(),
    people: z
      .record(identifierSchema.describe('A person id, as written after @ in a journal.'), personSchema)
      .nullable()
      .describe('The people of this workspace, by id. When this section is present, community members must be declared here.')
      .optional(),
    'boundary-objects': z
      .record(identifierSchema.describe('A boundary-object id, as a via: field may name it.'), boundaryObjectSchema)
      .nullable()
      .describe('The boundary objects that connect communities, by id.')
      .optional(),
    rules: rulesFields
      .nullable()
      .describe('Severity and day-window settings for the checks, by rule id. They apply to every journal that uses this landscape; user settings override them.')
      .optional(),
  })
  .describe('The landscape of practice of a workspace: its communities, people and boundary objects, and its rule settings.');
