// Starts `<nimeta.path> lsp` for the language client, keeping the end of its stderr so that a
// failed start can say why (the launcher prints "Maven (mvn) is needed ..." and then exits).
'use strict';

const childProcess = require('child_process');
const vscode = require('vscode');

const STDERR_KEPT = 4000;

/** The `nimeta.path` setting, with `${workspaceFolder}` replaced by the first workspace folder. */
function launcherCommand() {
  const setting = vscode.workspace.getConfiguration('nimeta').get('path') || 'nimeta';
  const folders = vscode.workspace.workspaceFolders;
  const folder = folders && folders.length > 0 ? folders[0].uri.fsPath : '.';
  return setting.split('${workspaceFolder}').join(folder);
}

/**
 * A server for the language client: a function that spawns the launcher and resolves once the
 * process exists, or rejects with an Error that names the command (never with a bare string).
 * `lastStderr()` is the end of what the process printed on stderr, for a failure message.
 */
function serverLauncher(command) {
  let stderr = '';
  let child;
  const start = () =>
    new Promise((resolve, reject) => {
      stderr = '';
      child = childProcess.spawn(command, ['lsp'], { stdio: 'pipe' });
      child.stderr.on('data', (chunk) => {
        stderr = (stderr + chunk.toString()).slice(-STDERR_KEPT);
      });
      child.once('spawn', () => resolve(child));
      child.once('error', (e) => {
        reject(new Error(e.code === 'ENOENT' ? `\`${command}\` was not found` : e.message));
      });
    });
  return {
    start,
    lastStderr: () => stderr.trim().split('\n').filter((l) => l.trim() !== '').slice(-2).join(' '),
    kill: () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill();
      }
    },
  };
}

module.exports = { launcherCommand, serverLauncher };
