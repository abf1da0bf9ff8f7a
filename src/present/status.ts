/** What an item's status (○ × △ −) is called on every surface, and how it is coloured. */

/** `good` ○, `bad` ×, `partial` △, `na` − (not applicable). */
export type StatusTone = 'good' | 'bad' | 'partial' | 'na';

export interface StatusView {
  /** As the checksheet has it: `○`. */
  readonly mark: string;
  /** As people read it: `○ 対応`. */
  readonly label: string;
  readonly tone: StatusTone;
}

const STATUSES: Readonly<Record<string, StatusView>> = {
  '○': { mark: '○', label: '○ 対応', tone: 'good' },
  '×': { mark: '×', label: '× 非対応', tone: 'bad' },
  '△': { mark: '△', label: '△ 一部対応', tone: 'partial' },
  '−': { mark: '−', label: '− 対象外', tone: 'na' },
};

/** The statuses an expert chooses from, in checksheet order: ○ × △ −. */
export const STATUS_CHOICES: readonly StatusView[] = Object.values(STATUSES);

/** The status as shown, or null when the item states none. */
export function statusView(status: string): StatusView | null {
  return STATUSES[status] ?? null;
}
