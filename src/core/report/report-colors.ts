/**
 * The editor's default annotation colours (package.json `contributes.colors`, light and dark
 * defaults), mirrored here so the HTML report highlights words as the editor does. The core
 * cannot read package.json; test/unit/report/report-colors.test.ts fails when the two drift.
 */

/** A colour's defaults, `#rrggbb` or `#rrggbbaa`. */
export interface ReportColor {
  readonly light: string;
  readonly dark: string;
}

/** By colour id without the `newsAnnotator.` prefix. */
export const REPORT_COLORS = {
  claimUnderline: { light: '#9a6700', dark: '#d7ba7d' },
  namedSourceBackground: { light: '#0066cc26', dark: '#3794ff40' },
  vagueSourceBackground: { light: '#e0870033', dark: '#cc8a0040' },
  vagueSourceBorder: { light: '#b06d00', dark: '#e5a50a' },
  anonymousSourceBackground: { light: '#e5141433', dark: '#f1484866' },
  anonymousSourceBorder: { light: '#c50f1f', dark: '#f14848' },
  directQuoteBackground: { light: '#10893e26', dark: '#4ec9b033' },
  indirectQuoteUnderline: { light: '#10893e', dark: '#4ec9b0' },
  anonymousQuoteBackground: { light: '#e5141426', dark: '#f148484d' },
  anonymousQuoteBorder: { light: '#c50f1f', dark: '#ff5f5f' },
  anonymousBadgeForeground: { light: '#ffffff', dark: '#ffffff' },
  anonymousBadgeBackground: { light: '#c50f1f', dark: '#c50f1f' },
} as const satisfies Record<string, ReportColor>;

/** A colour id of {@link REPORT_COLORS}. */
export type ReportColorId = keyof typeof REPORT_COLORS;
