/**
 * The ratings' engine, free of any framework: a methodology's items (an indicator, its share of
 * another, the weight, the bands of points or the points of «да» and «нет»), the score of a report
 * with each item explained, the places, the previous reporting period, and the methodology as text.
 */
package ru.probity.monitoring.rating;
