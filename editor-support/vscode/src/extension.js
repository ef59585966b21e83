// The nimeta extension: starts `nimeta lsp` (the language server built into nimeta) for .meta
// files. Highlighting comes from syntaxes/meta.tmLanguage.json; everything else from the server.
// esbuild bundles this file and vscode-languageclient into dist/extension.js (`npm run bundle`).
'use strict';

const vscode = require('vscode');
const { errorLinkMiddleware } = require('./errorLinks');
const { launcherCommand, serverLauncher } = require('./launcher');

let client;
let server;
let output;
let NimetaClient;

/**
 * The language-client class, loaded on activation so that a broken install (the client library
 * missing from an unbundled package) is reported instead of failing silently.
 */
function loadClientClass() {
  const { LanguageClient, CloseAction } = require('vscode-languageclient/node');
  /**
   * A client that shows no notifications of its own until it has started: a failed start gets one
   * message of ours that says why and what to do, not a second generic toast.
   */
  return class extends LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      super(id, name, serverOptions, {
        ...clientOptions,
        errorHandler: {
          error: (error, message, count) => this.defaultErrorHandler().error(error, message, count),
          closed: () =>
            this.started ? this.defaultErrorHandler().closed() : { action: CloseAction.DoNotRestart, handled: true },
        },
      });
      this.started = false;
    }

    defaultErrorHandler() {
      this.fallbackHandler = this.fallbackHandler || this.createDefaultErrorHandler(4);
      return this.fallbackHandler;
    }

    error(message, data, showNotification) {
      super.error(message, data, this.started ? showNotification : false);
    }
  };
}

function createClient(command) {
  server = serverLauncher(command);
  const clientOptions = {
    documentSelector: [{ language: 'nimeta' }],
    outputChannel: output,
    middleware: errorLinkMiddleware,
    // Scripts and the data they load change on disk too (an imported protocol, a dataset): the
    // server checks every open script again when one of them does.
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{meta,json,txt,tsv}'),
    },
  };
  return new NimetaClient('nimeta', 'nimeta', server.start, clientOptions);
}

/** Why a start failed, from the rejection (an Error or, from the client, sometimes a string). */
function reason(e) {
  const stderr = server ? server.lastStderr() : '';
  if (stderr !== '') {
    return stderr;
  }
  if (e instanceof Error && e.message) {
    return e.message;
  }
  return typeof e === 'string' && e !== '' ? e : 'it exited before answering';
}

async function showStartFailure(command, e) {
  const settings = 'Open Settings';
  const log = 'Show Output';
  const choice = await vscode.window.showErrorMessage(
    `nimeta: could not start \`${command} lsp\`: ${reason(e).replace(/[.\s]+$/, '')}. ` +
      'Set `nimeta.path` to the `nimeta` launcher of your checkout (it needs Java 17, and Maven for the first build).',
    settings,
    log
  );
  if (choice === settings) {
    vscode.commands.executeCommand('workbench.action.openSettings', 'nimeta.path');
  } else if (choice === log) {
    output.show(true);
  }
}

/** Starts the server with a progress notification: the first start on a fresh clone builds nimeta. */
async function start() {
  const command = launcherCommand();
  client = createClient(command);
  const starting = client;
  try {
    await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: 'nimeta: starting the language server…',
      },
      (progress) => {
        progress.report({ message: 'the first start builds nimeta (about a minute)' });
        return starting.start();
      }
    );
    starting.started = true;
  } catch (e) {
    if (client === starting) {
      client = undefined;
      server.kill();
      showStartFailure(command, e); // not awaited: the message waits for a click
    }
  }
}

async function activate(context) {
  try {
    NimetaClient = loadClientClass();
  } catch (e) {
    // Without this message the only trace of a broken install is a line in the extension host's log.
    vscode.window.showErrorMessage(
      `nimeta: the extension is incomplete and cannot start (${e.message}). ` +
        'Reinstall it, or build it with `npm run package` in editor-support/vscode.'
    );
    throw e;
  }
  output = vscode.window.createOutputChannel('nimeta', { log: true });
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('nimeta.path')) {
        await deactivate();
        await start();
      }
    })
  );
  start(); // not awaited: the first start may build nimeta for a minute
}

async function deactivate() {
  if (client) {
    const running = client;
    client = undefined;
    try {
      if (running.isRunning()) {
        await running.stop();
      }
    } finally {
      server.kill();
    }
  }
}

module.exports = { activate, deactivate };
