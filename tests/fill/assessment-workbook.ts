/**
 * A vendor-assessment workbook laid out like the widely used public ones (SIG Lite, CAIQ): 13
 * sheets — an introduction, instructions, terms, the vendor-response sheet, an analyst report and
 * reference whose question cells are formulas copying the vendor sheet, a summary, a standards
 * crosswalk, value lists, a version history, a hidden question bank and scoring sheet, and a
 * dashboard with a chart. The vendor sheet has question ids (`DOCU-01`), section header rows
 * repeated inside the table, a Yes/No/N/A drop-down through a defined name on the value-list
 * sheet, an "Additional Information" column, guidance formulas and an expression conditional
 * format. In the full edition its question cells are VLOOKUPs into the hidden question bank.
 *
 * Also the knowledge that answers it: an English checksheet with the same questions.
 */
import type { CellSpec, SheetSpec, WorkbookSpec } from './workbook-parts.js';
import { STYLE } from './workbook-parts.js';

export interface AssessmentQuestion {
  readonly id: string;
  readonly section: string;
  readonly question: string;
  /** What the knowledge says: its status and answer; null when the knowledge has nothing on it. */
  readonly known: { readonly status: 'Yes' | 'No'; readonly answer: string } | null;
}

export const ASSESSMENT_QUESTIONS: readonly AssessmentQuestion[] = [
  {
    id: 'DOCU-01',
    section: 'Documentation',
    question: 'Is there a documented information security policy approved by management?',
    known: { status: 'Yes', answer: 'Our information security policy is approved by the board and published to all staff.' },
  },
  {
    id: 'DOCU-02',
    section: 'Documentation',
    question: 'Is the information security policy reviewed at least annually?',
    known: { status: 'Yes', answer: 'The policy is reviewed every April by the security committee.' },
  },
  {
    id: 'DOCU-03',
    section: 'Documentation',
    question: 'Do employees sign an acceptable use agreement when they join?',
    known: { status: 'Yes', answer: 'Every employee signs the acceptable use agreement on the first day.' },
  },
  {
    id: 'ACCS-01',
    section: 'Access Control',
    question: 'Is multi-factor authentication required for remote access?',
    known: { status: 'Yes', answer: 'Remote access requires MFA with an authenticator app.' },
  },
  {
    id: 'ACCS-02',
    section: 'Access Control',
    question: 'Are user access rights reviewed quarterly by managers?',
    known: { status: 'Yes', answer: 'Managers review access rights every quarter.' },
  },
  {
    id: 'ACCS-03',
    section: 'Access Control',
    question: 'Are shared or generic administrator accounts prohibited?',
    known: { status: 'Yes', answer: 'Shared administrator accounts are not allowed.' },
  },
  {
    id: 'BCDR-01',
    section: 'Business Resilience',
    question: 'Is there a documented business continuity plan tested every year?',
    known: { status: 'Yes', answer: 'The business continuity plan is tested in a yearly exercise.' },
  },
  {
    id: 'BCDR-02',
    section: 'Business Resilience',
    question: 'Are backup restorations tested at least twice a year?',
    known: { status: 'No', answer: 'Restoration is tested once a year.' },
  },
  {
    id: 'ENCR-01',
    section: 'Encryption',
    question: 'Is customer data encrypted at rest with AES-256?',
    known: { status: 'Yes', answer: 'Customer data is encrypted at rest with AES-256 keys held in a KMS.' },
  },
  {
    id: 'ENCR-02',
    section: 'Encryption',
    question: 'Is data in transit protected with TLS 1.2 or higher?',
    known: { status: 'Yes', answer: 'All endpoints accept TLS 1.2 and 1.3 only.' },
  },
  {
    id: 'VEND-01',
    section: 'Third Party Management',
    question: 'Do you audit the security controls of your subcontractors on site?',
    known: { status: 'No', answer: 'Subcontractors are bound by contract; we do not audit them on site.' },
  },
  {
    id: 'VEND-02',
    section: 'Third Party Management',
    question: 'Does your company operate a penguin breeding programme for the aquarium?',
    known: null,
  },
];

/** The vendor had begun: ACCS-03 already answered, with a comment. */
export const ALREADY_ANSWERED = { id: 'ACCS-03', choice: 'Yes', text: 'Only the break-glass account, kept in a safe.' } as const;

