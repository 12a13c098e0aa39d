/** Knowledge tests' engine: the mark of an answer and the item analysis of results (plain Java). */
@org.springframework.modulith.NamedInterface("exam")
package ru.probity.training.exam;
