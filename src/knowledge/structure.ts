/**
 * Structure detection: turns a grid of cells (any loader) into checksheet items, row by row. Header
 * rows and each column's role come from header-roles.ts and table-layout.ts; this reader carries
 * section headings and category cells down to the items under them, joins rows an export broke in
 * two, and keeps free text (before, between and after tables) as items too.
 */
import { isItemNumber, joinJapaneseSpaces, parseReviewDate, parseStatus, tidyItemNumber } from './cells.js';
import { type ColumnRole, headerRoles } from './header-roles.js';
import { type RowView, viewRow } from './row-view.js';
import { inferLayout, type Layout } from './table-layout.js';
import type { Grid, ItemStatus, KnowledgeItem } from './types.js';

const WITHDRAWN = /^[（(【]?(?:欠番|削除|廃止|欠|withdrawn|deleted|n\/a)[）)】]?$/i;
export interface ExtractOptions {
  /** Path relative to the knowledge folder, with `/` separators. */
  readonly file: string;
  readonly collection: string;
}

interface Heading {
  readonly depth: number;
  readonly number: number | null;
  readonly text: string;
}

/** Reads every item out of one grid (a text file or one sheet). */
export function extractItems(grid: Grid, options: ExtractOptions): KnowledgeItem[] {
  return new GridReader(grid, options).read();
}

class GridReader {
  private readonly rows: RowView[];
  private readonly items: KnowledgeItem[] = [];
  private layout: Layout | null = null;
  private headerKey: string | null = null;
  private readonly seenFreeText = new Set<string>();
  private freeText: { line: number; lines: string[] } | null = null;
  private headings: Heading[] = [];
  private carried = new Map<number, string>();
  private lastItem: { index: number; line: number } | null = null;
  private tableStarted = false;

  constructor(
    private readonly grid: Grid,
    private readonly options: ExtractOptions,
  ) {
    this.rows = grid.rows.map(viewRow).filter((row) => row.filled > 0);
  }

  read(): KnowledgeItem[] {
    // Without any header row the whole grid is one table whose columns are read from content;
    // with one, what comes before it is prose.
    const hasHeader = this.rows.some((row) => headerRoles(row) !== null);
    this.layout = hasHeader ? null : inferLayout(this.rows, null);
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i]!;
      // Page headers repeated on every page of an export (title, document number, intro).
      if (this.seenFreeText.has(freeTextKey(row))) continue;
      const header = headerRoles(row);
      if (header) {
        this.startTable(header, i);
        continue;
      }
      if (this.layout && this.readTableRow(row)) continue;
      this.readFreeText(row);
    }
    this.flushFreeText();
    return this.items;
  }

  private startTable(header: Array<ColumnRole | undefined>, at: number): void {
    this.flushFreeText();
    const key = header.join('|');
    if (key === this.headerKey && this.layout) return;
    this.headerKey = key;
    const next = this.rows.slice(at + 1).findIndex((row) => headerRoles(row) !== null);
    const segment = this.rows.slice(at + 1, next < 0 ? undefined : at + 1 + next);
    this.layout = inferLayout(segment, header);
  }

  /** Returns false when the row is not part of the table (free text). */
  private readTableRow(row: RowView): boolean {
    const layout = this.layout!;
    const parsed = parseRow(row, layout);
    if (parsed.kind === 'item') {
      this.flushFreeText();
      this.tableStarted = true;
      this.addItem(row, parsed);
      return true;
    }
    if (parsed.kind === 'heading') {
      // Before any table, a lone short line is prose (a title), not a section of items.
      if (!this.tableStarted && this.headerKey === null && row.filled < 2) return false;
      this.flushFreeText();
      this.pushHeading(parsed.text);
      return true;
    }
    if (parsed.kind === 'header-like') return true;
    if (parsed.kind === 'continuation' && this.lastItem) {
      this.extendLastItem(parsed.text);
      return true;
    }
    return false;
  }

  private readFreeText(row: RowView): void {
    const text = row.cells.filter(Boolean).join(' ');
    this.seenFreeText.add(freeTextKey(row));
    if (this.lastItem && row.filled === 1 && !this.freeText && row.line - this.lastItem.line <= 2) {
      // A table row that the export broke over two lines continues the last item.
      this.extendLastItem(text);
      return;
    }
    if (!this.freeText) this.freeText = { line: row.line, lines: [] };
    this.freeText.lines.push(text);
  }

  private flushFreeText(): void {
    const block = this.freeText;
    this.freeText = null;
    if (!block) return;
    const answer = joinJapaneseSpaces(block.lines.join(' ')).trim();
    if (answer.length < 2) return;
    this.push({ line: block.line, itemNumber: '', section: this.sectionPath([]), question: '', status: '', answer, remarks: '' });
    this.lastItem = null;
  }

  private pushHeading(raw: string): void {
    const text = joinJapaneseSpaces(raw).replace(/\s+/g, ' ').trim();
    const match = /^([0-9０-９]+(?:[-.－][0-9０-９]+)*)\.?\s*/.exec(text.normalize('NFKC'));
    const parts = match ? match[1]!.split(/[-.－]/) : [];
    const top = this.headings[0];
    let depth: number;
    if (parts.length > 1) depth = parts.length;
    else if (parts.length === 1) {
      const n = Number(parts[0]);
      // Numbering that restarts under a heading marks a sub-section (`2 組織` › `1 内部組織`).
      depth = !top || top.number === null || n === top.number + 1 || n <= 0 ? 1 : n > top.number ? 1 : 2;
    } else depth = top ? 2 : 1;
    const number = parts.length === 1 ? Number(parts[0]) : parts.length > 1 ? Number(parts[0]) : null;
    this.headings = [...this.headings.slice(0, depth - 1), { depth, number: depth === 1 ? number : (top?.number ?? null), text }];
    this.carried.clear();
  }

  private sectionPath(extra: readonly string[]): string[] {
    return [...this.headings.map((h) => h.text), ...extra].filter(Boolean);
  }

  private addItem(row: RowView, parsed: ParsedItem): void {
    const categories: string[] = [];
    for (const [column, value] of parsed.categories) {
      this.carried.set(column, value);
      for (const key of [...this.carried.keys()]) if (key > column) this.carried.delete(key);
    }
    for (const key of [...this.carried.keys()].sort((a, b) => a - b)) categories.push(this.carried.get(key)!);
    if (parsed.title) categories.push(parsed.title);
    this.push({
      line: row.line,
      itemNumber: parsed.itemNumber,
      section: this.sectionPath(categories),
      question: parsed.question,
      status: parsed.status,
      answer: parsed.answer,
      remarks: parsed.remarks,
      // Only when the row states them, so that items of files without such columns stay as they were.
      ...(parsed.owner ? { owner: parsed.owner } : {}),
      ...(parsed.reviewed ? { reviewed: parsed.reviewed } : {}),
    });
    this.lastItem = { index: this.items.length - 1, line: row.line };
  }

  private extendLastItem(text: string): void {
    const index = this.lastItem!.index;
    const item = this.items[index]!;
    const field = item.answer ? 'answer' : 'question';
    this.items[index] = { ...item, [field]: joinJapaneseSpaces(`${item[field]} ${text}`.trim()) };
  }

  private push(fields: Omit<KnowledgeItem, 'id' | 'file' | 'collection' | 'sheet'>): void {
    const { file, collection } = this.options;
    const sheet = this.grid.sheet;
    const id = `${file}${sheet ? `!${sheet}` : ''}#${fields.line}`;
    this.items.push({ id, file, collection, sheet, ...fields });
  }
}

