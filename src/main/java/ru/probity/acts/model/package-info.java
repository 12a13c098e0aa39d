/**
 * Rules of the acts without framework code: the lifecycle of an acknowledgement and the score of
 * the quiz before it, the day a signature on paper may bear ({@link ru.probity.acts.model.PaperSignature}).
 */
package ru.probity.acts.model;
