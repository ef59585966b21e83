package org.nimeta.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.nimeta.lang.Ast;
import org.nimeta.lang.Keywords;
import org.nimeta.lang.Tokens;
import org.nimeta.registry.DatasetFunctionDef;
import org.nimeta.registry.Definition;
import org.nimeta.registry.EstimatorDef;
import org.nimeta.registry.ParamSpec;
import org.nimeta.registry.ParamType;
import org.nimeta.registry.Registry;

/**
 * Completion from the token before the cursor and the place of the cursor in the script's tree:
 * statement words at the start of a line; after {@code estimate x =} the estimators (kernels,
 * contrasts likewise) with a snippet of their required arguments; after {@code dataset d =} the
 * declared datasets and the dataset functions; inside a call its parameter names (those not yet
 * given first), and inside an estimator's the datasets and dataset functions; after {@code name =} inside a
 * call the values that parameter takes (choice words, kernels, datasets), also inside
 * {@code name = [...]} for a one-or-a-list parameter; after {@code correct x with} the
 * corrections; declared names where a reference fits.
 */
final class Completions {
  private final Registry registry;
  private final Scripts scripts;

  Completions(Registry registry, Scripts scripts) {
    this.registry = registry;
    this.scripts = scripts;
  }

  /**
   * @param spaceTyped the request came from typing a space: answer only where the place is
   *                   unambiguous, so the list does not pop up after every word
   */
  List<CompletionItem> complete(ScriptDocument doc, int offset, boolean spaceTyped) {
    Tokens tokens = doc.tokens();
    if (tokens.inStringOrComment(offset)) {
      return List.of();
    }
    Tokens.Token word = tokens.wordAt(offset);
    int prefixStart = word != null && word.end() == offset ? word.start() : offset;
    Tokens.Token last = tokens.lastBefore(prefixStart);
    CursorPlace place = doc.placeAt(prefixStart);
    boolean topLevel = !place.inBrackets();
    boolean lineStart = doc.text().substring(doc.index().lineStart(prefixStart), prefixStart).isBlank();
    if (lineStart && topLevel) {
      return statementWords();
    }
    if (last == null) {
      return List.of();
    }
    CursorPlace.Call call = place.call();
    if (last.is("=") && call != null && call.argument() != null) {
      return argumentValues(doc, prefixStart, call);
    }
    if (call == null && (last.is("[") || last.is(","))) {
      List<CompletionItem> words = listWords(place.listArgument());
      if (!words.isEmpty()) {
        return words;
      }
    }
    if (last.is("=") && topLevel) {
      return declarationValues(doc, prefixStart, place.statement());
    }
    if (last.is("with") && topLevel) {
      return callables(place.statement() instanceof Ast.Diagnose ? Definition.Kind.DIAGNOSTIC : Definition.Kind.CORRECTOR);
    }
    if ((last.is("correct") || last.is("diagnose") || last.is("write")) && topLevel) {
      return declared(doc, prefixStart, "estimate", "contrast");
    }
    if (call != null && (last.is("(") || last.is(","))) {
      List<CompletionItem> items = new ArrayList<>(parameters(call));
      Definition callee = registry.find(call.callee());
      if (takesDatasets(callee)) {
        items.addAll(declared(doc, prefixStart, "dataset")); // its positional arguments
      }
      if (callee instanceof EstimatorDef) {
        items.addAll(callables(Definition.Kind.DATASET_FUNCTION)); // an inline dataset: ALE(load("x.json"))
      }
      return items;
    }
    if (spaceTyped) {
      return List.of();
    }
    List<CompletionItem> items = new ArrayList<>(declared(doc, prefixStart));
    for (Definition.Kind k : Definition.Kind.values()) {
      items.addAll(callables(k));
    }
    return items;
  }

  private static List<CompletionItem> statementWords() {
    List<CompletionItem> items = new ArrayList<>();
    for (String w : Keywords.statementWords()) {
      CompletionItem item = new CompletionItem(w);
      item.setKind(CompletionItemKind.Keyword);
      item.setInsertText(w + " ");
      items.add(item);
    }
    return items;
  }

  /** What may follow {@code keyword name =} at the top level of {@code statement}. */
  private List<CompletionItem> declarationValues(ScriptDocument doc, int offset, Ast.Stmt statement) {
    if (!(statement instanceof Ast.Declaration d)) {
      return List.of(); // a param's value is a literal
    }
    return switch (d.kind()) {
      case KERNEL -> callables(Definition.Kind.KERNEL);
      case ESTIMATE -> callables(Definition.Kind.ESTIMATOR);
      case CONTRAST -> callables(Definition.Kind.CONTRAST);
      case DATASET -> {
        List<CompletionItem> items = new ArrayList<>(declared(doc, offset, "dataset"));
        items.addAll(callables(Definition.Kind.DATASET_FUNCTION));
        yield items;
      }
    };
  }

  /** Whether a call of {@code d} takes datasets as positional arguments (an estimator, {@code transform}). */
  private static boolean takesDatasets(Definition d) {
    return d instanceof EstimatorDef
        || d instanceof DatasetFunctionDef f && f.positional() == DatasetFunctionDef.Positional.DATASET;
  }

  private List<CompletionItem> callables(Definition.Kind kind) {
    List<CompletionItem> items = new ArrayList<>();
    for (Definition d : registry.all()) {
      if (d.kind() == kind) {
        items.add(callable(d));
      }
    }
    return items;
  }

