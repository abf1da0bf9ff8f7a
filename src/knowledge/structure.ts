/**
 * Structure detection: turns a grid of cells (any loader) into checksheet items. It finds header
 * rows and each column's role from header words in Japanese or English, falls back to the cells'
 * content where headers are missing or garbled, carries section headings and category cells down
 * to the items under them, and keeps free text (before, between and after tables) as items too.
 */
import { cleanCell, isDebris, isItemNumber, joinJapaneseSpaces, parseStatus, tidyItemNumber } from './cells.js';
import type { Grid, GridRow, ItemStatus, KnowledgeItem } from './types.js';

export type ColumnRole = 'number' | 'category' | 'title' | 'question' | 'status' | 'answer' | 'remarks' | 'reference' | 'other';

/** Header words per role, tried in this order (a `回答内容` column is an answer, not a status). */
const HEADER_WORDS: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['number', /^(?:no\.?|ｎｏ|番号|項番|通番|項目番号|管理番号|質問番号|設問番号|#|id|item ?no\.?|ref\.?|number)$/],
  // A header that names marks (`回答(○×)`, `はい/いいえ`) is a status column, whatever else it says.
  ['status', /[○×△]|はい|いいえ|yes\s*\/\s*no|y\s*\/\s*n/],
  ['answer', /回答|解答|answer|response|説明|対策内容|実施内容|対応内容|当社の対応|弊社の対応|具体的|explanation|details?$/],
  ['remarks', /備考|補足|コメント|特記|注記|remarks?|notes?|comments?/],
  // The document an answer rests on (`根拠資料: ログ管理規程`): kept with the remarks, never the answer.
  ['reference', /根拠|参考資料|参照|関連資料|関連規程|関連文書|エビデンス|証跡|evidence|reference|supporting/],
  ['status', /^(?:実施|対応|可否|有無|準拠|適合|評価|結果|状況|○×|yes\/no|status|compliance|compliant|implemented|y\/n)/],
  ['question', /確認事項|確認内容|確認項目|質問|設問|要求事項|要件|チェック項目|評価項目|管理策|内容|question|requirement|description|criteria|control/],
  ['category', /大項目|中項目|小項目|大項番|中項番|分類|カテゴリ|区分|領域|分野|category|domain|area|section|group/],
  ['title', /^(?:項目|項目名|見出し|タイトル|件名|title|subject|topic|item)$/],
];

const WITHDRAWN = /^[（(【]?(?:欠番|削除|廃止|欠|withdrawn|deleted|n\/a)[）)】]?$/i;
const QUESTION_ENDING = /(?:こと|か|ですか|ますか|ください|下さい|[?？]|か\s*[?？]|いるか|あるか|すること)[。．.\s]*$/;
const ANSWER_ENDING = /(?:ます|ました|ません|です|おります|ている|ていない|済み?|した|ある|ない|予定)[。．.)）\s]*$/;

export interface ExtractOptions {
  /** Path relative to the knowledge folder, with `/` separators. */
  readonly file: string;
  readonly collection: string;
}

interface Layout {
  /** Role of each column; a header's remarks column is the answer when there is no answer column. */
  readonly roles: ReadonlyArray<ColumnRole | undefined>;
  /** Columns the table has: a row reaching beyond them is read by order, not by position. */
  readonly width: number;
}

interface RowView {
  readonly line: number;
  /** Cleaned cells, debris removed (emptied), column positions kept. */
  readonly cells: readonly string[];
  readonly filled: number;
  readonly longest: number;
}

interface Heading {
  readonly depth: number;
  readonly number: number | null;
  readonly text: string;
}

/** Where a grid's table is and what its columns hold. */
export interface TableLayout {
  /** Index in `grid.rows` of the header row, or null when the columns were read from content. */
  readonly headerIndex: number | null;
  /** Role of each column by position; undefined for columns with no role. */
  readonly roles: ReadonlyArray<ColumnRole | undefined>;
}

/**
 * The layout of the first table in a grid, found the same way as for knowledge files: header words
 * first, content where they are missing. Used to read customers' questionnaires, which have a
 * question column but usually no answers yet. Null when no question column can be found.
 */
