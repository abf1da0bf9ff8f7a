/**
 * The few cell styles kotae's own columns need, derived from the style a cell already has (its
 * borders and font stay): text wrapped at the top, the confidence as `0.00`, and rows to check
 * filled light orange. New styles are appended to `styles.xml`; existing ones never change, so
 * every cell of the customer's looks as it did.
 */
import { attributes } from './xml.js';

/** Light orange: stands out for review without hiding the text, in print too. */
export const TO_CHECK_RGB = 'FFFFE0B2';

export type KotaeStyle = 'text' | 'number' | 'text-to-check' | 'number-to-check';

/** Excel's built-in number format `0.00`. */
const TWO_DECIMALS = 2;

export class StyleBook {
  private readonly xfs: string[] = [];
  private readonly added: string[] = [];
  private readonly derived = new Map<string, number>();
  private fillId: number | null = null;
  private readonly fillCount: number;

  /** @param xml - `styles.xml`, or null when the package has none (kotae's cells then stay unstyled). */
  constructor(private readonly xml: string | null) {
    const cellXfs = xml ? (/<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '') : '';
    for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g)) this.xfs.push(match[0]);
    const fills = xml ? (/<(?:\w+:)?fills\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fills>/.exec(xml)?.[1] ?? '') : '';
    this.fillCount = [...fills.matchAll(/<(?:\w+:)?fill\b/g)].length;
  }

  /** The index of `base` made into one of kotae's styles; `base` itself when the package has no styles. */
  derive(base: number, style: KotaeStyle): number {
    const model = this.xfs[base] ?? this.xfs[0];
    if (!this.xml || !model) return base;
    const key = `${base}|${style}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const toCheck = style.endsWith('to-check');
    const number = style.startsWith('number');
    const index = this.xfs.length + this.added.length;
    this.added.push(deriveXf(model, { wrap: !number, numFmtId: number ? TWO_DECIMALS : null, fillId: toCheck ? this.orangeFill() : null }));
    this.derived.set(key, index);
    return index;
  }

  /** `styles.xml` with kotae's styles appended; null when none were needed. */
  changedXml(): string | null {
    if (!this.xml || this.added.length === 0) return null;
    let xml = this.xml;
    if (this.fillId !== null) {
      xml = appendTo(
        xml,
        'fills',
        `<fill><patternFill patternType="solid"><fgColor rgb="${TO_CHECK_RGB}"/><bgColor indexed="64"/></patternFill></fill>`,
        this.fillCount + 1,
      );
    }
    return appendTo(xml, 'cellXfs', this.added.join(''), this.xfs.length + this.added.length);
  }

  private orangeFill(): number {
    this.fillId ??= this.fillCount;
    return this.fillId;
  }
}

function deriveXf(model: string, change: { wrap: boolean; numFmtId: number | null; fillId: number | null }): string {
  const open = /^<((?:\w+:)?)xf\b([^>]*?)(\/?)>/.exec(model)!;
  const prefix = open[1]!;
  const attrs = attributes(open[2]!);
  if (change.numFmtId !== null) {
    attrs.set('numFmtId', String(change.numFmtId));
    attrs.set('applyNumberFormat', '1');
  }
  if (change.fillId !== null) {
    attrs.set('fillId', String(change.fillId));
    attrs.set('applyFill', '1');
  }
  attrs.set('applyAlignment', '1');
  const children = open[3] === '/' ? '' : model.slice(open[0].length, model.lastIndexOf('<'));
  const alignment = /<(?:\w+:)?alignment\b([^>]*?)\/>/.exec(children);
  const alignmentAttrs = alignment ? attributes(alignment[1]!) : new Map<string, string>();
  alignmentAttrs.set('vertical', 'top');
  if (change.wrap) alignmentAttrs.set('wrapText', '1');
  const alignmentXml = `<${prefix}alignment${[...alignmentAttrs].map(([k, v]) => ` ${k}="${v}"`).join('')}/>`;
  const rest = alignment ? children.replace(alignment[0], '') : children;
  const attrText = [...attrs].map(([k, v]) => ` ${k}="${v}"`).join('');
  return `<${prefix}xf${attrText}>${alignmentXml}${rest}</${prefix}xf>`;
}

function appendTo(xml: string, element: string, children: string, count: number): string {
  const pattern = new RegExp(`(<(\\w+:)?${element}\\b)([^>]*)>([\\s\\S]*?)(</\\2?${element}>)`);
  return xml.replace(pattern, (_whole, open: string, _prefix: string | undefined, attrText: string, body: string, close: string) => {
    const counted = /\bcount\s*=\s*["']\d+["']/.test(attrText)
      ? attrText.replace(/\bcount\s*=\s*["']\d+["']/, `count="${count}"`)
      : attrText;
    return `${open}${counted}>${body}${children}${close}`;
  });
}
