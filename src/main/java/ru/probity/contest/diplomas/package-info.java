/** The diplomas of a contest as PDF (PDFBox, Liberation Sans for Cyrillic), free of Spring. */
package ru.probity.contest.diplomas;
