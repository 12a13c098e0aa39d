/** The rules of agreements without framework code: the status of an agreement and of an obligation from their dates. */
package ru.probity.agreements.model;
