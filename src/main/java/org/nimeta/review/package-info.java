/**
 * Reviewing runs and protocols: {@code nimeta verify} (does a result folder still match its record,
 * and does re-running its recorded script give the same bytes?) and {@code nimeta diff} (what
 * changes between two versions of a script, or between two finished runs). The comparison of two
 * maps or two tables lives here once ({@link org.nimeta.review.OutputComparison}), for both.
 */
package org.nimeta.review;
