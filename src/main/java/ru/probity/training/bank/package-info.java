/** The question bank's engine: the question model and the Moodle XML and XLSX formats (plain Java). */
@org.springframework.modulith.NamedInterface("bank")
package ru.probity.training.bank;
