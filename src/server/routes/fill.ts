/**
 * `POST /api/fill?filename=customer.xlsx` with the file's bytes as the body: fills the whole
 * questionnaire (as `kotae fill` does) and answers in one response, so that any replica behind a
 * load balancer can serve it and nothing is kept on the server afterwards.
 *
 * - By default JSON: the summary (with what was done with each sheet and why), every question row
 *   (the rows to check with their nearest candidate, the customer's cells written) and the filled
 *   file itself, base64-encoded, for the console to offer as a download.
 * - With `Accept: application/octet-stream`: the filled file as an attachment, the counts in
 *   `X-Kotae-*` headers (for curl and scripts).
 */
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import {
  CONTENT_TYPES,
  describeCells,
  FillError,
  questionnaireFormat,
  SlotsFull,
  type FilledRow,
  type FillErrorCode,
  type FillResult,
  type QuestionnaireFormat,
  type WrittenCell,
} from '../../fill/index.js';
import { sendError, sendNotReady } from '../api-errors.js';
import type { AppDeps } from '../deps.js';
import { citationLine } from '../../present/citation.js';
import { statusView } from '../../present/status.js';
import { clientChannel } from './ask.js';

/** Largest upload. Real checksheets are well under 1 MB; 10 MB leaves room for embedded images. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Longer than any file name a file system allows. */
const MAX_FILENAME_CHARS = 255;

export { CONTENT_TYPES };

/**
 * The problems with the file itself are the uploader's to fix; the size ones are 413, a workbook
 * that would expand past a budget (merge or zip bomb) 422.
 */
const STATUS_OF: Readonly<Record<FillErrorCode, number>> = {
  unsupported: 400,
  unreadable: 400,
  'no-questions': 400,
  'too-many-rows': 413,
  'too-large': 413,
  'over-budget': 422,
};

/** One question row as the console shows it. */
export interface FillRowJson {
  /** Worksheet name; null for .csv/.tsv. */
  readonly sheet: string | null;
  /** 1-based row of the sheet (line of the text file). */
  readonly row: number;
  readonly question: string;
  /** The drafted answer; for a row to check, the nearest candidate's answer ('' when none). */
  readonly answer: string;
  /** Its citation; for a row to check, the nearest candidate's ('' when none). */
  readonly citation: string;
  readonly confidence: number;
  readonly toCheck: boolean;
  /** The status kotae wrote into the customer's empty status cell, null when none. */
  readonly status: string | null;
  /**
   * That status with where it went and what it came from, for checking before download (a wrong
   * はい): `{value: 'はい', cell: 'C12', header: '回答', from: '○ 対応'}`; null when none was written.
   */
  readonly proposedStatus: ProposedStatusJson | null;
  /** The customer's answer cells kotae wrote on this row (`C12` ← `Yes`), in column order. */
  readonly cells: readonly WrittenCell[];
  /** The same, as every surface words it: `C12 ← Yes, D12 ← We encrypt…` ('' when none). */
  readonly cellsText: string;
  /** True when the question is in English and the answer drafted for it is in Japanese. */
  readonly japaneseForEnglish: boolean;
}

export interface ProposedStatusJson {
  /** In the customer's own words (their drop-down list's or column's): `はい`, `Yes`, `○`. */
  readonly value: string;
  /** `C12`. */
  readonly cell: string;
  /** The column's header, '' when the table has none. */
  readonly header: string;
  /** The status of kotae's item it was read from, as surfaces label it (`○ 対応`); '' when the item states none. */
  readonly from: string;
}

export interface FillResponseJson {
  readonly fileName: string;
  readonly contentType: string;
  /** The filled file, base64. */
  readonly file: string;
  readonly summary: FillResult['summary'];
  readonly rows: readonly FillRowJson[];
  readonly tookMs: number;
}

