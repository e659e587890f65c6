import { RULES, RULE_IDS, type RuleId, type Severity } from '../rules';
import type { RuleOverrides } from './types';

/** The effective severity (or `off`) and day window of every rule, after all overrides. */
export interface EffectiveRules {
  severity(rule: RuleId): Severity | 'off';
  windowDays(rule: RuleId): number;
  isOn(rule: RuleId): boolean;
}

/**
 * Merges overrides over the defaults; later layers win (the landscape's `rules:`, then the
 * user's settings).
 */
export function resolveRules(...layers: (RuleOverrides | undefined)[]): EffectiveRules {
  const severities = new Map<RuleId, Severity | 'off'>();
  const windows = new Map<RuleId, number>();
  for (const id of RULE_IDS) {
    const info = RULES[id];
    severities.set(id, info.severity);
    windows.set(id, 'windowDays' in info ? info.windowDays : 0);
  }
  for (const layer of layers) {
    if (!layer) continue;
    for (const id of RULE_IDS) {
      const override = layer[id];
      if (override?.severity !== undefined) severities.set(id, override.severity);
      if (override?.days !== undefined) windows.set(id, override.days);
    }
  }
  return {
    severity: (rule) => severities.get(rule)!,
    windowDays: (rule) => windows.get(rule)!,
    isOn: (rule) => severities.get(rule) !== 'off',
  };
}
