/**
 * A seeded generator of purchases with planted red flags of every indicator of docs/red-flags.md and
 * near-miss decoys, its truth, the ЕИС XML writer of what it makes, and the evaluation (precision and
 * recall per indicator). Plain Java; used by the {@code redflags-generate}/{@code redflags-evaluate}
 * commands, the benchmark and the demo ({@code DemoRedFlags}).
 */
@org.springframework.modulith.NamedInterface("generator")
package ru.probity.redflags.generator;
