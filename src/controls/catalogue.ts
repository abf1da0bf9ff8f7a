/**
 * The control catalogue kotae matches by: the built-in one (`catalogue-data.ts`) plus what the
 * admins add in `controls.txt` in the knowledge folder, checked line by line like `synonyms.txt`.
 *
 * ```text
 * # more words for a built-in control:   ID: term, term
 * 8.5-mfa: ワンタイムパスワード, FIDO2
 * # a control of our own:                  ID [日本語ラベル | English label]: term, term
 * x-zero-trust [ゼロトラスト | Zero trust]: ゼロトラスト, zero trust, 境界防御に依存しない
 * ```
 */
import { z } from 'zod';
import type { LoadWarning } from '../knowledge/types.js';
import { CONTROL_CATALOGUE, CONTROL_FAMILIES } from './catalogue-data.js';
import type { ControlDefinition, ControlFamily } from './types.js';

export type { ControlDefinition, ControlFamily } from './types.js';

export { CONTROLS_FILE } from '../knowledge/loader.js';

/** The family admins' own controls belong to when they name none. */
export const CUSTOM_FAMILY: ControlFamily = { id: 'CUSTOM', label: { ja: '自社独自の項目', en: 'Own controls' }, headings: [] };

export interface Catalogue {
  readonly controls: readonly ControlDefinition[];
  readonly families: readonly ControlFamily[];
}

/** One line of `controls.txt`: terms for a control, and its labels when it is a new one. */
export interface ControlAddition {
  readonly id: string;
  readonly label?: { readonly ja: string; readonly en: string };
  readonly terms: readonly string[];
}

const LINE = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]|]*)\|([^\]]*)\])?\s*[:：]\s*(.*)$/;

const additionSchema = z.object({
  id: z.string().max(60, 'an id longer than 60 characters'),
  label: z
    .object({
      ja: z.string().trim().min(1, 'an empty Japanese label in [日本語 | English]').max(40, 'a label longer than 40 characters'),
      en: z.string().trim().min(1, 'an empty English label in [日本語 | English]').max(60, 'a label longer than 60 characters'),
    })
    .optional(),
  terms: z
    .array(
      z
        .string()
        .trim()
        .min(2, 'a term shorter than two characters (it would match inside unrelated words)')
        .max(60, 'a term longer than 60 characters'),
    )
    .min(1, 'no terms after the colon'),
});

export interface ParsedControls {
  readonly additions: ControlAddition[];
  readonly warnings: LoadWarning[];
}

/**
 * Parses the admin's `controls.txt`. A bad line is a warning naming the file and line; the other
 * lines are used. `#` starts a comment at the start of a line or after a space.
 */
export function parseControls(text: string, file: string, base: Catalogue = BUILT_IN): ParsedControls {
  const known = new Set(base.controls.map((c) => c.id));
  const additions: ControlAddition[] = [];
  const warnings: LoadWarning[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const warn = (why: string) => {
      warnings.push({
        file,
        message: `line ${index + 1}: ${why}; this line is ignored. Write "ID: term, term" for a built-in control or "ID [日本語 | English]: term, term" for a new one.`,
      });
    };
    const m = LINE.exec(line);
    if (!m) {
      warn('not of the form "ID: terms"');
      continue;
    }
    const [, id, ja, en, rest] = m;
    const parsed = additionSchema.safeParse({
      id,
      label: ja !== undefined ? { ja, en } : undefined,
      terms: rest!.trim() ? rest!.split(/[,、，]/).map((t) => t.trim()) : [],
    });
    if (!parsed.success) {
      warn(parsed.error.issues[0]?.message ?? 'not a control line');
      continue;
    }
    if (!parsed.data.label && !known.has(parsed.data.id)) {
      warn(`unknown control id "${parsed.data.id}" (give it labels to add it as a new control)`);
      continue;
    }
    if (parsed.data.label) known.add(parsed.data.id);
    additions.push(parsed.data);
  }
  return { additions, warnings };
}

const BUILT_IN: Catalogue = { controls: CONTROL_CATALOGUE, families: CONTROL_FAMILIES };

/** The built-in catalogue with the admin's additions applied. */
export function buildCatalogue(additions: readonly ControlAddition[] = [], base: Catalogue = BUILT_IN): Catalogue {
  const controls = new Map(base.controls.map((c) => [c.id, c]));
  for (const addition of additions) {
    const existing = controls.get(addition.id);
    if (existing && !addition.label) {
      controls.set(addition.id, { ...existing, terms: [...existing.terms, ...addition.terms] });
    } else {
      controls.set(addition.id, {
        id: addition.id,
        family: existing?.family ?? CUSTOM_FAMILY.id,
        iso27002_2022: existing?.iso27002_2022 ?? [],
        iso27002_2013: existing?.iso27002_2013 ?? [],
        label: addition.label ?? existing!.label,
        terms: [...(existing?.terms ?? []), ...addition.terms],
        related: existing?.related ?? [],
      });
    }
  }
  const families = base.families.some((f) => f.id === CUSTOM_FAMILY.id) ? base.families : [...base.families, CUSTOM_FAMILY];
  return { controls: [...controls.values()], families };
}