function freeTextKey(row: RowView): string {
  return row.cells.join('').replace(/\s+/g, '');
}

interface ParsedItem {
  readonly kind: 'item';
  readonly itemNumber: string;
  readonly categories: ReadonlyArray<[number, string]>;
  readonly title: string;
  readonly question: string;
  readonly status: ItemStatus;
  readonly answer: string;
  readonly remarks: string;
  /** Who answers for the item (`担当部署`), `''` when the row names no one. */
  readonly owner: string;
  /** When the item was last checked, as an ISO date (`2025-03-15`, `2025-03`), `''` when not stated. */
  readonly reviewed: string;
}

type ParsedRow =
  | ParsedItem
  | { kind: 'heading'; text: string }
  | { kind: 'continuation'; text: string }
  | { kind: 'header-like' }
  | { kind: 'other' };

function parseRow(row: RowView, layout: Layout): ParsedRow {
  // Three or more short cells and no item number: a header we could not read (OCR'd `唯必項目`).
  if (row.filled >= 3 && row.longest <= 12 && !row.cells.some((cell) => isItemNumber(cell))) return { kind: 'header-like' };
  const positional = fitsPositionally(row, layout);
  const fields = positional ? byPosition(row, layout) : byOrder(row, layout);
  const joined = row.cells.filter(Boolean).join(' ');
  // A short line without a status, split over cells by OCR (`1情報セ` | `キュリティのための方針群`),
  // is a section heading unless its columns line up as question and answer.
  if (
    !fields.status &&
    !(positional && fields.answer) &&
    joined.length <= 60 &&
    row.longest < 35 &&
    !/[。.?？]$/.test(joined) &&
    /[^\d\s.-]/.test(joined)
  ) {
    return { kind: 'heading', text: joined };
  }
  // A withdrawn item (`D-20 （欠番）`) is neither an item nor a section.
  if (WITHDRAWN.test(fields.question.trim()) && !fields.answer) return { kind: 'header-like' };
  let { itemNumber, question, status, answer } = fields;
  // Some exports glue the status mark to the answer (`○ サービス開発時に…`).
  const glued = /^([○〇◯×△−])\s+(\S[\s\S]*)$/.exec(answer);
  if (glued && !status) {
    status = parseStatus(glued[1]!) ?? '';
    answer = glued[2]!;
  }
  if (!itemNumber) {
    const prefixed = /^([0-9０-９]{1,3}(?:[-.－][0-9０-９]{1,3})*)[.．、)]?\s+(\S[\s\S]*)$/.exec(question);
    if (prefixed) {
      itemNumber = prefixed[1]!;
      question = prefixed[2]!;
    }
  }
  question = joinJapaneseSpaces(question);
  const hasAnswer = Boolean(answer || status || fields.remarks);
  if (question && (hasAnswer || itemNumber)) {
    return {
      kind: 'item',
      ...fields,
      itemNumber: tidyItemNumber(itemNumber),
      question,
      status,
      answer: joinJapaneseSpaces(answer),
      remarks: joinJapaneseSpaces(fields.remarks),
    };
  }
  const text = row.cells.filter(Boolean).join(' ');
  if (!hasAnswer && text.length <= 60 && !/[。.]$/.test(text)) return { kind: 'heading', text };
  if (!question && !itemNumber && (answer || fields.remarks))
    return { kind: 'continuation', text: [answer, fields.remarks].filter(Boolean).join(' ') };
  return { kind: 'other' };
}

