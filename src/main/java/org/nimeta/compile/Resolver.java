package org.nimeta.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Parser;
import org.nimeta.lang.SourceFile;
import org.nimeta.lang.Span;

/**
 * The compiler's first pass: reads the imported files into one list of statements (each imported
 * statement in place of its {@code import}, as if written there), declares every name once and
 * finds the uses of declared names. Reports import and duplicate-name errors; everything else is
 * left to the checks.
 */
final class Resolver {
  private final Ast.Script script;
  private final CompileContext cx;
  private final Path baseDir;
  private final List<Ast.Stmt> statements = new ArrayList<>();
  private final Map<String, Symbol> symbols = new LinkedHashMap<>();
  private final Map<String, Integer> declaredAt = new HashMap<>();
  private final Map<String, Span> declaredInScript = new HashMap<>();
  /** Files being imported, innermost first (the main script at the bottom), to find cycles. */
  private final Deque<Path> importing = new ArrayDeque<>();
  private final LinkedHashSet<Path> imports = new LinkedHashSet<>();

  Resolver(Ast.Script script, CompileContext cx, Path baseDir) {
    this.script = script;
    this.cx = cx;
    this.baseDir = baseDir;
  }

  Scope resolve() {
    if (script.file().path() != null) {
      importing.push(script.file().path().toAbsolutePath().normalize());
    }
    for (Ast.Stmt s : script.statements()) {
      Ast.Name declared = declaredName(s);
      if (declared != null) {
        declaredInScript.putIfAbsent(declared.text(), declared.span());
      }
    }
    read(script.statements());
    Scope scope = new Scope(statements, symbols, declaredAt, declaredInScript, List.copyOf(imports));
    return scope.withReferences(References.of(scope));
  }

  private void read(List<Ast.Stmt> from) {
    for (Ast.Stmt s : from) {
      if (s instanceof Ast.Import i) {
        importFile(i);
        continue;
      }
      Ast.Name declared = declaredName(s);
      if (declared != null && !declare(declared, kindOf(s))) {
        continue; // a second declaration of a name is left unchecked
      }
      statements.add(s);
    }
  }

  private boolean declare(Ast.Name name, Symbol.Kind kind) {
    Symbol previous = symbols.get(name.text());
    if (previous != null) {
      cx.report(NameProblems.alreadyDeclared(name.span(), name.text(), kind, previous));
      return false;
    }
    symbols.put(name.text(), new Symbol(name.text(), kind, name.span()));
    declaredAt.put(name.text(), statements.size());
    return true;
  }

  /** An imported file's statements in place of its import; a file imported twice is read once, a cycle is an error. */
  private void importFile(Ast.Import i) {
    if (!Folders.usable(cx, i.path(), false)) {
      return;
    }
    Path file = Folders.resolve(i.span(), i.path().value(), baseDir);
    if (!Files.isRegularFile(file)) {
      cx.report(FileProblems.fileNotFound(i.path().span(), i.path().value(), file));
      return;
    }
    if (importing.contains(file)) {
      List<String> chain = new ArrayList<>();
      importing.descendingIterator().forEachRemaining(p -> chain.add(shown(p)));
      chain.add(shown(file));
      cx.report(NameProblems.importCycle(i.span(), chain));
      return;
    }
    if (!imports.add(file)) {
      return;
    }
    SourceFile source;
    try {
      source = SourceFile.read(file, shown(file));
    } catch (SourceFile.NotUtf8Exception e) {
      cx.report(e.diagnostic());
      return;
    } catch (java.io.IOException e) {
      cx.report(NameProblems.unreadableImport(i.path().span(), i.path().value(), e.getMessage()));
      return;
    }
    Parser.Result parsed = Parser.parse(source);
    if (!parsed.ok()) {
      parsed.diagnostics().forEach(cx::report);
      return;
    }
    importing.push(file);
    read(parsed.script().statements());
    importing.pop();
  }

  /** A path as shown in messages: beside the main script's name as the user gave it, when inside its folder. */
  private String shown(Path p) {
    if (!p.startsWith(baseDir)) {
      return p.toString();
    }
    Path shownFolder = Path.of(script.file().displayName()).getParent();
    Path rel = baseDir.relativize(p);
    return (shownFolder == null ? rel : shownFolder.resolve(rel)).normalize().toString().replace('\\', '/');
  }

  private static Ast.Name declaredName(Ast.Stmt s) {
    return s instanceof Ast.Declaration d ? d.name() : s instanceof Ast.Param p ? p.name() : null;
  }

  private static Symbol.Kind kindOf(Ast.Stmt s) {
    if (s instanceof Ast.Param) {
      return Symbol.Kind.PARAM;
    }
    return switch (((Ast.Declaration) s).kind()) {
      case DATASET -> Symbol.Kind.DATASET;
      case KERNEL -> Symbol.Kind.KERNEL;
      case ESTIMATE -> Symbol.Kind.ESTIMATE;
      case CONTRAST -> Symbol.Kind.CONTRAST;
    };
  }
}
