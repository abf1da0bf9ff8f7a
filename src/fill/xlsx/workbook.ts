/**
 * The workbook-level parts of an .xlsx package: which sheets there are (name, visibility, part),
 * defined names, the shared strings, and which cell styles are dates.
 */
import path from 'node:path';
import { FillError } from '../errors.js';
import { attributes, decodeXml, stringItemText } from './xml.js';
import type { ZipPackage } from './zip-package.js';

export interface WorkbookSheet {
  readonly name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  readonly state: string;
  /** The part path inside the package (`xl/worksheets/sheet1.xml`); null when its relationship is broken. */
  readonly part: string | null;
  /** False for chart sheets and dialog sheets, which have no cells. */
  readonly isWorksheet: boolean;
}

export interface DefinedName {
  readonly name: string;
  /** Index into the workbook's sheets when the name is local to one sheet. */
  readonly localSheet: number | null;
  /** The formula text, e.g. `Lists!$A$1:$A$3`. */
  readonly formula: string;
}

export interface WorkbookParts {
  /** `xl/workbook.xml`, or wherever the package's office document is. */
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly relsPart: string;
  readonly relsXml: string;
  readonly sheets: readonly WorkbookSheet[];
  readonly definedNames: readonly DefinedName[];
  readonly sharedStrings: readonly string[];
  /** Indexes of `cellXfs` whose number format shows a date or time. */
  readonly dateStyles: ReadonlySet<number>;
  readonly stylesPart: string | null;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;

/**
 * Reads the workbook structure.
 *
 * @throws {@link FillError} `unreadable` when the package is not a spreadsheet (a .docx renamed,
 *   a package without a workbook part).
 */
export function readWorkbookParts(pkg: ZipPackage, fileName: string): WorkbookParts {
  const workbookPart = officeDocumentPart(pkg);
  const workbookXml = workbookPart ? pkg.text(workbookPart) : null;
  if (!workbookPart || workbookXml === null || !/<(?:\w+:)?workbook\b/.test(workbookXml)) {
    throw new FillError(
      'unreadable',
      fileName,
      'no worksheets: the file is not an Excel workbook (is it a Word or PowerPoint file renamed?). Save the questionnaire as .xlsx.',
    );
  }
  const relsPart = relationshipsPartOf(workbookPart);
  const relsXml = pkg.text(relsPart) ?? '';
  const relationships = readRelationships(relsXml, workbookPart);
  const sheets: WorkbookSheet[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const attrs = attributes(match[1]!);
    const id = [...attrs].find(([key]) => key === 'r:id' || key.endsWith(':id'))?.[1] ?? '';
    const relationship = relationships.get(id);
    sheets.push({
      name: attrs.get('name') ?? '',
      state: attrs.get('state') ?? 'visible',
      part: relationship && pkg.has(relationship.target) ? relationship.target : null,
      isWorksheet: relationship ? WORKSHEET.test(relationship.type) : false,
    });
  }
  if (!sheets.some((sheet) => sheet.isWorksheet && sheet.part)) {
    throw new FillError(
      'unreadable',
      fileName,
      'no worksheets: the file is not an Excel workbook, or it holds only charts. Save the questionnaire as .xlsx.',
    );
  }
  const stylesPart = [...relationships.values()].find((r) => r.type.endsWith('/styles'))?.target ?? null;
  const sharedPart = [...relationships.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target ?? null;
  return {
    workbookPart,
    workbookXml,
    relsPart,
    relsXml,
    sheets,
    definedNames: readDefinedNames(workbookXml),
    sharedStrings: sharedPart ? readSharedStrings(pkg.text(sharedPart) ?? '') : [],
    dateStyles: stylesPart ? readDateStyles(pkg.text(stylesPart) ?? '') : new Set(),
    stylesPart,
  };
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

function officeDocumentPart(pkg: ZipPackage): string | null {
  const rels = readRelationships(pkg.text('_rels/.rels') ?? '', '');
  const found = [...rels.values()].find((r) => OFFICE_DOCUMENT.test(r.type));
  if (found) return found.target;
  return pkg.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

/** Relationships by id, targets resolved to part names relative to the source part. */
function readRelationships(xml: string, sourcePart: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attrs = attributes(match[1]!);
    if (attrs.get('TargetMode') === 'External') continue;
    const target = attrs.get('Target') ?? '';
    const resolved = target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(sourcePart), target);
    found.set(attrs.get('Id') ?? '', { type: attrs.get('Type') ?? '', target: path.posix.normalize(resolved).replace(/^\.\//, '') });
  }
  return found;
}

function readDefinedNames(xml: string): DefinedName[] {
  const names: DefinedName[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const attrs = attributes(match[1]!);
    const local = attrs.get('localSheetId');
    names.push({
      name: attrs.get('name') ?? '',
      localSheet: local === undefined ? null : Number(local),
      formula: decodeXml(match[2]!).trim(),
    });
  }
  return names;
}

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) strings.push(stringItemText(match[1] ?? ''));
  return strings;
}

/** Built-in number formats that show dates or times. */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

function readDateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*?)\/?>/g)) {
    const attrs = attributes(match[1]!);
    custom.set(Number(attrs.get('numFmtId')), attrs.get('formatCode') ?? '');
  }
  const isDate = (id: number) => {
    const code = custom.get(id);
    if (code === undefined) return BUILTIN_DATE_FORMATS.has(id);
    // Quoted text, escapes and colours aside, a format with day, month, year or time parts.
    const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
  };
  const dates = new Set<number>();
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  let index = 0;
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)(?:\/>|>)/g)) {
    if (isDate(Number(attributes(match[1]!).get('numFmtId') ?? 0))) dates.add(index);
    index++;
  }
  return dates;
}