function fitsPositionally(row: RowView, layout: Layout): boolean {
  const lastFilled = row.cells.reduce((last, cell, i) => (cell ? i : last), -1);
  if (lastFilled >= layout.width) return false;
  return row.cells.every((cell, i) => {
    if (!cell) return true;
    const role = layout.roles[i];
    if (role === 'number') return isItemNumber(cell) || /^[a-z]{1,2}$/i.test(cell);
    if (role === 'status') return parseStatus(cell) !== null;
    return role !== undefined;
  });
}

type RowFields = Omit<ParsedItem, 'kind'>;

function byPosition(row: RowView, layout: Layout): RowFields {
  const fields = emptyFields();
  row.cells.forEach((cell, i) => {
    if (!cell) return;
    switch (layout.roles[i]) {
      case 'number':
        fields.itemNumber = cell;
        break;
      case 'category':
        fields.categories.push([i, joinJapaneseSpaces(cell)]);
        break;
      case 'title':
        fields.title = joinJapaneseSpaces(cell);
        break;
      case 'question':
        fields.question = cell;
        break;
      case 'status':
        fields.status = parseStatus(cell) ?? '';
        break;
      case 'answer':
        fields.answer = cell;
        break;
      case 'remarks':
        fields.remarks = fields.remarks ? `${fields.remarks} ${cell}` : cell;
        break;
      case 'reference':
        fields.remarks = `${fields.remarks ? `${fields.remarks} ` : ''}根拠資料: ${cell}`;
        break;
      case 'owner':
        fields.owner = joinJapaneseSpaces(cell).replace(/\s+/g, ' ');
        break;
      case 'reviewed':
        fields.reviewed = parseReviewDate(cell) ?? '';
        break;
    }
  });
  return fields;
}

/** A row's fields while they are being filled in. */
type MutableFields = { -readonly [K in keyof RowFields]: RowFields[K] } & { categories: Array<[number, string]> };

function emptyFields(): MutableFields {
  return { itemNumber: '', title: '', question: '', status: '', answer: '', remarks: '', owner: '', reviewed: '', categories: [] };
}

/**
 * For rows whose cells do not line up with the header (a column missing or added part-way down,
 * as in exports of merged cells): the first item number is the number, a status mark the status,
 * and the text cells fill question, answer and remarks from the right, as the layout has them.
 */
function byOrder(row: RowView, layout: Layout): RowFields {
  const fields = emptyFields();
  const texts: Array<[number, string]> = [];
  row.cells.forEach((cell, i) => {
    if (!cell) return;
    if (!fields.itemNumber && !texts.length && (isItemNumber(cell) || /^[a-z]$/i.test(cell))) fields.itemNumber = cell;
    else if (!fields.status && texts.length && cell.length <= 6 && parseStatus(cell) !== null && !isItemNumber(cell))
      fields.status = parseStatus(cell)!;
    else texts.push([i, cell]);
  });
  const tail: Array<'answer' | 'remarks'> = [];
  if (layout.roles.includes('answer')) tail.push('answer');
  if (layout.roles.includes('remarks')) tail.push('remarks');
  const tailCount = Math.min(tail.length, Math.max(0, texts.length - 1));
  const tailTexts = texts.splice(texts.length - tailCount, tailCount);
  tailTexts.forEach(([, text], k) => {
    fields[tail[k]!] = text;
  });
  const question = texts.pop();
  if (question) fields.question = question[1];
  for (const [i, text] of texts) fields.categories.push([i, joinJapaneseSpaces(text)]);
  return fields;
}
