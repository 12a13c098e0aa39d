/** Knowledge tests' engine: the mark of an answer and the item analysis of results (plain Java). */
package ru.probity.training.exam;
