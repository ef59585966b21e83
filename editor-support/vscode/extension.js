// The nimeta extension: starts `nimeta lsp` (the language server built into nimeta) for .meta
// files. Plain JavaScript, no build step; highlighting comes from syntaxes/meta.tmLanguage.json.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** The `nimeta.path` setting, with `${workspaceFolder}` replaced by the first workspace folder. */
function launcher() {
  const setting = vscode.workspace.getConfiguration('nimeta').get('path') || 'nimeta';
  const folders = vscode.workspace.workspaceFolders;
  const folder = folders && folders.length > 0 ? folders[0].uri.fsPath : '.';
  return setting.split('${workspaceFolder}').join(folder);
}

/** The client for the `nimeta` launcher named by the `nimeta.path` setting. */
function createClient() {
  const command = launcher();
  const serverOptions = { command, args: ['lsp'] };
  // Scripts and the data they load change on disk too (an imported protocol, a dataset): the
  // server checks every open script again when one of them does.
  const clientOptions = {
    documentSelector: [{ language: 'nimeta' }],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{meta,json,txt,tsv}'),
    },
  };
  return new LanguageClient('nimeta', 'nimeta', serverOptions, clientOptions);
}

async function start() {
  client = createClient();
  try {
    await client.start();
  } catch (e) {
    const command = launcher();
    vscode.window.showErrorMessage(
      `nimeta: could not start \`${command} lsp\` (${e.message}). ` +
        'Set `nimeta.path` to the `nimeta` launcher of your checkout.');
  }
}

async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('nimeta.path')) {
        await deactivate();
        await start();
      }
    })
  );
  await start();
}

async function deactivate() {
  if (client) {
    const running = client;
    client = undefined;
    if (running.isRunning()) {
      await running.stop();
    }
  }
}

module.exports = { activate, deactivate };