/** The English checksheet in the knowledge folder that answers the assessment. */
export function assessmentKnowledge(): string {
  const known = ASSESSMENT_QUESTIONS.filter((q) => q.known);
  return `${['No.\tQuestion\tStatus\tAnswer', ...known.map((q, i) => `${i + 1}\t${q.question}\t${q.known!.status}\t${q.known!.answer}`)].join('\n')}\n`;
}

export const VENDOR_SHEET = 'Lite';
export const SECTION_COLUMNS = ['Vendor Answers', 'Additional Information', 'Guidance'] as const;

export interface AssessmentLayout {
  readonly spec: WorkbookSpec;
  /** The vendor sheet's row of each question id. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** Rows of the section header rows repeated inside the vendor table. */
  readonly sectionRows: readonly number[];
}

/** The workbook; `full` makes the vendor sheet's question cells VLOOKUPs into the hidden question bank. */
export function assessmentWorkbook(options: { full?: boolean } = {}): AssessmentLayout {
  const full = options.full ?? false;
  const rowOf = new Map<string, number>();
  const sectionRows: number[] = [];
  const vendorRows: Array<CellSpec[] | null> = [
    ['Standardized Information Gathering (Lite) - Vendor Response Sheet'],
    ['Vendor Name', ''],
    null,
  ];
  let section = '';
  for (const q of ASSESSMENT_QUESTIONS) {
    if (q.section !== section) {
      section = q.section;
      vendorRows.push(['Ques Num', section, ...SECTION_COLUMNS]);
      sectionRows.push(vendorRows.length);
    }
    const row = vendorRows.length + 1;
    rowOf.set(q.id, row);
    const question: CellSpec = full ? { formula: `VLOOKUP(A${row},'Question Bank'!$A:$B,2,FALSE)`, cached: q.question } : q.question;
    const answered = q.id === ALREADY_ANSWERED.id;
    vendorRows.push([
      q.id,
      question,
      answered ? ALREADY_ANSWERED.choice : { style: STYLE.bordered },
      answered ? ALREADY_ANSWERED.text : { style: STYLE.bordered },
      { formula: `IF(C${row}="No","Describe the compensating controls in Additional Information.","")`, cached: '' },
    ]);
  }
  const lastRow = vendorRows.length;
  vendorRows.push(null, ['Please return the completed workbook to your assessor together with your SOC 2 report.']);
  const noteRow = vendorRows.length;

  const questionRows = ASSESSMENT_QUESTIONS.map((q) => rowOf.get(q.id)!);
  const vendor: SheetSpec = {
    name: VENDOR_SHEET,
    rows: vendorRows,
    merges: ['A1:E1', `A${noteRow}:E${noteRow}`],
    lists: full
      ? [{ sqref: `C5:C${lastRow}`, source: "'Value Lists'!$A$2:$A$4", extension: true }]
      : [{ sqref: `C5:C${lastRow}`, source: 'YesNoNA' }],
    expressionFormat: { sqref: `C5:C${lastRow}`, formula: 'C5="No"' },
    chart: true,
    cols: '<col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="70" customWidth="1"/><col min="3" max="4" width="24" customWidth="1"/>',
    rowStyles: sectionRows.map((row) => [row, STYLE.header] as const),
  };

  const copyRows = (columns: (row: number) => CellSpec[]): Array<CellSpec[] | null> => questionRows.map((row) => columns(row));
  const analystReport: SheetSpec = {
    name: 'Analyst Report',
    rows: [
      ['Analyst Report'],
      null,
      null,
      ['Ques Num', 'Question', 'Vendor Answer', 'Analyst Comments', 'Risk Rating'],
      ...copyRows((row) => [
        { formula: `${VENDOR_SHEET}!A${row}`, cached: ASSESSMENT_QUESTIONS[questionRows.indexOf(row)]!.id },
        { formula: `${VENDOR_SHEET}!B${row}`, cached: ASSESSMENT_QUESTIONS[questionRows.indexOf(row)]!.question },
        { formula: `IF(${VENDOR_SHEET}!C${row}="","",${VENDOR_SHEET}!C${row})`, cached: '' },
      ]),
    ],
    lists: [{ sqref: 'E5:E40', source: '"High,Medium,Low"' }],
  };
  // Not named for the analyst: told apart by its question formulas alone.
  const reference: SheetSpec = {
    name: 'Reference',
    rows: [
      ['Question reference for reviewers'],
      ['Ques Num', 'Question', 'Comments'],
      ...ASSESSMENT_QUESTIONS.map((q) => {
        const row = rowOf.get(q.id)!;
        return [
          { formula: `${VENDOR_SHEET}!A${row}`, cached: q.id },
          { formula: `${VENDOR_SHEET}!B${row}`, cached: q.question },
        ] as CellSpec[];
      }),
    ],
  };
  const sections = [...new Set(ASSESSMENT_QUESTIONS.map((q) => q.section))];
  const summary: SheetSpec = {
    name: 'Summary',
    rows: [
      ['Section', 'Yes', 'No', 'N/A', 'Total'],
      ...sections.map(
        (s, i) =>
          [
            s,
            { formula: `COUNTIF(${VENDOR_SHEET}!C5:C40,"Yes")`, cached: i },
            { formula: `COUNTIF(${VENDOR_SHEET}!C5:C40,"No")`, cached: 0 },
            0,
            2,
          ] as CellSpec[],
      ),
    ],
    chart: true,
  };
  const crosswalk: SheetSpec = {
    name: 'Standards Crosswalk',
    rows: [
      ['SIG Question Number', 'ISO 27001:2013', 'NIST CSF', 'PCI DSS 3.2.1', 'Description'],
      ...ASSESSMENT_QUESTIONS.map((q, i) => [
        q.id,
        `A.${5 + i}.1.1`,
        `PR.AC-${i + 1}`,
        `${8 + (i % 3)}.2`,
        `Mapping of ${q.section.toLowerCase()} controls across the frameworks listed.`,
      ]),
    ],
  };
  const valueLists: SheetSpec = {
    name: 'Value Lists',
    rows: [
      ['Answer Values', 'Risk Levels'],
      ['Yes', 'High'],
      ['No', 'Medium'],
      ['N/A', 'Low'],
    ],
  };
  const history: SheetSpec = {
    name: 'Version History',
    rows: [
      ['Version', 'Date', 'Change Description'],
      ['v0.90', '2023-11-01', 'Draft for review by the working group.'],
      ['v1.00', '2024-01-15', 'Finalized for distribution.'],
    ],
  };
  const bank: SheetSpec = {
    name: 'Question Bank',
    state: 'hidden',
    rows: [['Ques Num', 'Question'], ...ASSESSMENT_QUESTIONS.map((q) => [q.id, q.question])],
  };
  const scoring: SheetSpec = {
    name: 'Scoring',
    state: 'hidden',
    rows: [
      ['Answer', 'Score'],
      ['Yes', 1],
      ['No', 0],
    ],
  };
  const dashboard: SheetSpec = {
    name: 'Dashboard',
    rows: [['Completion'], [{ formula: `COUNTA(${VENDOR_SHEET}!C5:C40)/12`, cached: 0.08 }]],
    chart: true,
  };
  const introduction: SheetSpec = {
    name: 'Introduction',
    rows: [
      ['Standardized Information Gathering Questionnaire (Lite)'],
      null,
      ["This questionnaire collects information about a service provider's information security and privacy controls."],
      ['Complete the Lite tab. Do not change the structure of the workbook, its formulas or its drop-down lists.'],
    ],
  };
  const instructions: SheetSpec = {
    name: 'Instructions',
    rows: [
      ['How to complete this questionnaire'],
      ['Column', 'What to enter'],
      ['Vendor Answers', 'Select Yes, No or N/A from the drop-down list for each question.'],
      ['Additional Information', 'Explain any answer of No or N/A, and give evidence where you can.'],
      ['Guidance', 'Shows what the assessor expects; it is calculated, do not type over it.'],
    ],
  };
  const terms: SheetSpec = {
    name: 'Terms and Definitions',
    rows: [
      ['Term', 'Definition'],
      ['Constituent', 'Any employee, contractor or third party acting on behalf of the organization.'],
      ['Scoped systems', "The systems and applications that store, process or transmit the outsourcer's data."],
    ],
  };
  return {
    spec: {
      sheets: [
        introduction,
        instructions,
        terms,
        vendor,
        analystReport,
        reference,
        summary,
        crosswalk,
        valueLists,
        history,
        bank,
        scoring,
        dashboard,
      ],
      definedNames: [{ name: 'YesNoNA', formula: "'Value Lists'!$A$2:$A$4" }],
    },
    rowOf,
    sectionRows,
  };
}