export function register(app: Express, deps: AppDeps): void {
  const { slots } = deps.fills;
  app.post('/api/fill', readUpload, async (req, res) => {
    const fileName = uploadName(req.query.filename);
    if (fileName === null) {
      sendError(res, 400, 'give the file name as ?filename=customer.xlsx (URL-encoded)');
      return;
    }
    if (!sentAsFile(req)) {
      sendError(res, 415, "send the file itself as the request body with Content-Type: application/octet-stream (or the file's own type)");
      return;
    }
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0) {
      sendError(res, 400, 'send the questionnaire file itself as the request body');
      return;
    }
    if (!deps.kotae.ready) {
      sendNotReady(res);
      return;
    }
    // Checked before waiting for a slot: a .pdf should not queue behind someone's workbook.
    let format: QuestionnaireFormat;
    try {
      format = questionnaireFormat(fileName);
    } catch (error) {
      refuse(deps, res, error, body.length);
      return;
    }

    // The person who uploaded it has gone: stop answering for nobody.
    const abort = new AbortController();
    const clientGone = () => abort.abort(new Error('the client went away'));
    res.once('close', () => {
      if (!res.writableEnded) clientGone();
    });
    if (res.closed) clientGone();

    const started = performance.now();
    let answered = 0;
    let result: FillResult;
    try {
      result = await deps.fills.fill(clientChannel(req), new Uint8Array(body.buffer, body.byteOffset, body.length), fileName, {
        signal: abort.signal,
        onProgress: (done) => {
          answered = done;
        },
      });
    } catch (error) {
      const tookMs = Math.round(performance.now() - started);
      if (abort.signal.aborted) {
        deps.logger.info(
          { event: 'fill_aborted', format, bytes: body.length, rows_done: answered, took_ms: tookMs },
          'fill stopped: the client disconnected',
        );
      } else if (error instanceof SlotsFull) {
        deps.logger.warn({ event: 'fill_busy', running: slots.active, waiting: slots.queued }, 'fill refused: too many fills at once');
        res.set('Retry-After', '10');
        sendError(res, 503, 'too many questionnaires are being filled right now; try again in a few seconds');
      } else {
        refuse(deps, res, error, body.length);
      }
      return;
    }

    const tookMs = Math.round(performance.now() - started);
    const { summary } = result;
    deps.logger.info(
      {
        event: 'fill',
        format,
        bytes: body.length,
        rows: summary.rows,
        answered: summary.answered,
        to_check: summary.toCheck,
        status_proposed: summary.statusProposed,
        cells_written: summary.cellsWritten,
        took_ms: tookMs,
      },
      'questionnaire filled',
    );
    const contentType = CONTENT_TYPES[format];
    const bytes = Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength);
    res.set('Cache-Control', 'no-store');
    if (req.accepts(['application/json', 'application/octet-stream']) === 'application/octet-stream') {
      // setHeader, not res.type(): Express would add "charset=utf-8" to a Shift_JIS CSV.
      res.setHeader('Content-Type', contentType);
      res.setHeader('Content-Disposition', attachment(result.fileName));
      res.setHeader('X-Kotae-Rows', String(summary.rows));
      res.setHeader('X-Kotae-Answered', String(summary.answered));
      res.setHeader('X-Kotae-To-Check', String(summary.toCheck));
      res.end(bytes);
      return;
    }
    const json: FillResponseJson = {
      fileName: result.fileName,
      contentType,
      file: bytes.toString('base64'),
      summary,
      rows: result.rows.map(rowJson),
      tookMs,
    };
    res.json(json);
  });
}

/** The raw body, with a 413 that speaks of files rather than of JSON bodies. */
const raw = express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES });
const readUpload: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
  raw(req, res, (error?: unknown) => {
    const type = (error as { type?: unknown } | undefined)?.type;
    if (type === 'entity.too.large')
      sendError(res, 413, `the file is larger than ${MAX_UPLOAD_BYTES / 1048576} MB: split it into smaller files`);
    else next(error);
  });
};

/**
 * Browsers send form-like bodies (these three types, or none) from any web page without asking
 * this server first; anything else needs a CORS preflight, which this server never grants. So a
 * page elsewhere cannot make a colleague's browser upload files here.
 */
const CROSS_SITE_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

function sentAsFile(req: Request): boolean {
  const type = req.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return !!type && !CROSS_SITE_TYPES.has(type);
}

function uploadName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const name = path.posix.basename(value.replace(/\\/g, '/')).trim();
  if (!name || name.length > MAX_FILENAME_CHARS || /[\u0000-\u001f\u007f]/.test(name)) return null;
  return name;
}

/** A FillError becomes 400/413/422 with its message (it names the file and says what to do); anything else is a bug. */
function refuse(deps: AppDeps, res: Response, error: unknown, bytes: number): void {
  if (!(error instanceof FillError)) throw error;
  deps.logger.info(
    { event: 'fill_refused', code: error.code, extension: path.extname(error.file).toLowerCase(), bytes },
    'questionnaire refused',
  );
  res.status(STATUS_OF[error.code]).json({ error: error.message, code: error.code });
}

function rowJson(row: FilledRow): FillRowJson {
  const nearest = row.toCheck ? row.result.results[0] : undefined;
  return {
    sheet: row.sheet,
    row: row.line,
    question: row.question,
    answer: row.toCheck ? nearest?.answer || nearest?.remarks || '' : row.answer,
    citation: row.toCheck ? (nearest ? citationLine(nearest) : '') : row.citation,
    confidence: row.confidence,
    toCheck: row.toCheck,
    status: row.status,
    proposedStatus: proposedStatus(row),
    cells: row.cells,
    cellsText: describeCells(row),
    japaneseForEnglish: row.japaneseForEnglish,
  };
}

function proposedStatus(row: FilledRow): ProposedStatusJson | null {
  const cell = row.cells.find((c) => c.role === 'choice');
  if (!cell) return null;
  const itemStatus = row.result.results[0]?.status ?? '';
  return { value: cell.value, cell: cell.address, header: cell.header ?? '', from: statusView(itemStatus)?.label ?? itemStatus };
}

/**
 * `attachment; filename="..."; filename*=UTF-8''...` (RFC 6266 with RFC 5987): browsers take
 * the UTF-8 name, old clients the ASCII one, in which anything else becomes `_`.
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
