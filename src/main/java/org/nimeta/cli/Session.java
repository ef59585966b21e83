package org.nimeta.cli;

import java.io.PrintWriter;

/** Where one invocation's output goes, shared by the commands. */
record Session(PrintWriter out, PrintWriter err, boolean terminal) {}