  /**
   * {@code ALE(${1:dataset})}: the name, its positional arguments (datasets; {@code load}'s file in
   * quotes) and required parameters.
   */
  private static CompletionItem callable(Definition d) {
    CompletionItem item = new CompletionItem(d.name());
    item.setKind(d.kind() == Definition.Kind.KERNEL ? CompletionItemKind.Class : CompletionItemKind.Function);
    item.setDetail(d.kind().word);
    item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, RegistryMarkdown.definition(d)));
    List<String> args = new ArrayList<>();
    int n = 1;
    if (d instanceof EstimatorDef e) {
      for (int k = 0; k < e.datasets(); k++) {
        args.add("${" + n++ + ":" + (e.datasets() == 1 ? "dataset" : k == 0 ? "first" : "second") + "}");
      }
    }
    if (d instanceof DatasetFunctionDef f && f.positional() == DatasetFunctionDef.Positional.PATHS) {
      args.add("\"${" + n++ + ":file}\"");
    } else if (d instanceof DatasetFunctionDef f && f.positional() == DatasetFunctionDef.Positional.DATASET) {
      args.add("${" + n++ + ":dataset}");
    }
    for (ParamSpec p : d.params()) {
      if (p.required()) {
        String value;
        if (p.type() instanceof ParamType.Choice c) {
          value = "${" + n++ + "|" + String.join(",", c.words()) + "|}";
        } else if (p.type() instanceof ParamType.ChoiceList c) {
          value = "[${" + n++ + "|" + String.join(",", c.words()) + "|}]";
        } else {
          value = "${" + n++ + ":" + p.name() + "}";
        }
        args.add(p.name() + " = " + value);
      }
    }
    item.setInsertText(d.name() + "(" + String.join(", ", args) + ")$0");
    item.setInsertTextFormat(InsertTextFormat.Snippet);
    return item;
  }

  /** The parameters of the call around the cursor (or a write's options); those not yet given sort first. */
  private List<CompletionItem> parameters(CursorPlace.Call call) {
    List<CompletionItem> items = new ArrayList<>();
    for (ParamSpec p : CallParameters.of(registry, call.callee())) {
      boolean given = call.given().contains(p.name());
      CompletionItem item = new CompletionItem(p.name());
      item.setKind(CompletionItemKind.Property);
      item.setDetail(p.type().describe() + (p.required() ? ", required" : ""));
      item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN,
          RegistryMarkdown.parameter(CallParameters.role(call.callee()), p)));
      item.setInsertText(p.name() + " = ");
      item.setSortText((given ? "1" : "0") + String.format("%03d", items.size()));
      items.add(item);
    }
    return items;
  }

  /** The values parameter {@code call.argument()} of {@code call.callee()} takes. */
  private List<CompletionItem> argumentValues(ScriptDocument doc, int offset, CursorPlace.Call call) {
    ParamSpec p = CallParameters.find(registry, call.callee(), call.argument());
    if (p == null) {
      return List.of();
    }
    List<CompletionItem> items = new ArrayList<>();
    ParamType type = p.type();
    if (type instanceof ParamType.Choice c) {
      c.words().forEach(w -> items.add(word(w, p)));
    } else if (type instanceof ParamType.ChoiceList c) {
      c.words().forEach(w -> items.add(word(w, p)));
      items.addAll(declared(doc, offset, "param"));
    } else if (type instanceof ParamType.WordOrDataset w) {
      w.words().forEach(x -> items.add(word(x, p)));
      items.addAll(declared(doc, offset, "dataset"));
    } else if (type instanceof ParamType.Kernel k) {
      k.allowed().forEach(name -> items.add(callable(registry.find(name))));
      items.addAll(declared(doc, offset, "kernel"));
    } else if (type instanceof ParamType.Bool) {
      Keywords.BOOLEANS.forEach(b -> items.add(word(b, p)));
    } else {
      items.addAll(declared(doc, offset, "param"));
    }
    return items;
  }

  /** The words of a one-or-a-list parameter ({@code to = [z, |}) whose list is being written; else none. */
  private List<CompletionItem> listWords(CursorPlace.Call list) {
    Definition d = list == null ? null : registry.find(list.callee());
    ParamSpec p = d == null ? null : d.param(list.argument());
    if (p == null || !(p.type() instanceof ParamType.ChoiceList c)) {
      return List.of();
    }
    return c.words().stream().map(w -> word(w, p)).toList();
  }

  private static CompletionItem word(String w, ParamSpec p) {
    CompletionItem item = new CompletionItem(w);
    item.setKind(CompletionItemKind.EnumMember);
    item.setDetail(p.name() + ": " + p.type().describe());
    item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, p.doc()));
    return item;
  }

  /**
   * Names declared in the imports and above the statement at {@code offset} (a name must be declared
   * before it is used), of the given statement words (any when none).
   */
  private List<CompletionItem> declared(ScriptDocument doc, int offset, String... keywords) {
    int current = doc.declarations().statementStartAt(offset);
    List<ScriptDocument> docs = new ArrayList<>();
    docs.add(doc);
    docs.addAll(scripts.imported(doc));
    List<String> wanted = List.of(keywords);
    List<CompletionItem> items = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ScriptDocument d : docs) {
      for (ScriptOutline.Declared decl : d.declarations().declared()) {
        boolean above = d != doc || decl.statementStart() < current;
        if (above && (wanted.isEmpty() || wanted.contains(decl.keyword())) && seen.add(decl.name())) {
          CompletionItem item = new CompletionItem(decl.name());
          item.setKind(CompletionItemKind.Variable);
          item.setDetail(decl.keyword() + (d == doc ? "" : " from " + d.source().displayName()));
          items.add(item);
        }
      }
    }
    return items;
  }
}
