package org.nimeta.lang;

public enum Severity {
  ERROR("error"),
  WARNING("warning");

  public final String word;

  Severity(String word) {
    this.word = word;
  }
}