export function detectTableLayout(grid: Grid): TableLayout | null {
  const rows = grid.rows.map(viewRow);
  const headerIndex = rows.findIndex((row) => row.filled > 0 && headerRoles(row) !== null);
  if (headerIndex >= 0) {
    const layout = inferLayout(rows.slice(headerIndex + 1).filter((row) => row.filled > 0), headerRoles(rows[headerIndex]!));
    return layout ? { headerIndex, roles: layout.roles } : null;
  }
  // A questionnaire may be one column of questions under a single header word (`質問`).
  const single = rows.findIndex((row) => row.filled === 1 && headerRole(row.cells.find(Boolean)!) === 'question');
  if (single >= 0) {
    const roles = rows[single]!.cells.map((cell) => (cell ? ('question' as const) : undefined));
    return { headerIndex: single, roles };
  }
  const layout = inferLayout(rows.filter((row) => row.filled > 0), null);
  return layout ? { headerIndex: null, roles: layout.roles } : null;
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

  constructor(private readonly grid: Grid, private readonly options: ExtractOptions) {
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
    this.headings = [...this.headings.slice(0, depth - 1), { depth, number: depth === 1 ? number : top?.number ?? null, text }];
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

function viewRow(row: GridRow): RowView {
  let firstSeen = false;
  const cells = row.cells.map((raw) => {
    const cell = cleanCell(raw);
    if (!cell) return '';
    const first = !firstSeen;
    firstSeen = true;
    return isDebris(cell, first) ? '' : cell;
  });
  const filled = cells.filter(Boolean).length;
  const longest = cells.reduce((max, cell) => Math.max(max, cell.length), 0);
  return { line: row.line, cells, filled: longest <= 1 && filled === 1 && !isItemNumber(cells.find(Boolean)!) ? 0 : filled, longest };
}

/** The roles of a header row's columns, or null when the row is not a header. */
function headerRoles(row: RowView): Array<ColumnRole | undefined> | null {
  if (row.filled < 2 || row.longest > 30) return null;
  const roles = row.cells.map((cell) => headerRole(cell));
  const known = roles.filter(Boolean);
  if (known.length < 2 || !(roles.includes('question') || roles.includes('answer'))) return null;
  return roles;
}

function headerRole(cell: string): ColumnRole | undefined {
  const word = cell.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!word || word.length > 20) return undefined;
  for (const [role, pattern] of HEADER_WORDS) if (pattern.test(word)) return role;
  return undefined;
}

interface ColumnStats {
  filled: number;
  numbers: number;
  statuses: number;
  totalLength: number;
  questionLike: number;
  answerLike: number;
}

/**
 * Completes a header's roles (or makes them up when there is no usable header) from what the
 * columns hold: item numbers, status marks, question-like or answer-like sentences.
 */
function inferLayout(rows: readonly RowView[], header: ReadonlyArray<ColumnRole | undefined> | null): Layout | null {
  const dataRows = rows.filter((row) => row.filled >= 2 && row.longest >= 15);
  // A header fixes the width: rows with extra cells are read by order, not by inventing columns.
  const width = header ? header.length : Math.max(0, ...dataRows.map((row) => row.cells.length));
  if (!header && dataRows.length < 2) return null;
  const stats: ColumnStats[] = Array.from({ length: width }, () => ({ filled: 0, numbers: 0, statuses: 0, totalLength: 0, questionLike: 0, answerLike: 0 }));
  for (const row of dataRows) {
    row.cells.forEach((cell, column) => {
      if (!cell || column >= width) return;
      const s = stats[column]!;
      s.filled++;
      s.totalLength += cell.length;
      if (isItemNumber(cell) || /^[a-z]$/i.test(cell)) s.numbers++;
      if (parseStatus(cell) !== null) s.statuses++;
      if (QUESTION_ENDING.test(cell)) s.questionLike++;
      if (ANSWER_ENDING.test(cell)) s.answerLike++;
    });
  }
  const roles: Array<ColumnRole | undefined> = Array.from({ length: width }, (_, i) => header?.[i]);
  const share = (s: ColumnStats, n: number) => (s.filled ? n / s.filled : 0);
  const avg = (s: ColumnStats) => (s.filled ? s.totalLength / s.filled : 0);
  // A header may call a ○× column 回答: trust the content.
  roles.forEach((role, i) => {
    const s = stats[i]!;
    if ((role === 'answer' || role === 'remarks') && s.filled >= 3 && share(s, s.statuses) >= 0.7 && avg(s) <= 4) roles[i] = 'status';
  });
  const free = (i: number) => roles[i] === undefined && stats[i]!.filled > 0;
  if (!roles.includes('number')) {
    const i = stats.findIndex((s, c) => free(c) && share(s, s.numbers) >= 0.6 && avg(s) <= 8);
    if (i >= 0) roles[i] = 'number';
  }
  if (!roles.includes('status')) {
    const i = stats.findIndex((s, c) => free(c) && share(s, s.statuses) >= 0.5 && avg(s) <= 6);
    if (i >= 0) roles[i] = 'status';
  }
  const longColumns = stats.map((s, i) => ({ s, i })).filter(({ s, i }) => free(i) && avg(s) >= 12);
  if (!roles.includes('question') && longColumns.length) {
    const best = [...longColumns].sort((a, b) => share(b.s, b.s.questionLike - b.s.answerLike) - share(a.s, a.s.questionLike - a.s.answerLike) || a.i - b.i)[0]!;
    roles[best.i] = 'question';
  }
  const questionAt = roles.indexOf('question');
  if (!roles.includes('answer')) {
    const remarksAt = roles.indexOf('remarks');
    const candidates = longColumns.filter(({ i }) => roles[i] === undefined && i > questionAt);
    if (candidates.length) roles[candidates[0]!.i] = 'answer';
    else if (remarksAt >= 0) roles[remarksAt] = 'answer';
  }
  for (let i = 0; i < width; i++) {
    if (roles[i] === undefined && stats[i]!.filled > 0 && (questionAt < 0 || i < questionAt)) roles[i] = 'category';
    else if (roles[i] === undefined && stats[i]!.filled > 0 && avg(stats[i]!) >= 12) roles[i] = 'remarks';
  }
  if (!roles.includes('question')) return null;
  // Under a header, a column of a kind kotae does not use (`担当部署`, `版数`) keeps its place, so
  // that rows filling it are still read by position.
  return { roles: header ? roles.map((role) => role ?? 'other') : roles, width };
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
  if (!fields.status && !(positional && fields.answer) && joined.length <= 60 && row.longest < 35 && !/[。.?？]$/.test(joined) && /[^\d\s.-]/.test(joined)) {
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
    return { kind: 'item', ...fields, itemNumber: tidyItemNumber(itemNumber), question, status, answer: joinJapaneseSpaces(answer), remarks: joinJapaneseSpaces(fields.remarks) };
  }
  const text = row.cells.filter(Boolean).join(' ');
  if (!hasAnswer && text.length <= 60 && !/[。.]$/.test(text)) return { kind: 'heading', text };
  if (!question && !itemNumber && (answer || fields.remarks)) return { kind: 'continuation', text: [answer, fields.remarks].filter(Boolean).join(' ') };
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
  const fields = { itemNumber: '', title: '', question: '', status: '' as ItemStatus, answer: '', remarks: '', categories: [] as Array<[number, string]> };
  row.cells.forEach((cell, i) => {
    if (!cell) return;
    switch (layout.roles[i]) {
      case 'number': fields.itemNumber = cell; break;
      case 'category': fields.categories.push([i, joinJapaneseSpaces(cell)]); break;
      case 'title': fields.title = joinJapaneseSpaces(cell); break;
      case 'question': fields.question = cell; break;
      case 'status': fields.status = parseStatus(cell) ?? ''; break;
      case 'answer': fields.answer = cell; break;
      case 'remarks': fields.remarks = fields.remarks ? `${fields.remarks} ${cell}` : cell; break;
      case 'reference': fields.remarks = `${fields.remarks ? `${fields.remarks} ` : ''}根拠資料: ${cell}`; break;
    }
  });
  return fields;
}

/**
 * For rows whose cells do not line up with the header (a column missing or added part-way down,
 * as in exports of merged cells): the first item number is the number, a status mark the status,
 * and the text cells fill question, answer and remarks from the right, as the layout has them.
 */
function byOrder(row: RowView, layout: Layout): RowFields {
  const fields = { itemNumber: '', title: '', question: '', status: '' as ItemStatus, answer: '', remarks: '', categories: [] as Array<[number, string]> };
  const texts: Array<[number, string]> = [];
  row.cells.forEach((cell, i) => {
    if (!cell) return;
    if (!fields.itemNumber && !texts.length && (isItemNumber(cell) || /^[a-z]$/i.test(cell))) fields.itemNumber = cell;
    else if (!fields.status && texts.length && cell.length <= 6 && parseStatus(cell) !== null && !isItemNumber(cell)) fields.status = parseStatus(cell)!;
    else texts.push([i, cell]);
  });
  const tail: Array<'answer' | 'remarks'> = [];
  if (layout.roles.includes('answer')) tail.push('answer');
  if (layout.roles.includes('remarks')) tail.push('remarks');
  const tailCount = Math.min(tail.length, Math.max(0, texts.length - 1));
  const tailTexts = texts.splice(texts.length - tailCount, tailCount);
  tailTexts.forEach(([, text], k) => { fields[tail[k]!] = text; });
  const question = texts.pop();
  if (question) fields.question = question[1];
  for (const [i, text] of texts) fields.categories.push([i, joinJapaneseSpaces(text)]);
  return fields;
}
