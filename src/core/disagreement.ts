/**
 * Whether two prepared answers about the same thing disagree: one says ○ and the other ×, or they
 * state different figures of the same unit (保存期間 3年 / 1年), different TLS versions, or
 * different certifications. One rule for `kotae report` (conflicts across the library) and for
 * an ask whose confident answers come from different files.
 */
import { normalizeText } from '../search/normalize.js';

export type DisagreementKind = 'status' | 'figure' | 'protocol' | 'certification';

export interface Disagreement {
  readonly kind: DisagreementKind;
  /** For people, in Japanese with the English after it: `回答状況が異なります: ○ / × (status differs)`. */
  readonly reason: string;
}

/** What an answer says: its status mark and its text. */
export interface StatedAnswer {
  readonly status: string;
  readonly answer: string;
  readonly remarks: string;
}

/** The facts an answer states that can contradict another answer's. */
interface StatedFacts {
  /** Canonical unit (`year`, `char`, `per-year`) → the figures stated in it, as written (`3年`). */
  readonly figures: ReadonlyMap<string, ReadonlyMap<number, string>>;
  /** `TLS 1.2`, `SSL 3.0`. */
  readonly protocols: ReadonlySet<string>;
  readonly certifications: ReadonlySet<string>;
}

/** The first way in which `a` and `b` disagree, or null when nothing they state contradicts. */
export function disagreement(a: StatedAnswer, b: StatedAnswer): Disagreement | null {
  if (isYesNo(a.status) && isYesNo(b.status) && a.status !== b.status) {
    return { kind: 'status', reason: `回答状況が異なります: ${a.status} / ${b.status} (status differs)` };
  }
  const fa = factsOf(a);
  const fb = factsOf(b);
  for (const [unit, figures] of fa.figures) {
    const other = fb.figures.get(unit);
    if (other && disjoint(figures.keys(), other)) {
      return {
        kind: 'figure',
        reason: `記載の数値が異なります: ${[...figures.values()].join('・')} / ${[...other.values()].join('・')} (stated figures differ)`,
      };
    }
  }
  if (fa.protocols.size && fb.protocols.size && disjoint(fa.protocols, fb.protocols)) {
    return {
      kind: 'protocol',
      reason: `記載のプロトコルが異なります: ${[...fa.protocols].join('・')} / ${[...fb.protocols].join('・')} (protocol versions differ)`,
    };
  }
  if (fa.certifications.size && fb.certifications.size && disjoint(fa.certifications, fb.certifications)) {
    return {
      kind: 'certification',
      reason: `記載の認証が異なります: ${[...fa.certifications].join('・')} / ${[...fb.certifications].join('・')} (certifications differ)`,
    };
  }
  return null;
}

function isYesNo(status: string): boolean {
  return status === '○' || status === '×';
}

function disjoint<T>(values: Iterable<T>, other: { has(value: T): boolean }): boolean {
  for (const value of values) if (other.has(value)) return false;
  return true;
}

/** The same answer objects are compared with many others (a report compares pairs). */
const factsCache = new WeakMap<StatedAnswer, StatedFacts>();

function factsOf(stated: StatedAnswer): StatedFacts {
  let facts = factsCache.get(stated);
  if (!facts) {
    const text = normalizeText(`${stated.answer}\n${stated.remarks}`);
    facts = { figures: figuresIn(text), protocols: protocolsIn(text), certifications: certificationsIn(text) };
    factsCache.set(stated, facts);
  }
  return facts;
}

const UNIT_OF: ReadonlyArray<readonly [string, RegExp]> = [
  ['year', /^(?:年間?|years?)$/],
  ['month', /^(?:[ヶかカケヵ箇]月|months?)$/],
  ['week', /^(?:週間|weeks?)$/],
  ['business-day', /^営業日$/],
  ['day', /^(?:日間?|days?)$/],
  ['hour', /^(?:時間|hours?)$/],
  ['minute', /^(?:分間?|minutes?)$/],
  ['char', /^(?:文字|桁|characters?|chars?)$/],
  ['generation', /^(?:世代|generations?)$/],
  ['percent', /^(?:%|パーセント|percent)$/],
];

