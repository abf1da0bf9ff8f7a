import { decodeText } from './decode.js';
import type { Grid } from '../types.js';

/**
 * Reads a text export (tab-separated tables inside prose, as copied out of Excel, Word or a PDF)
 * as one grid: every line is a row, tabs separate cells. Structure is found later.
 */
export function readText(bytes: Uint8Array, file: string): Grid {
  const text = decodeText(bytes, file);
  const rows = text.split('\n').map((line, i) => ({ line: i + 1, cells: line.split('\t') }));
  return { sheet: null, rows };
}
