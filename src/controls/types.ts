/**
 * The shape of the security control catalogue: what every checksheet asks about, whoever wrote
 * it, keyed to ISO/IEC 27002 so that a question and a prepared answer worded differently still
 * meet on the same control.
 */

/** A group of controls, as checksheets group their sections. */
export interface ControlFamily {
  /**
   * ISO/IEC 27002:2013 clause (`A.11`): Japanese checksheets follow its order and headings.
   * Besides `A.5` … `A.18`: `CLOUD` (ISO/IEC 27017 and other cloud-specific controls), `PRIV`
   * (privacy and personal information), `ORG` (company and service facts a checksheet asks: SLA,
   * support, insurance…).
   */
  readonly id: string;
  readonly label: { readonly ja: string; readonly en: string };
  /** Section-heading wording that puts an item in this family (`物理的セキュリティ`, `Physical security`). */
  readonly headings: readonly string[];
}

/** The kind of quantity an answer about a control usually states, when it states one. */
export type ControlQuantity = 'duration' | 'frequency' | 'length' | 'count' | 'percentage' | 'time' | 'version';

/** One thing a checksheet asks about (`多要素認証`, `バックアップの保管場所`, `サポート時間`). */
export interface ControlDefinition {
  /**
   * Stable id: the first ISO/IEC 27002:2022 clause plus a slug (`8.5-mfa`, `7.2-entry-control`);
   * a control with no 2022 clause takes its family id in lower case instead (`org-cyber-insurance`).
   */
  readonly id: string;
  /** A {@link ControlFamily} id. */
  readonly family: string;
  /** ISO/IEC 27002:2022 clauses (`['8.5']`); empty for company and service facts no clause covers. */
  readonly iso27002_2022: readonly string[];
  /** ISO/IEC 27002:2013 controls (`['A.9.4.2']`); empty for controls new in 2022 or outside ISO. */
  readonly iso27002_2013: readonly string[];
  /** ISO/IEC 27017 cloud-specific controls (`['CLD.9.5.1']`) where one names this control. */
  readonly iso27017?: readonly string[];
  /** CSA Cloud Controls Matrix v4 ids where they help (`['IAM-14']`). */
  readonly ccm?: readonly string[];
  /** Our own short labels (not the standards' text): 多要素認証 / Multi-factor authentication. */
  readonly label: { readonly ja: string; readonly en: string };
  /** Wording that names the control: formal checksheet wording, casual wording, English. Strong evidence. */
  readonly terms: readonly string[];
  /** Co-topic words that are not synonyms but clearly belong to the control. Weaker evidence. */
  readonly related: readonly string[];
  /** What kind of quantity an answer usually states: lets "何日?" prefer items stating days. */
  readonly quantity?: ControlQuantity;
}
