/**
 * Workbooks written part by part, as Excel writes them (shared strings, styles, formulas with
 * cached values, list validations inline / on another sheet / through a defined name, conditional
 * formats with expressions, drawings with a chart, macros), for the things exceljs cannot write or
 * would rewrite. Also what the tests need to compare a filled package with its original.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import ExcelJS from 'exceljs';

/** A formula cell: its formula and the value Excel cached when it last calculated. */
export interface FormulaCell {
  readonly formula: string;
  readonly cached: string | number;
}

/** Text, a number, a formula, or an empty cell that only carries a style. */
export type CellSpec = string | number | FormulaCell | { readonly style: number } | null;

export interface ListSpec {
  readonly sqref: string;
  /** `formula1`: `"Yes,No,N/A"`, `$F$1:$F$3`, `Lists!$A$1:$A$3`, `YesNo`. */
  readonly source: string;
  /** Written in the Excel 2010 extension (`x14:dataValidation`), as Excel does for lists on another sheet. */
  readonly extension?: boolean;
}

export interface SheetSpec {
  readonly name: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** Row 1 first; each row's cells from column A. */
  readonly rows: ReadonlyArray<ReadonlyArray<CellSpec> | null>;
  readonly merges?: readonly string[];
  readonly lists?: readonly ListSpec[];
  /** A conditional format whose rule is an expression (what exceljs failed to write back). */
  readonly expressionFormat?: { readonly sqref: string; readonly formula: string };
  /** A drawing holding a chart. */
  readonly chart?: boolean;
  readonly protected?: boolean;
  /** Raw `<cols>` content. */
  readonly cols?: string;
  /** Style index of every cell of a row given as [row, style] (header rows). */
  readonly rowStyles?: ReadonlyArray<readonly [number, number]>;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly definedNames?: ReadonlyArray<{ readonly name: string; readonly formula: string }>;
  /** A macro-enabled workbook (.xlsm) with a vbaProject.bin. */
  readonly macros?: boolean;
}

/** Style indexes of the styles.xml written: 0 plain, 1 bold header on a blue fill, 2 wrapped with a thin border. */
export const STYLE = { plain: 0, header: 1, bordered: 2 } as const;

