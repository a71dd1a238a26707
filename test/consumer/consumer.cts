// The same package through the CommonJS types (.d.cts) under node16 resolution.
import { RulesError, type RuleResult } from 'regional-innovation-rnd';
import rules = require('regional-innovation-rnd/rules');

export const isError = (value: unknown): boolean => value instanceof RulesError || rules.isRulesError(value);
export const ok: RuleResult<string> = { ok: true, value: 'x', warnings: [] };