/** A figure and its unit (`3年`, `8文字`, `99.9%`); the unit words are those of {@link UNIT_OF}. */
const FIGURE =
  /(令和|平成|昭和|月)?(\d+(?:\.\d+)?)\s*(年間|年|[ヶかカケヵ箇]月|週間|営業日|日間|日|時間|分間|分|文字|桁|世代|%|パーセント|percent|years?|months?|weeks?|days?|hours?|minutes?|characters?|chars?|generations?)(?![a-z])/g;
/** How often (`年1回`, `月2回`): a frequency, not a duration. */
const FREQUENCY = /(年|月|週|日)\s*(\d+)\s*回/g;
const FREQUENCY_UNIT: Record<string, string> = { 年: 'per-year', 月: 'per-month', 週: 'per-week', 日: 'per-day' };

function figuresIn(text: string): Map<string, Map<number, string>> {
  const figures = new Map<string, Map<number, string>>();
  const add = (unit: string, value: number, written: string) => {
    const values = figures.get(unit) ?? new Map<number, string>();
    if (!values.has(value)) values.set(value, written);
    figures.set(unit, values);
  };
  for (const m of text.matchAll(FREQUENCY)) add(FREQUENCY_UNIT[m[1]!]!, Number(m[2]), m[0]);
  const rest = text.replace(FREQUENCY, ' ');
  for (const m of rest.matchAll(FIGURE)) {
    const [written, before, number, word] = m;
    const unit = UNIT_OF.find(([, pattern]) => pattern.test(word!))?.[0];
    if (!unit) continue;
    // An era or calendar year (令和3年, 2023年) and a date's day (3月15日) are dates, not durations.
    if (before && (unit === 'year' || (before === '月' && unit === 'day'))) continue;
    if (unit === 'year' && number!.length === 4) continue;
    add(unit, Number(number), written.slice(before?.length ?? 0));
  }
  return figures;
}

/** `tls`/`ssl` and the versions right after it (`ssl/tls(tls1.2およびtls1.3)` → TLS 1.2, TLS 1.3). */
const PROTOCOL_TOKEN = /(tls|ssl)|(\d\.\d)/g;
/** Characters allowed between a protocol name and its version, or between versions (`およびtls`). */
const PROTOCOL_GAP = 8;

function protocolsIn(text: string): Set<string> {
  const protocols = new Set<string>();
  let current: string | null = null;
  let lastEnd = -Infinity;
  for (const m of text.matchAll(PROTOCOL_TOKEN)) {
    if (m[1]) current = m[1].toUpperCase();
    else if (current && m.index - lastEnd <= PROTOCOL_GAP) protocols.add(`${current} ${m[2]}`);
    else continue;
    lastEnd = m.index + m[0].length;
  }
  return protocols;
}

/** Certifications, named only where the text speaks of holding one (`ISMS規程に則り` is not a claim). */
const CERTIFICATION_CLAIM = /認証|取得|認定|登録|certif|accredit|attest|報告書|report/;
const CERTIFICATIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['ISO/IEC 27001', /iso\s*\/?\s*(?:iec\s*)?27001|jis\s*q\s*27001|isms(?!ap|-ac)/],
  ['ISO/IEC 27017', /27017/],
  ['ISO/IEC 27018', /27018/],
  ['ISO/IEC 27701', /27701/],
  ['ISO 9001', /iso\s*9001/],
  ['Pマーク', /pマーク|プライバシーマーク|privacy\s*mark/],
  ['ISMAP', /ismap/],
  ['PCI DSS', /pci\s*-?\s*dss/],
  ['CSA STAR', /csa\s*star|star認証/],
];
const SOC_REPORTS = /soc\s*([123](?:\s*[/・,、]\s*[123])*)/g;

function certificationsIn(text: string): Set<string> {
  const found = new Set<string>();
  if (!CERTIFICATION_CLAIM.test(text)) return found;
  for (const [name, pattern] of CERTIFICATIONS) if (pattern.test(text)) found.add(name);
  for (const m of text.matchAll(SOC_REPORTS)) for (const digit of m[1]!.match(/[123]/g) ?? []) found.add(`SOC${digit}`);
  return found;
}