/** The bytes of the vbaProject.bin written into an .xlsm. */
export const VBA_BYTES = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function buildWorkbook(spec: WorkbookSpec): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string) => {
    if (!stringIndex.has(text)) {
      stringIndex.set(text, strings.length);
      strings.push(text);
    }
    return stringIndex.get(text)!;
  };
  const files: Record<string, string | Uint8Array> = {};
  const overrides: string[] = [];
  const workbookRels: string[] = [];
  spec.sheets.forEach((sheet, index) => {
    const n = index + 1;
    files[`xl/worksheets/sheet${n}.xml`] = sheetXml(sheet, shared);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    workbookRels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    if (sheet.chart) {
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] =
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/drawing" Target="../drawings/drawing${n}.xml"/></Relationships>`;
      files[`xl/drawings/drawing${n}.xml`] = drawingXml();
      files[`xl/drawings/_rels/drawing${n}.xml.rels`] =
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart${n}.xml"/></Relationships>`;
      files[`xl/charts/chart${n}.xml`] = chartXml(sheet.name);
      overrides.push(
        `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
      );
      overrides.push(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }
  });
  const count = spec.sheets.length;
  workbookRels.push(`<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  workbookRels.push(`<Relationship Id="rId${count + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  workbookRels.push(`<Relationship Id="rId${count + 3}" Type="${REL}/theme" Target="theme/theme1.xml"/>`);
  if (spec.macros) {
    workbookRels.push(
      `<Relationship Id="rId${count + 4}" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
    );
    files['xl/vbaProject.bin'] = VBA_BYTES;
  }
  const sheetsXml = spec.sheets
    .map(
      (sheet, i) =>
        `<sheet name="${esc(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const names = spec.definedNames?.length
    ? `<definedNames>${spec.definedNames.map((d) => `<definedName name="${d.name}">${esc(d.formula)}</definedName>`).join('')}</definedNames>`
    : '';
  files['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${spec.macros ? ' codeName="ThisWorkbook"' : ''}/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>${sheetsXml}</sheets>${names}<calcPr calcId="191029"/></workbook>`;
  files['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${workbookRels.join('')}</Relationships>`;
  files['xl/styles.xml'] = STYLES_XML;
  files['xl/theme/theme1.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;
  files['xl/sharedStrings.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;
  files['docProps/app.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;
  files['docProps/core.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Assessor</dc:creator></cp:coreProperties>`;
  files['_rels/.rels'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const workbookType = spec.macros
    ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  files['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    (spec.macros ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '') +
    `<Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/>${overrides.join('')}<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const zippable: Zippable = {};
  for (const name of [
    '[Content_Types].xml',
    '_rels/.rels',
    ...Object.keys(files).filter((n) => n !== '[Content_Types].xml' && n !== '_rels/.rels'),
  ]) {
    const content = files[name]!;
    zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(zippable);
}

function sheetXml(sheet: SheetSpec, shared: (text: string) => number): string {
  const rowStyles = new Map(sheet.rowStyles ?? []);
  const rows = sheet.rows
    .map((cells, r) => {
      if (!cells) return '';
      const row = r + 1;
      const body = cells
        .map((cell, c) => {
          const ref = `${letters(c + 1)}${row}`;
          const style = rowStyles.get(row);
          const s = style ? ` s="${style}"` : '';
          if (cell === null || cell === '') return '';
          if (typeof cell === 'string') return `<c r="${ref}"${s} t="s"><v>${shared(cell)}</v></c>`;
          if (typeof cell === 'number') return `<c r="${ref}"${s}><v>${cell}</v></c>`;
          if ('style' in cell) return `<c r="${ref}" s="${cell.style}"/>`;
          const cached = typeof cell.cached === 'number' ? `<v>${cell.cached}</v>` : `<v>${esc(cell.cached)}</v>`;
          return `<c r="${ref}"${s}${typeof cell.cached === 'string' ? ' t="str"' : ''}><f>${esc(cell.formula)}</f>${cached}</c>`;
        })
        .join('');
      return body ? `<row r="${row}" spans="1:${cells.length}">${body}</row>` : '';
    })
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  const plainLists = (sheet.lists ?? []).filter((l) => !l.extension);
  const extLists = (sheet.lists ?? []).filter((l) => l.extension);
  const validations = plainLists.length
    ? `<dataValidations count="${plainLists.length}">${plainLists.map((l) => `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${l.sqref}"><formula1>${esc(l.source)}</formula1></dataValidation>`).join('')}</dataValidations>`
    : '';
  const format = sheet.expressionFormat
    ? `<conditionalFormatting sqref="${sheet.expressionFormat.sqref}"><cfRule type="expression" dxfId="0" priority="1"><formula>${esc(sheet.expressionFormat.formula)}</formula></cfRule></conditionalFormatting>`
    : '';
  const ext = extLists.length
    ? `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="${extLists.length}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">${extLists.map((l) => `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>${esc(l.source)}</xm:f></x14:formula1><xm:sqref>${l.sqref}</xm:sqref></x14:dataValidation>`).join('')}</x14:dataValidations></ext></extLst>`
    : '';
  const lastRow = Math.max(1, sheet.rows.length);
  const lastColumn = Math.max(1, ...sheet.rows.map((r) => r?.length ?? 0));
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
    `<dimension ref="A1:${letters(lastColumn)}${lastRow}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (sheet.cols ? `<cols>${sheet.cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    (sheet.protected ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : '') +
    merges +
    format +
    validations +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (sheet.chart ? '<drawing r:id="rId1"/>' : '') +
    ext +
    '</worksheet>'
  );
}

const STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs></styleSheet>';

function drawingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

function chartXml(sheet: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${esc(sheet)}'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser></c:pieChart></c:plotArea></c:chart></c:chartSpace>`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function letters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Every part of a package, by name. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** A part as text. */
export function partText(bytes: Uint8Array, name: string): string {
  const part = partsOf(bytes).get(name);
  if (!part) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

/** Names of the parts whose bytes differ between two packages, and of parts only one has. */
export function changedParts(before: Uint8Array, after: Uint8Array): { changed: string[]; added: string[]; removed: string[] } {
  const [a, b] = [partsOf(before), partsOf(after)];
  const changed = [...a.keys()].filter((name) => b.has(name) && !Buffer.from(a.get(name)!).equals(Buffer.from(b.get(name)!)));
  return {
    changed: changed.sort(),
    added: [...b.keys()].filter((n) => !a.has(n)).sort(),
    removed: [...a.keys()].filter((n) => !b.has(n)).sort(),
  };
}

/** Every cell with a value in a sheet, read back with exceljs (an independent reader), by address. */
export async function cellValues(bytes: Uint8Array, sheet: string): Promise<Map<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const values = new Map<string, unknown>();
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) throw new Error(`no sheet ${sheet}`);
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = cell.value;
      if (value !== null && value !== undefined && value !== '') values.set(cell.address, value);
    });
  });
  return values;
}

/** The cells whose value differs between two readings, with their new value. */
export function changedCells(before: Map<string, unknown>, after: Map<string, unknown>): Map<string, unknown> {
  const changed = new Map<string, unknown>();
  for (const [address, value] of after) if (JSON.stringify(before.get(address)) !== JSON.stringify(value)) changed.set(address, value);
  for (const address of before.keys()) if (!after.has(address)) changed.set(address, undefined);
  return changed;
}
