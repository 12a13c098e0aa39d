/**
 * Engine: the printable login slips of new accounts as PDF (issue 16, item 1) — PDFBox, no framework
 * code; the accounts module gives it the slips and the Russian labels.
 */
package ru.probity.accounts.slips;
