package org.nimeta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `nimeta lsp` is a registered command (the server itself is tested in org.nimeta.lsp). */
class LspCommandTest {
  @Test
  void lspIsListedAndHasHelp() {
    Cli help = Cli.run("--help");
    assertTrue(help.out().contains("lsp"), help.out());
    Cli lsp = Cli.run("lsp", "--help");
    assertEquals(0, lsp.exit());
    assertTrue(lsp.out().contains("language server"), lsp.out());
  }
}
