package org.nimeta.compile;

import org.nimeta.lang.Operator;

/** How a {@code dataset} expression combines two datasets: by experiment, keeping the left's order. */
public enum DatasetOperator {
  UNION(Operator.PLUS),
  DIFFERENCE(Operator.MINUS),
  INTERSECTION(Operator.AMPERSAND);

  private final Operator syntax;

  DatasetOperator(Operator syntax) {
    this.syntax = syntax;
  }

  /** The operator as written in a script. */
  public String spelling() {
    return syntax.spelling();
  }

  /** The dataset operator written as {@code op}, or null when {@code op} does not combine datasets. */
  static DatasetOperator of(Operator op) {
    for (DatasetOperator d : values()) {
      if (d.syntax == op) {
        return d;
      }
    }
    return null;
  }
}
