/**
 * Rules of the acts without framework code: the lifecycle of an acknowledgement and the score of
 * the quiz before it.
 */
package ru.probity.acts.model;
