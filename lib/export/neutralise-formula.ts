// A spreadsheet runs a cell that starts with =, +, - or @ as a formula (and a tab or a
// carriage return can smuggle one in front of it): "CSV injection". Every exported text
// cell passes through here; a leading apostrophe makes Excel and LibreOffice show the
// text as typed and run nothing. Numbers and dates are written as such, not as text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
